using EcoAssessment.Conditions;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Adjustment;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;

namespace EcoAssessment.Tests.Stages.Adjustment;

public class AdjustmentsTests
{
    private static ConditionContext Ctx(int overdue, double? vacantDays = null)
    {
        var data = new TestData().Add(Branch("B1", vacantDays: vacantDays)).Table(InputTable.Findings);
        for (var i = 0; i < overdue; i++)
        {
            data.Add(Finding($"F{i}", "B1", "2024-01-10", due: "2024-03-01"));
        }

        data.Add(Finding("F-ok", "B1", "2024-01-10", due: "2024-03-01", closed: "2024-02-01"));
        var ds = data.Build(Period.Year(2024));
        return new ConditionContext(ds.Branches[0], ds, _ => null, _ => null);
    }

    /// <summary>Applies with the trace, and checks that the pipeline's value-only path gives the same matches and points.</summary>
    private static AdjustmentTrace Apply(AdjustmentRule rule, bool isDeduction, ConditionContext ctx)
    {
        var t = Adjustments.Trace(rule, isDeduction, ctx);
        Assert.That(Adjustments.Measure(rule, ctx), Is.EqualTo((t.Matches, t.Points)), "Measure agrees with Apply");
        return t;
    }

    private static readonly FindingCondition Overdue = new(new FindingFilter { Overdue = true, Open = true });

    [TestCase(0, 0.0)]
    [TestCase(1, 2.0)]
    [TestCase(4, 8.0)]
    [TestCase(5, 10.0)]
    [TestCase(6, 10.0)]
    public void ABareFindingConditionGivesPointsPerMatchUpToTheCap(int overdue, double points)
    {
        var t = Apply(new AdjustmentRule("overdue", "整改逾期", Overdue, 2, 10), isDeduction: true, Ctx(overdue));
        Assert.That(t.Matches, Is.EqualTo(overdue));
        Assert.That(t.Points, Is.EqualTo(points));
        Assert.That(t.IsDeduction, Is.True);
        Assert.That(t.Trace.Contains("封顶 10", StringComparison.Ordinal), Is.EqualTo(overdue * 2 > 10), t.Trace);
    }

    [Test]
    public void WithoutACapEveryMatchCounts()
    {
        Assert.That(Apply(new AdjustmentRule("o", "o", Overdue, 1.5, null), true, Ctx(9)).Points, Is.EqualTo(13.5));
    }

    [Test]
    public void AnyOtherConditionGivesItsPointsOnce()
    {
        var rule = new AdjustmentRule("vacant", "书记空缺", new FactCondition("secretary_vacant_days", new Comparison(Above: 30)), 3, null);
        Assert.That(Apply(rule, true, Ctx(0, vacantDays: 60)).Points, Is.EqualTo(3.0));
        Assert.That(Apply(rule, true, Ctx(0, vacantDays: 10)).Points, Is.EqualTo(0.0));

        var count = new AdjustmentRule("c", "c", new CountCondition(new FindingCountFilter(Overdue.Filter), new Comparison(Min: 1)), 2, null);
        Assert.That(Apply(count, true, Ctx(4)).Points, Is.EqualTo(2.0), "a count condition holds once, whatever the count");
    }

    [TestCase(80, 5, 0, 75)]
    [TestCase(80, 5, 3, 78)]
    [TestCase(98, 0, 5, 100)]
    [TestCase(3, 10, 0, 0)]
    public void TheScoreIsClampedToTheBounds(double aggregate, double deductions, double bonuses, double expected)
    {
        Assert.That(Adjustments.Score(aggregate, deductions, bonuses, 0, 100), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void OtherBoundsAreHonoured()
    {
        Assert.That(Adjustments.Score(98, 0, 5, 0, 110), Is.EqualTo(103.0).Within(1e-12));
        Assert.That(Adjustments.Score(50, 30, 0, 40, 100), Is.EqualTo(40.0).Within(1e-12));
    }
}
