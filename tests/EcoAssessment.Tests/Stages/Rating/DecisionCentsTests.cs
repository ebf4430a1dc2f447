using EcoAssessment.Generation;
using EcoAssessment.Stages.Rating;
using NUnit.Framework;

namespace EcoAssessment.Tests.Stages.Rating;

/// <summary>The integer-cent decision score used by the sensitivity runs must equal the decimal rule everywhere.</summary>
public class DecisionCentsTests
{
    private static void Same(double score) =>
        Assert.That(Rounding.DecisionCents(score), Is.EqualTo((long)(Rounding.DecisionScore(score) * 100m)), score.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public void RandomScoresRoundToTheSameCent()
    {
        var rng = new SeededRandom(42);
        for (var i = 0; i < 200_000; i++)
        {
            Same((rng.NextDouble() * 140) - 20);
        }
    }

    [Test]
    public void MidpointsAndTheirNeighboursRoundToTheSameCent()
    {
        // x.xx5 exactly as written (often not representable), and the doubles next to it: here the decimal rule decides.
        for (var c = -2000; c <= 12000; c++)
        {
            var midpoint = (c + 0.5) / 100;
            Same(midpoint);
            Same(Math.BitIncrement(midpoint));
            Same(Math.BitDecrement(midpoint));
            Same(midpoint + 1e-9);
            Same(midpoint - 1e-9);
            Same(c / 100.0);
        }
    }

    [TestCase(0.0)]
    [TestCase(-0.0)]
    [TestCase(1e7 + 0.125)]
    [TestCase(-123456.785)]
    [TestCase(99.994999999999)]
    [TestCase(89.99499999999999)]
    public void EdgeValuesRoundToTheSameCent(double score) => Same(score);
}
