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
