namespace EcoAssessment.Methods;

/// <summary>
/// The descriptive statistics the stages and methods share, each with COINr's definition. NaN is "not available" and is
/// skipped; sums run in input order, so a result depends only on the values and their order.
/// <para>
/// Hand-written kernels, not MathNet.Numerics.Statistics, on purpose. MathNet's <c>Mean</c>, <c>StandardDeviation</c>,
/// <c>Skewness</c>, <c>Kurtosis</c> and <c>Correlation.Pearson</c> have the same definitions (sample sd n − 1; type 2
/// skewness and excess kurtosis; Pearson's r) but compute them with running (Welford-style) updates, which round
/// differently from the plain sums here: on random columns of 4–1,000 values about half of its means and standard
/// deviations and over eight in ten of its skewness, kurtosis and correlation values differ in the last bits. Each of
/// MathNet's mean, standard deviation and Pearson alone changes what <c>eco evaluate</c> prints for a rule set with z-scores
/// or CRITIC weights (the JSON trace and the CSV's normalised values carry 17 digits; the report workbook too).
/// Skewness and kurtosis changed no output on the samples, but they decide the treatment at |skew| &gt; 2 and
/// kurtosis &gt; 3.5, where a last-bit difference flips the decision, so they stay as computed before. MathNet would
/// also need each column's population copied into an array first; these read the column and its flags in place.
/// </para>
/// </summary>
internal static class Statistics
{
    /// <summary>
    /// The sample standard deviation (n − 1, as R's <c>sd</c> and COINr's <c>n_zscore</c>) of the values that are not NaN,
    /// in two passes: the mean, then √(Σ(x − mean)² / (n − 1)). 0 with fewer than two values.
    /// </summary>
    public static double SampleStandardDeviation(ReadOnlySpan<double> x) => MeanAndDeviation(x, default, all: true).Deviation;

    /// <summary>
    /// The mean and sample standard deviation (as <see cref="SampleStandardDeviation"/>) of the values that are not NaN
    /// and whose <paramref name="include"/> flag is set; <c>Count</c> is how many there were. With none the mean is 0, and
    /// with fewer than two the deviation is 0.
    /// </summary>
    public static (double Mean, double Deviation, int Count) MeanAndSampleStandardDeviation(ReadOnlySpan<double> x, ReadOnlySpan<bool> include) =>
        MeanAndDeviation(x, include, all: false);

    private static (double Mean, double Deviation, int Count) MeanAndDeviation(ReadOnlySpan<double> x, ReadOnlySpan<bool> include, bool all)
    {
        double sum = 0;
        var n = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if ((all || include[i]) && !double.IsNaN(x[i]))
            {
                sum += x[i];
                n++;
            }
        }

        var mean = n > 0 ? sum / n : 0;
        double squares = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if ((all || include[i]) && !double.IsNaN(x[i]))
            {
                var d = x[i] - mean;
                squares += d * d;
            }
        }

        return (mean, n > 1 ? Math.Sqrt(squares / (n - 1)) : 0, n);
    }

    /// <summary>
    /// The sample skewness G1 and excess kurtosis G2 ("type 2", as COINr's outlier treatment and e1071's <c>type = 2</c>) of
    /// the values that are not NaN, with s the sample standard deviation and zᵢ = (xᵢ − mean)/s:
    /// G1 = n/((n−1)(n−2)) Σzᵢ³ and G2 = n(n+1)/((n−1)(n−2)(n−3)) Σzᵢ⁴ − 3(n−1)²/((n−2)(n−3)).
    /// (0, 0) with fewer than four values or no spread.
    /// </summary>
    public static (double Skewness, double Kurtosis) Moments(ReadOnlySpan<double> x)
    {
        var (mean, s, n) = MeanAndDeviation(x, default, all: true);
        if (n < 4 || s == 0)
        {
            return (0, 0);
        }

        double m3 = 0, m4 = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                m3 += Math.Pow((v - mean) / s, 3);
            }
        }

        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                m4 += Math.Pow((v - mean) / s, 4);
            }
        }

        var skew = n / ((n - 1.0) * (n - 2.0)) * m3;
        var kurt = (n * (n + 1.0) / ((n - 1.0) * (n - 2.0) * (n - 3.0)) * m4) - (3.0 * (n - 1.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0)));
        return (skew, kurt);
    }

    /// <summary>
    /// Pearson's correlation over the positions where both have a value (R's <c>use = "pairwise.complete.obs"</c>), about
    /// the means of those positions; 0 with fewer than two such positions or when either is constant there.
    /// </summary>
    public static double Pearson(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sa = 0, sb = 0;
        var n = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!double.IsNaN(a[i]) && !double.IsNaN(b[i]))
            {
                sa += a[i];
                sb += b[i];
                n++;
            }
        }

        if (n < 2)
        {
            return 0;
        }

        var ma = sa / n;
        var mb = sb / n;
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!double.IsNaN(a[i]) && !double.IsNaN(b[i]))
            {
                var x = a[i] - ma;
                var y = b[i] - mb;
                sab += x * y;
                saa += x * x;
                sbb += y * y;
            }
        }

        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : 0;
    }
}
