using EcoAssessment.Methods;
using EcoAssessment.Rules;

namespace EcoAssessment.Stages.Normalisation;

/// <summary>
/// Pure normalisation kernels on spans of raw values (NaN = not available, kept NaN). Direction is applied once,
/// before the kernel: for lower-is-better the kernel sees the reflected value.
/// </summary>
internal static class Normalisers
{
    /// <summary>100·clamp((x−low)/(high−low), 0, 1); lower-is-better: 100·clamp((high−x)/(high−low), 0, 1). Requires low ≠ high.</summary>
    public static double Goalposts(double x, double low, double high, Direction direction)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var t = direction == Direction.Higher ? (x - low) / (high - low) : (high - x) / (high - low);
        return 100.0 * Math.Clamp(t, 0.0, 1.0);
    }

    /// <summary>
    /// lo + (hi−lo)·(x−min)/(max−min) where min and max are taken over the values whose <paramref name="population"/>
    /// flag is set (the rated branches); lower-is-better uses max−x. If max = min every value gets hi (a defined value where
    /// COINr returns NaN). Values outside the population are mapped with the same min/max and clamped to [lo, hi].
    /// </summary>
    public static void MinMax(ReadOnlySpan<double> x, ReadOnlySpan<bool> population, double lo, double hi, Direction direction, Span<double> result)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            if (population[i] && !double.IsNaN(x[i]))
            {
                min = Math.Min(min, x[i]);
                max = Math.Max(max, x[i]);
            }
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsInfinity(min))
            {
                result[i] = double.NaN;
                continue;
            }

            double v;
            if (max == min)
            {
                v = hi;
            }
            else
            {
                var t = direction == Direction.Higher ? (x[i] - min) / (max - min) : (max - x[i]) / (max - min);
                v = lo + ((hi - lo) * t);
            }

            result[i] = population[i] ? v : Math.Clamp(v, Math.Min(lo, hi), Math.Max(lo, hi));
        }
    }

    /// <summary>m + s·(x − mean)/sd over the population (sample sd, n − 1); fewer than two values or sd = 0 give m.</summary>
    public static void ZScore(ReadOnlySpan<double> x, ReadOnlySpan<bool> population, double m, double s, Direction direction, Span<double> result)
    {
        // The deviation is the same for x and −x, and the mean of −x is −mean (rounding is symmetric).
        var (mean, sd, _) = Statistics.MeanAndSampleStandardDeviation(x, population);
        mean = Signed(mean, direction);
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = double.IsNaN(x[i]) ? double.NaN : sd > 0 ? m + (s * (Signed(x[i], direction) - mean) / sd) : m;
        }
    }

    private static double Signed(double x, Direction direction) => direction == Direction.Higher ? x : -x;

    /// <summary>
    /// Ranks among the population, ascending (1 = worst once the direction is applied); a value outside the population
    /// gets the rank it would have in it. Ties: <see cref="TieMethod.Min"/> gives the tie's lowest rank, Average its mean.
    /// With <paramref name="percentile"/>: 100·(rank − 1)/(n − 1), and 100 for a population of one.
    /// </summary>
    public static void Rank(ReadOnlySpan<double> x, ReadOnlySpan<bool> population, TieMethod ties, bool percentile, Direction direction, Span<double> result)
    {
        var values = new List<double>();
        for (var i = 0; i < x.Length; i++)
        {
            if (population[i] && !double.IsNaN(x[i]))
            {
                values.Add(Signed(x[i], direction));
            }
        }

        values.Sort();
        var n = values.Count;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || n == 0)
            {
                result[i] = double.NaN;
                continue;
            }

            var v = Signed(x[i], direction);
            var below = LowerBound(values, v);          // values strictly less than v
            var equal = UpperBound(values, v) - below;   // values equal to v (0 when v is outside the population)
            var rank = ties == TieMethod.Average && equal > 1 ? below + ((equal + 1) / 2.0) : below + 1.0;
            result[i] = !percentile ? rank : n == 1 ? 100.0 : 100.0 * (rank - 1) / (n - 1);
        }
    }

    private static int LowerBound(List<double> sorted, double v)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    private static int UpperBound(List<double> sorted, double v)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    /// <summary>
    /// Applies a normalisation rule to one indicator's column; <paramref name="periodMonths"/> pro-rates per-year goalposts,
    /// or, when given, <paramref name="branchMonths"/> does per branch (the months of the period each branch existed).
    /// </summary>
    public static void Apply(NormalisationRule rule, Direction direction, ReadOnlySpan<double> x, ReadOnlySpan<bool> population, Span<double> result, double periodMonths = 12,
        ReadOnlySpan<double> branchMonths = default)
    {
        switch (rule)
        {
            case GoalpostsNormalisation g:
                for (var i = 0; i < x.Length; i++)
                {
                    var scale = g.PerYear ? (branchMonths.IsEmpty ? periodMonths : branchMonths[i]) / 12.0 : 1.0;
                    result[i] = Goalposts(x[i], g.Low * scale, g.High * scale, direction);
                }

                break;
            case MinMaxNormalisation m:
                MinMax(x, population, m.Lo, m.Hi, direction, result);
                break;
            case ZScoreNormalisation z:
                ZScore(x, population, z.M, z.S, direction, result);
                break;
            case RankNormalisation r:
                Rank(x, population, r.Ties, percentile: false, direction, result);
                break;
            case PercentileNormalisation p:
                Rank(x, population, p.Ties, percentile: true, direction, result);
                break;
            case NoNormalisation:
                x.CopyTo(result);
                break;
            default:
                throw new InvalidOperationException($"no kernel for normalisation {rule.Method}");
        }
    }
}
