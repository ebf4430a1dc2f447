using EcoAssessment.Catalogue;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Rating;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Tests.Stages.Rating;

public class RatingStageTests
{
    private static readonly VetoRule ForceLaggard = TestRules.Force("vacant", TestRules.Flag("vacant"));
    private static readonly VetoRule CapMiddle = TestRules.Cap("form4", TestRules.Flag("form4"));

    private static RatingInput In(string id, decimal? score, double coverage = 1, bool temporary = false,
        (VetoRule Rule, bool Fired)[]? vetoes = null, Dictionary<string, double?>? tie = null) =>
        new(id, temporary, score, coverage,
            (vetoes ?? []).Select(v => (v.Rule, v.Fired, v.Fired ? "fired" : "did not fire")).ToArray(),
            tie ?? new Dictionary<string, double?>());

    private static RatingOutput One(RatingRules rules, RatingInput input) => RatingStage.Rate(rules, [input])[0];

    [TestCase("90.00", RatingValue.Vanguard)]
    [TestCase("89.99", RatingValue.Middle)]
    [TestCase("60.00", RatingValue.Middle)]
    [TestCase("59.99", RatingValue.Laggard)]
    [TestCase("100", RatingValue.Vanguard)]
    [TestCase("0", RatingValue.Laggard)]
    public void ThresholdsAreMinForVanguardAndBelowForLaggard(string score, RatingValue expected)
    {
        var o = One(TestRules.Rating(), In("B1", decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(o.Rating, Is.EqualTo(expected));
        Assert.That(o.ThresholdRating, Is.EqualTo(expected));
    }

    [Test]
    public void TheThresholdReasonShowsTheComparison()
    {
        Assert.That(One(TestRules.Rating(), In("B1", 90.00m)).Reasons, Is.EqualTo(new[] { "threshold:先锋(90.00≥90.00)" }));
        Assert.That(One(TestRules.Rating(), In("B1", 59.99m)).Reasons, Is.EqualTo(new[] { "threshold:落后(59.99<60.00)" }));
        Assert.That(One(TestRules.Rating(), In("B1", 75m)).Reasons, Is.EqualTo(new[] { "threshold:中间(60.00≤75.00<90.00)" }));
    }

    [Test]
    public void CoverageBelowTheMinimumIsUnratedWithTheReason()
    {
        var o = One(TestRules.Rating(minCoverage: 0.7), In("B1", 95m, coverage: 0.6));
        Assert.That(o.Rating, Is.EqualTo(RatingValue.Unrated));
        Assert.That(o.ThresholdRating, Is.Null);
        Assert.That(o.Reasons, Is.EqualTo(new[] { "coverage:0.6<0.7" }));
    }

    [Test]
    public void CoverageAtTheMinimumIsRatedEvenWithFloatingPointNoise()
    {
        Assert.That(One(TestRules.Rating(minCoverage: 0.7), In("B1", 95m, coverage: 0.7)).Rating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(One(TestRules.Rating(minCoverage: 0.7), In("B1", 95m, coverage: 0.7 - 1e-13)).Rating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(One(TestRules.Rating(minCoverage: 0.7), In("B1", 95m, coverage: 0.6999)).Rating, Is.EqualTo(RatingValue.Unrated));
    }

    [Test]
    public void NoScoreIsUnrated()
    {
        Assert.That(One(TestRules.Rating(), In("B1", null, coverage: 0)).Rating, Is.EqualTo(RatingValue.Unrated));
    }

    [Test]
    public void AForceVetoRatesAnUncoveredBranchLaggard()
    {
        var rules = TestRules.Rating(minCoverage: 0.7, vetoes: [ForceLaggard]);
        var o = One(rules, In("B1", 95m, coverage: 0.5, vetoes: [(ForceLaggard, true)]));
        Assert.That(o.Rating, Is.EqualTo(RatingValue.Laggard));
        Assert.That(o.Reasons, Is.EqualTo(new[] { "coverage:0.5<0.7", "veto:vacant(force 落后)" }));
        Assert.That(o.Vetoes.Single().Changed, Is.True);

        var noScore = One(rules, In("B1", null, coverage: 0, vetoes: [(ForceLaggard, true)]));
        Assert.That(noScore.Rating, Is.EqualTo(RatingValue.Laggard));
    }

    [Test]
    public void CapsDoNotApplyToUnratedBranches()
    {
        var rules = TestRules.Rating(minCoverage: 0.7, vetoes: [CapMiddle]);
        var o = One(rules, In("B1", 95m, coverage: 0.5, vetoes: [(CapMiddle, true)]));
        Assert.That(o.Rating, Is.EqualTo(RatingValue.Unrated));
        Assert.That(o.Vetoes.Single().Fired, Is.True);
        Assert.That(o.Vetoes.Single().Changed, Is.False);
    }

    [Test]
    public void ACapLowersAVanguardToMiddle()
    {
        var o = One(TestRules.Rating(vetoes: [CapMiddle]), In("B1", 95m, vetoes: [(CapMiddle, true)]));
        Assert.That(o.Rating, Is.EqualTo(RatingValue.Middle));
        Assert.That(o.ThresholdRating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(o.Reasons, Does.Contain("veto:form4(cap 中间)"));
        Assert.That(o.Vetoes.Single().Changed, Is.True);
    }

    [Test]
    public void ACapDoesNotRaiseALaggard()
    {
        var o = One(TestRules.Rating(vetoes: [CapMiddle]), In("B1", 40m, vetoes: [(CapMiddle, true)]));
        Assert.That(o.Rating, Is.EqualTo(RatingValue.Laggard));
        Assert.That(o.Reasons, Does.Contain("veto:form4(cap 中间, no effect)"));
        Assert.That(o.Vetoes.Single().Changed, Is.False);
    }

    [Test]
    public void AVetoThatDidNotFireChangesNothing()
    {
        var o = One(TestRules.Rating(vetoes: [ForceLaggard, CapMiddle]), In("B1", 95m, vetoes: [(ForceLaggard, false), (CapMiddle, false)]));
        Assert.That(o.Rating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(o.Vetoes.Select(v => v.Fired), Is.EqualTo(new[] { false, false }));
        Assert.That(o.Reasons, Has.Count.EqualTo(1));
    }

    [Test]
    public void AForceWinsOverACap()
    {
        var rules = TestRules.Rating(vetoes: [CapMiddle, ForceLaggard]);
        var o = One(rules, In("B1", 95m, vetoes: [(CapMiddle, true), (ForceLaggard, true)]));
        Assert.That(o.Rating, Is.EqualTo(RatingValue.Laggard));
        Assert.That(o.Reasons, Does.Contain("veto:vacant(force 落后)").And.Contain("veto:form4(cap 中间, overridden by force)"));
    }

    [Test]
    public void AForceToMiddleAlsoWinsOverTheThreshold()
    {
        var forceMiddle = TestRules.Force("fm", TestRules.Flag("fm"), RatingValue.Middle);
        Assert.That(One(TestRules.Rating(vetoes: [forceMiddle]), In("B1", 40m, vetoes: [(forceMiddle, true)])).Rating, Is.EqualTo(RatingValue.Middle));
        Assert.That(One(TestRules.Rating(vetoes: [forceMiddle, ForceLaggard]), In("B1", 95m, vetoes: [(forceMiddle, true), (ForceLaggard, true)])).Rating,
            Is.EqualTo(RatingValue.Laggard), "the worst forced tier wins");
    }

    [Test]
    public void TemporaryBranchesAreUnratedUnlessTheRuleSetRatesThem()
    {
        var o = One(TestRules.Rating(), In("T1", 95m, temporary: true));
        Assert.That(o.Rating, Is.EqualTo(RatingValue.Unrated));
        Assert.That(o.Reasons, Is.EqualTo(new[] { "temporary:临时支部不定级" }));
        Assert.That(One(TestRules.Rating(rateTemporary: true), In("T1", 95m, temporary: true)).Rating, Is.EqualTo(RatingValue.Vanguard));
    }

    private static RatingInput[] Tied(int n, decimal score = 95m) =>
        Enumerable.Range(1, n).Select(i => In($"B{i:00}", score)).ToArray();

    [Test]
    public void TheQuotaIsFloorOfQTimesNComputedExactly()
    {
        // 0.3 × 10 = 3 exactly (never 2.9999…).
        var outputs = RatingStage.Rate(TestRules.Rating(quota: 0.3m), Tied(10));
        Assert.That(outputs.Count(o => o.Rating == RatingValue.Vanguard), Is.EqualTo(3));
        Assert.That(outputs.Count(o => o.Rating == RatingValue.Middle), Is.EqualTo(7));
    }

    [TestCase("0.29", 100, 29)]
    [TestCase("0.7", 10, 7)]
    [TestCase("0.1", 30, 3)]
    [TestCase("0.3", 9, 2)]
    [TestCase("0.05", 19, 0)]
    [TestCase("1", 4, 4)]
    public void QuotaArithmeticIsDecimal(string q, int n, int expected)
    {
        var outputs = RatingStage.Rate(TestRules.Rating(quota: decimal.Parse(q, System.Globalization.CultureInfo.InvariantCulture)), Tied(n));
        Assert.That(outputs.Count(o => o.Rating == RatingValue.Vanguard), Is.EqualTo(expected));
    }

    [Test]
    public void TheQuotaCountsOnlyRatedBranches()
    {
        // 10 branches, 2 unrated for coverage: N = 8, ⌊0.3 × 8⌋ = 2.
        var inputs = Tied(8).Concat([In("U1", 99m, coverage: 0.1), In("U2", 99m, coverage: 0.1)]).ToArray();
        var outputs = RatingStage.Rate(TestRules.Rating(quota: 0.3m, minCoverage: 0.5), inputs);
        Assert.That(outputs.Count(o => o.Rating == RatingValue.Vanguard), Is.EqualTo(2));
        Assert.That(outputs[0].Quota, Does.Contain("⌊0.3×8⌋ = 2"));
    }

    [Test]
    public void TheExcessGoesToMiddleInTieBreakOrder()
    {
        var rules = TestRules.Rating(quota: 0.3m, tieBreak:
            [new TieBreakKey(TieBreakKind.Score), new TieBreakKey(TieBreakKind.Dimension, "conduct"), new TieBreakKey(TieBreakKind.BranchId)]);
        var inputs = new[]
        {
            In("B01", 92m, tie: new() { ["dimension.conduct"] = 99 }),
            In("B02", 97m, tie: new() { ["dimension.conduct"] = 50 }),
            In("B03", 95m, tie: new() { ["dimension.conduct"] = 70 }),
            In("B04", 95m, tie: new() { ["dimension.conduct"] = 80 }),
            In("B05", 95m, tie: new() { ["dimension.conduct"] = 80 }),
            In("B06", 70m), In("B07", 70m), In("B08", 70m), In("B09", 70m), In("B10", 70m),
        };
        var outputs = RatingStage.Rate(rules, inputs);
        string[] vanguards = [.. outputs.Select((o, i) => (o, i)).Where(p => p.o.Rating == RatingValue.Vanguard).Select(p => inputs[p.i].BranchId)];
        // Order: B02 (97), then the three 95s by conduct (B04 and B05 at 80, B04 first by id, B03 at 70), then B01 (92).
        Assert.That(vanguards, Is.EquivalentTo(new[] { "B02", "B04", "B05" }));
        Assert.That(outputs[2].Rating, Is.EqualTo(RatingValue.Middle));
        Assert.That(outputs[2].ThresholdRating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(outputs[2].Reasons, Does.Contain("quota:先锋→中间(place 4>3 of 10, ⌊0.3×10⌋ = 3)"));
        Assert.That(outputs[0].Reasons, Does.Contain("quota:先锋→中间(place 5>3 of 10, ⌊0.3×10⌋ = 3)"));
        Assert.That(outputs[4].Quota, Is.EqualTo("先锋候选第 3 位(共 5 个)，在名额 ⌊0.3×10⌋ = 3 之内；凭 维度 conduct(80 对 70) 排在 B03 之前"));
        Assert.That(outputs[2].Quota, Is.EqualTo("先锋候选第 4 位(共 5 个)，超出名额 ⌊0.3×10⌋ = 3 → 中间；因 维度 conduct(80 对 70) 排在 B05 之后"));
        Assert.That(outputs[3].Quota, Does.StartWith("先锋候选第 2 位(共 5 个)，在名额"));
        var english = RatingStage.Rate(rules, inputs, explain: true, language: Language.En);
        Assert.That(english[4].Quota, Is.EqualTo("先锋 place 3 of 5 within quota ⌊0.3×10⌋ = 3; ahead of B03 by dimension.conduct (80 vs 70)"));
        Assert.That(english[2].Quota, Is.EqualTo("先锋 place 4 of 5 beyond quota ⌊0.3×10⌋ = 3 → 中间; behind B05 by dimension.conduct (80 vs 70)"));
        Assert.That(english.Select(o => o.Reasons), Is.EqualTo(outputs.Select(o => o.Reasons)), "the reason codes do not depend on the language");
        Assert.That(outputs[5].Quota, Is.Null, "a 中间 by threshold takes no part in the quota");
    }

    [Test]
    public void ATieOnEveryKeyIsBrokenByBranchIdAndRecorded()
    {
        var outputs = RatingStage.Rate(TestRules.Rating(quota: 0.25m), [In("B2", 95m), In("B1", 95m), In("B3", 60m), In("B4", 60m)]);
        Assert.That(outputs.Select(o => o.Rating), Is.EqualTo(new[] { RatingValue.Middle, RatingValue.Vanguard, RatingValue.Middle, RatingValue.Middle }));
        Assert.That(outputs[1].Quota, Is.EqualTo("先锋候选第 1 位(共 2 个)，在名额 ⌊0.25×4⌋ = 1 之内；凭 支部编号(B1 对 B2) 排在 B2 之前"));
        Assert.That(outputs[0].Reasons, Does.Contain("quota:先锋→中间(place 2>1 of 4, ⌊0.25×4⌋ = 1)"));
    }

    [Test]
    public void ANotAvailableTieBreakValueComesLast()
    {
        var rules = TestRules.Rating(quota: 0.25m, tieBreak: [new TieBreakKey(TieBreakKind.Score), new TieBreakKey(TieBreakKind.Dimension, "c"), new TieBreakKey(TieBreakKind.BranchId)]);
        var outputs = RatingStage.Rate(rules, [In("A", 95m, tie: new() { ["dimension.c"] = null }), In("B", 95m, tie: new() { ["dimension.c"] = 10 }), In("C", 50m), In("D", 50m)]);
        Assert.That(outputs[0].Rating, Is.EqualTo(RatingValue.Middle));
        Assert.That(outputs[1].Rating, Is.EqualTo(RatingValue.Vanguard));
    }

    [Test]
    public void WithinTheQuotaEveryVanguardKeepsItsRatingWithANote()
    {
        var outputs = RatingStage.Rate(TestRules.Rating(quota: 0.3m), [In("B1", 95m), .. Tied(9, 70m)]);
        Assert.That(outputs[0].Rating, Is.EqualTo(RatingValue.Vanguard));
        Assert.That(outputs[0].Quota, Is.EqualTo("先锋 1 个，未超出名额 ⌊0.3×10⌋ = 3"));
    }

    [Test]
    public void TheQuotaAppliesAfterVetoes()
    {
        // B1 is capped to 中间 and so takes no 先锋 place: B2 and B3 both fit in ⌊0.3 × 7⌋ = 2.
        RatingInput[] inputs = [In("B1", 99m, vetoes: [(CapMiddle, true)]), In("B2", 95m), In("B3", 94m), .. Tied(4, 70m)];
        var outputs = RatingStage.Rate(TestRules.Rating(quota: 0.3m, vetoes: [CapMiddle]), inputs);
        Assert.That(outputs.Take(3).Select(o => o.Rating), Is.EqualTo(new[] { RatingValue.Middle, RatingValue.Vanguard, RatingValue.Vanguard }));
    }
}
