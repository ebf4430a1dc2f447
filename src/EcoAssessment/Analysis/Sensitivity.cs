using EcoAssessment.Generation;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Adjustment;
using EcoAssessment.Stages.Rating;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;

namespace EcoAssessment.Analysis;

/// <summary>One branch's ranks and ratings over the Monte Carlo runs.</summary>
internal sealed record BranchSensitivity(
    BranchRecord Branch,
    int? NominalRank,
    double? MedianRank,
    int? RankP5,
    int? RankP95,
    double PVanguard,
    double PMiddle,
    double PLaggard,
    bool Stable);

/// <summary>
/// Uncertainty analysis of the weights (COINr-style): each run multiplies every weight at every level — dimensions and
/// indicators — by an independent U(1 − spread, 1 + spread), renormalises (the weighted means do), and recomputes the
/// scores, ranks and ratings with the full rating rule (thresholds, vetoes, dynamic limit, quota). Derived and
/// normalised values, deductions, vetoes and coverage do not depend on the weights and are taken from the nominal
/// assessment. Run r draws from <c>SeededRandom.For(seed, r)</c>, so the result is the same for a seed however the runs
/// are spread over cores. Percentiles are nearest-rank over the runs in which the branch is rated; the median is the
/// mean of the two middle ranks for an even count. Stable: the most likely rating has probability ≥ 0.9.
/// </summary>
internal static class Sensitivity
{
    public static IReadOnlyList<BranchSensitivity> Run(Assessment nominal, int runs, double spread, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(spread);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(spread, 1.0);

        var rules = nominal.Rules;
        var results = nominal.Branches.Select(b => nominal.Find(b.BranchId)!).ToArray();   // branch_id order, as the tables
        var nb = results.Length;
        var dims = rules.Dimensions;
        var firstOf = new int[dims.Count];
        for (var d = 1; d < dims.Count; d++)
        {
            firstOf[d] = firstOf[d - 1] + dims[d - 1].Indicators.Count;
        }

        var baseDim = nominal.Weights.DimensionWeights.ToArray();
        var baseInd = nominal.Weights.IndicatorWeights.Select(x => x.ToArray()).ToArray();
        var vetoes = results.Select(r => r.VetoTraces.Select(v => (rules.Rating.Vetoes.First(x => x.Id == v.Id), v.Fired, string.Empty)).ToArray()).ToArray();
        // Where each tie-break key reads its value: a dimension score of the run, or a (fixed) normalised indicator value.
        var tieKeys = rules.Rating.TieBreak
            .Where(k => k.Kind is TieBreakKind.Dimension or TieBreakKind.Indicator)
            .Select(k => (Key: k.ToString(), Dimension: k.Kind == TieBreakKind.Dimension,
                Index: k.Kind == TieBreakKind.Dimension ? dims.Select(x => x.Id).ToList().IndexOf(k.Id!) : nominal.Indicators.Select(x => x.Id).ToList().IndexOf(k.Id!)))
            .ToArray();
        var ranks = new int[runs][];
        var ratings = new Rating[runs][];

        Parallel.For(0, runs, run =>
        {
            var rng = SeededRandom.For(seed, (ulong)run);
            var dw = baseDim.Select(w => w * (1 - spread + (2 * spread * rng.NextDouble()))).ToArray();
            var iw = baseInd.Select(ws => ws.Select(w => w * (1 - spread + (2 * spread * rng.NextDouble()))).ToArray()).ToArray();
            var inputs = new RatingInput[nb];
            var dimScores = new double[dims.Count];
            for (var b = 0; b < nb; b++)
            {
                var row = (double[])nominal.Normalised[b];
                for (var d = 0; d < dims.Count; d++)
                {
                    dimScores[d] = AggregationKernel.Mean(rules.Aggregation, row.AsSpan(firstOf[d], dims[d].Indicators.Count), iw[d]);
                }

                var aggregate = AggregationKernel.Mean(rules.Aggregation, dimScores, dw);
                var r = results[b];
                decimal? score = double.IsNaN(aggregate) ? null
                    : Rounding.DecisionScore(Adjustments.Score(aggregate, r.Deductions, r.Bonuses, rules.Adjustments.LowerBound, rules.Adjustments.UpperBound));
                var tie = new Dictionary<string, double?>(tieKeys.Length, StringComparer.Ordinal);
                foreach (var (key, isDimension, index) in tieKeys)
                {
                    var v = isDimension ? dimScores[index] : row[index];
                    tie[key] = double.IsNaN(v) ? null : v;
                }

                inputs[b] = new RatingInput(r.BranchId, r.Branch.Type == BranchType.Temporary, score, r.Coverage, vetoes[b], tie) { Previous = r.PreviousRating };
            }

            var rated = RatingStage.Rate(rules.Rating, inputs, explain: false);
            var scores = Enumerable.Range(0, nb).Where(b => rated[b].Rating != Rating.Unrated && inputs[b].Score is not null).Select(b => inputs[b].Score!.Value).Order().ToArray();
            ranks[run] = new int[nb];
            ratings[run] = new Rating[nb];
            for (var b = 0; b < nb; b++)
            {
                ratings[run][b] = rated[b].Rating;
                ranks[run][b] = rated[b].Rating != Rating.Unrated && inputs[b].Score is decimal s ? Plan.CompetitionRank(scores, s) : 0;
            }
        });

        var output = new BranchSensitivity[nb];
        for (var b = 0; b < nb; b++)
        {
            var r = ranks.Select(x => x[b]).Where(x => x > 0).Order().ToArray();
            double P(Rating x) => (double)ratings.Count(run => run[b] == x) / runs;
            var pv = P(Rating.Vanguard);
            var pm = P(Rating.Middle);
            var pl = P(Rating.Laggard);
            var pu = P(Rating.Unrated);
            double? median = r.Length == 0 ? null : r.Length % 2 == 1 ? r[r.Length / 2] : (r[(r.Length / 2) - 1] + r[r.Length / 2]) / 2.0;
            output[b] = new BranchSensitivity(results[b].Branch, results[b].Rank, median, Nearest(r, 0.05), Nearest(r, 0.95), pv, pm, pl,
                Math.Max(Math.Max(pv, pm), Math.Max(pl, pu)) >= 0.9);
        }

        return output.OrderBy(x => x.NominalRank is null ? 1 : 0).ThenBy(x => x.NominalRank ?? 0).ThenBy(x => x.Branch.BranchId, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The nearest-rank percentile: the value at position ⌈p·n⌉ (1-based) of the sorted values.</summary>
    internal static int? Nearest(int[] sorted, double p) =>
        sorted.Length == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
