using EcoAssessment.Methods;

namespace EcoAssessment.Stages.Treatment;

/// <summary>What outlier treatment did to one indicator.</summary>
internal sealed record OutlierTreatment(int Winsorised, bool Logged, double Skew, double Kurtosis);

/// <summary>
/// Outlier treatment as in COINr: an indicator is treated only when |skew| &gt; 2 and (excess) kurtosis &gt; 3.5, both
/// the sample "type 2" statistics (G1, G2; n ≥ 4) over the rated branches. Treatment winsorises one point at a time —
/// the most extreme value on the side of the skew takes the next value inward — until the criteria are met or
/// <c>maxPoints</c> points are treated; if they are still not met, the original values are log-transformed instead:
/// ln(x − min + 1) for positive skew, −ln(max − x + 1) for negative skew.
/// </summary>
internal static class Winsorisation
{
    public const double SkewLimit = 2;

    public const double KurtosisLimit = 3.5;

    /// <summary>The sample skewness G1 and excess kurtosis G2 of the values that are not NaN (<see cref="Statistics.Moments"/>); (0, 0) with fewer than 4 or no spread.</summary>
    public static (double Skew, double Kurtosis) Moments(ReadOnlySpan<double> x) => Statistics.Moments(x);

    private static bool Outside((double Skew, double Kurtosis) m) => Math.Abs(m.Skew) > SkewLimit && m.Kurtosis > KurtosisLimit;

    /// <summary>Treats one column in place over the positions in <paramref name="population"/>; null when nothing was needed.</summary>
    public static OutlierTreatment? Apply(double[] x, bool[] population, int maxPoints)
    {
        var idx = Enumerable.Range(0, x.Length).Where(i => population[i] && !double.IsNaN(x[i])).ToArray();
        double[] Values() => idx.Select(i => x[i]).ToArray();
        var moments = Moments(Values());
        if (!Outside(moments))
        {
            return null;
        }

        var original = (double[])x.Clone();
        var first = moments;
        var treated = 0;
        while (Outside(moments) && treated < maxPoints)
        {
            var positive = moments.Skew > 0;
            var extreme = positive ? idx.Max(i => x[i]) : idx.Min(i => x[i]);
            var inner = positive ? idx.Where(i => x[i] < extreme).Select(i => x[i]).DefaultIfEmpty(extreme).Max()
                : idx.Where(i => x[i] > extreme).Select(i => x[i]).DefaultIfEmpty(extreme).Min();
            foreach (var i in idx.Where(i => x[i] == extreme))
            {
                x[i] = inner;
                treated++;
            }

            moments = Moments(Values());
        }

        if (!Outside(moments))
        {
            return new OutlierTreatment(treated, false, moments.Skew, moments.Kurtosis);
        }

        // Winsorising did not suffice: log-transform the original values instead (outside the population too).
        var min = idx.Min(i => original[i]);
        var max = idx.Max(i => original[i]);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = double.IsNaN(original[i]) ? double.NaN : first.Skew > 0 ? Math.Log(Math.Max(original[i] - min, 0) + 1) : -Math.Log(Math.Max(max - original[i], 0) + 1);
        }

        var after = Moments(Values());
        return new OutlierTreatment(0, true, after.Skew, after.Kurtosis);
    }
}
