using Trend = EcoAssessment.Analysis.Trend;
using NUnit.Framework;

namespace EcoAssessment.Tests.Analysis;

public class TrendDirectionTests
{
    [TestCase(new[] { 90.0, 85.0, 80.0 }, "declining")]
    [TestCase(new[] { 70.0, 75.5, 80.0, 81.0 }, "improving")]
    [TestCase(new[] { 90.0, 85.0, 86.0 }, "steady")]
    [TestCase(new[] { 90.0, 85.0 }, "steady")]
    [TestCase(new[] { 90.0, 90.0, 80.0 }, "steady")]
    public void ADirectionNeedsEveryStepOfThreeOrMorePeriods(double[] scores, string expected) =>
        Assert.That(Trend.Direction(scores.Select(s => (decimal?)s)), Is.EqualTo(expected));

    [Test]
    public void AMissingPeriodMakesItSteady() =>
        Assert.That(Trend.Direction([90m, null, 80m]), Is.EqualTo("steady"));
}
