using EcoAssessment.Rules;
using EcoAssessment.Stages.Normalisation;
using NUnit.Framework;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;

namespace EcoAssessment.Tests.Stages.Normalisation;

/// <summary>z-score, rank and percentile normalisation and the geometric mean, against values computed by hand.</summary>
public class RankAndZScoreTests
{
    private static readonly bool[] All = [true, true, true, true, true];

    [Test]
    public void ZScoreUsesTheSampleStandardDeviation()
    {
        // x = 2, 4, 4, 4, 6: mean 4, sample sd = sqrt((4 + 0 + 0 + 0 + 4) / 4) = sqrt(2).
        double[] x = [2, 4, 4, 4, 6];
        var r = new double[5];
        Normalisers.ZScore(x, All, 50, 10, Direction.Higher, r);
        Assert.That(r, Is.EqualTo(new[] { 50 - (20 / Math.Sqrt(2)), 50, 50, 50, 50 + (20 / Math.Sqrt(2)) }).Within(1e-12));
        Normalisers.ZScore(x, All, 0, 1, Direction.Lower, r);
        Assert.That(r[0], Is.EqualTo(Math.Sqrt(2)).Within(1e-12), "lower is better reflects the value");
    }

    [Test]
    public void ZScoreWithoutSpreadGivesM()
    {
        var r = new double[3];
        Normalisers.ZScore([7, 7, double.NaN], [true, true, true], 60, 10, Direction.Higher, r);
        Assert.That(r[0], Is.EqualTo(60));
        Assert.That(double.IsNaN(r[2]), Is.True, "not available stays not available");
    }

    [TestCase(TieMethod.Min, new[] { 1.0, 2.0, 2.0, 4.0, 5.0 })]
    [TestCase(TieMethod.Average, new[] { 1.0, 2.5, 2.5, 4.0, 5.0 })]
    public void RanksAscendWithTies(TieMethod ties, double[] expected)
    {
        var r = new double[5];
        Normalisers.Rank([10, 20, 20, 30, 40], All, ties, percentile: false, Direction.Higher, r);
        Assert.That(r, Is.EqualTo(expected));
    }

    [Test]
    public void PercentileSpansZeroToHundredAndFollowsTheDirection()
    {
        var r = new double[5];
        Normalisers.Rank([10, 20, 20, 30, 40], All, TieMethod.Min, percentile: true, Direction.Higher, r);
        Assert.That(r, Is.EqualTo(new[] { 0.0, 25, 25, 75, 100 }));
        Normalisers.Rank([10, 20, 20, 30, 40], All, TieMethod.Min, percentile: true, Direction.Lower, r);
        Assert.That(r, Is.EqualTo(new[] { 100.0, 50, 50, 25, 0 }));
    }

    [Test]
    public void AValueOutsideThePopulationGetsTheRankItWouldHave()
    {
        var r = new double[4];
        Normalisers.Rank([10, 30, 20, 25], [true, true, false, true], TieMethod.Min, percentile: false, Direction.Higher, r);
        Assert.That(r, Is.EqualTo(new[] { 1.0, 3, 2, 2 }));
    }

    [Test]
    public void TheGeometricMeanIsWeightedAndSkipsMissingValues()
    {
        // exp((1·ln 100 + 3·ln 25) / 4) = 100^(1/4) · 25^(3/4).
        var g = AggregationKernel.WeightedGeometricMean([100, 25, double.NaN], [1, 3, 5]);
        Assert.That(g, Is.EqualTo(Math.Pow(100, 0.25) * Math.Pow(25, 0.75)).Within(1e-9));
        Assert.That(double.IsNaN(AggregationKernel.WeightedGeometricMean([100, 0], [1, 1])), Is.True, "a value ≤ 0 has no geometric mean");
    }

    [Test]
    public void TheGeometricMeanNeverExceedsTheArithmeticMean()
    {
        var rng = new Random(7);
        for (var k = 0; k < 200; k++)
        {
            var v = Enumerable.Range(0, 5).Select(_ => 1 + (rng.NextDouble() * 99)).ToArray();
            var w = Enumerable.Range(0, 5).Select(_ => 0.1 + rng.NextDouble()).ToArray();
            Assert.That(AggregationKernel.WeightedGeometricMean(v, w), Is.LessThanOrEqualTo(AggregationKernel.WeightedMean(v, w) + 1e-9));
        }
    }
}
