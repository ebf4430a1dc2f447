using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.TestRules;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Tests.Rules;

/// <summary>Semantic checks, run through <see cref="Plan.Build"/>: the code and the location of the record concerned.</summary>
public class RuleValidatorTests
{
    private static IndicatorRule Ind(string id, int line, double weight = 1, NormalisationRule? norm = null) =>
        Indicator(id, new AttendanceMeasure([]), norm ?? new GoalpostsNormalisation(0, 1), weight, at: At(line));

    private static DimensionRule Dim(string id, int line, double weight, params IndicatorRule[] indicators) => new(id, id, weight, indicators, At(line));

    /// <summary>A valid rule set: every record located on its own line.</summary>
    private static RuleSet Valid() => Set(
        [Dim("political", 5, 30, Ind("a1", 8, 10), Ind("a2", 12, 5)), Dim("conduct", 20, 30, Ind("c1", 23, 12))],
        Rating() with { Location = At(40), MinCoverage = 0.7, VanguardQuota = 0.3m },
        new AdjustmentRules([new AdjustmentRule("overdue", "整改逾期", new FindingCondition(new FindingFilter { Overdue = true }), 2, 10, At(33))], [], 0, 100, At(32)));

    private static (Plan? Plan, DiagnosticBag Bag) Build(RuleSet rules)
    {
        var bag = new DiagnosticBag();
        return (Plan.Build(rules, bag), bag);
    }

    private static Diagnostic OnlyError(RuleSet rules)
    {
        var (plan, bag) = Build(rules);
        Assert.That(plan, Is.Null, "an invalid rule set gives no plan");
        Assert.That(bag.Items, Has.Count.EqualTo(1), string.Join("\n", bag.Items));
        Assert.That(bag.Items[0].Severity, Is.EqualTo(Severity.Error));
        return bag.Items[0];
    }

    private static void AssertError(RuleSet rules, string code, SourceLocation location)
    {
        var d = OnlyError(rules);
        Assert.That(d.Code, Is.EqualTo(code), d.ToString());
        Assert.That(d.Location, Is.EqualTo(location), d.ToString());
    }

    private static RuleSet WithVeto(Condition when, int line = 45) =>
        Valid() with { Rating = Valid().Rating with { Vetoes = [new VetoRule("v1", "v1", when, VetoEffect.Force, RatingValue.Laggard, At(line))] } };

    [Test]
    public void AValidRuleSetBuildsAPlanWithoutDiagnostics()
    {
        var rules = Valid();
        var (plan, bag) = Build(rules);
        Assert.That(plan, Is.Not.Null);
        Assert.That(bag.Items, Is.Empty);
        Assert.That(Plan.Create(rules).Rules, Is.SameAs(rules));
    }

    [Test]
    public void PlanCreateThrowsListingTheProblems()
    {
        var bad = Valid() with { Dimensions = [Dim("political", 5, 0, Ind("a1", 8))] };
        var ex = Assert.Throws<RuleSetException>(() => Plan.Create(bad));
        Assert.That(ex!.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "ECO0107" }));
        Assert.That(ex!.Message, Does.Contain("rules.yaml(5,5): error ECO0107"));
    }

    [Test]
    public void ADuplicateDimensionIdIsReportedAtTheSecondDimension()
    {
        var rules = Valid() with { Dimensions = [Dim("political", 5, 30, Ind("a1", 8)), Dim("political", 20, 30, Ind("c1", 23))] };
        AssertError(rules, "ECO0106", At(20));
    }

    [Test]
    public void ADuplicateIndicatorIdAcrossDimensionsIsReportedAtTheSecondIndicator()
    {
        var rules = Valid() with { Dimensions = [Dim("political", 5, 30, Ind("a1", 8)), Dim("conduct", 20, 30, Ind("a1", 23))] };
        AssertError(rules, "ECO0106", At(23));
    }

    [Test]
    public void ADuplicateVetoIdIsReportedAtTheSecondVeto()
    {
        var cond = new FactCondition("secretary_vacant_days", new Comparison(Above: 90));
        var rules = Valid() with
        {
            Rating = Valid().Rating with
            {
                Vetoes = [new VetoRule("v", "v", cond, VetoEffect.Force, RatingValue.Laggard, At(45)), new VetoRule("v", "v", cond, VetoEffect.Cap, RatingValue.Middle, At(47))],
            },
        };
        AssertError(rules, "ECO0106", At(47));
    }

    [Test]
    public void ADuplicateAdjustmentIdIsReportedAtTheSecondAdjustment()
    {
        var cond = new FindingCondition(new FindingFilter { Overdue = true });
        var rules = Valid() with
        {
            Adjustments = new AdjustmentRules([new AdjustmentRule("d", "d", cond, 2, null, At(33))], [new AdjustmentRule("d", "d", cond, 1, null, At(35))], 0, 100, At(32)),
        };
        AssertError(rules, "ECO0106", At(35));
    }

    [TestCase(0.0)]
    [TestCase(-5.0)]
    [TestCase(double.NaN)]
    public void ANonPositiveDimensionWeightIsReportedAtTheDimension(double weight)
    {
        var rules = Valid() with { Dimensions = [Dim("political", 5, weight, Ind("a1", 8))] };
        AssertError(rules, "ECO0107", At(5));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    public void ANonPositiveIndicatorWeightIsReportedAtTheIndicator(double weight)
    {
        var rules = Valid() with { Dimensions = [Dim("political", 5, 30, Ind("a1", 8), Ind("a2", 12, weight))] };
        AssertError(rules, "ECO0107", At(12));
    }

    [Test]
    public void WeightsAreNotCheckedUnderEqualWeighting()
    {
        var rules = Valid() with { Dimensions = [Dim("political", 5, 0, Ind("a1", 8, 0))], Weighting = new WeightingRule(WeightingMethod.Equal) };
        Assert.That(Build(rules).Plan, Is.Not.Null);
    }

    [Test]
    public void GoalpostsWithLowEqualHighAreReportedAtTheNormalisation()
    {
        var located = new GoalpostsNormalisation(1, 1) { Location = At(14, 20) };
        AssertError(Valid() with { Dimensions = [Dim("political", 5, 30, Ind("a1", 8, norm: located))] }, "ECO0107", At(14, 20));
        AssertError(Valid() with { Dimensions = [Dim("political", 5, 30, Ind("a1", 8, norm: new GoalpostsNormalisation(0.5, 0.5)))] }, "ECO0107", At(8));
    }

    [Test]
    public void MinMaxWithLoEqualHiIsReported()
    {
        AssertError(Valid() with { Dimensions = [Dim("political", 5, 30, Ind("a1", 8, norm: new MinMaxNormalisation(50, 50)))] }, "ECO0107", At(8));
    }

    [TestCase(-0.1)]
    [TestCase(1.2)]
    [TestCase(double.NaN)]
    public void MinCoverageOutside0To1IsReportedAtTheRating(double coverage)
    {
        AssertError(Valid() with { Rating = Valid().Rating with { MinCoverage = coverage } }, "ECO0107", At(40));
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    public void MinCoverageMayBe0Or1(double coverage)
    {
        Assert.That(Build(Valid() with { Rating = Valid().Rating with { MinCoverage = coverage } }).Plan, Is.Not.Null);
    }

    [TestCase("0")]
    [TestCase("-0.1")]
    [TestCase("1.01")]
    public void AQuotaOutside0Exclusive1InclusiveIsReportedAtTheRating(string quota)
    {
        var q = decimal.Parse(quota, System.Globalization.CultureInfo.InvariantCulture);
        AssertError(Valid() with { Rating = Valid().Rating with { VanguardQuota = q } }, "ECO0107", At(40));
    }

    [Test]
    public void AQuotaOf1IsValid()
    {
        Assert.That(Build(Valid() with { Rating = Valid().Rating with { VanguardQuota = 1m } }).Plan, Is.Not.Null);
    }

    [Test]
    public void ThresholdsOutOfOrderAreReportedAtTheThresholds()
    {
        var rules = Valid() with { Rating = Valid().Rating with { Thresholds = new Thresholds(50, 60, At(41, 15)) } };
        AssertError(rules, "ECO0108", At(41, 15));
    }

    [Test]
    public void EqualThresholdsAreInOrder()
    {
        Assert.That(Build(Valid() with { Rating = Valid().Rating with { Thresholds = new Thresholds(75, 75) } }).Plan, Is.Not.Null);
    }

    [Test]
    public void AnUnknownIndicatorInAVetoConditionIsReportedAtTheCondition()
    {
        AssertError(WithVeto(new IndicatorCondition("org_life", new Comparison(Below: 0.5)) { Location = At(46, 20) }), "ECO0105", At(46, 20));
    }

    [Test]
    public void AnUnknownIndicatorDeepInsideAnyAndNotIsFound()
    {
        var inner = new NormalisedCondition("nope", new Comparison(Min: 60)) { Location = At(48, 30) };
        var cond = new AnyCondition([new IndicatorCondition("a1", new Comparison(Below: 0.5)), new NotCondition(inner)]) { Location = At(46, 12) };
        AssertError(WithVeto(cond), "ECO0105", At(48, 30));
    }

    [Test]
    public void AConditionWithoutItsOwnLocationIsReportedAtItsVeto()
    {
        AssertError(WithVeto(new IndicatorCondition("nope", new Comparison(Below: 0.5)), line: 45), "ECO0105", At(45));
    }

    [Test]
    public void AnUnknownIndicatorInAnAdjustmentIsReportedAtTheCondition()
    {
        var cond = new IndicatorCondition("nope", new Comparison(Below: 0.5)) { Location = At(34, 14) };
        var rules = Valid() with { Adjustments = new AdjustmentRules([new AdjustmentRule("d", "d", cond, 2, null, At(33))], [], 0, 100) };
        AssertError(rules, "ECO0105", At(34, 14));
    }

    [Test]
    public void AnUnknownTieBreakDimensionOrIndicatorIsReportedAtTheKey()
    {
        var tie = new TieBreakKey[] { new(TieBreakKind.Score), new(TieBreakKind.Dimension, "responsibility", At(50, 30)) };
        AssertError(Valid() with { Rating = Valid().Rating with { TieBreak = tie } }, "ECO0105", At(50, 30));
        var tie2 = new TieBreakKey[] { new(TieBreakKind.Indicator, "zz", At(50, 12)) };
        AssertError(Valid() with { Rating = Valid().Rating with { TieBreak = tie2 } }, "ECO0105", At(50, 12));
        var known = new TieBreakKey[] { new(TieBreakKind.Score), new(TieBreakKind.Dimension, "conduct"), new(TieBreakKind.Indicator, "a1"), new(TieBreakKind.BranchId) };
        Assert.That(Build(Valid() with { Rating = Valid().Rating with { TieBreak = known } }).Plan, Is.Not.Null);
    }

    [Test]
    public void AComparisonWithNoComparatorIsReportedAtTheCondition()
    {
        AssertError(WithVeto(new IndicatorCondition("a1", new Comparison()) { Location = At(46, 9) }), "ECO0103", At(46, 9));
        AssertError(WithVeto(new FactCondition("secretary_vacant_days", new Comparison()) { Location = At(46, 9) }), "ECO0103", At(46, 9));
        AssertError(WithVeto(new CountCondition(new MeetingFilter([MeetingType.OrgLifeReview], null), new Comparison()) { Location = At(46, 9) }), "ECO0103", At(46, 9));
        AssertError(WithVeto(new NormalisedCondition("a1", new Comparison()) { Location = At(46, 9) }), "ECO0103", At(46, 9));
    }

    [Test]
    public void ACapVetoTakesMiddleOrLaggard()
    {
        var cond = new FactCondition("x", new Comparison(Min: 1));
        var rules = Valid() with { Rating = Valid().Rating with { Vetoes = [new VetoRule("v", "v", cond, VetoEffect.Cap, RatingValue.Vanguard, At(45))] } };
        AssertError(rules, "ECO0104", At(45));
    }

    [Test]
    public void EveryProblemIsReportedAtOnce()
    {
        var rules = Valid() with
        {
            Dimensions = [Dim("political", 5, -1, Ind("a1", 8, 0)), Dim("political", 20, 30, Ind("a1", 23))],
            Rating = Valid().Rating with { MinCoverage = 2, Thresholds = new Thresholds(10, 60, At(41)) },
        };
        var (plan, bag) = Build(rules);
        Assert.That(plan, Is.Null);
        Assert.That(bag.Items.Select(d => d.Code), Is.EquivalentTo(new[] { "ECO0107", "ECO0107", "ECO0106", "ECO0106", "ECO0107", "ECO0108" }));
    }

    [Test]
    public void TheDiagnosticPrintsInMsBuildForm()
    {
        var d = OnlyError(Valid() with { Rating = Valid().Rating with { Thresholds = new Thresholds(50, 60, At(41, 15)) } });
        Assert.That(d.ToString(), Does.StartWith("rules.yaml(41,15): error ECO0108: "));
    }

    [Test]
    public void AStudyFormsMeasureCountingAServiceFormIsRefusedAtTheMeasure()
    {
        // 志愿服务 is service, not theory study (DOMAIN §5): no study indicator may count it.
        var measure = new StudyFormsMeasure([StudyForm.Xuexi, StudyForm.Volunteer]) { Location = At(9) };
        var rules = Valid() with { Dimensions = [Dim("political", 5, 30, Indicator("b2", measure, new GoalpostsNormalisation(0, 4), 30, at: At(8)))] };
        AssertError(rules, "ECO0104", At(9));
        Assert.That(OnlyError(rules).Message, Does.Contain("volunteer").And.Contain("服务而不是理论学习"));
    }
}
