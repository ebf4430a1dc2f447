using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;
using Derive = EcoAssessment.Stages.Derivation.Derivation;

namespace EcoAssessment.Tests.Stages.Derivation;

/// <summary>
/// DOMAIN §5's amendments on study and service: 读原著学原文 at least once a quarter, pro-rated to the period; D3 from the
/// 志愿服务 rows and D2 from home=否 memberships, each overridden by a value typed in the indicators table.
/// </summary>
public class StudyServiceMeasureTests
{
    private static StudyRecord Study(string member, string date, StudyForm form, double? hours = null) =>
        new(member, null, D(date), false, form, hours, null, true);

    private static StudyRecord BranchStudy(string branch, string date, StudyForm form, double hours) =>
        new(null, branch, D(date), false, form, hours, null, true);

    /// <summary>
    /// B1 with four home members M1..M4, B2 with M9, temporary T1 listing M1 and M2 (home=否); the study rows and
    /// indicator values given; the study and indicators tables present unless told.
    /// </summary>
    private static Dataset Build(Period? period, IEnumerable<StudyRecord> rows, IEnumerable<IndicatorValueRecord>? values = null, bool study = true,
        bool members = true, bool tasks = true)
    {
        var bag = new DiagnosticBag();
        var b = new DatasetBuilder(period, bag);
        b.BeginTable(InputTable.Branches, "branches.csv");
        b.AddBranch(Branch("B1", members: 4));
        b.AddBranch(Branch("B2", members: 1));
        b.AddBranch(Branch("T1", BranchType.Temporary, members: 2));
        if (members)
        {
            b.BeginTable(InputTable.Members, "members.csv");
            foreach (var m in new[] { "M1", "M2", "M3", "M4" })
            {
                b.AddMember(Member(m, "B1"));
            }

            b.AddMember(Member("M9", "B2"));
            if (tasks)
            {
                b.AddMember(Member("M1", "T1", home: false));
                b.AddMember(Member("M2", "T1", home: false));
            }
        }

        b.BeginTable(InputTable.Meetings, "meetings.csv");
        b.AddMeeting(Meeting("B1", MeetingType.GeneralAssembly, "2024-03-01"));
        if (study)
        {
            b.BeginTable(InputTable.Study, "study.csv");
            foreach (var r in rows)
            {
                b.AddStudy(r);
            }
        }

        if (values is not null)
        {
            b.BeginTable(InputTable.Indicators, "indicators.csv");
            foreach (var v in values)
            {
                b.AddIndicatorValue(v);
            }
        }

        return b.Build() ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
    }

    private static DerivedValueView Of(Measure measure, Dataset ds, string branch = "B1", string id = "x")
    {
        var indicator = TestRules.Indicator(id, measure);
        var b = TestData.BranchOf(ds, branch);
        var v = Derive.Derive(indicator, b, ds);
        var quiet = Derive.Derive(indicator, b, ds, explain: false, new EcoAssessment.Stages.Derivation.DerivationScratch());
        Assert.That(quiet.Value, Is.EqualTo(v.Value), "the value does not depend on building the detail");
        return new(v.Value, v.Detail);
    }

    private readonly record struct DerivedValueView(double? Value, string Detail);

    /// <summary>One original_texts row a quarter for M1 over 2024, M2 in Q1 and Q2 only, M3 twice in Q1, M4 none.</summary>
    private static StudyRecord[] OriginalTexts() =>
    [
        Study("M1", "2024-02-10", StudyForm.OriginalTexts, 2), Study("M1", "2024-05-10", StudyForm.OriginalTexts, 2),
        Study("M1", "2024-08-10", StudyForm.OriginalTexts, 2), Study("M1", "2024-11-10", StudyForm.OriginalTexts, 2),
        Study("M2", "2024-03-10", StudyForm.OriginalTexts, 2), Study("M2", "2024-04-10", StudyForm.OriginalTexts, 2),
        Study("M3", "2024-01-10", StudyForm.OriginalTexts, 2), Study("M3", "2024-03-20", StudyForm.OriginalTexts, 2),
        Study("M4", "2024-06-10", StudyForm.Xuexi, 30),
    ];

    [TestCase("2024", 4, 4, 1.0 / 4, TestName = "A year needs a session in each of its four quarters")]
    [TestCase("2024H1", 2, 2, 2.0 / 4, TestName = "A half year needs both of its quarters")]
    [TestCase("2024Q1", 1, 1, 3.0 / 4, TestName = "A quarter needs one session")]
    [TestCase("2024-04", 1, 1, 1.0 / 4, TestName = "A month needs one session")]
    [TestCase("2024-02-01..2024-07-31", 2, 3, 2.0 / 4, TestName = "Six months over three quarters need two of them")]
    [TestCase("2024-01-01..2024-04-30", 1, 2, 3.0 / 4, TestName = "Four months need one quarter, a remainder of one month is not a quarter")]
    [TestCase("2024-01-01..2024-05-31", 2, 2, 2.0 / 4, TestName = "Five months need two quarters, a remainder of two months counts as one")]
    public void OriginalTextsShareIsProRatedToThePeriod(string period, int required, int touched, double share)
    {
        var p = Period.Parse(period);
        Assert.That(OriginalTextsShareMeasure.RequiredQuarters(p), Is.EqualTo(required), "quarters needed");
        Assert.That(OriginalTextsShareMeasure.QuartersTouched(p), Is.EqualTo(touched), "quarters the period touches");
        var v = Of(new OriginalTextsShareMeasure(), Build(p, OriginalTexts()));
        Assert.That(v.Value, Is.EqualTo(share).Within(1e-12), v.Detail);
        Assert.That(v.Detail, Does.Contain($"在本期 {touched} 个季度中至少 {required} 个季度"));
    }

    [Test]
    public void OriginalTextsShareIsNotAvailableWithoutAStudyTableAndZeroWithoutSessions()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Of(new OriginalTextsShareMeasure(), Build(Period.Year(2024), [], study: false)).Value, Is.Null);
            Assert.That(Of(new OriginalTextsShareMeasure(), Build(Period.Year(2024), [Study("M1", "2024-02-10", StudyForm.Xuexi, 5)])).Value, Is.Zero);
        });
    }

    [Test]
    public void VolunteerRowsFeedD3AndNeverStudy()
    {
        var ds = Build(Period.Year(2024),
            [Study("M1", "2024-02-10", StudyForm.Volunteer, 6), Study("M2", "2024-03-10", StudyForm.Volunteer, 4), BranchStudy("B1", "2024-05-01", StudyForm.Volunteer, 10),
             Study("M1", "2024-04-10", StudyForm.Xuexi, 8)]);
        var d3 = Of(new VolunteerHoursMeasure(), ds, id: "volunteer_hours");
        var b1 = TestData.BranchOf(ds, "B1");
        Assert.Multiple(() =>
        {
            Assert.That(d3.Value, Is.EqualTo(20.0 / 4).Within(1e-12), "member and branch-level 志愿服务 rows over N");
            Assert.That(d3.Detail, Does.StartWith("由记录推算（indicators.volunteer_hours 未填报）"));
            Assert.That(Derive.StudyHours(b1, ds).Value, Is.EqualTo(8.0 / 4).Within(1e-12), "B1 has the xuexi row only");
            Assert.That(Derive.StudyCompliance(new StudyComplianceMeasure(5, null), b1, ds).Value, Is.EqualTo(1.0 / 4), "M1 by its 8 h of xuexi; M2's 4 h of service do not count");
            Assert.That(Derive.StudyForms(new StudyFormsMeasure([StudyForm.Xuexi, StudyForm.Volunteer]), b1, ds).Value, Is.EqualTo(1), "a service form never counts as a study form");
        });
    }

    [Test]
    public void ATypedValueWinsOverTheDerivedOneForD2AndD3()
    {
        var rows = new[] { Study("M1", "2024-02-10", StudyForm.Volunteer, 6) };
        var ds = Build(Period.Year(2024), rows, [Value("B1", "volunteer_hours", 9), Value("B2", "tasks", 0.5)]);
        Assert.Multiple(() =>
        {
            var d3 = Of(new VolunteerHoursMeasure(), ds, id: "volunteer_hours");
            Assert.That(d3.Value, Is.EqualTo(9));
            Assert.That(d3.Detail, Is.EqualTo("填报值 indicators.volunteer_hours（已填报，优先于由记录推算的值）"));
            Assert.That(Of(new VolunteerHoursMeasure(), ds, "B2", "volunteer_hours").Value, Is.Zero, "B2 has no value typed: derived, no rows");
            var d2 = Of(new SpecialTaskShareMeasure { Column = "tasks" }, ds, "B2", "special_task_share");
            Assert.That(d2.Value, Is.EqualTo(0.5), "the column the rule names");
            Assert.That(d2.Detail, Does.Contain("indicators.tasks"));
        });
    }

    [Test]
    public void D2IsTheShareOfHomeMembersWithAHomeIsNoMembership()
    {
        var ds = Build(Period.Year(2024), []);
        var d2 = Of(new SpecialTaskShareMeasure(), ds, id: "special_task_share");
        Assert.Multiple(() =>
        {
            Assert.That(d2.Value, Is.EqualTo(2.0 / 4), d2.Detail); // M1 and M2 are also in T1
            Assert.That(d2.Detail, Does.Contain("2 / 本支部党员 4"));
            Assert.That(Of(new SpecialTaskShareMeasure(), ds, "B2").Value, Is.Zero, "M9 holds no other membership");
            Assert.That(Of(new SpecialTaskShareMeasure(), ds, "T1").Value, Is.Null, "a temporary branch has no home members");
            Assert.That(Of(new SpecialTaskShareMeasure(), Build(Period.Year(2024), [], members: false)).Value, Is.Null, "no members table, nothing typed");
        });
    }

    [Test]
    public void D2AndD3AreNotDerivedFromADatasetThatRecordsNoneOfTheirKind()
    {
        // No 志愿服务 row and no home=否 membership anywhere: the dataset does not record them, so a zero would be a guess.
        var none = Build(Period.Year(2024), [Study("M1", "2024-02-10", StudyForm.Xuexi, 5)], tasks: false);
        var elsewhere = Build(Period.Year(2024), [Study("M9", "2024-02-10", StudyForm.Volunteer, 5)]);
        Assert.Multiple(() =>
        {
            var d3 = Of(new VolunteerHoursMeasure(), none, id: "volunteer_hours");
            Assert.That(d3.Value, Is.Null);
            Assert.That(d3.Detail, Does.Contain("没有任何支部的志愿服务记录"));
            Assert.That(Of(new SpecialTaskShareMeasure(), none, id: "special_task_share").Value, Is.Null);
            Assert.That(Of(new VolunteerHoursMeasure(), elsewhere).Value, Is.Zero, "B2 records service: B1's zero is a zero");
            Assert.That(Of(new VolunteerHoursMeasure(), elsewhere, "B2").Value, Is.EqualTo(5));
        });
    }
}
