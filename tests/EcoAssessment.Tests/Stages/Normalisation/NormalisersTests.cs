using EcoAssessment.Rules;
using EcoAssessment.Stages.Normalisation;
using NUnit.Framework;

namespace EcoAssessment.Tests.Stages.Normalisation;

public class NormalisersTests
{
    [TestCase(0.0, 0.0)]
    [TestCase(0.25, 25.0)]
    [TestCase(1.0, 100.0)]
    [TestCase(-0.5, 0.0)]
    [TestCase(1.7, 100.0)]
    public void GoalpostsHigherIsBetterScalesAndClamps(double x, double expected)
    {
        Assert.That(Normalisers.Goalposts(x, 0, 1, Direction.Higher), Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase(0.0, 100.0)]
    [TestCase(1.0, 80.0)]
    [TestCase(5.0, 0.0)]
    [TestCase(8.0, 0.0)]
    [TestCase(-1.0, 100.0)]
    public void GoalpostsLowerIsBetterUsesHighMinusX(double x, double expected)
    {
        Assert.That(Normalisers.Goalposts(x, 0, 5, Direction.Lower), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void GoalpostsWithAnOffsetLowBound()
    {
        Assert.That(Normalisers.Goalposts(0.8, 0.6, 1.0, Direction.Higher), Is.EqualTo(50.0).Within(1e-12));
        Assert.That(Normalisers.Goalposts(0.8, 0.6, 1.0, Direction.Lower), Is.EqualTo(50.0).Within(1e-12));
        Assert.That(Normalisers.Goalposts(0.7, 0.6, 1.0, Direction.Lower), Is.EqualTo(75.0).Within(1e-12));
    }

    [Test]
    public void GoalpostsKeepNotAvailable()
    {
        Assert.That(Normalisers.Goalposts(double.NaN, 0, 1, Direction.Higher), Is.NaN);
        Assert.That(Normalisers.Goalposts(double.NaN, 0, 1, Direction.Lower), Is.NaN);
    }

    private static double[] MinMax(double[] x, Direction direction, double lo = 0, double hi = 100, bool[]? population = null)
    {
        var result = new double[x.Length];
        Normalisers.MinMax(x, population ?? x.Select(_ => true).ToArray(), lo, hi, direction, result);
        return result;
    }

    [Test]
    public void MinMaxScalesOverThePopulation()
    {
        Assert.That(MinMax([2, 4, 6, 10], Direction.Higher), Is.EqualTo(new[] { 0, 25, 50, 100.0 }).Within(1e-12));
        Assert.That(MinMax([2, 4, 6, 10], Direction.Lower), Is.EqualTo(new[] { 100, 75, 50, 0.0 }).Within(1e-12));
        Assert.That(MinMax([2, 4, 6, 10], Direction.Higher, lo: 60, hi: 100), Is.EqualTo(new[] { 60, 70, 80, 100.0 }).Within(1e-12));
    }

    [Test]
    public void MinMaxWithMaxEqualMinGivesEveryBranchHi()
    {
        Assert.That(MinMax([3, 3, 3], Direction.Higher), Is.EqualTo(new[] { 100.0, 100.0, 100.0 }));
        Assert.That(MinMax([3, 3, 3], Direction.Lower, lo: 10, hi: 90), Is.EqualTo(new[] { 90.0, 90.0, 90.0 }));
        Assert.That(MinMax([7], Direction.Higher), Is.EqualTo(new[] { 100.0 }));
    }

    [Test]
    public void MinMaxKeepsNotAvailableAndIgnoresItForMinAndMax()
    {
        var r = MinMax([double.NaN, 0, 5, 10], Direction.Higher);
        Assert.That(r[0], Is.NaN);
        Assert.That(r.Skip(1), Is.EqualTo(new[] { 0, 50, 100.0 }).Within(1e-12));
        Assert.That(MinMax([double.NaN, double.NaN], Direction.Higher), Is.All.NaN);
    }

    [Test]
    public void MinMaxTakesMinAndMaxFromThePopulationAndClampsTheOthers()
    {
        // The 4th branch (a temporary branch, not rated) is outside the population.
        var r = MinMax([0, 5, 10, 20], Direction.Higher, population: [true, true, true, false]);
        Assert.That(r, Is.EqualTo(new[] { 0, 50, 100, 100.0 }).Within(1e-12));
        var below = MinMax([0, 5, 10, -10], Direction.Higher, population: [true, true, true, false]);
        Assert.That(below[3], Is.EqualTo(0.0));
    }

    [Test]
    public void ApplyDispatchesOnTheRule()
    {
        double[] x = [0.2, 0.6];
        bool[] all = [true, true];
        var result = new double[2];
        Normalisers.Apply(new GoalpostsNormalisation(0, 1), Direction.Higher, x, all, result);
        Assert.That(result, Is.EqualTo(new[] { 20, 60.0 }).Within(1e-12));
        Normalisers.Apply(new MinMaxNormalisation(), Direction.Higher, x, all, result);
        Assert.That(result, Is.EqualTo(new[] { 0, 100.0 }).Within(1e-12));
        Normalisers.Apply(new NoNormalisation(), Direction.Lower, x, all, result);
        Assert.That(result, Is.EqualTo(x));
    }
}
