using EcoAssessment.Pipeline;
using EcoAssessment.Stages.Rating;
using EcoAssessment.Tests.Support;
using FsCheck.NUnit;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Tests.Pipeline;

/// <summary>Properties of ranking and of the rating step over generated score lists (scores from a small set, so ties are common).</summary>
public class RankAndQuotaPropertyTests
{
    private static decimal Score(int i) => 50m + (Math.Abs(i % 11) * 5m);

    [Property(MaxTest = 300)]
    public bool CompetitionRankIsOnePlusTheNumberOfGreaterScores(int[] raw)
    {
        var scores = raw.Select(Score).ToArray();
        var ascending = scores.Order().ToArray();
        return scores.All(s => RatingStage.CompetitionRank(ascending, s) == 1 + scores.Count(x => x > s));
    }

    private static RatingInput[] Inputs(int[] raw) =>
        raw.Select((r, i) => new RatingInput($"B{i:000}", false, Score(r), 1.0, [], new Dictionary<string, double?>())).ToArray();

    [Property(MaxTest = 200)]
    public bool TheQuotaNeverAllowsMoreThanFloorOfQTimesN(int[] raw, int quotaPercent)
    {
        var q = (Math.Abs(quotaPercent % 100) + 1) / 100m;
        var outputs = RatingStage.Rate(TestRules.Rating(quota: q), Inputs(raw));
        var vanguards = outputs.Count(o => o.Rating == RatingValue.Vanguard);
        var byThreshold = outputs.Count(o => o.ThresholdRating == RatingValue.Vanguard);
        return vanguards == Math.Min(byThreshold, (int)Math.Floor(q * raw.Length));
    }

    [Property(MaxTest = 200)]
    public bool RatingDoesNotDependOnTheOrderOfTheBranches(int[] raw, int seed)
    {
        var rules = TestRules.Rating(quota: 0.3m);
        var inputs = Inputs(raw);
        var shuffled = inputs.ToArray();
        new Random(seed).Shuffle(shuffled);
        var a = RatingStage.Rate(rules, inputs).Select((o, i) => (inputs[i].BranchId, o)).ToDictionary(p => p.BranchId, p => p.o);
        var b = RatingStage.Rate(rules, shuffled).Select((o, i) => (shuffled[i].BranchId, o)).ToDictionary(p => p.BranchId, p => p.o);
        return a.All(p => p.Value.Rating == b[p.Key].Rating && p.Value.Quota == b[p.Key].Quota && p.Value.Reasons.SequenceEqual(b[p.Key].Reasons));
    }
}
