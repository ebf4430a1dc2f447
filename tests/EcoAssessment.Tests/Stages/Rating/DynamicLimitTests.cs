using EcoAssessment.Rules;
using EcoAssessment.Stages.Rating;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Tests.Stages.Rating;

/// <summary>Step 9d: at most max_promotion tiers up from the previous rating; falls are never limited.</summary>
public class DynamicLimitTests
{
    private static RatingRules Rules(int? maxPromotion, decimal? quota = null) =>
        TestRules.Rating() with { Dynamic = new DynamicRules(maxPromotion, 2), VanguardQuota = quota };

    private static RatingInput In(string id, decimal score, RatingValue? previous) =>
        new(id, false, score, 1, [], new Dictionary<string, double?>()) { Previous = previous };

    [TestCase(RatingValue.Laggard, 95, RatingValue.Middle)]
    [TestCase(RatingValue.Laggard, 75, RatingValue.Middle)]
    [TestCase(RatingValue.Laggard, 50, RatingValue.Laggard)]
    [TestCase(RatingValue.Middle, 95, RatingValue.Vanguard)]
    [TestCase(RatingValue.Vanguard, 50, RatingValue.Laggard)]
    [TestCase(RatingValue.Unrated, 95, RatingValue.Vanguard)]
    public void AtMostOneTierUp(RatingValue previous, int score, RatingValue expected)
    {
        var o = RatingStage.Rate(Rules(1), [In("B1", score, previous)])[0];
        Assert.That(o.Rating, Is.EqualTo(expected));
        Assert.That(o.Reasons.Any(r => r.StartsWith("dynamic:", StringComparison.Ordinal)), Is.EqualTo(RatingLabelsTier(expected) < RatingLabelsTier(o.ThresholdRating!.Value)));
    }

    private static int RatingLabelsTier(RatingValue r) => EcoAssessment.Model.RatingLabels.Tier(r);

    [Test]
    public void TwoTiersUpWhenTheRuleAllowsIt() =>
        Assert.That(RatingStage.Rate(Rules(2), [In("B1", 95, RatingValue.Laggard)])[0].Rating, Is.EqualTo(RatingValue.Vanguard));

    [Test]
    public void WithoutAPreviousRatingOrALimitNothingIsLimited()
    {
        Assert.That(RatingStage.Rate(Rules(1), [In("B1", 95, null)])[0].Rating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(RatingStage.Rate(Rules(null), [In("B1", 95, RatingValue.Laggard)])[0].Rating, Is.EqualTo(RatingValue.Vanguard));
    }

    [Test]
    public void ALimitedBranchDoesNotTakeAQuotaPlace()
    {
        // B1 is held at 中间 by the limit, so the one 先锋 place goes to B2, not to B1 by score.
        var o = RatingStage.Rate(Rules(1, quota: 0.5m), [In("B1", 99, RatingValue.Laggard), In("B2", 95, RatingValue.Middle)]);
        Assert.That(o[0].Rating, Is.EqualTo(RatingValue.Middle));
        Assert.That(o[1].Rating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(o[1].Quota, Does.Contain("未超出名额"));
    }
}
