using EcoAssessment.Catalogue;
using EcoAssessment.Conditions;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.Stages.Adjustment;

/// <summary>
/// Step 8: declared deductions and bonuses. A rule whose condition is a bare finding condition gives its points per
/// matching finding; any other condition gives them once when it holds. The total of one rule is capped at its cap.
/// score = clamp(aggregate − deductions + bonuses, bounds).
/// </summary>
internal static class Adjustments
{
    public static AdjustmentTrace Trace(AdjustmentRule rule, bool isDeduction, ConditionContext ctx, Language language = Language.Zh)
    {
        var result = ConditionEvaluator.Evaluate(rule.When, ctx, language);
        int matches = rule.When is FindingCondition ? result.Matches.Count : (result.Value ? 1 : 0);
        var points = matches * rule.Points;
        var capped = rule.Cap is double cap && points > cap;
        if (capped)
        {
            points = rule.Cap!.Value;
        }

        var trace = matches == 0
            ? result.Trace
            : Texts.AdjustmentPoints.Render(language, result.Trace, matches, rule.Points, matches * rule.Points, capped ? Texts.AdjustmentCapped.Render(language, rule.Cap) : string.Empty);
        return new AdjustmentTrace(rule.Id, rule.Name, isDeduction, matches, points, trace) { Rule = rule.Location };
    }

    /// <summary>
    /// The points of one rule for the branch, without the trace: the <see cref="AdjustmentTrace.Matches"/> and
    /// <see cref="AdjustmentTrace.Points"/> that <see cref="Trace"/> gives.
    /// </summary>
    public static (int Matches, double Points) Measure(AdjustmentRule rule, ConditionContext ctx)
    {
        var matches = ConditionEvaluator.Matches(rule.When, ctx);
        var points = matches * rule.Points;
        if (rule.Cap is double cap && points > cap)
        {
            points = cap;
        }

        return (matches, points);
    }

    /// <summary>clamp(aggregate − deductions + bonuses, lower, upper).</summary>
    public static double Score(double aggregate, double deductions, double bonuses, double lower, double upper) =>
        Math.Clamp(aggregate - deductions + bonuses, lower, upper);
}
