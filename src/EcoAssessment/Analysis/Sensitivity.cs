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
/// <remarks>
/// The runs rate with the pipeline's rule itself (<see cref="RatingKernel"/>), without building the rating step's
/// inputs: everything that does not depend on the weights (the normalised matrix, the deductions and bonuses, the
/// kernel's <see cref="RatingFacts"/>: the coverage test, the fired vetoes reduced to the worst force and the worst cap,
/// the dynamic limit, the branch_id order) is prepared once, and a run only aggregates into flat arrays, rates with its
/// thread's kernel, reads the competition ranks off the kernel's score order and counts. Ranks are kept per branch and run (or, when there are
/// more runs than branches, as a rank histogram per branch), so the percentiles are exact.
/// </remarks>
internal static class Sensitivity
{
    public static IReadOnlyList<BranchSensitivity> Run(Assessment nominal, int runs, double spread, ulong seed) =>
        Run(nominal, runs, spread, seed, observe: null);

    /// <summary>
    /// The weights of run <paramref name="run"/>: each nominal weight times U(1 − spread, 1 + spread), dimensions first
    /// and then the indicators dimension by dimension, all from <c>SeededRandom.For(seed, run)</c>.
    /// </summary>
    public static (double[] Dimensions, double[][] Indicators) PerturbedWeights(Assessment nominal, double spread, ulong seed, int run)
    {
        var dimensions = nominal.Weights.DimensionWeights.ToArray();
        var indicators = nominal.Weights.IndicatorWeights.Select(x => x.ToArray()).ToArray();
        var rng = SeededRandom.For(seed, (ulong)run);
        Perturb(dimensions, spread, rng);
        foreach (var w in indicators)
        {
            Perturb(w, spread, rng);
        }

        return (dimensions, indicators);
    }

    private static void Perturb(Span<double> weights, double spread, SeededRandom rng)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] *= 1 - spread + (2 * spread * rng.NextDouble());
        }
    }

    /// <summary>
    /// The analysis; <paramref name="observe"/>, when given, sees every run's ratings and competition ranks (0 = not
    /// ranked) in branch_id order, from the thread that computed the run (for tests against the full pipeline).
    /// </summary>
    internal static IReadOnlyList<BranchSensitivity> Run(Assessment nominal, int runs, double spread, ulong seed, Action<int, Rating[], int[]>? observe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(spread);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(spread, 1.0);

        var model = new Model(nominal);
        var nb = model.Branches;
        var ranks = RankStore.For(nb, runs);
        var counts = new long[nb * 4];
        var gate = new object();

        Parallel.For(0, runs,
            () => new Worker(model),
            (run, _, worker) =>
            {
                worker.Run(spread, seed, run);
                ranks.Add(run, worker.Ranks);
                for (var b = 0; b < nb; b++)
                {
                    worker.Counts[(b * 4) + (int)worker.Ratings[b]]++;
                }

                observe?.Invoke(run, worker.Ratings, worker.Ranks);
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    for (var i = 0; i < counts.Length; i++)
                    {
                        counts[i] += worker.Counts[i];
                    }
                }
            });

        var output = new BranchSensitivity[nb];
        Parallel.For(0, nb, b =>
        {
            var r = ranks.Sorted(b);
            double P(Rating x) => (double)counts[(b * 4) + (int)x] / runs;
            var pv = P(Rating.Vanguard);
            var pm = P(Rating.Middle);
            var pl = P(Rating.Laggard);
            var pu = P(Rating.Unrated);
            var n = r.Count;
            double? median = n == 0 ? null : n % 2 == 1 ? r[n / 2] : (r[(n / 2) - 1] + r[n / 2]) / 2.0;
            var result = model.Results[b];
            output[b] = new BranchSensitivity(result.Branch, result.Rank, median, Nearest(r, 0.05), Nearest(r, 0.95), pv, pm, pl,
                Math.Max(Math.Max(pv, pm), Math.Max(pl, pu)) >= 0.9);
        });

        return output.OrderBy(x => x.NominalRank is null ? 1 : 0).ThenBy(x => x.NominalRank ?? 0).ThenBy(x => x.Branch.BranchId, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The nearest-rank percentile: the value at position ⌈p·n⌉ (1-based) of the sorted values.</summary>
    private static int? Nearest(SortedRanks sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>What the runs share: the nominal assessment reduced to flat arrays in branch_id order.</summary>
    private sealed class Model
    {
        public Model(Assessment nominal)
        {
            Rules = nominal.Rules;
            var byId = nominal.Results.ToDictionary(r => r.BranchId, StringComparer.Ordinal);
            Results = nominal.Branches.Select(b => byId[b.BranchId]).ToArray();   // branch_id order, as the stage tables
            Branches = Results.Length;
            var dims = Rules.Dimensions;
            Dimensions = dims.Count;
            Indicators = nominal.Indicators.Count;
            FirstOf = new int[Dimensions];
            CountOf = new int[Dimensions];
            for (var d = 0; d < Dimensions; d++)
            {
                FirstOf[d] = d == 0 ? 0 : FirstOf[d - 1] + CountOf[d - 1];
                CountOf[d] = dims[d].Indicators.Count;
            }

            BaseDimensions = nominal.Weights.DimensionWeights.ToArray();
            BaseIndicators = new double[Indicators];
            for (var d = 0; d < Dimensions; d++)
            {
                nominal.Weights.IndicatorWeights[d].ToArray().CopyTo(BaseIndicators, FirstOf[d]);
            }

            // The stage table is [branch × indicator] in branch_id order already.
            Normalised = (double[])nominal.Tables.Normalised.Clone();

            var rating = Rules.Rating;
            Deductions = Results.Select(r => r.Deductions).ToArray();
            Bonuses = Results.Select(r => r.Bonuses).ToArray();
            Facts = new RatingFacts(Branches);
            for (var b = 0; b < Branches; b++)
            {
                var r = Results[b];
                Facts.Set(b, rating, r.Branch.Type == BranchType.Temporary, r.Coverage, r.PreviousRating);
                foreach (var id in r.Vetoes)
                {
                    Facts.Fired(b, rating.Vetoes.First(x => x.Id == id));
                }

            }

            Facts.OrderIds(Results.Select(r => r.BranchId).ToArray());

            var dimensionIds = dims.Select(x => x.Id).ToList();
            var indicatorIds = nominal.Indicators.Select(x => x.Id).ToList();
            TieBreak = rating.TieBreak.Select(k => (k.Kind, k.Kind switch
            {
                TieBreakKind.Dimension => dimensionIds.IndexOf(k.Id!),
                TieBreakKind.Indicator => indicatorIds.IndexOf(k.Id!),
                _ => -1,
            })).ToArray();
            foreach (var (kind, index) in TieBreak)
            {
                if (kind is TieBreakKind.Dimension or TieBreakKind.Indicator && index < 0)
                {
                    throw new ArgumentException("A tie-break key names a dimension or indicator that the rule set does not declare.", nameof(nominal));
                }
            }
        }

        public RuleSet Rules { get; }

        public BranchResult[] Results { get; }

        public int Branches { get; }

        public int Dimensions { get; }

        public int Indicators { get; }

        public int[] FirstOf { get; }

        public int[] CountOf { get; }

        public double[] BaseDimensions { get; }

        /// <summary>The indicator weights of all dimensions one after another, in the column order.</summary>
        public double[] BaseIndicators { get; }

        /// <summary>[branch × indicators + indicator], NaN = not available.</summary>
        public double[] Normalised { get; }

        public double[] Deductions { get; }

        public double[] Bonuses { get; }

        /// <summary>What the rating rule needs to know of each branch besides its score (none of it depends on the weights).</summary>
        public RatingFacts Facts { get; }

        /// <summary>The tie-break keys, each with the dimension or indicator it reads (-1 for the score and branch_id).</summary>
        public (TieBreakKind Kind, int Index)[] TieBreak { get; }
    }

    /// <summary>One thread's buffers and rating kernel; a run overwrites them all.</summary>
    private sealed class Worker
    {
        private readonly Model _m;
        private readonly double[] _dw;
        private readonly double[] _iw;
        private readonly double[] _dimScores;
        private readonly long[] _cents;
        private readonly RatingKernel _kernel;

        public Worker(Model model)
        {
            _m = model;
            _dw = new double[model.Dimensions];
            _iw = new double[model.Indicators];
            _dimScores = new double[model.Branches * model.Dimensions];
            _cents = new long[model.Branches];
            Ranks = new int[model.Branches];
            Counts = new long[model.Branches * 4];

            // The tie-break keys read this worker's scores and dimension scores, and the nominal normalised values.
            var columns = model.TieBreak.Select(k => k.Kind switch
            {
                TieBreakKind.Dimension => new TieBreakColumn(k.Kind, _dimScores, model.Dimensions, k.Index),
                TieBreakKind.Indicator => new TieBreakColumn(k.Kind, model.Normalised, model.Indicators, k.Index),
                _ => new TieBreakColumn(k.Kind),
            }).ToArray();
            _kernel = new RatingKernel(model.Rules.Rating, model.Facts, _cents, columns);
        }

        /// <summary>The last run's ratings.</summary>
        public Rating[] Ratings => _kernel.Ratings;

        /// <summary>Competition rank among the rated branches with a score; 0 for the others.</summary>
        public int[] Ranks { get; }

        /// <summary>[branch × 4 + rating]: how often this thread's runs gave each rating.</summary>
        public long[] Counts { get; }

        public void Run(double spread, ulong seed, int run)
        {
            var m = _m;
            var rules = m.Rules;
            var nb = m.Branches;
            var nd = m.Dimensions;
            var ni = m.Indicators;

            var rng = SeededRandom.For(seed, (ulong)run);
            m.BaseDimensions.CopyTo(_dw, 0);
            m.BaseIndicators.CopyTo(_iw, 0);
            Perturb(_dw, spread, rng);
            Perturb(_iw, spread, rng);   // dimension by dimension: the column order

            // The scores of this run's weights; the rest of the rating's facts do not depend on them.
            for (var b = 0; b < nb; b++)
            {
                var dimScores = _dimScores.AsSpan(b * nd, nd);
                var row = m.Normalised.AsSpan(b * ni, ni);
                for (var d = 0; d < nd; d++)
                {
                    dimScores[d] = AggregationKernel.Mean(rules.Aggregation, row.Slice(m.FirstOf[d], m.CountOf[d]), _iw.AsSpan(m.FirstOf[d], m.CountOf[d]));
                }

                var aggregate = AggregationKernel.Mean(rules.Aggregation, dimScores, _dw);
                _cents[b] = double.IsNaN(aggregate) ? RatingKernel.NoScore
                    : Rounding.DecisionCents(Adjustments.Score(aggregate, m.Deductions[b], m.Bonuses[b], rules.Adjustments.LowerBound, rules.Adjustments.UpperBound));
            }

            _kernel.Rate(ordered: false);

            // Competition ranks: 1 + the number of scores strictly greater, read off the kernel's score order.
            var keys = _kernel.ScoresAscending;
            var items = _kernel.ByScore;
            Array.Clear(Ranks);
            for (var i = keys.Length - 1; i >= 0;)
            {
                var j = i;
                while (j > 0 && keys[j - 1] == keys[i])
                {
                    j--;
                }

                var rank = keys.Length - i;
                for (var k = j; k <= i; k++)
                {
                    Ranks[items[k]] = rank;
                }

                i = j - 1;
            }
        }
    }

    /// <summary>A sorted run of ranks: a slice of an array.</summary>
    private readonly record struct SortedRanks(int[] Array, int Start, int Count)
    {
        public int this[int i] => Array[Start + i];
    }

    /// <summary>Each branch's ranks over the runs: one cell per branch and run, or a histogram per branch when smaller.</summary>
    private abstract class RankStore
    {
        public static RankStore For(int branches, int runs) =>
            (long)branches * runs <= (long)branches * (branches + 1) ? new PerRun(branches, runs) : new Histogram(branches);

        /// <summary>Records one run's ranks (0 = not ranked); called from many threads, each run once.</summary>
        public abstract void Add(int run, int[] ranks);

        /// <summary>The branch's ranks over the runs in which it was ranked, sorted.</summary>
        public abstract SortedRanks Sorted(int branch);

        private sealed class PerRun(int branches, int runs) : RankStore
        {
            private readonly int[] _cells = new int[checked(branches * runs)];

            public override void Add(int run, int[] ranks)
            {
                for (var b = 0; b < ranks.Length; b++)
                {
                    _cells[(b * runs) + run] = ranks[b];
                }
            }

            public override SortedRanks Sorted(int branch)
            {
                var slice = _cells.AsSpan(branch * runs, runs);
                slice.Sort();
                var zeros = 0;
                while (zeros < runs && slice[zeros] == 0)
                {
                    zeros++;
                }

                return new SortedRanks(_cells, (branch * runs) + zeros, runs - zeros);
            }
        }

        private sealed class Histogram(int branches) : RankStore
        {
            private readonly int[] _counts = new int[checked(branches * (branches + 1))];

            public override void Add(int run, int[] ranks)
            {
                for (var b = 0; b < ranks.Length; b++)
                {
                    if (ranks[b] > 0)
                    {
                        Interlocked.Increment(ref _counts[(b * (branches + 1)) + ranks[b]]);
                    }
                }
            }

            public override SortedRanks Sorted(int branch)
            {
                var h = _counts.AsSpan(branch * (branches + 1), branches + 1);
                var total = 0;
                foreach (var c in h)
                {
                    total += c;
                }

                var values = new int[total];
                var k = 0;
                for (var rank = 1; rank <= branches; rank++)
                {
                    for (var c = 0; c < h[rank]; c++)
                    {
                        values[k++] = rank;
                    }
                }

                return new SortedRanks(values, 0, total);
            }
        }
    }
}
