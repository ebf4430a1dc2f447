using EcoAssessment.Catalogue;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Rating;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Tests.Stages.Rating;

/// <summary>The 先锋 quota of a small system: its rounding and minimum, and the reason it gives every branch it moves.</summary>
public class QuotaRoundingTests
{
    private static RatingInput In(string id, decimal score) => new(id, false, score, 1, [], new Dictionary<string, double?>());

    private static RatingRules Rules(QuotaRounding rounding = QuotaRounding.Floor, int min = 0) =>
        TestRules.Rating(quota: 0.3m) with { QuotaRounding = rounding, QuotaMin = min };

    /// <summary>Two rated branches: ⌊0.3×2⌋ = 0 places, so a 98.10 is 中间 by the default quota.</summary>
    private static readonly RatingInput[] TwoBranches = [In("B1", 98.10m), In("B2", 70m)];

    [Test]
    public void WithTwoRatedBranchesTheDefaultFloorLeavesNoPlaceAndTheReasonSaysWhy()
    {
        var outputs = RatingStage.Rate(Rules(), TwoBranches);
        Assert.That(outputs[0].Rating, Is.EqualTo(RatingValue.Middle), "the default is floor and no minimum, as before");
        Assert.That(outputs[0].ThresholdRating, Is.EqualTo(RatingValue.Vanguard));
        var code = outputs[0].Reasons.Single(r => r.StartsWith("quota:", StringComparison.Ordinal));
        Assert.That(code, Is.EqualTo("quota:先锋→中间(place 1>0 of 2, ⌊0.3×2⌋ = 0)"));
        Assert.That(ReasonText.Render(code, null, Language.Zh), Is.EqualTo("名额控制：已定级支部 2 个，先锋名额 = ⌊0.3×2⌋ = 0 个，本支部排第 1 位，调为中间"));
        Assert.That(ReasonText.Render(code, null, Language.En), Is.EqualTo("quota: 2 rated branches, 先锋 places = ⌊0.3×2⌋ = 0, this branch is number 1: 中间"));
    }

    [Test]
    public void AMinimumOfOneKeepsTheBestBranch()
    {
        var outputs = RatingStage.Rate(Rules(min: 1), TwoBranches);
        Assert.That(outputs[0].Rating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(outputs[0].Quota, Is.EqualTo("先锋 1 个，未超出名额 max(1, ⌊0.3×2⌋) = 1"));
    }

    [Test]
    public void CeilRoundsUp() =>
        Assert.That(RatingStage.Rate(Rules(QuotaRounding.Ceiling), TwoBranches)[0].Rating, Is.EqualTo(RatingValue.Vanguard));

    [TestCase(QuotaRounding.Floor, 5, 0, 1)]
    [TestCase(QuotaRounding.Round, 5, 0, 2)]    // 1.5 rounds half up
    [TestCase(QuotaRounding.Round, 4, 0, 1)]    // 1.2
    [TestCase(QuotaRounding.Ceiling, 4, 0, 2)]
    [TestCase(QuotaRounding.Ceiling, 10, 0, 3)] // exact: no rounding up of 3.0
    [TestCase(QuotaRounding.Floor, 2, 1, 1)]
    [TestCase(QuotaRounding.Floor, 20, 1, 6)]   // the minimum only lifts
    public void PlacesFollowTheRoundingAndTheMinimum(QuotaRounding rounding, int rated, int min, int places) =>
        Assert.That(RatingKernel.Places(0.3m, rated, rounding, min), Is.EqualTo(places));

    [Test]
    public void RoundingIsNamedInTheReason()
    {
        var inputs = Enumerable.Range(1, 5).Select(i => In($"B{i}", 95m - i)).ToArray();
        var outputs = RatingStage.Rate(Rules(QuotaRounding.Round), inputs);
        Assert.That(outputs.Count(o => o.Rating == RatingValue.Vanguard), Is.EqualTo(2));
        Assert.That(outputs[2].Reasons, Does.Contain("quota:先锋→中间(place 3>2 of 5, round(0.3×5) = 2)"));
        Assert.That(ReasonText.Render(outputs[2].Reasons.Last(), null, Language.Zh), Is.EqualTo("名额控制：已定级支部 5 个，先锋名额 = round(0.3×5) = 2 个，本支部排第 3 位，调为中间"));
    }
}
