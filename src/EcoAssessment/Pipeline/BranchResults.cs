using System.Globalization;

namespace EcoAssessment.Pipeline;

/// <summary>The branches' results read off the stage tables, in output order.</summary>
internal static class BranchResults
{
    /// <summary>
    /// One result per branch: the rating step's answer and reasons, followed by the reasons of the earlier stages
    /// (imputed and treated values, deductions and bonuses); rated branches by rank, then 未定级.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static BranchResult[] InOutputOrder(StageTables t)
    {
        var nb = t.BranchCount;
        var adjustments = t.Adjustments;
        var na = adjustments.Length;
        var nDeductions = t.Rules.Adjustments.Deductions.Count;
        var results = new BranchResult[nb];
        var ids = new List<string>();
        for (var b = 0; b < nb; b++)
        {
            var ri = t.RatingInputs[b];
            var ro = t.Ratings[b];
            var reasons = ro.Reasons as List<string> ?? [.. ro.Reasons];
            if (t.Imputed is { } imputed && Flagged(t, imputed, b, ids))
            {
                reasons.Add($"imputed:{string.Join(",", ids)}");
            }

            if (t.Treated is { } treated && Flagged(t, treated, b, ids))
            {
                reasons.Add($"treated:{string.Join(",", ids)}");
            }

            for (var k = 0; k < na; k++)
            {
                var p = t.Points[(b * na) + k];
                if (p != 0)
                {
                    var isDeduction = k < nDeductions;
                    reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{(isDeduction ? "deduction" : "bonus")}:{adjustments[k].Id}({(isDeduction ? "-" : "+")}{p})"));
                }
            }

            results[b] = new BranchResult(t, b)
            {
                Branch = t.Branch(b).Record,
                Rank = t.Ranks[b],
                Rating = ro.Rating,
                Grade = t.Grades[b],
                Score = ri.Score,
                ScoreUnrounded = StageTables.Value(t.Scores[b]),
                Aggregate = StageTables.Value(t.Aggregates[b]),
                Coverage = Math.Round(t.Coverage[b], 9),
                Deductions = t.Deductions[b],
                Bonuses = t.Bonuses[b],
                ThresholdRating = ro.ThresholdRating,
                Reasons = reasons,
                Vetoes = FiredVetoes(ri.Vetoes),
                Quota = ro.Quota,
                Dynamic = ro.Dynamic,
                PreviousRating = ri.Previous,
                Transition = t.Transitions?[b],
                Rectification = t.Rectification?[b],
            };
        }

        return InOutputOrder(results);
    }

    /// <summary>The ids of the indicators flagged in a branch's row, into <paramref name="ids"/>; whether there is any.</summary>
    private static bool Flagged(StageTables t, bool[] flags, int b, List<string> ids)
    {
        var ni = t.IndicatorCount;
        ids.Clear();
        for (var i = 0; i < ni; i++)
        {
            if (flags[(b * ni) + i])
            {
                ids.Add(t.Indicators[i].Id);
            }
        }

        return ids.Count > 0;
    }

    /// <summary>The ids of the fired vetoes, in declaration order.</summary>
    private static string[] FiredVetoes(IReadOnlyList<(Rules.VetoRule Rule, bool Fired, string Trace)> vetoes)
    {
        var n = 0;
        foreach (var v in vetoes)
        {
            n += v.Fired ? 1 : 0;
        }

        if (n == 0)
        {
            return [];
        }

        var ids = new string[n];
        n = 0;
        foreach (var v in vetoes)
        {
            if (v.Fired)
            {
                ids[n++] = v.Rule.Id;
            }
        }

        return ids;
    }

    /// <summary>
    /// Rated branches by rank, then 未定级; equal ranks by branch_id (ordinal). The results are in branch_id order
    /// already (the dataset's order), so when the ids are strictly ascending their position stands in for the id.
    /// </summary>
    private static BranchResult[] InOutputOrder(BranchResult[] results)
    {
        for (var b = 1; b < results.Length; b++)
        {
            if (string.CompareOrdinal(results[b - 1].BranchId, results[b].BranchId) >= 0)
            {
                return results
                    .OrderBy(r => r.Rank is null ? 1 : 0)
                    .ThenBy(r => r.Rank ?? 0)
                    .ThenBy(r => r.BranchId, StringComparer.Ordinal)
                    .ToArray();
            }
        }

        // A counting sort by rank (ranks are 1…n; 未定级 last), stable, so equal ranks stay in branch_id order.
        var n = results.Length;
        var start = new int[n + 2];
        foreach (var r in results)
        {
            start[Slot(r, n) + 1]++;
        }

        for (var k = 1; k < start.Length; k++)
        {
            start[k] += start[k - 1];
        }

        var ordered = new BranchResult[n];
        foreach (var r in results)
        {
            ordered[start[Slot(r, n)]++] = r;
        }

        return ordered;

        static int Slot(BranchResult r, int n) => r.Rank is int rank && rank >= 1 && rank <= n ? rank - 1 : n;
    }
}
