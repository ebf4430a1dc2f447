using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Derivation;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;
using DerivationStage = EcoAssessment.Stages.Derivation.Derivation;

namespace EcoAssessment.Tests.Stages.Derivation;

public class DerivationTests
{
    private static readonly MeetingType[] SanHuiYiKe = [MeetingType.GeneralAssembly, MeetingType.Committee, MeetingType.Group, MeetingType.Lecture];

    private static readonly Dictionary<int, double> FormWeights = new() { [1] = 1, [2] = 3, [3] = 6, [4] = 10 };

    private static MeetingCompletionMeasure Completion(params MeetingType[] types) => new(types, new Dictionary<MeetingType, double>());

    /// <summary>Derives with the detail, and checks that the pipeline's value-only path gives the same value and no text.</summary>
    private static DerivedValue Derive(Measure measure, Dataset ds, string branch = "B1")
    {
        var indicator = TestRules.Indicator("x", measure);
        var b = TestData.BranchOf(ds, branch);
        var v = DerivationStage.Derive(indicator, b, ds);
        var quiet = DerivationStage.Derive(indicator, b, ds, explain: false, new EcoAssessment.Stages.Derivation.DerivationScratch());
        Assert.That(quiet.Value, Is.EqualTo(v.Value), "the value does not depend on building the detail");
        Assert.That(quiet.Detail, Is.Empty);
        return v;
    }

    /// <summary>Derives with the detail in English.</summary>
    private static DerivedValue DeriveEn(Measure measure, Dataset ds, string branch = "B1") =>
        EcoAssessment.Stages.Derivation.Derivation.Derive(TestRules.Indicator("x", measure), TestData.BranchOf(ds, branch), ds, explain: true,
            new EcoAssessment.Stages.Derivation.DerivationScratch(), EcoAssessment.Catalogue.Language.En);

    private static MeetingRecord[] Many(string branch, MeetingType type, int count, int month = 1) =>
        Enumerable.Range(0, count).Select(i => Meeting(branch, type, new DateOnly(2024, month, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    // ---- meeting completion (A1) ----

    [Test]
    public void MeetingCompletionIsTheMeanOverTypesOfHeldOverExpectedCappedAtOne()
    {
        // Expected per year: general assembly 4, committee 12, group 12 × 2 groups = 24, lecture 4.
        var ds = new TestData().Add(Branch("B1", partyGroups: 2, hasCommittee: true))
            .Add(Many("B1", MeetingType.GeneralAssembly, 2)).Add(Many("B1", MeetingType.Committee, 12))
            .Add(Many("B1", MeetingType.Group, 12)).Add(Many("B1", MeetingType.Lecture, 6))
            .Build(Period.Year(2024));
        var v = Derive(Completion(SanHuiYiKe), ds);
        // (2/4 + 12/12 + 12/24 + min(1, 6/4)) / 4 = (0.5 + 1 + 0.5 + 1) / 4
        Assert.That(v.Value, Is.EqualTo(0.75).Within(1e-12));
        Assert.That(v.Detail, Does.Contain("group 12/24").And.Contain("lecture 6/4"));
    }

    [Test]
    public void ExtraMeetingsOfOneTypeDoNotMakeUpForAnother()
    {
        var ds = new TestData().Branches("B1").Add(Many("B1", MeetingType.Lecture, 12)).Build(Period.Year(2024));
        Assert.That(Derive(Completion(MeetingType.GeneralAssembly, MeetingType.Lecture), ds).Value, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void CommitteeMeetingsAreExpectedOnlyWithACommittee()
    {
        var ds = new TestData().Add(Branch("B1", hasCommittee: false), Branch("B2", hasCommittee: true), Branch("B3"))
            .Add(Many("B1", MeetingType.GeneralAssembly, 4)).Add(Many("B2", MeetingType.GeneralAssembly, 4)).Add(Many("B3", MeetingType.GeneralAssembly, 4))
            .Build(Period.Year(2024));
        var types = Completion(MeetingType.GeneralAssembly, MeetingType.Committee);
        Assert.That(Derive(types, ds, "B1").Value, Is.EqualTo(1.0), "no committee: committee left out, general assembly complete");
        Assert.That(Derive(types, ds, "B2").Value, Is.EqualTo(0.5).Within(1e-12), "committee exists: 0 of 12 held");
        Assert.That(Derive(types, ds, "B3").Value, Is.EqualTo(1.0), "unknown committee: left out");
        Assert.That(Derive(types, ds, "B1").Detail, Does.Contain("committee：未设支委会，不计入"));
    }

    [Test]
    public void GroupMeetingsAreExpectedPerPartyGroupAndNotAtAllWithoutGroups()
    {
        var ds = new TestData().Add(Branch("B1", partyGroups: 3), Branch("B2"), Branch("B3", partyGroups: 0))
            .Add(Many("B1", MeetingType.Group, 18)).Add(Many("B2", MeetingType.Lecture, 4)).Add(Many("B3", MeetingType.Lecture, 2))
            .Build(Period.Year(2024));
        var types = Completion(MeetingType.Group, MeetingType.Lecture);
        Assert.That(Derive(types, ds, "B1").Value, Is.EqualTo(((18.0 / 36) + 0) / 2).Within(1e-12));
        Assert.That(Derive(types, ds, "B2").Value, Is.EqualTo(1.0), "blank party_groups means no 党小组会 expected");
        Assert.That(Derive(types, ds, "B3").Value, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void ExpectedMeetingsArePreratedToThePeriod()
    {
        // 2024Q1 is 3 months: general assembly 4 × 3/12 = 1, committee 12 × 3/12 = 3, lecture 1.
        var ds = new TestData().Add(Branch("B1", hasCommittee: true))
            .Add(Meeting("B1", MeetingType.GeneralAssembly, "2024-02-01"))
            .Add(Meeting("B1", MeetingType.Committee, "2024-01-10"), Meeting("B1", MeetingType.Committee, "2024-02-10"))
            .Build(P("2024Q1"));
        var v = Derive(Completion(MeetingType.GeneralAssembly, MeetingType.Committee, MeetingType.Lecture), ds);
        Assert.That(v.Value, Is.EqualTo((1 + (2.0 / 3) + 0) / 3).Within(1e-12));
    }

    [Test]
    public void DeclaredExpectationsReplaceTheDefaults()
    {
        var ds = new TestData().Branches("B1").Add(Many("B1", MeetingType.Lecture, 3)).Build(Period.Year(2024));
        var m = new MeetingCompletionMeasure([MeetingType.Lecture], new Dictionary<MeetingType, double> { [MeetingType.Lecture] = 6 });
        Assert.That(Derive(m, ds).Value, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void MeetingCompletionWithoutAMeetingsTableIsNotAvailableAndWithNoMeetingsZero()
    {
        var absent = new TestData().Branches("B1").Build(Period.Year(2024));
        var none = new TestData().Branches("B1").Table(InputTable.Meetings).Build(Period.Year(2024));
        Assert.That(Derive(Completion(SanHuiYiKe), absent).Value, Is.Null);
        Assert.That(Derive(Completion(SanHuiYiKe), absent).Detail, Is.EqualTo("缺少 meetings 表"));
        Assert.That(Derive(Completion(SanHuiYiKe), none).Value, Is.EqualTo(0.0));
    }

    [Test]
    public void MeetingCompletionWithNoExpectedTypeIsNotAvailable()
    {
        var ds = new TestData().Add(Branch("B1", hasCommittee: false)).Table(InputTable.Meetings).Build(Period.Year(2024));
        Assert.That(Derive(Completion(MeetingType.Committee, MeetingType.Group), ds).Value, Is.Null);
    }

    // ---- theme-day coverage (A2) ----

    [Test]
    public void ThemeDayCoverageCountsCalendarMonthsWithAThemeDayTypeOrFlag()
    {
        var ds = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.ThemeDay, "2024-01-05"), Meeting("B1", MeetingType.ThemeDay, "2024-01-25"),
                Meeting("B1", MeetingType.ThemeDay, "2024-03-31"), Meeting("B1", MeetingType.GeneralAssembly, "2024-05-10", themeDay: true),
                Meeting("B1", MeetingType.GeneralAssembly, "2024-07-10"), Meeting("B1", MeetingType.Lecture, "2024-08-10"))
            .Build(Period.Year(2024));
        var v = Derive(new ThemeDayCoverageMeasure(), ds);
        Assert.That(v.Value, Is.EqualTo(3.0 / 12).Within(1e-12));
        Assert.That(v.Detail, Does.Contain("3/12"));
    }

    [Test]
    public void ThemeDayCoverageUsesTheMonthsOfThePeriod()
    {
        var ds = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.ThemeDay, "2024-01-05"), Meeting("B1", MeetingType.ThemeDay, "2024-03-05"))
            .Build(P("2024Q1"));
        Assert.That(Derive(new ThemeDayCoverageMeasure(), ds).Value, Is.EqualTo(2.0 / 3).Within(1e-12));
    }

    [Test]
    public void ThemeDayCoverageIsNotAvailableWithoutMeetingsAndZeroWithNone()
    {
        Assert.That(Derive(new ThemeDayCoverageMeasure(), new TestData().Branches("B1").Build(Period.Year(2024))).Value, Is.Null);
        Assert.That(Derive(new ThemeDayCoverageMeasure(), new TestData().Branches("B1").Table(InputTable.Meetings).Build(Period.Year(2024))).Value,
            Is.EqualTo(0.0));
    }

    // ---- attendance (A3) ----

    [Test]
    public void AttendanceIsAttendeesOverExpectedLessExcusedWithAttendeesAboveThatCapped()
    {
        var ds = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.GeneralAssembly, "2024-02-01", attendees: 8, expected: 10, excused: 1),
                Meeting("B1", MeetingType.GeneralAssembly, "2024-03-01", attendees: 12, expected: 10),
                Meeting("B1", MeetingType.Lecture, "2024-04-01", attendees: 5),
                Meeting("B1", MeetingType.Lecture, "2024-05-01", expected: 5))
            .Build(Period.Year(2024));
        var v = Derive(new AttendanceMeasure([]), ds);
        // (8 + min(12, 10)) / ((10 − 1) + 10); rows without attendees or expected are not counted.
        Assert.That(v.Value, Is.EqualTo(18.0 / 19).Within(1e-12));
        Assert.That(v.Detail, Is.EqualTo("参会 18 / (应到 − 请假) 19(其中 1 次会议参会人数多于应到人数，按应到人数计)"));
        Assert.That(DeriveEn(new AttendanceMeasure([]), ds).Detail, Is.EqualTo("attendees 18 / (expected − excused) 19 (1 meetings with more attendees than expected counted at expected)"));
    }

    [Test]
    public void AttendanceCanBeLimitedToMeetingTypes()
    {
        var ds = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.GeneralAssembly, "2024-02-01", attendees: 10, expected: 10),
                Meeting("B1", MeetingType.Lecture, "2024-03-01", attendees: 5, expected: 10))
            .Build(Period.Year(2024));
        Assert.That(Derive(new AttendanceMeasure([MeetingType.Lecture]), ds).Value, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void AttendanceWithAnEmptyDenominatorIsNotAvailable()
    {
        var none = new TestData().Branches("B1").Table(InputTable.Meetings).Build(Period.Year(2024));
        var noCounts = new TestData().Branches("B1").Add(Meeting("B1", MeetingType.Lecture, "2024-03-01")).Build(Period.Year(2024));
        Assert.That(Derive(new AttendanceMeasure([]), none).Value, Is.Null);
        Assert.That(Derive(new AttendanceMeasure([]), noCounts).Value, Is.Null);
        Assert.That(Derive(new AttendanceMeasure([]), new TestData().Branches("B1").Build(Period.Year(2024))).Value, Is.Null);
    }

    // ---- annual review (A4) ----

    [Test]
    public void AnnualReviewGivesAnEqualShareForEachTypeHeld()
    {
        var ds = new TestData().Branches("B1", "B2", "B3")
            .Add(Meeting("B1", MeetingType.OrgLifeReview, "2024-12-01"), Meeting("B1", MeetingType.OrgLifeReview, "2024-12-02"))
            .Add(Meeting("B2", MeetingType.OrgLifeReview, "2024-12-01"), Meeting("B2", MeetingType.MemberReview, "2024-12-15"))
            .Build(Period.Year(2024));
        var m = new AnnualReviewMeasure([MeetingType.OrgLifeReview, MeetingType.MemberReview]);
        Assert.That(Derive(m, ds, "B1").Value, Is.EqualTo(0.5).Within(1e-12), "held twice still counts one half");
        Assert.That(Derive(m, ds, "B2").Value, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(Derive(m, ds, "B3").Value, Is.EqualTo(0.0));
        Assert.That(Derive(m, new TestData().Branches("B1").Build(Period.Year(2024))).Value, Is.Null);
    }

    // ---- finding severity (C1) ----

    [Test]
    public void FindingSeverityWeighsFormsAndToleranceFactorsPerTenMembers()
    {
        var ds = new TestData().Add(Branch("B1", members: 20))
            .Add(Finding("F1", "B1", "2024-02-01", form: 1),
                Finding("F2", "B1", "2024-03-01", form: 2, tolerance: Tolerance.Lenient),
                Finding("F3", "B1", "2024-04-01", form: 4, tolerance: Tolerance.Exempt),
                Finding("F4", "B1", "2024-05-01", form: 3),
                Finding("F5", "B1", "2024-06-01", due: "2024-08-01"),
                Finding("F6", "B1", "2023-06-01", form: 4, due: "2024-08-01"))
            .Build(Period.Year(2024));
        var v = Derive(new FindingSeverityMeasure(10, FormWeights), ds);
        // Σ = 1×1 + 3×0.5 + 10×0 + 6×1 = 8.5 (F5 has no form; F6 was found before the period); 8.5 / 20 × 10
        Assert.That(v.Value, Is.EqualTo(4.25).Within(1e-12));
        Assert.That(v.Detail, Does.Contain("F3 第4种形态 权重10 ×0 免责").And.Contain("F2 第2种形态 权重3 ×0.5 从轻").And.Not.Contain("F6"));
        Assert.That(DeriveEn(new FindingSeverityMeasure(10, FormWeights), ds).Detail,
            Is.EqualTo("F1 form 1 w1 ×1; F2 form 2 w3 ×0.5 lenient; F3 form 4 w10 ×0 exempt; F4 form 3 w6 ×1; Σ 8.5 / N 20 × 10 = 4.25"));
    }

    [Test]
    public void FindingSeverityUsesProRatedN()
    {
        var ds = new TestData().Branches("B1")
            .Add(Member("M1", "B1"), Member("M2", "B1", joined: "2024-07-01"))
            .Add(Finding("F1", "B1", "2024-08-01", form: 2))
            .Build(Period.Year(2024));
        Assert.That(Derive(new FindingSeverityMeasure(10, FormWeights), ds).Value, Is.EqualTo(3 / (1 + (184.0 / 366)) * 10).Within(1e-9));
    }

    [Test]
    public void FindingSeverityIsZeroWithoutFindingsAndNotAvailableWithoutTheTableOrN()
    {
        var m = new FindingSeverityMeasure(10, FormWeights);
        Assert.That(Derive(m, new TestData().Add(Branch("B1", members: 10)).Table(InputTable.Findings).Build(Period.Year(2024))).Value, Is.EqualTo(0.0));
        Assert.That(Derive(m, new TestData().Add(Branch("B1", members: 10)).Build(Period.Year(2024))).Value, Is.Null);
        Assert.That(Derive(m, new TestData().Branches("B1").Table(InputTable.Findings).Build(Period.Year(2024))).Value, Is.Null);
    }

    // ---- finding count by category (C2) ----

    [Test]
    public void FindingCountCountsCategoriesWithToleranceFactorsPerTenMembers()
    {
        var ds = new TestData().Add(Branch("B1", members: 20))
            .Add(Finding("F1", "B1", "2024-02-01", category: FindingCategory.FourWinds),
                Finding("F2", "B1", "2024-03-01", category: FindingCategory.EightRules, form: 2, tolerance: Tolerance.Lenient),
                Finding("F3", "B1", "2024-04-01", category: FindingCategory.FourWinds, tolerance: Tolerance.Exempt),
                Finding("F4", "B1", "2024-05-01", category: FindingCategory.Integrity),
                Finding("F5", "B1", "2024-06-01"),
                Finding("F6", "B1", "2023-06-01", category: FindingCategory.FourWinds))
            .Build(Period.Year(2024));
        var v = Derive(new FindingCountMeasure([FindingCategory.FourWinds, FindingCategory.EightRules], 10), ds);
        Assert.That(v.Value, Is.EqualTo(1.5 / 20 * 10).Within(1e-12));
        Assert.That(Derive(new FindingCountMeasure([FindingCategory.Integrity], 10), ds).Value, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void FindingCountIsZeroWithoutFindingsAndNotAvailableWithoutTheTable()
    {
        var m = new FindingCountMeasure([FindingCategory.FourWinds], 10);
        Assert.That(Derive(m, new TestData().Add(Branch("B1", members: 10)).Table(InputTable.Findings).Build(Period.Year(2024))).Value, Is.EqualTo(0.0));
        Assert.That(Derive(m, new TestData().Add(Branch("B1", members: 10)).Build(Period.Year(2024))).Value, Is.Null);
    }

    // ---- rectification on time (C3) ----

    [Test]
    public void RectificationOnTimeCountsItemsDueInThePeriodClosedByTheirDueDate()
    {
        var ds = new TestData().Branches("B1")
            .Add(Finding("F1", "B1", "2024-01-10", due: "2024-03-01", closed: "2024-03-01"),
                Finding("F2", "B1", "2024-01-10", due: "2024-06-01", closed: "2024-06-02"),
                Finding("F3", "B1", "2024-01-10", due: "2024-09-01"),
                Finding("F4", "B1", "2024-11-10", due: "2025-02-01"),
                Finding("F5", "B1", "2023-11-10", due: "2024-01-15", closed: "2024-01-10"),
                Finding("F6", "B1", "2024-02-10", form: 2, due: "2024-05-01", tolerance: Tolerance.Exempt),
                Finding("F7", "B1", "2023-05-10", due: "2023-12-01", closed: "2023-11-30"),
                Finding("F8", "B1", "2024-02-10", form: 1))
            .Build(Period.Year(2024));
        var v = Derive(new RectificationOnTimeMeasure(), ds);
        // Due in 2024: F1 (on time), F2 (late), F3 (open), F5 (found in 2023, on time), F6 (exempt still counts, open).
        Assert.That(v.Value, Is.EqualTo(2.0 / 5).Within(1e-12));
        Assert.That(v.Detail, Is.EqualTo("按期办结 2 / 考核期内到期 5"));
    }

    [Test]
    public void RectificationWithNothingDueIsOneAndWithoutTheTableNotAvailable()
    {
        var nothingDue = new TestData().Branches("B1").Add(Finding("F1", "B1", "2024-01-10", form: 1)).Build(Period.Year(2024));
        var empty = new TestData().Branches("B1").Table(InputTable.Findings).Build(Period.Year(2024));
        Assert.That(Derive(new RectificationOnTimeMeasure(), nothingDue).Value, Is.EqualTo(1.0));
        Assert.That(Derive(new RectificationOnTimeMeasure(), empty).Value, Is.EqualTo(1.0));
        Assert.That(Derive(new RectificationOnTimeMeasure(), new TestData().Branches("B1").Build(Period.Year(2024))).Value, Is.Null);
    }

    // ---- assessment ratio ----

    [Test]
    public void AssessmentRatioSumsScoresOverMaxScoresOfItemsWithThePrefixes()
    {
        var ds = new TestData().Branches("B1")
            .Add(Assessment("B1", "CO-1", 8, 10), Assessment("B1", "CO-2", 4, 5), Assessment("B1", "OR-1", 1, 5),
                Assessment("B1", "PE-1", 5, 5), Assessment("B1", "XCO-1", 0, 100))
            .Build(Period.Year(2024));
        Assert.That(Derive(new AssessmentRatioMeasure(["CO-"]), ds).Value, Is.EqualTo(12.0 / 15).Within(1e-12));
        Assert.That(Derive(new AssessmentRatioMeasure(["CO-", "PE-"]), ds).Value, Is.EqualTo(17.0 / 20).Within(1e-12));
        Assert.That(Derive(new AssessmentRatioMeasure(["CO-"]), ds).Detail, Does.Contain("CO- 类考核项 2 个"));
    }

    /// <summary>
    /// DESIGN §2: max_score is required when a rule uses assessment_ratio (ECO0216). An item without one must not be
    /// counted with a max of 0: that silently inflates the rate above 100 %.
    /// </summary>
    [Test]
    public void AnItemWithoutMaxScoreDoesNotInflateTheRatioAboveOne()
    {
        var ds = new TestData().Branches("B1").Add(Assessment("B1", "CO-1", 8, 10), Assessment("B1", "CO-2", 4)).Build(Period.Year(2024));
        var v = Derive(new AssessmentRatioMeasure(["CO-"]), ds);
        Assert.That(v.Value, Is.Null.Or.InRange(0.0, 1.0), v.Detail);
    }

    /// <summary>DESIGN §3: the same records in any row order give byte-identical outputs.</summary>
    [Test]
    public void AssessmentRatioDoesNotDependOnTheOrderOfTheItems()
    {
        var data = new TestData().Branches("B1").Add(Assessment("B1", "CO-1", 4.5, 5), Assessment("B1", "CO-2", 3.7, 5), Assessment("B1", "CO-3", 4.1, 5));
        var m = new AssessmentRatioMeasure(["CO-"]);
        var forward = Derive(m, data.Build(Period.Year(2024))).Value;
        var reverse = Derive(m, data.Build(Period.Year(2024), rows => rows.Reverse())).Value;
        Assert.That(forward, Is.EqualTo(12.3 / 15).Within(1e-12));
        Assert.That(reverse, Is.EqualTo(forward), "bit for bit");
    }

    [Test]
    public void AssessmentRatioWithNoMatchingItemsIsNotAvailable()
    {
        var ds = new TestData().Branches("B1", "B2").Add(Assessment("B1", "OR-1", 1, 5)).Build(Period.Year(2024));
        Assert.That(Derive(new AssessmentRatioMeasure(["CO-"]), ds, "B1").Value, Is.Null);
        Assert.That(Derive(new AssessmentRatioMeasure(["CO-"]), ds, "B2").Value, Is.Null);
        Assert.That(Derive(new AssessmentRatioMeasure(["CO-"]), new TestData().Branches("B1").Build(Period.Year(2024))).Value, Is.Null);
    }

    // ---- value ----

    [Test]
    public void ValueReadsTheIndicatorsTableByIdOrColumn()
    {
        var ds = new TestData().Branches("B1", "B2").Add(Value("B1", "x", 0.92), Value("B1", "risk", 0.5)).Build(Period.Year(2024));
        Assert.That(Derive(new ValueMeasure(null), ds).Value, Is.EqualTo(0.92));
        Assert.That(Derive(new ValueMeasure("risk"), ds).Value, Is.EqualTo(0.5));
        Assert.That(Derive(new ValueMeasure(null), ds, "B2").Value, Is.Null, "no value for this branch: not available, never 0");
        Assert.That(Derive(new ValueMeasure(null), new TestData().Branches("B1").Build(Period.Year(2024))).Value, Is.Null);
    }
}
