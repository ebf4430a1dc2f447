using EcoAssessment.Analysis;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;
using static EcoAssessment.Tests.Support.TestRules;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Tests.Analysis;

/// <summary>
/// The card's three changes of least effort (<see cref="Gap"/>): computed through the rule set's goalposts, weights and
/// aggregation, the cheapest indicator per step first, at most three, cut back to just reach the next tier's line.
/// </summary>
public class GapTests
{
    private static IndicatorRule Goal(string id, double high, double weight, Direction direction = Direction.Higher) =>
        Indicator(id, new ValueMeasure(null), new GoalpostsNormalisation(0, high), weight, direction);

    /// <summary>
    /// d1 (weight 1): a (0–1, weight 3), b (0–1, weight 1); d2 (weight 1): c (0–10, lower is better). A point of a's
    /// 0–100 scale is worth 0.375 decision points, of b's 0.125, of c's 0.5.
    /// </summary>
    private static RuleSet Rules(RatingRules? rating = null) =>
        Set([Dimension("d1", 1, Goal("a", 1, 3), Goal("b", 1, 1)), Dimension("d2", 1, Goal("c", 10, 1, Direction.Lower))], rating);

    private static Assessment Run(RuleSet rules, params (string Id, double A, double B, double C)[] branches)
    {
        var data = new TestData().Table(InputTable.Findings, InputTable.Meetings);
        foreach (var (id, a, b, c) in branches)
        {
            data.Add(Branch(id, members: 10)).Add(Value(id, "a", a)).Add(Value(id, "b", b)).Add(Value(id, "c", c));
        }

        return Plan.Create(rules).Run(data.Build(Period.Year(2024)));
    }

    private static GapPlan PlanOf(Assessment a, string id) => Gap.For(a, a.Find(id)!);

    [Test]
    public void ALaggardIsLiftedToTheMiddleLineByTheIndicatorOfMostPointsPerStep()
    {
        // Score 50: a 50, b 50 → d1 50; c 5 → d2 50. 10 points to 60: c is worth most per step, 20 of its points = 2 findings less.
        var a = Run(Rules(), ("B1", 0.5, 0.5, 5));
        var plan = PlanOf(a, "B1");
        Assert.Multiple(() =>
        {
            Assert.That(a.Find("B1")!.Rating, Is.EqualTo(RatingValue.Laggard));
            Assert.That(plan.Next, Is.EqualTo(RatingValue.Middle));
            Assert.That(plan.Needed, Is.EqualTo(10).Within(1e-9));
            Assert.That(plan.Changes.Select(c => c.Indicator.Id), Is.EqualTo(new[] { "c" }));
            Assert.That(plan.Changes[0].From, Is.EqualTo(5));
            Assert.That(plan.Changes[0].To, Is.EqualTo(3).Within(1e-6), "cut back to just reach 60, not to the goalpost");
            Assert.That(plan.Changes[0].Points, Is.EqualTo(10).Within(1e-6));
            Assert.That(plan.Closed, Is.True);
        });
    }

    [Test]
    public void WhenTheCheapestIndicatorRunsOutTheNextCheapestTakesOver()
    {
        // Score 70 (d1 50, d2 90): 20 points to 90. c has 10 of its points left (5 decision points), then a: 15 more = 40 of a's points.
        var a = Run(Rules(), ("B1", 0.5, 0.5, 1), ("B2", 1, 1, 0));
        var plan = PlanOf(a, "B1");
        Assert.Multiple(() =>
        {
            Assert.That(plan.Next, Is.EqualTo(RatingValue.Vanguard));
            Assert.That(plan.Changes.Select(c => c.Indicator.Id), Is.EqualTo(new[] { "c", "a" }));
            Assert.That(plan.Changes[0].To, Is.EqualTo(0).Within(1e-9));
            Assert.That(plan.Changes[1].To, Is.EqualTo(0.9).Within(1e-6));
            Assert.That(plan.Changes.Sum(c => c.Points), Is.EqualTo(20).Within(1e-6));
            Assert.That(plan.Closed, Is.True);
        });
    }

    [Test]
    public void AtMostThreeChangesAreProposedAndTheShortfallIsKept()
    {
        // Six equal indicators at 0: each is worth 16.67 points at most, three of them 50, short of 60.
        var six = Enumerable.Range(1, 6).Select(i => Goal($"x{i}", 1, 1)).ToArray();
        var data = new TestData().Table(InputTable.Findings, InputTable.Meetings);
        data.Add(Branch("B1", members: 10));
        foreach (var x in six)
        {
            data.Add(Value("B1", x.Id, 0.1));
        }

        var a = Plan.Create(Set([Dimension("d", 1, six)])).Run(data.Build(Period.Year(2024)));
        var plan = PlanOf(a, "B1");
        Assert.Multiple(() =>
        {
            Assert.That(plan.Changes, Has.Count.EqualTo(3));
            Assert.That(plan.Changes.Select(c => c.To), Is.All.EqualTo(1).Within(1e-9));
            Assert.That(plan.Closed, Is.False);
            Assert.That(plan.Needed!.Value - plan.Changes.Sum(c => c.Points), Is.EqualTo(60 - 10 - 45).Within(1e-6));
        });
    }

    [Test]
    public void ABranchAboveTheLineKeptOutByTheQuotaMustPassTheLastVanguard()
    {
        // Scores 95, 93, 91 with a quota of a third: one 先锋 place; B2 must pass 95.00 (95.01), not the 90 line.
        var rules = Set([Dimension("d", 1, Goal("s", 100, 1))], Rating(quota: 0.34m));
        var data = new TestData().Table(InputTable.Findings, InputTable.Meetings);
        foreach (var (id, s) in new[] { ("B1", 95.0), ("B2", 93.0), ("B3", 91.0) })
        {
            data.Add(Branch(id, members: 10)).Add(Value(id, "s", s));
        }

        var a = Plan.Create(rules).Run(data.Build(Period.Year(2024)));
        var plan = PlanOf(a, "B2");
        Assert.Multiple(() =>
        {
            Assert.That(a.Find("B2")!.Rating, Is.EqualTo(RatingValue.Middle));
            Assert.That(plan.ByQuota, Is.True);
            Assert.That(plan.Target, Is.EqualTo(95.01).Within(1e-9));
            Assert.That(plan.Changes.Single().To, Is.EqualTo(95.01).Within(1e-6));
        });
    }

    [Test]
    public void AVanguardHasNoNextTierAndAVetoedBranchIsToldTheVeto()
    {
        var veto = Force("flag", Flag("bad"));
        var data = new TestData().Table(InputTable.Findings, InputTable.Meetings);
        data.Add(Branch("B1", members: 10)).Add(Value("B1", "a", 1)).Add(Value("B1", "b", 1)).Add(Value("B1", "c", 0));
        data.Add(Branch("B2", members: 10)).Add(Value("B2", "a", 1)).Add(Value("B2", "b", 1)).Add(Value("B2", "c", 0)).Add(Value("B2", "bad", 1));
        var a = Plan.Create(Rules(Rating(vetoes: [veto]))).Run(data.Build(Period.Year(2024)));
        var top = PlanOf(a, "B1");
        var held = PlanOf(a, "B2");
        Assert.Multiple(() =>
        {
            Assert.That(top.Next, Is.Null);
            Assert.That(top.Changes, Is.Empty);
            Assert.That(a.Find("B2")!.Rating, Is.EqualTo(RatingValue.Laggard));
            Assert.That(held.Needed, Is.EqualTo(0), "the score is enough: the veto holds the branch");
            Assert.That(held.Vetoes.Select(v => v.Id), Is.EqualTo(new[] { "flag" }));
        });
    }

    [Test]
    public void RatesAreWrittenAsPerCentsAndTargetsRoundedTowardTheGoal()
    {
        Assert.That(Gap.UnitOf(new IndicatorRule("x", "x", new AttendanceMeasure([]), Direction.Higher, new GoalpostsNormalisation(0, 1), 1)), Is.EqualTo(IndicatorUnit.Percent));
        Assert.That(Gap.UnitOf(new IndicatorRule("x", "x", new StudyHoursMeasure(), Direction.Higher, new GoalpostsNormalisation(0, 40), 1)), Is.EqualTo(IndicatorUnit.Hours));
        Assert.That(Gap.UnitOf(new IndicatorRule("x", "x", new ValueMeasure(null), Direction.Higher, new GoalpostsNormalisation(0, 2), 1)), Is.EqualTo(IndicatorUnit.Number));
    }
}
