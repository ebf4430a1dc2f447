using EcoAssessment.Catalogue;
using EcoAssessment.Conditions;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;

namespace EcoAssessment.Tests.Conditions;

/// <summary>
/// An explanation only says what is true: a comparison that holds is shown as declared, one that does not is shown on
/// the side the value fell, with the declared comparison named as not met — for every comparator, in both languages,
/// inside any/all and under not.
/// </summary>
public class ConditionTraceTruthTests
{
    private static readonly Dataset Data = new TestData()
        .Add(Branch("B1", members: 5, vacantDays: 0))
        .Add(Member("M1", "B1", MemberRole.Secretary))
        .Add(Meeting("B1", MeetingType.OrgLifeReview, "2024-12-10"))
        .Add(Finding("F1", "B1", "2024-02-01", member: "M1", form: 2))
        .Add(Value("B1", "satisfaction", 0.939))
        .Build(Period.Year(2024));

    private static ConditionContext Ctx(double raw) =>
        new(TestData.BranchOf(Data, "B1"), Data, id => id == "x" ? raw : null, _ => null);

    private static (bool Value, string Zh, string En) Trace(Condition c, ConditionContext ctx)
    {
        var zh = ConditionEvaluator.Evaluate(c, ctx, Language.Zh);
        var en = ConditionEvaluator.Evaluate(c, ctx, Language.En);
        Assert.That(ConditionEvaluator.Holds(c, ctx), Is.EqualTo(zh.Value), "Holds agrees with the traced outcome");
        return (zh.Value, zh.Trace, en.Trace);
    }

    // value, comparison kind and bound, whether it holds, the Chinese and the English trace
    [TestCase(0.85, "below", 0.9, true, "x = 0.85 < 0.9", "x = 0.85 < 0.9")]
    [TestCase(0.939, "below", 0.9, false, "x = 0.939 ≥ 0.9（条件 < 0.9 不成立）", "x = 0.939 ≥ 0.9 (condition < 0.9 not met)")]
    [TestCase(0.9, "below", 0.9, false, "x = 0.9 ≥ 0.9（条件 < 0.9 不成立）", "x = 0.9 ≥ 0.9 (condition < 0.9 not met)")]
    [TestCase(0.9, "max", 0.9, true, "x = 0.9 ≤ 0.9", "x = 0.9 ≤ 0.9")]
    [TestCase(0.95, "max", 0.9, false, "x = 0.95 > 0.9（条件 ≤ 0.9 不成立）", "x = 0.95 > 0.9 (condition ≤ 0.9 not met)")]
    [TestCase(60, "min", 60, true, "x = 60 ≥ 60", "x = 60 ≥ 60")]
    [TestCase(59.5, "min", 60, false, "x = 59.5 < 60（条件 ≥ 60 不成立）", "x = 59.5 < 60 (condition ≥ 60 not met)")]
    [TestCase(120, "above", 90, true, "x = 120 > 90", "x = 120 > 90")]
    [TestCase(90, "above", 90, false, "x = 90 ≤ 90（条件 > 90 不成立）", "x = 90 ≤ 90 (condition > 90 not met)")]
    [TestCase(0, "above", 90, false, "x = 0 ≤ 90（条件 > 90 不成立）", "x = 0 ≤ 90 (condition > 90 not met)")]
    public void EachComparatorFiredOrNotIsShownAsItIs(double value, string kind, double bound, bool holds, string zh, string en)
    {
        var cmp = kind switch
        {
            "below" => new Comparison(Below: bound),
            "max" => new Comparison(Max: bound),
            "min" => new Comparison(Min: bound),
            _ => new Comparison(Above: bound),
        };
        var t = Trace(new IndicatorCondition("x", cmp), Ctx(value));
        Assert.Multiple(() =>
        {
            Assert.That(t.Value, Is.EqualTo(holds));
            Assert.That(t.Zh, Is.EqualTo(zh));
            Assert.That(t.En, Is.EqualTo(en));
        });
    }

    [Test]
    public void TheSatisfactionVetoThatDidNotFireNoLongerReadsAsIfItHeld()
    {
        // The first release printed "支部数据 satisfaction = 0.939 < 0.9" for a veto that did not fire.
        var t = Trace(new FactCondition("satisfaction", new Comparison(Below: 0.9)), Ctx(0));
        Assert.Multiple(() =>
        {
            Assert.That(t.Value, Is.False);
            Assert.That(t.Zh, Is.EqualTo("支部数据 satisfaction = 0.939 ≥ 0.9（条件 < 0.9 不成立）"));
            Assert.That(t.En, Is.EqualTo("fact satisfaction = 0.939 ≥ 0.9 (condition < 0.9 not met)"));
            Assert.That(t.Zh, Does.Not.Contain("0.939 <"));
        });
    }

    [Test]
    public void ABetweenComparisonNamesOnlyTheComparatorThatFailed()
    {
        var cmp = new Comparison(Max: 1, Min: 0.5);
        Assert.Multiple(() =>
        {
            Assert.That(Trace(new IndicatorCondition("x", cmp), Ctx(0.7)).Zh, Is.EqualTo("x = 0.7 ≤ 1 且 ≥ 0.5"));
            Assert.That(Trace(new IndicatorCondition("x", cmp), Ctx(0.2)).Zh, Is.EqualTo("x = 0.2 < 0.5（条件 ≤ 1 且 ≥ 0.5 不成立）"));
            Assert.That(Trace(new IndicatorCondition("x", cmp), Ctx(1.2)).En, Is.EqualTo("x = 1.2 > 1 (condition ≤ 1 and ≥ 0.5 not met)"));
        });
    }

    [Test]
    public void AValueThatRoundsOntoTheBoundIsShownWithTheDigitsThatSeparateThem()
    {
        var t = Trace(new IndicatorCondition("x", new Comparison(Below: 0.9)), Ctx(0.899996));
        Assert.Multiple(() =>
        {
            Assert.That(t.Value, Is.True);
            Assert.That(t.Zh, Is.EqualTo("x = 0.899996 < 0.9"), "never '0.9 < 0.9'");
        });
    }

    [Test]
    public void CountsOfMeetingsAndFindingsFiredAndNot()
    {
        var ctx = Ctx(0);
        var reviews = new MeetingFilter([MeetingType.OrgLifeReview], null);
        var findings = new FindingCountFilter(new FindingFilter());
        Assert.Multiple(() =>
        {
            Assert.That(Trace(new CountCondition(reviews, new Comparison(Below: 1)), ctx).Zh, Is.EqualTo("org_life_review 次数 = 1 ≥ 1（条件 < 1 不成立）"));
            Assert.That(Trace(new CountCondition(reviews, new Comparison(Min: 1)), ctx).Zh, Is.EqualTo("org_life_review 次数 = 1 ≥ 1"));
            Assert.That(Trace(new CountCondition(findings, new Comparison(Above: 1)), ctx).En, Is.EqualTo("count findings = 1 ≤ 1 (condition > 1 not met)"));
            Assert.That(Trace(new CountCondition(findings, new Comparison(Max: 1)), ctx).En, Is.EqualTo("count findings = 1 ≤ 1"));
        });
    }

    [Test]
    public void AnyAllAndNotShowEachPartWithItsOwnOutcome()
    {
        var ctx = Ctx(0.4);
        Condition holds = new IndicatorCondition("x", new Comparison(Below: 0.5));
        Condition fails = new IndicatorCondition("x", new Comparison(Above: 0.5));
        Assert.Multiple(() =>
        {
            var any = Trace(new AnyCondition([fails, holds]), ctx);
            Assert.That(any.Value, Is.True);
            Assert.That(any.Zh, Is.EqualTo("[x = 0.4 ≤ 0.5（条件 > 0.5 不成立）：否] 或 [x = 0.4 < 0.5：是]"));
            var all = Trace(new AllCondition([holds, fails]), ctx);
            Assert.That(all.Value, Is.False);
            Assert.That(all.En, Is.EqualTo("[x = 0.4 < 0.5: yes] and [x = 0.4 ≤ 0.5 (condition > 0.5 not met): no]"));
            var notHolds = Trace(new NotCondition(holds), ctx);
            Assert.That(notHolds.Value, Is.False);
            Assert.That(notHolds.Zh, Is.EqualTo("非([x = 0.4 < 0.5：是])"), "the inner statement is true, so the negation is not");
            var notFails = Trace(new NotCondition(fails), ctx);
            Assert.That(notFails.Value, Is.True);
            Assert.That(notFails.En, Is.EqualTo("not ([x = 0.4 ≤ 0.5 (condition > 0.5 not met): no])"));
        });
    }
}
