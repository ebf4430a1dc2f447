using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;
using DerivationStage = EcoAssessment.Stages.Derivation.Derivation;

namespace EcoAssessment.Tests.Stages.Derivation;

/// <summary>Expectations start at a branch's founding and end at its dissolution (DOMAIN.md §5, issue 21 item 3).</summary>
public class BranchLifetimeTests
{
    private static readonly MeetingType[] Annual = [MeetingType.OrgLifeReview, MeetingType.MemberReview, MeetingType.Talk];

    private static double? Value(Measure measure, Dataset ds, string branch = "B1") =>
        DerivationStage.Derive(TestRules.Indicator("x", measure), TestData.BranchOf(ds, branch), ds).Value;

    private static MeetingRecord[] Assemblies(string branch, params string[] dates) =>
        dates.Select(d => Meeting(branch, MeetingType.GeneralAssembly, d)).ToArray();

    [Test]
    public void ATemporaryBranchFoundedInAprilIsExpectedToHoldThreeGeneralAssemblies()
    {
        var ds = new TestData().Add(Branch("B1", BranchType.Temporary) with { Founded = D("2024-04-01") })
            .Add(Assemblies("B1", "2024-05-20", "2024-08-20", "2024-11-20")).Build(Period.Year(2024));
        var v = DerivationStage.Derive(TestRules.Indicator("x", new MeetingCompletionMeasure([MeetingType.GeneralAssembly], new Dictionary<MeetingType, double>())),
            TestData.BranchOf(ds, "B1"), ds);
        Assert.That(v.Value, Is.EqualTo(1.0));
        Assert.That(v.Detail, Does.Contain("general_assembly 3/3").And.Contain("2024-04-01 至 2024-12-31"));
    }

    [Test]
    public void WithoutAFoundedDateATemporaryBranchStartsInTheMonthOfItsFirstMeetingAndAStandingBranchAtThePeriodStart()
    {
        var ds = new TestData().Add(Branch("B1", BranchType.Temporary), Branch("B2"))
            .Add(Assemblies("B1", "2024-07-15", "2024-10-15")).Add(Assemblies("B2", "2024-07-15", "2024-10-15")).Build(Period.Year(2024));
        Assert.That(TestData.BranchOf(ds, "B1").Active.Start, Is.EqualTo(D("2024-07-01")));
        Assert.That(TestData.BranchOf(ds, "B2").Active, Is.SameAs(ds.Period), "a standing branch that met late is behind, not new");
        var completion = new MeetingCompletionMeasure([MeetingType.GeneralAssembly], new Dictionary<MeetingType, double>());
        Assert.That(Value(completion, ds, "B1"), Is.EqualTo(1.0), "2 of 4 × 6/12");
        Assert.That(Value(completion, ds, "B2"), Is.EqualTo(0.5));
    }

    [Test]
    public void ADissolvedBranchIsExpectedOnlyUntilItsDissolutionForMeetingsThemeDaysAndStudy()
    {
        var bag = new DiagnosticBag();
        var builder = new DatasetBuilder(Period.Year(2024), bag);
        builder.BeginTable(InputTable.Branches, "branches.csv");
        builder.AddBranch(Branch("B1") with { Dissolved = D("2024-03-31") });
        builder.BeginTable(InputTable.Members, "members.csv");
        builder.AddMember(Member("M1", "B1"));
        builder.BeginTable(InputTable.Meetings, "meetings.csv");
        foreach (var m in new[] { Meeting("B1", MeetingType.GeneralAssembly, "2024-02-01"), Meeting("B1", MeetingType.ThemeDay, "2024-01-05"),
                     Meeting("B1", MeetingType.ThemeDay, "2024-02-05"), Meeting("B1", MeetingType.ThemeDay, "2024-03-05") })
        {
            builder.AddMeeting(m);
        }

        builder.BeginTable(InputTable.Study, "study.csv");
        builder.AddStudy(new StudyRecord("M1", null, D("2024-02-01"), false, StudyForm.Xuexi, 10, null, true));
        var ds = builder.Build() ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
        Assert.That(Value(new MeetingCompletionMeasure([MeetingType.GeneralAssembly], new Dictionary<MeetingType, double>()), ds), Is.EqualTo(1.0), "1 of 4 × 3/12");
        Assert.That(Value(new ThemeDayCoverageMeasure(), ds), Is.EqualTo(1.0), "3 of 3 months");
        Assert.That(Value(new StudyComplianceMeasure(40, null), ds), Is.EqualTo(1.0), "10 h of 40 × 3/12");
        Assert.That(TestData.BranchOf(ds, "B1").MemberCount, Is.EqualTo(1.0), "N over the days it existed");
    }

    [Test]
    public void AnnualItemsAreExpectedOfABranchThatExistedAtLeastHalfThePeriod()
    {
        var ds = new TestData().Add(Branch("B1") with { Founded = D("2024-06-01") }, Branch("B2") with { Founded = D("2024-09-01") },
                Branch("B3") with { Founded = D("2024-11-01") })
            .Add(Meeting("B1", MeetingType.OrgLifeReview, "2024-12-20"), Meeting("B2", MeetingType.OrgLifeReview, "2024-12-20"))
            .Build(Period.Year(2024));
        var measure = new AnnualReviewMeasure(Annual);
        Assert.That(Value(measure, ds, "B1"), Is.EqualTo(1.0 / 3).Within(1e-12), "7 months: all three items expected, one held");
        Assert.That(Value(measure, ds, "B2"), Is.EqualTo(1.0), "4 months: only the item it held counts");
        Assert.That(Value(measure, ds, "B3"), Is.Null, "2 months, nothing held: no annual item is due yet");
    }

    [Test]
    public void TalksCountAsAnAnnualItemWhenTheRulesListThem()
    {
        var ds = new TestData().Branches("B1", "B2")
            .Add(Meeting("B1", MeetingType.OrgLifeReview, "2024-12-20"), Meeting("B1", MeetingType.MemberReview, "2024-12-20"), Meeting("B1", MeetingType.Talk, "2024-06-20"))
            .Add(Meeting("B2", MeetingType.OrgLifeReview, "2024-12-20"), Meeting("B2", MeetingType.MemberReview, "2024-12-20"))
            .Build(Period.Year(2024));
        var measure = new AnnualReviewMeasure(Annual);
        Assert.That(Value(measure, ds, "B1"), Is.EqualTo(1.0).Within(1e-12));
        Assert.That(Value(measure, ds, "B2"), Is.EqualTo(2.0 / 3).Within(1e-12), "no 谈心谈话");
    }

    [Test]
    public void ABranchThatDidNotExistInThePeriodIsLeftOutWithAWarning()
    {
        var bag = new DiagnosticBag();
        var ds = new TestData().Add(Branch("B1"), Branch("B2") with { Founded = D("2025-01-10") }, Branch("B3") with { Dissolved = D("2023-12-31") })
            .Add(Assemblies("B1", "2024-03-01")).TryBuild(Period.Year(2024), bag);
        Assert.That(ds!.Branches.Select(b => b.BranchId), Is.EqualTo(new[] { "B1" }));
        Assert.That(bag.Items.Where(d => d.Code == DiagnosticCodes.BranchNotInPeriod.Id).Select(d => d.Message).ToArray(),
            Has.Length.EqualTo(2).And.Some.Contains("成立于2025-01-10").And.Some.Contains("已于2023-12-31撤销"));
    }

    [Test]
    public void AMeetingShortfallIsNotJudgedForABranchThatExistedLessThanHalfThePeriodButAnExcessIs()
    {
        var ds = new TestData().Add(Branch("B1") with { Founded = D("2024-11-01") }, Branch("B2") with { Founded = D("2024-06-01") })
            .Add(Meeting("B1", MeetingType.Lecture, "2024-12-01"), Meeting("B2", MeetingType.Lecture, "2024-12-01")).Build(Period.Year(2024));
        var none = new CountCondition(new MeetingFilter([MeetingType.OrgLifeReview], null), new Comparison(Below: 1));
        var some = new CountCondition(new MeetingFilter([MeetingType.Lecture], null), new Comparison(Min: 1));
        EcoAssessment.Conditions.ConditionContext Ctx(string id) => new(TestData.BranchOf(ds, id), ds, _ => null, _ => null);
        var late = EcoAssessment.Conditions.ConditionEvaluator.Evaluate(none, Ctx("B1"));
        Assert.That(late.Value, Is.False);
        Assert.That(late.Trace, Does.Contain("只存在2024-11-01..2024-12-31，不足一半"));
        Assert.That(EcoAssessment.Conditions.ConditionEvaluator.Holds(none, Ctx("B1")), Is.False);
        Assert.That(EcoAssessment.Conditions.ConditionEvaluator.Holds(none, Ctx("B2")), Is.True, "7 months: judged as for the whole period");
        Assert.That(EcoAssessment.Conditions.ConditionEvaluator.Holds(some, Ctx("B1")), Is.True, "a count that is not a shortfall is judged as always");
    }
}
