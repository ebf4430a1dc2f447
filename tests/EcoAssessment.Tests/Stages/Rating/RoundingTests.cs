using EcoAssessment.Stages.Rating;
using NUnit.Framework;

namespace EcoAssessment.Tests.Stages.Rating;

public class RoundingTests
{
    [TestCase(89.995, "90.00")]
    [TestCase(59.994999, "59.99")]
    [TestCase(59.995, "60.00")]
    [TestCase(89.994999999, "89.99")]
    [TestCase(0.005, "0.01")]
    [TestCase(100.0, "100.00")]
    [TestCase(72.125, "72.13")]
    [TestCase(72.135, "72.14")]
    [TestCase(-0.005, "-0.01")]
    [TestCase(1.005, "1.01")]
    [TestCase(2.675, "2.68")]
    public void TheDecisionScoreIsRoundedTo2DecimalsHalfAwayFromZeroInDecimal(double score, string expected)
    {
        Assert.That(Rounding.DecisionScore(score), Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
