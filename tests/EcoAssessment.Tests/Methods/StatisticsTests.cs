using EcoAssessment.Methods;
using NUnit.Framework;

namespace EcoAssessment.Tests.Methods;

/// <summary>The shared statistics against values that follow from their definitions (R: sd, cor, e1071 type 2).</summary>
public class StatisticsTests
{
    [Test]
    public void TheStandardDeviationIsTheSampleOneAndSkipsMissingValues()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σd² = 32, sd = √(32/7).
        Assert.That(Statistics.SampleStandardDeviation([2, 4, double.NaN, 4, 4, 5, 5, 7, 9]), Is.EqualTo(Math.Sqrt(32.0 / 7)).Within(1e-15));
        Assert.That(Statistics.SampleStandardDeviation([3, double.NaN]), Is.Zero, "fewer than two values");
    }

    [Test]
    public void TheMeanAndDeviationTakeOnlyTheIncludedValues()
    {
        var (mean, sd, n) = Statistics.MeanAndSampleStandardDeviation([1, 100, 3, double.NaN, 5], [true, false, true, true, true]);
        Assert.That((mean, n), Is.EqualTo((3.0, 3)));
        Assert.That(sd, Is.EqualTo(2).Within(1e-15));
        Assert.That(Statistics.MeanAndSampleStandardDeviation([1, 2], [false, false]), Is.EqualTo((0.0, 0.0, 0)));
    }

    [Test]
    public void MomentsNeedFourValuesAndSomeSpread()
    {
        Assert.That(Statistics.Moments([1, 2, 10]), Is.EqualTo((0.0, 0.0)));
        Assert.That(Statistics.Moments([4, 4, double.NaN, 4, 4, 4]), Is.EqualTo((0.0, 0.0)));
        var (skew, _) = Statistics.Moments([1, 2, 3, 4, 10]);
        Assert.That(skew, Is.EqualTo(1.69706).Within(1e-5));
    }

    [Test]
    public void PearsonUsesThePositionsWhereBothHaveAValue()
    {
        // Left: the pairs (1, 2), (2, 4) lie on a line. Right: (1, 2), (2, 4), (3, 5); Σdadb = 3, Σda² = 2, Σdb² = 14/3.
        Assert.That(Statistics.Pearson([1, 2, double.NaN, 3, 8], [2, 4, 9, double.NaN, double.NaN]), Is.EqualTo(1).Within(1e-15));
        Assert.That(Statistics.Pearson([1, 2, 3, 9], [2, 4, 5, double.NaN]), Is.EqualTo(3 / Math.Sqrt(2 * (14.0 / 3))).Within(1e-15));
        Assert.That(Statistics.Pearson([1, 2, 3], [7, 7, 7]), Is.Zero, "a constant column");
        Assert.That(Statistics.Pearson([1, double.NaN], [double.NaN, 2]), Is.Zero, "no pair");
    }
}

/// <summary>
/// MathNet.Numerics as the oracle: its definitions are the same (sample sd, type 2 skewness and kurtosis, Pearson's r,
/// the principal eigenvector), its arithmetic differs in the last bits (see <see cref="Statistics"/>), so they agree to
/// rounding only.
/// </summary>
public class StatisticsAgainstMathNetTests
{
    private const double Tolerance = 1e-11;

    private static IEnumerable<double[]> Columns()
    {
        var random = new Random(18);
        foreach (var n in new[] { 4, 5, 12, 130, 1000 })
        {
            for (var k = 0; k < 20; k++)
            {
                yield return [.. Enumerable.Range(0, n).Select(_ => k % 2 == 0 ? Math.Round(random.NextDouble() * 10) : Math.Exp(random.NextDouble() * 4))];
            }
        }
    }

    private static void Near(double actual, double expected) => Assert.That(actual, Is.EqualTo(expected).Within(Tolerance * Math.Max(1, Math.Abs(expected))));

    [Test]
    public void TheStandardDeviationSkewnessAndKurtosisAreMathNets()
    {
        foreach (var x in Columns())
        {
            Near(Statistics.SampleStandardDeviation(x), MathNet.Numerics.Statistics.Statistics.StandardDeviation(x));
            var (skew, kurt) = Statistics.Moments(x);
            if (MathNet.Numerics.Statistics.Statistics.Variance(x) > 0)
            {
                Near(skew, MathNet.Numerics.Statistics.Statistics.Skewness(x));
                Near(kurt, MathNet.Numerics.Statistics.Statistics.Kurtosis(x));
            }
        }
    }

    [Test]
    public void PearsonIsMathNets()
    {
        var columns = Columns().ToArray();
        for (var i = 1; i < columns.Length; i++)
        {
            if (columns[i].Length == columns[i - 1].Length)
            {
                Near(Statistics.Pearson(columns[i], columns[i - 1]), MathNet.Numerics.Statistics.Correlation.Pearson(columns[i], columns[i - 1]));
            }
        }
    }

    [Test]
    public void TheAhpWeightsAreMathNetsPrincipalEigenvector()
    {
        var random = new Random(18);
        for (var n = 2; n <= Ahp.MaxSize; n++)
        {
            var a = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                a[i, i] = 1;
                for (var j = i + 1; j < n; j++)
                {
                    var v = random.Next(1, 10);
                    a[i, j] = random.Next(2) == 0 ? v : 1.0 / v;
                    a[j, i] = 1 / a[i, j];
                }
            }

            var evd = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(a).Evd();
            var top = Enumerable.Range(0, n).MaxBy(k => evd.EigenValues[k].Real);
            var vector = evd.EigenVectors.Column(top);
            var weights = Ahp.Compute(a);
            for (var i = 0; i < n; i++)
            {
                Near(weights.Weights[i], vector[i] / vector.Sum());
            }

            Near(weights.LambdaMax, evd.EigenValues[top].Real);
        }
    }
}
