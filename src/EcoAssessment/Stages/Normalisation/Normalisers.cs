using EcoAssessment.Rules;

namespace EcoAssessment.Stages.Normalisation;

/// <summary>
/// Pure normalisation kernels on spans of raw values (NaN = not available, kept NaN). Direction is applied once,
/// before the kernel: for lower-is-better the kernel sees the reflected value.
/// </summary>
public static class Normalisers
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

    /// <summary>Applies a normalisation rule to one indicator's column; <paramref name="periodMonths"/> pro-rates per-year goalposts.</summary>
    public static void Apply(NormalisationRule rule, Direction direction, ReadOnlySpan<double> x, ReadOnlySpan<bool> population, Span<double> result, double periodMonths = 12)
    {
        switch (rule)
        {
            case GoalpostsNormalisation g:
                var scale = g.PerYear ? periodMonths / 12.0 : 1.0;
                for (var i = 0; i < x.Length; i++)
                {
                    result[i] = Goalposts(x[i], g.Low * scale, g.High * scale, direction);
                }

                break;
            case MinMaxNormalisation m:
                MinMax(x, population, m.Lo, m.Hi, direction, result);
                break;
            case NoNormalisation:
                x.CopyTo(result);
                break;
            default:
                throw new InvalidOperationException($"no kernel for normalisation {rule.Method}");
        }
    }
}
