using EcoAssessment.Diagnostics;

namespace EcoAssessment.Rules;

/// <summary>
/// The trend settings of a rule file (<c>trend: { direction_threshold: 3 }</c>): a series of <c>eco trend</c> is
/// improving or declining when its score moved by at least <see cref="DirectionThreshold"/> points, else steady. The
/// command's <c>--direction-threshold</c> overrides it; without either the threshold is 3 points.
/// </summary>
/// <param name="DirectionThreshold">The smallest move, in points above 0, that counts as improving or declining.</param>
/// <param name="Location">Where <c>direction_threshold</c> is written in the rule file; null when built in code.</param>
public sealed record TrendRules(decimal DirectionThreshold, SourceLocation? Location = null);
