using EcoAssessment.Catalogue;
using EcoAssessment.Conditions;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;

namespace EcoAssessment.Tests.Conditions;

public class ConditionEvaluatorTests
{
    private static readonly MemberRole[] Committee = [MemberRole.Secretary, MemberRole.DeputySecretary, MemberRole.Committee];

    /// <summary>
    /// Branch B1 in 2024: a member of each role, findings of each kind, and two rectification items carried over from 2023.
    /// </summary>
    private static Dataset Sample() => new TestData()
        .Add(Branch("B1", members: 5, vacantDays: 120, partyGroups: 2), Branch("B2"))
        .Add(Member("M-sec", "B1", MemberRole.Secretary), Member("M-dep", "B1", MemberRole.DeputySecretary),
            Member("M-com", "B1", MemberRole.Committee), Member("M-lead", "B1", MemberRole.UnitLeader), Member("M-mem", "B1"),
            Member("M-x", "B2", MemberRole.Secretary))
        .Add(Meeting("B1", MeetingType.OrgLifeReview, "2024-12-10"), Meeting("B1", MeetingType.ThemeDay, "2024-03-01"),
            Meeting("B1", MeetingType.ThemeDay, "2024-04-01"), Meeting("B1", MeetingType.GeneralAssembly, "2024-05-01", themeDay: true),
            Meeting("B1", MeetingType.Lecture, "2024-06-01"))
        .Add(
            Finding("F1", "B1", "2024-02-01", member: "M-mem", form: 1, source: FindingSource.Inspection, category: FindingCategory.FourWinds),
            Finding("F2", "B1", "2024-03-01", member: "M-com", form: 3, source: FindingSource.Patrol, category: FindingCategory.EightRules, tolerance: Tolerance.Lenient),
            Finding("F3", "B1", "2024-04-01", member: "M-sec", form: 2, source: FindingSource.Audit, tolerance: Tolerance.Exempt),
            Finding("F4", "B1", "2024-01-15", source: FindingSource.Inspection, due: "2024-03-01"),
            Finding("F5", "B1", "2023-10-01", member: "M-dep", form: 4, due: "2024-02-01"),
            Finding("F6", "B1", "2023-09-01", form: 2, due: "2025-03-01"),
            Finding("F7", "B1", "2024-05-01", member: "M-lead", form: 2, due: "2024-06-01", closed: "2024-05-20"),
            Finding("F8", "B1", "2024-01-05", due: "2024-02-01", closed: "2024-02-10", responsibility: ResponsibleRole.Discipline))
        .Add(Value("B1", "satisfaction", 0.85))
        .Build(Period.Year(2024));

    private static ConditionContext Ctx(Dataset ds, string branch = "B1", Dictionary<string, double>? raw = null, Dictionary<string, double>? norm = null) =>
        new(TestData.BranchOf(ds, branch), ds,
            id => raw is not null && raw.TryGetValue(id, out var v) ? v : null,
            id => norm is not null && norm.TryGetValue(id, out var v) ? v : null);

    /// <summary>Evaluates with the trace, and checks that the pipeline's value-only path (no trace) agrees.</summary>
    private static ConditionResult Eval(Condition c, ConditionContext ctx)
    {
        var result = ConditionEvaluator.Evaluate(c, ctx);
        Assert.That(ConditionEvaluator.Holds(c, ctx), Is.EqualTo(result.Value), "Holds agrees with Evaluate");
        if (c is FindingCondition)
        {
            Assert.That(ConditionEvaluator.Matches(c, ctx), Is.EqualTo(result.Matches.Count), "Matches counts what Evaluate matched");
        }

        return result;
    }

    private static string[] Ids(FindingFilter f, ConditionContext ctx)
    {
        var ids = ConditionEvaluator.MatchFindings(f, ctx).Select(x => x.FindingId).ToArray();
        Assert.That(ConditionEvaluator.CountFindings(f, ctx), Is.EqualTo(ids.Length), "CountFindings agrees with MatchFindings");
        return ids;
    }

    // ---- comparisons ----

    [TestCase(0.49, true, true, false, false)]
    [TestCase(0.5, false, true, true, false)]
    [TestCase(0.51, false, false, true, true)]
    public void ComparatorsAreBelowLtMaxLeMinGeAboveGt(double x, bool below, bool max, bool min, bool above)
    {
        var ctx = Ctx(Sample(), raw: new() { ["a1"] = x }, norm: new() { ["a1"] = x });
        Assert.Multiple(() =>
        {
            Assert.That(Eval(new IndicatorCondition("a1", new Comparison(Below: 0.5)), ctx).Value, Is.EqualTo(below), "below");
            Assert.That(Eval(new IndicatorCondition("a1", new Comparison(Max: 0.5)), ctx).Value, Is.EqualTo(max), "max");
            Assert.That(Eval(new IndicatorCondition("a1", new Comparison(Min: 0.5)), ctx).Value, Is.EqualTo(min), "min");
            Assert.That(Eval(new IndicatorCondition("a1", new Comparison(Above: 0.5)), ctx).Value, Is.EqualTo(above), "above");
            Assert.That(Eval(new NormalisedCondition("a1", new Comparison(Below: 0.5)), ctx).Value, Is.EqualTo(below), "normalised below");
            Assert.That(Eval(new NormalisedCondition("a1", new Comparison(Above: 0.5)), ctx).Value, Is.EqualTo(above), "normalised above");
        });
    }

    [Test]
    public void AllGivenComparatorsMustHold()
    {
        var range = new Comparison(Min: 60, Below: 75);
        Assert.That(range.Test(60), Is.True);
        Assert.That(range.Test(74.99), Is.True);
        Assert.That(range.Test(75), Is.False);
        Assert.That(range.Test(59.99), Is.False);
    }

    [Test]
    public void IndicatorAndNormalisedReadTheirOwnValues()
    {
        var ctx = Ctx(Sample(), raw: new() { ["a1"] = 0.4 }, norm: new() { ["a1"] = 40 });
        Assert.That(Eval(new IndicatorCondition("a1", new Comparison(Below: 0.5)), ctx).Value, Is.True);
        Assert.That(Eval(new NormalisedCondition("a1", new Comparison(Below: 0.5)), ctx).Value, Is.False);
        Assert.That(Eval(new NormalisedCondition("a1", new Comparison(Below: 60)), ctx).Value, Is.True);
        Assert.That(Eval(new IndicatorCondition("a1", new Comparison(Below: 0.5)), ctx).Trace, Is.EqualTo("a1 = 0.4 < 0.5"));
    }

    [Test]
    public void AComparisonOnAValueThatIsNotAvailableIsFalseAndTheTraceSaysSo()
    {
        var ctx = Ctx(Sample());
        foreach (var cmp in new[] { new Comparison(Below: 0.5), new Comparison(Max: 0.5), new Comparison(Min: 0.5), new Comparison(Above: 0.5) })
        {
            var r = Eval(new IndicatorCondition("a1", cmp), ctx);
            Assert.That(r.Value, Is.False);
            Assert.That(r.Trace, Does.Contain("a1").And.Contain("无数据"));
            Assert.That(Eval(new NormalisedCondition("a1", cmp), ctx).Value, Is.False);
            Assert.That(Eval(new FactCondition("no_such_fact", cmp), ctx).Value, Is.False);
        }

        Assert.That(Eval(new FactCondition("no_such_fact", new Comparison(Min: 0)), ctx).Trace, Is.EqualTo("支部数据 no_such_fact 无数据，不满足 ≥ 0"));
    }

    [Test]
    public void FactsReadBranchColumnsNAndTheIndicatorsTable()
    {
        var ctx = Ctx(Sample());
        Assert.Multiple(() =>
        {
            Assert.That(Eval(new FactCondition("secretary_vacant_days", new Comparison(Above: 90)), ctx).Value, Is.True);
            Assert.That(Eval(new FactCondition("secretary_vacant_days", new Comparison(Above: 120)), ctx).Value, Is.False);
            Assert.That(Eval(new FactCondition("party_groups", new Comparison(Min: 2, Max: 2)), ctx).Value, Is.True);
            Assert.That(Eval(new FactCondition("members", new Comparison(Min: 5, Max: 5)), ctx).Value, Is.True);
            Assert.That(Eval(new FactCondition("member_count", new Comparison(Min: 5, Max: 5)), ctx).Value, Is.True, "N from the members table");
            Assert.That(Eval(new FactCondition("satisfaction", new Comparison(Below: 0.9)), ctx).Value, Is.True);
            Assert.That(Eval(new FactCondition("secretary_vacant_days", new Comparison(Above: 90)), Ctx(Sample(), "B2")).Value, Is.False,
                "a blank column is not available, not 0");
        });
    }

    // ---- counts ----

    [Test]
    public void CountOfMeetingsByType()
    {
        var ctx = Ctx(Sample());
        Assert.Multiple(() =>
        {
            var review = new CountCondition(new MeetingFilter([MeetingType.OrgLifeReview], null), new Comparison(Below: 1));
            Assert.That(Eval(review, ctx).Value, Is.False);
            Assert.That(Eval(review, ctx).Trace, Is.EqualTo("org_life_review 次数 = 1 ≥ 1（条件 < 1 不成立）"), "a count that does not hold shows the side it is on");
            Assert.That(Eval(review, Ctx(Sample(), "B2")).Value, Is.True, "no meeting held is a count of 0");
            Assert.That(Eval(new CountCondition(new MeetingFilter([MeetingType.ThemeDay], null), new Comparison(Min: 2, Max: 2)), ctx).Value, Is.True);
            Assert.That(Eval(new CountCondition(new MeetingFilter(null, true), new Comparison(Min: 3, Max: 3)), ctx).Value, Is.True,
                "theme_day: true counts the type and the flag");
            Assert.That(Eval(new CountCondition(new MeetingFilter(null, false), new Comparison(Min: 2, Max: 2)), ctx).Value, Is.True);
            Assert.That(Eval(new CountCondition(new MeetingFilter([MeetingType.ThemeDay, MeetingType.Lecture], null), new Comparison(Min: 3, Max: 3)), ctx).Value, Is.True);
            Assert.That(Eval(new CountCondition(new MeetingFilter(null, null), new Comparison(Min: 5, Max: 5)), ctx).Value, Is.True);
        });
    }

    [Test]
    public void ACountOnAnAbsentTableIsFalseAndSaysWhy()
    {
        var ds = new TestData().Branches("B1").Build(Period.Year(2024));
        var r = Eval(new CountCondition(new MeetingFilter([MeetingType.OrgLifeReview], null), new Comparison(Below: 1)), Ctx(ds));
        Assert.That(r.Value, Is.False, "no meetings table: not available, so a veto on 'no 组织生活会' does not fire");
        Assert.That(r.Trace, Is.EqualTo("缺少 meetings 表，无法计数"));
        var f = Eval(new CountCondition(new FindingCountFilter(new FindingFilter()), new Comparison(Below: 1)), Ctx(ds));
        Assert.That(f.Value, Is.False);
        Assert.That(Eval(new FindingCondition(new FindingFilter()), Ctx(ds)).Value, Is.False);
    }

    [Test]
    public void CountOfFindingsUsesTheFindingFilter()
    {
        var ctx = Ctx(Sample());
        var c = new CountCondition(new FindingCountFilter(new FindingFilter { Form = new IntFilter(null, 2, null) }), new Comparison(Min: 2));
        var r = Eval(c, ctx);
        Assert.That(r.Value, Is.True);
        Assert.That(r.Matches.Select(f => f.FindingId), Is.EqualTo(new[] { "F2", "F7" }));
        Assert.That(r.Trace, Is.EqualTo("问题数 = 2 ≥ 2"));
    }

    // ---- findings ----

    [Test]
    public void FormRangeMatchesLenientButNeverExemptFindingsOfForm1Or2()
    {
        var ctx = Ctx(Sample());
        Assert.That(Ids(new FindingFilter { Form = new IntFilter(null, 3, null) }, ctx), Is.EqualTo(new[] { "F2" }),
            "F2 (form 3, lenient) matches; F5 (form 4) was found before the period");
        Assert.That(Ids(new FindingFilter { Form = new IntFilter(null, 1, 2) }, ctx), Is.EqualTo(new[] { "F1", "F7" }), "F3 (form 2, exempt) never");
        Assert.That(Ids(new FindingFilter { Form = new IntFilter(null, null, 1) }, ctx), Is.EqualTo(new[] { "F1" }));
    }

    [TestCase(3, Tolerance.Exempt)]
    [TestCase(4, Tolerance.Exempt)]
    [TestCase(4, Tolerance.Lenient)]
    public void AToleranceMarkOnAForm3Or4CaseNeverLiftsAConditionOnForm(int form, Tolerance tolerance)
    {
        // The readers refuse such a finding (容错 is not for serious discipline cases); should one reach the engine
        // anyway, the 容错 flag is not looked at: the form-4 veto and every condition on form ≥ 3 count it.
        var ds = new TestData().Add(Branch("B1", members: 5)).Add(Member("M1", "B1", MemberRole.Committee))
            .Add(Finding("F1", "B1", "2024-04-01", member: "M1", form: form, tolerance: tolerance)).Build(Period.Year(2024));
        var ctx = Ctx(ds);
        Assert.Multiple(() =>
        {
            Assert.That(Eval(new FindingCondition(new FindingFilter { Form = new IntFilter([form], null, null) }), ctx).Value, Is.True);
            Assert.That(Ids(new FindingFilter { Form = new IntFilter(null, 3, null), Roles = Committee }, ctx), Is.EqualTo(new[] { "F1" }));
        });
    }

    [Test]
    public void ALenientForm3CaseCountsForEveryConditionOnForm3()
    {
        // Allowed by a rule file's tolerance: { lenient_form3: true }: it counts half in severity, but in full for vetoes.
        var ds = new TestData().Add(Branch("B1", members: 5)).Add(Member("M1", "B1", MemberRole.Committee))
            .Add(Finding("F1", "B1", "2024-04-01", member: "M1", form: 3, tolerance: Tolerance.Lenient)).Build(Period.Year(2024));
        var ctx = Ctx(ds);
        Assert.Multiple(() =>
        {
            Assert.That(Ids(new FindingFilter { Form = new IntFilter([3], null, null) }, ctx), Is.EqualTo(new[] { "F1" }));
            Assert.That(Ids(new FindingFilter { Form = new IntFilter(null, 3, null), Roles = Committee }, ctx), Is.EqualTo(new[] { "F1" }));
            Assert.That(Ids(new FindingFilter { Form = new IntFilter(null, 2, 3) }, ctx), Is.EqualTo(new[] { "F1" }));
        });
    }

    [Test]
    public void FormListMatchesTheListedForms()
    {
        var ctx = Ctx(Sample());
        Assert.That(Ids(new FindingFilter { Form = new IntFilter([1, 3], null, null) }, ctx), Is.EqualTo(new[] { "F1", "F2" }));
        var form4 = Eval(new FindingCondition(new FindingFilter { Form = new IntFilter([4], null, null) }), ctx);
        Assert.That(form4.Value, Is.False, "the only form-4 finding was found before the period");
        Assert.That(form4.Trace, Is.EqualTo("无匹配的问题"));
        Assert.That(form4.Matches, Is.Empty);
    }

    [Test]
    public void AFindingWithoutAFormNeverMatchesAFormFilter()
    {
        var ctx = Ctx(Sample());
        Assert.That(Ids(new FindingFilter { Form = new IntFilter(null, 0, null) }, ctx), Does.Not.Contain("F4").And.Not.Contain("F8"));
    }

    [Test]
    public void RoleCommitteeMeansSecretaryDeputyAndCommitteeMembers()
    {
        var ctx = Ctx(Sample());
        Assert.That(Ids(new FindingFilter { Roles = Committee }, ctx), Is.EqualTo(new[] { "F2", "F3" }));
        Assert.That(Ids(new FindingFilter { Roles = Committee, Form = new IntFilter(null, 3, null) }, ctx), Is.EqualTo(new[] { "F2" }),
            "the committee member's lenient form-3 case matches; the secretary's exempt form-2 case is below the range");
        Assert.That(Ids(new FindingFilter { Roles = [MemberRole.UnitLeader] }, ctx), Is.EqualTo(new[] { "F7" }));
    }

    [Test]
    public void AMemberOfAnotherBranchHasTheRoleOfTheirHomeBranch()
    {
        var ds = new TestData().Branches("B1", "B2").Add(Member("M1", "B2", MemberRole.Secretary))
            .Add(Finding("F1", "B1", "2024-03-01", member: "M1", form: 1)).Build(Period.Year(2024));
        Assert.That(Ids(new FindingFilter { Roles = Committee }, Ctx(ds)), Is.EqualTo(new[] { "F1" }));
        Assert.That(Ids(new FindingFilter { Roles = [MemberRole.Member] }, Ctx(ds)), Is.Empty);
    }

    [Test]
    public void SourceCategoryAndToleranceFilters()
    {
        var ctx = Ctx(Sample());
        Assert.Multiple(() =>
        {
            Assert.That(Ids(new FindingFilter { Sources = [FindingSource.Inspection, FindingSource.Patrol] }, ctx), Is.EqualTo(new[] { "F1", "F2", "F4" }));
            Assert.That(Ids(new FindingFilter { Sources = [FindingSource.Audit] }, ctx), Is.EqualTo(new[] { "F3" }), "exempt findings match filters other than form");
            Assert.That(Ids(new FindingFilter { Categories = [FindingCategory.FourWinds] }, ctx), Is.EqualTo(new[] { "F1" }));
            Assert.That(Ids(new FindingFilter { Categories = [FindingCategory.EightRules], Form = new IntFilter(null, 2, null) }, ctx), Is.EqualTo(new[] { "F2" }));
            Assert.That(Ids(new FindingFilter { Tolerances = [Tolerance.Exempt] }, ctx), Is.EqualTo(new[] { "F3" }));
        });
    }

    [Test]
    public void ResponsibilityIsDeclaredOrTakenFromTheRole()
    {
        var ctx = Ctx(Sample());
        Assert.Multiple(() =>
        {
            Assert.That(Ids(new FindingFilter { Responsibilities = [ResponsibleRole.Secretary] }, ctx), Is.EqualTo(new[] { "F3" }));
            Assert.That(Ids(new FindingFilter { Responsibilities = [ResponsibleRole.Leader] }, ctx), Is.EqualTo(new[] { "F7" }));
            Assert.That(Ids(new FindingFilter { Responsibilities = [ResponsibleRole.Branch] }, ctx), Is.EqualTo(new[] { "F1", "F2" }));
            Assert.That(Ids(new FindingFilter { Responsibilities = [ResponsibleRole.Discipline] }, ctx), Is.EqualTo(new[] { "F8" }));
        });
    }

    [Test]
    public void OpenMeansNotClosedByThePeriodEnd()
    {
        var ctx = Ctx(Sample());
        // Carried-over F5 and F6 are open; F7 and F8 were closed in the period.
        Assert.That(Ids(new FindingFilter { Open = true }, ctx), Is.EqualTo(new[] { "F1", "F2", "F3", "F4", "F5", "F6" }));
        Assert.That(Ids(new FindingFilter { Open = false }, ctx), Is.EqualTo(new[] { "F7", "F8" }));
    }

    [Test]
    public void OverdueMeansDueByThePeriodEndAndNotClosedByTheDueDate()
    {
        var ctx = Ctx(Sample());
        Assert.That(Ids(new FindingFilter { Overdue = true }, ctx), Is.EqualTo(new[] { "F4", "F5", "F8" }),
            "F4 and F5 are open past their due date, F8 was closed late; F6 is due after the period");
        Assert.That(Ids(new FindingFilter { Overdue = true, Open = true }, ctx), Is.EqualTo(new[] { "F4", "F5" }));
        Assert.That(Ids(new FindingFilter { Overdue = true, Sources = [FindingSource.Inspection, FindingSource.Patrol] }, ctx), Is.EqualTo(new[] { "F4" }));
    }

    [Test]
    public void AFindingDatedBeforeThePeriodMatchesOnlyFiltersAskingOpenOrOverdue()
    {
        var ctx = Ctx(Sample());
        Assert.Multiple(() =>
        {
            Assert.That(Ids(new FindingFilter(), ctx), Is.EqualTo(new[] { "F1", "F2", "F3", "F4", "F7", "F8" }));
            Assert.That(Ids(new FindingFilter { Roles = [MemberRole.DeputySecretary] }, ctx), Is.Empty);
            Assert.That(Ids(new FindingFilter { Roles = [MemberRole.DeputySecretary], Open = true }, ctx), Is.EqualTo(new[] { "F5" }));
            Assert.That(Ids(new FindingFilter { Form = new IntFilter([2], null, null), Open = true }, ctx), Is.EqualTo(new[] { "F6" }));
            Assert.That(Ids(new FindingFilter { Form = new IntFilter([4], null, null), Overdue = true }, ctx), Is.EqualTo(new[] { "F5" }));
            Assert.That(Ids(new FindingFilter { Open = false, Form = new IntFilter([4], null, null) }, ctx), Is.Empty);
        });
    }

    [Test]
    public void AFindingConditionListsItsMatchesInIdOrder()
    {
        var r = Eval(new FindingCondition(new FindingFilter { Overdue = true }), Ctx(Sample()));
        Assert.That(r.Value, Is.True);
        Assert.That(r.Trace, Is.EqualTo("匹配的问题：F4、F5、F8"));
        Assert.That(r.Matches.Select(f => f.FindingId), Is.EqualTo(new[] { "F4", "F5", "F8" }));
    }

    // ---- any / all / not ----

    [Test]
    public void AnyAllAndNotCombine()
    {
        var ctx = Ctx(Sample(), raw: new() { ["a1"] = 0.4 });
        Condition yes = new IndicatorCondition("a1", new Comparison(Below: 0.5));
        Condition no = new CountCondition(new MeetingFilter([MeetingType.OrgLifeReview], null), new Comparison(Below: 1));
        Condition na = new IndicatorCondition("missing", new Comparison(Below: 0.5));
        Assert.Multiple(() =>
        {
            Assert.That(Eval(new AnyCondition([no, yes]), ctx).Value, Is.True);
            Assert.That(Eval(new AnyCondition([no, na]), ctx).Value, Is.False);
            Assert.That(Eval(new AllCondition([yes, no]), ctx).Value, Is.False);
            Assert.That(Eval(new AllCondition([yes, yes]), ctx).Value, Is.True);
            Assert.That(Eval(new NotCondition(no), ctx).Value, Is.True);
            Assert.That(Eval(new NotCondition(yes), ctx).Value, Is.False);
            Assert.That(Eval(new NotCondition(new AnyCondition([no, yes])), ctx).Value, Is.False);
            Assert.That(Eval(new AnyCondition([no, yes]), ctx).Trace, Is.EqualTo("[org_life_review 次数 = 1 ≥ 1（条件 < 1 不成立）：否] 或 [a1 = 0.4 < 0.5：是]"));
            Assert.That(Eval(new AllCondition([yes, no]), ctx).Trace, Does.Contain(" 且 "));
            Assert.That(Eval(new NotCondition(no), ctx).Trace, Does.StartWith("非("));
            Assert.That(ConditionEvaluator.Evaluate(new AnyCondition([no, yes]), ctx, Language.En).Trace,
                Is.EqualTo("[count org_life_review = 1 ≥ 1 (condition < 1 not met): no] or [a1 = 0.4 < 0.5: yes]"), "English on request, as before");
            Assert.That(ConditionEvaluator.Evaluate(new AllCondition([yes, no]), ctx, Language.En).Trace, Does.Contain(" and "));
            Assert.That(ConditionEvaluator.Evaluate(new NotCondition(no), ctx, Language.En).Trace, Does.StartWith("not ("));
        });
    }

    [Test]
    public void AnyCarriesTheMatchesOfTheHoldingBranchesOnlyOnce()
    {
        var ctx = Ctx(Sample());
        var a = new FindingCondition(new FindingFilter { Sources = [FindingSource.Inspection] });
        var b = new FindingCondition(new FindingFilter { Form = new IntFilter([1], null, null) });
        var none = new FindingCondition(new FindingFilter { Categories = [FindingCategory.Discipline] });
        var r = Eval(new AnyCondition([a, b, none]), ctx);
        Assert.That(r.Matches.Select(f => f.FindingId), Is.EquivalentTo(new[] { "F1", "F4" }));
    }
}
