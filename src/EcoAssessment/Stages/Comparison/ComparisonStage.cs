using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Stages.Comparison;

/// <summary>
/// Step 10 over the stage tables: against the previous period's ratings, each branch's transition (up / down / same /
/// new), the 整顿 list (落后 in two consecutive periods of the same kind) and the branches that are gone. Without a
/// previous period it sets nothing.
/// </summary>
internal static class ComparisonStage
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Apply(StageTables t)
    {
        if (t.Previous is not { } previous)
        {
            return;
        }

        var nb = t.BranchCount;
        var transitions = new string?[nb];
        var rectification = new bool[nb];
        for (var b = 0; b < nb; b++)
        {
            var before = t.RatingInputs[b].Previous;
            var now = t.Ratings[b].Rating;
            transitions[b] = Transition(before, now);
            rectification[b] = Rectifies(t.Rules.Rating.Dynamic?.RectifyAfter, previous, before, now, t.Dataset.Period);
        }

        t.Transitions = transitions;
        t.Rectification = rectification;
        t.Removed = previous.Branches.Keys.Except(t.Dataset.Branches.Select(b => b.BranchId), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>up / down / same by tier; new without a previous rating (or after 未定级); null when 未定级 now.</summary>
    internal static string? Transition(RatingValue? previous, RatingValue current)
    {
        if (current == RatingValue.Unrated)
        {
            return null;
        }

        if (previous is not RatingValue p || p == RatingValue.Unrated)
        {
            return "new";
        }

        var d = RatingLabels.Tier(current) - RatingLabels.Tier(p);
        return d > 0 ? "up" : d < 0 ? "down" : "same";
    }

    /// <summary>
    /// 落后 now and in the previous period, which is of the same kind (a year after a year, a quarter after a quarter):
    /// the consecutive 落后 that <c>dynamic.rectify_after: 2</c> lists for 整顿. Without <c>rectify_after</c> nothing is
    /// listed; a larger value needs a longer history than one previous run gives, so it lists nothing either.
    /// </summary>
    private static bool Rectifies(int? rectifyAfter, PreviousRatings previous, RatingValue? before, RatingValue now, Period period)
    {
        if (rectifyAfter is not int after || after > 2 || now != RatingValue.Laggard)
        {
            return false;
        }

        var sameKind = previous.Kind is not PeriodKind k || k == period.Kind;
        return after <= 1 || (sameKind && before == RatingValue.Laggard);
    }
}
