using Trend = EcoAssessment.Analysis.Trend;
using NUnit.Framework;

namespace EcoAssessment.Tests.Analysis;

/// <summary>
/// A series is 上升/下降 when its last score moved by at least the declared threshold (default 3 points) against its
/// first, else 平稳 — a 7-point move over two periods is a move, a 1-point wobble is not.
/// </summary>
public class TrendDirectionTests
{
    [TestCase(new[] { 90.0, 85.0, 80.0 }, "declining")]
    [TestCase(new[] { 70.0, 75.5, 80.0, 81.0 }, "improving")]
    [TestCase(new[] { 80.0, 87.0 }, "improving", TestName = "A move of 7 points over two periods is 上升, not 平稳")]
    [TestCase(new[] { 87.0, 80.0 }, "declining")]
    [TestCase(new[] { 80.0, 83.0 }, "improving", TestName = "Exactly the threshold is a move")]
    [TestCase(new[] { 80.0, 77.0 }, "declining")]
    [TestCase(new[] { 80.0, 82.99 }, "steady", TestName = "Under the threshold is 平稳")]
    [TestCase(new[] { 90.0, 85.0, 88.0 }, "steady", TestName = "The last against the first: a net fall of 2 is 平稳")]
    [TestCase(new[] { 90.0, 70.0, 87.0 }, "declining", TestName = "A net fall of 3 through a dip is 下降")]
    [TestCase(new[] { 90.0 }, "steady")]
    public void TheDirectionIsAMoveOfAtLeastTheDefaultThreePoints(double[] scores, string expected) =>
        Assert.That(Trend.Direction(scores.Select(s => (decimal?)s)), Is.EqualTo(expected));

    [Test]
    public void TheDefaultThresholdIsThreePoints() => Assert.That(Trend.DefaultDirectionThreshold, Is.EqualTo(3m));

    [Test]
    public void ADeclaredThresholdIsUsed()
    {
        decimal?[] sevenUp = [80m, 87m];
        Assert.Multiple(() =>
        {
            Assert.That(Trend.Direction(sevenUp, 10m), Is.EqualTo("steady"), "under a threshold of 10");
            Assert.That(Trend.Direction(sevenUp, 7m), Is.EqualTo("improving"), "at a threshold of 7");
            Assert.That(Trend.Direction([80m, 79m], 0.5m), Is.EqualTo("declining"), "a 1-point fall under a threshold of 0.5");
        });
    }

    [Test]
    public void PeriodsWithoutAScoreArePassedOver()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Trend.Direction([90m, null, 80m]), Is.EqualTo("declining"), "first and last scored periods");
            Assert.That(Trend.Direction([null, 90m, null]), Is.EqualTo("steady"), "one score is no movement");
        });
    }
}
