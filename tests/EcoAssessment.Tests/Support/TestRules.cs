using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Tests.Support;

/// <summary>Rule-set records built in code, with the defaults a test rarely cares about.</summary>
internal static class TestRules
{
    public const string File = "rules.yaml";

    public static SourceLocation At(int line, int column = 5) => SourceLocation.At(File, line, column);

    public static IndicatorRule Indicator(string id, Measure measure, NormalisationRule? normalise = null, double weight = 1,
        Direction direction = Direction.Higher, SourceLocation? at = null) =>
        new(id, id, measure, direction, normalise ?? new GoalpostsNormalisation(0, 1), weight, at);

    /// <summary>An indicator read from the indicators table and taken as already on 0–100.</summary>
    public static IndicatorRule Value(string id, double weight = 1, SourceLocation? at = null) =>
        new(id, id, new ValueMeasure(null), Direction.Higher, new NoNormalisation(), weight, at);

    public static DimensionRule Dimension(string id, double weight, params IndicatorRule[] indicators) => new(id, id, weight, indicators);

    public static RatingRules Rating(decimal vanguardMin = 90, decimal laggardBelow = 60, double minCoverage = 0,
        decimal? quota = null, IReadOnlyList<VetoRule>? vetoes = null, IReadOnlyList<TieBreakKey>? tieBreak = null, bool rateTemporary = false) =>
        new()
        {
            Thresholds = new Thresholds(vanguardMin, laggardBelow),
            MinCoverage = minCoverage,
            VanguardQuota = quota,
            Vetoes = vetoes ?? [],
            TieBreak = tieBreak ?? [new TieBreakKey(TieBreakKind.Score), new TieBreakKey(TieBreakKind.BranchId)],
            RateTemporary = rateTemporary,
        };

    public static RuleSet Set(IReadOnlyList<DimensionRule> dimensions, RatingRules? rating = null, AdjustmentRules? adjustments = null) =>
        new()
        {
            Id = "test",
            Name = "test rules",
            Version = "1",
            Dimensions = dimensions,
            Rating = rating ?? Rating(),
            Adjustments = adjustments ?? new AdjustmentRules([], [], 0, 100),
            Location = SourceLocation.InFile(File),
        };

    /// <summary>
    /// One dimension <c>total</c> with one indicator <c>s</c> read from the indicators table without normalisation: the
    /// aggregate of a branch is exactly the value given to it.
    /// </summary>
    public static RuleSet ScoreOnly(RatingRules? rating = null, AdjustmentRules? adjustments = null) =>
        Set([Dimension("total", 1, Value("s"))], rating, adjustments);

    public static VetoRule Force(string id, Condition when, RatingValue tier = RatingValue.Laggard) => new(id, id, when, VetoEffect.Force, tier);

    public static VetoRule Cap(string id, Condition when, RatingValue tier = RatingValue.Middle) => new(id, id, when, VetoEffect.Cap, tier);

    /// <summary>A condition on a fact of the indicators table: <c>{ fact: name, min: 1 }</c>.</summary>
    public static FactCondition Flag(string name) => new(name, new Comparison(Min: 1));
}
