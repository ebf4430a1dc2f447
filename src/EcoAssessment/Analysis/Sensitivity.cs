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
/// The runs give the same ratings as <see cref="RatingStage.Rate(RatingRules, IReadOnlyList{RatingInput}, bool, bool[])"/>
/// would, without building its inputs: everything that does not depend on the weights (the normalised matrix, the
/// deductions and bonuses, the coverage test, the fired vetoes reduced to the worst force and the worst cap, the
/// dynamic limit, the branch_id order) is prepared once, and a run only aggregates into flat arrays, rates, sorts the
/// rated branches once for their competition ranks and counts. Ranks are kept per branch and run (or, when there are
/// more runs than branches, as a rank histogram per branch), so the percentiles are exact.
/// </remarks>
internal static class Sensitivity
{
    private const byte NoTier = byte.MaxValue;

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
            NeverRated = Results.Select(r => r.Branch.Type == BranchType.Temporary && !rating.RateTemporary).ToArray();
            LowCoverage = Results.Select(r => Math.Round(r.Coverage, 9) < rating.MinCoverage).ToArray();
            Force = new byte[Branches];
            Cap = new byte[Branches];
            Limit = new int[Branches];
            for (var b = 0; b < Branches; b++)
            {
                var fired = Results[b].Vetoes.Select(id => rating.Vetoes.First(x => x.Id == id)).ToArray();
                Force[b] = Worst(fired.Where(v => v.Effect == VetoEffect.Force));
                Cap[b] = Worst(fired.Where(v => v.Effect == VetoEffect.Cap));
                Limit[b] = rating.Dynamic?.MaxPromotion is int max && Results[b].PreviousRating is Rating previous && previous != Rating.Unrated
                    ? Math.Min(RatingLabels.Tier(Rating.Vanguard), RatingLabels.Tier(previous) + max)
                    : int.MaxValue;
            }

            // branch_id order as an integer (equal ids get equal places), for the last tie-break.
            var order = Enumerable.Range(0, Branches).OrderBy(b => Results[b].BranchId, StringComparer.Ordinal).ToArray();
            IdOrder = new int[Branches];
            for (var k = 0; k < order.Length; k++)
            {
                IdOrder[order[k]] = k > 0 && string.Equals(Results[order[k]].BranchId, Results[order[k - 1]].BranchId, StringComparison.Ordinal)
                    ? IdOrder[order[k - 1]]
                    : k;
            }

            VanguardCents = CeilingCents(rating.Thresholds.VanguardMin);
            LaggardCents = CeilingCents(rating.Thresholds.LaggardBelow);

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

        /// <summary>Temporary branches that the rules do not rate: 未定级 whatever happens.</summary>
        public bool[] NeverRated { get; }

        /// <summary>Coverage below the minimum: 未定级 unless a force veto fired.</summary>
        public bool[] LowCoverage { get; }

        /// <summary>The worst tier of the fired force vetoes, as a <see cref="Rating"/>; <see cref="NoTier"/> when none fired.</summary>
        public byte[] Force { get; }

        /// <summary>The worst tier of the fired cap vetoes; <see cref="NoTier"/> when none fired.</summary>
        public byte[] Cap { get; }

        /// <summary>The highest tier the dynamic limit allows; int.MaxValue when it does not apply.</summary>
        public int[] Limit { get; }

        public int[] IdOrder { get; }

        /// <summary>The lowest decision score in cents that reaches 先锋.min: score ≥ min ⇔ cents ≥ ⌈100·min⌉.</summary>
        public long VanguardCents { get; }

        /// <summary>score &lt; 落后.below ⇔ cents &lt; ⌈100·below⌉.</summary>
        public long LaggardCents { get; }

        public (TieBreakKind Kind, int Index)[] TieBreak { get; }

        private static long CeilingCents(decimal threshold) =>
            (long)Math.Clamp(decimal.Ceiling(threshold * 100m), -4e18m, 4e18m);

        private static byte Worst(IEnumerable<VetoRule> vetoes)
        {
            var worst = NoTier;
            foreach (var v in vetoes)
            {
                if (worst == NoTier || RatingLabels.Tier(v.Tier) < RatingLabels.Tier((Rating)worst))
                {
                    worst = (byte)v.Tier;
                }
            }

            return worst;
        }
    }

    /// <summary>One thread's buffers; a run overwrites them all.</summary>
    private sealed class Worker : IComparer<int>
    {
        private readonly Model _m;
        private readonly double[] _dw;
        private readonly double[] _iw;
        private readonly double[] _dimScores;
        private readonly long[] _cents;
        private readonly int[] _candidates;
        private readonly long[] _keys;
        private readonly int[] _items;
        private readonly int[] _sorted;
        private int[] _bucket = [];

        public Worker(Model model)
        {
            _m = model;
            _dw = new double[model.Dimensions];
            _iw = new double[model.Indicators];
            _dimScores = new double[model.Branches * model.Dimensions];
            _cents = new long[model.Branches];
            _candidates = new int[model.Branches];
            _keys = new long[model.Branches];
            _items = new int[model.Branches];
            _sorted = new int[model.Branches];
            Ratings = new Rating[model.Branches];
            Ranks = new int[model.Branches];
            Counts = new long[model.Branches * 4];
        }

        public Rating[] Ratings { get; }

        /// <summary>Competition rank among the rated branches with a score; 0 for the others.</summary>
        public int[] Ranks { get; }

        /// <summary>[branch × 4 + rating]: how often this thread's runs gave each rating.</summary>
        public long[] Counts { get; }

        public void Run(double spread, ulong seed, int run)
        {
            var m = _m;
            var rules = m.Rules;
            var rating = rules.Rating;
            var nb = m.Branches;
            var nd = m.Dimensions;
            var ni = m.Indicators;

            var rng = SeededRandom.For(seed, (ulong)run);
            m.BaseDimensions.CopyTo(_dw, 0);
            m.BaseIndicators.CopyTo(_iw, 0);
            Perturb(_dw, spread, rng);
            Perturb(_iw, spread, rng);   // dimension by dimension: the column order

            // Scores and ratings by thresholds and vetoes, then the dynamic limit.
            for (var b = 0; b < nb; b++)
            {
                var dimScores = _dimScores.AsSpan(b * nd, nd);
                var row = m.Normalised.AsSpan(b * ni, ni);
                for (var d = 0; d < nd; d++)
                {
                    dimScores[d] = AggregationKernel.Mean(rules.Aggregation, row.Slice(m.FirstOf[d], m.CountOf[d]), _iw.AsSpan(m.FirstOf[d], m.CountOf[d]));
                }

                var aggregate = AggregationKernel.Mean(rules.Aggregation, dimScores, _dw);
                var cents = double.IsNaN(aggregate) ? long.MinValue
                    : Rounding.DecisionCents(Adjustments.Score(aggregate, m.Deductions[b], m.Bonuses[b], rules.Adjustments.LowerBound, rules.Adjustments.UpperBound));
                _cents[b] = cents;

                Rating r;
                if (m.NeverRated[b])
                {
                    r = Rating.Unrated;
                }
                else if (cents == long.MinValue || m.LowCoverage[b])
                {
                    r = m.Force[b] == NoTier ? Rating.Unrated : (Rating)m.Force[b];
                }
                else
                {
                    var byThreshold = cents >= m.VanguardCents ? Rating.Vanguard : cents < m.LaggardCents ? Rating.Laggard : Rating.Middle;
                    r = m.Force[b] != NoTier ? (Rating)m.Force[b]
                        : m.Cap[b] != NoTier && RatingLabels.Tier(byThreshold) > RatingLabels.Tier((Rating)m.Cap[b]) ? (Rating)m.Cap[b]
                        : byThreshold;
                }

                if (r != Rating.Unrated && RatingLabels.Tier(r) > m.Limit[b])
                {
                    r = m.Limit[b] switch { 3 => Rating.Vanguard, 2 => Rating.Middle, _ => Rating.Laggard };
                }

                Ratings[b] = r;
            }

            // The rated branches with a score, ascending by score: one sort serves the quota and the ranks (the quota
            // moves 先锋 to 中间, which changes neither who is rated nor any score).
            var n = 0;
            for (var b = 0; b < nb; b++)
            {
                if (Ratings[b] != Rating.Unrated && _cents[b] != long.MinValue)
                {
                    _keys[n] = _cents[b];
                    _items[n] = b;
                    n++;
                }
            }

            SortByScore(n);
            ApplyQuota(rating.VanguardQuota, n);

            // Competition ranks: 1 + the number of scores strictly greater.
            Array.Clear(Ranks);
            for (var i = n - 1; i >= 0;)
            {
                var j = i;
                while (j > 0 && _keys[j - 1] == _keys[i])
                {
                    j--;
                }

                var rank = n - i;
                for (var k = j; k <= i; k++)
                {
                    Ranks[_items[k]] = rank;
                }

                i = j - 1;
            }
        }

        /// <summary>
        /// Sorts the first <paramref name="n"/> keys (scores in cents) ascending with their items: a counting sort when the
        /// range of the scores is small (it is, for scores in 0–100), else the library sort. Only the order of the keys
        /// matters to the callers; equal keys are told apart by the tie-break comparer where it matters.
        /// </summary>
        private void SortByScore(int n)
        {
            if (n == 0)
            {
                return;
            }

            long min = long.MaxValue, max = long.MinValue;
            for (var i = 0; i < n; i++)
            {
                min = Math.Min(min, _keys[i]);
                max = Math.Max(max, _keys[i]);
            }

            if (max - min > (4L * n) + 4096)
            {
                Array.Sort(_keys, _items, 0, n);
                return;
            }

            var range = (int)(max - min) + 1;
            if (_bucket.Length < range + 1)
            {
                _bucket = new int[range + 1];
            }

            Array.Clear(_bucket, 0, range + 1);
            for (var i = 0; i < n; i++)
            {
                _bucket[(int)(_keys[i] - min) + 1]++;
            }

            for (var v = 1; v <= range; v++)
            {
                _bucket[v] += _bucket[v - 1];
            }

            for (var i = 0; i < n; i++)
            {
                var b = _items[i];
                _sorted[_bucket[(int)(_keys[i] - min)]++] = b;
            }

            for (var i = 0; i < n; i++)
            {
                _items[i] = _sorted[i];
                _keys[i] = _cents[_sorted[i]];
            }
        }

        /// <summary>
        /// At most ⌊q·N⌋ 先锋 among the N rated branches; the excess goes to 中间 in tie-break order. When the first
        /// tie-break key is the score, the order is the score order read from the top, and only a group of equal scores
        /// that straddles the limit needs the comparer; otherwise every candidate is sorted with it.
        /// </summary>
        private void ApplyQuota(decimal? quota, int n)
        {
            if (quota is not decimal q)
            {
                return;
            }

            var rated = 0;
            var count = 0;
            for (var b = 0; b < _m.Branches; b++)
            {
                if (Ratings[b] != Rating.Unrated)
                {
                    rated++;
                }

                if (Ratings[b] == Rating.Vanguard)
                {
                    count++;
                }
            }

            var allowed = (int)Math.Floor(q * rated);
            if (count <= allowed)
            {
                return;
            }

            if (_m.TieBreak.Length == 0 || _m.TieBreak[0].Kind != TieBreakKind.Score)
            {
                count = 0;
                for (var b = 0; b < _m.Branches; b++)
                {
                    if (Ratings[b] == Rating.Vanguard)
                    {
                        _candidates[count++] = b;
                    }
                }

                Array.Sort(_candidates, 0, count, this);
                for (var pos = allowed; pos < count; pos++)
                {
                    Ratings[_candidates[pos]] = Rating.Middle;
                }

                return;
            }

            // Groups of equal score from the highest down, then the 先锋 without a score (they sort last).
            var kept = 0;
            for (var i = n - 1; i >= 0;)
            {
                var j = i;
                while (j > 0 && _keys[j - 1] == _keys[i])
                {
                    j--;
                }

                kept = KeepGroup(_items.AsSpan(j, i - j + 1), kept, allowed);
                i = j - 1;
            }

            var unscored = 0;
            for (var b = 0; b < _m.Branches; b++)
            {
                if (Ratings[b] == Rating.Vanguard && _cents[b] == long.MinValue)
                {
                    _sorted[unscored++] = b;
                }
            }

            KeepGroup(_sorted.AsSpan(0, unscored), kept, allowed);
        }

        /// <summary>Keeps the group's 先锋 while places remain (in tie-break order when not all fit), demotes the rest.</summary>
        private int KeepGroup(Span<int> group, int kept, int allowed)
        {
            var c = 0;
            foreach (var b in group)
            {
                if (Ratings[b] == Rating.Vanguard)
                {
                    _candidates[c++] = b;
                }
            }

            if (kept + c > allowed)
            {
                if (kept < allowed)
                {
                    Array.Sort(_candidates, 0, c, this);   // the group straddles the limit
                }

                for (var pos = Math.Max(0, allowed - kept); pos < c; pos++)
                {
                    Ratings[_candidates[pos]] = Rating.Middle;
                }
            }

            return Math.Min(allowed, kept + c);
        }

        /// <summary>The tie-break order: score descending (none last), the declared keys descending (none last), branch_id.</summary>
        public int Compare(int a, int b)
        {
            foreach (var (kind, index) in _m.TieBreak)
            {
                var c = kind switch
                {
                    TieBreakKind.Score => _cents[b].CompareTo(_cents[a]),
                    TieBreakKind.BranchId => _m.IdOrder[a].CompareTo(_m.IdOrder[b]),
                    TieBreakKind.Dimension => Descending(_dimScores[(a * _m.Dimensions) + index], _dimScores[(b * _m.Dimensions) + index]),
                    _ => Descending(_m.Normalised[(a * _m.Indicators) + index], _m.Normalised[(b * _m.Indicators) + index]),
                };
                if (c != 0)
                {
                    return c;
                }
            }

            return _m.IdOrder[a].CompareTo(_m.IdOrder[b]);
        }

        private static int Descending(double va, double vb) =>
            double.IsNaN(va) ? (double.IsNaN(vb) ? 0 : 1) : double.IsNaN(vb) ? -1 : vb.CompareTo(va);
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
