using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using Derive = EcoAssessment.Stages.Derivation.Derivation;
using EcoAssessment.Stages.Normalisation;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;

namespace EcoAssessment.Tests.Stages.Derivation;

/// <summary>The study measures of DOMAIN.md §5: A5 study compliance, B1 hours per member, B2 form diversity, B3 micro lectures.</summary>
public class StudyMeasureTests
{
    private static StudyRecord Study(string member, string date, StudyForm form, double? hours = null, double? points = null) =>
        new(member, null, D(date), false, form, hours, points, true);

    /// <summary>Branch B1 with four home members M1..M4 (and branch B2 with one), the given study rows, in the given period.</summary>
    private static BranchData Build(Period? period, IEnumerable<StudyRecord> rows, bool studyTable = true)
    {
        var bag = new DiagnosticBag();
        var b = new DatasetBuilder(period, bag);
        b.BeginTable(InputTable.Branches, "branches.csv");
        b.AddBranch(Branch("B1"));
        b.AddBranch(Branch("B2"));
        b.BeginTable(InputTable.Members, "members.csv");
        foreach (var m in new[] { "M1", "M2", "M3", "M4" })
        {
            b.AddMember(Member(m, "B1"));
        }

        b.AddMember(Member("M9", "B2"));
        b.BeginTable(InputTable.Meetings, "meetings.csv");
        b.AddMeeting(Meeting("B1", MeetingType.GeneralAssembly, "2024-03-01"));
        if (studyTable)
        {
            b.BeginTable(InputTable.Study, "study.csv");
            foreach (var r in rows)
            {
                b.AddStudy(r);
            }
        }

        var ds = b.Build() ?? throw new InvalidOperationException(string.Join("\n", bag.Items));
        _dataset = ds;
        return ds.Branches.Single(x => x.BranchId == "B1");
    }

    private static Dataset _dataset = null!;

    private static StudyRecord[] YearRows() =>
    [
        Study("M1", "2024-01-10", StudyForm.OnlineCollege, hours: 25),
        Study("M1", "2024-06-10", StudyForm.OriginalTexts, hours: 20),
        Study("M2", "2024-02-10", StudyForm.Xuexi, hours: 40, points: 500),
        Study("M3", "2024-03-10", StudyForm.Xuexi, hours: 39.9, points: 900),
        Study("M3", "2024-04-10", StudyForm.MicroLecture, hours: 1),
        Study("M4", "2024-05-10", StudyForm.MicroLecture, hours: 1),
        Study("M4", "2024-05-11", StudyForm.Volunteer, hours: 2),
        Study("M9", "2024-05-11", StudyForm.OnSite, hours: 50),
    ];

    [Test]
    public void ComplianceCountsHomeMembersReachingTheYearlyTarget()
    {
        var b1 = Build(null, YearRows());
        var v = Derive.StudyCompliance(new StudyComplianceMeasure(40, null), b1, _dataset);
        Assert.That(v.Value, Is.EqualTo(3.0 / 4), v.Detail); // M1 45 h, M2 40 h, M3 40.9 h reach 40; M4 3 h does not; M9 is B2's
        var both = Derive.StudyCompliance(new StudyComplianceMeasure(40, 600), b1, _dataset);
        Assert.That(both.Value, Is.EqualTo(1.0 / 4), both.Detail); // only M3 has 40 h and 600 points
    }

    [Test]
    public void TheTargetIsProRatedToThePeriod()
    {
        var b1 = Build(P("2024Q1"), YearRows());
        var v = Derive.StudyCompliance(new StudyComplianceMeasure(40, null), b1, _dataset);
        // Q1 keeps M1 25 h, M2 40 h, M3 39.9 h against a target of 10 h: three of four.
        Assert.That(v.Value, Is.EqualTo(3.0 / 4), v.Detail);
        Assert.That(v.Detail, Does.Contain("10 h"));
    }

    [Test]
    public void HoursPerMemberCountAllStudyRowsOfTheBranchButNotService()
    {
        // M4's 2 h of 志愿服务 are service, not theory study (DOMAIN §5): left out of B1.
        var b1 = Build(null, YearRows());
        var v = Derive.StudyHours(b1, _dataset);
        Assert.That(v.Value, Is.EqualTo((25 + 20 + 40 + 39.9 + 1 + 1) / 4.0).Within(1e-12), v.Detail);
    }

    [Test]
    public void HoursDoNotDependOnTheOrderOfTheRows()
    {
        var rows = YearRows().Concat([Study("M1", "2024-07-01", StudyForm.Training, hours: 0.1), Study("M2", "2024-07-01", StudyForm.Training, hours: 0.2)]).ToArray();
        var forward = Derive.StudyHours(Build(null, rows), _dataset).Value;
        var reverse = Derive.StudyHours(Build(null, rows.Reverse()), _dataset).Value;
        Assert.That(reverse, Is.EqualTo(forward), "bit for bit");
    }

    [Test]
    public void FormDiversityCountsOnlyTheListedForms()
    {
        var b1 = Build(null, YearRows());
        var listed = new[] { StudyForm.OriginalTexts, StudyForm.MicroLecture, StudyForm.OnSite, StudyForm.Xuexi, StudyForm.OnlineCollege, StudyForm.CentralGroup };
        var v = Derive.StudyForms(new StudyFormsMeasure(listed), b1, _dataset);
        Assert.That(v.Value, Is.EqualTo(4), v.Detail); // online_college, original_texts, xuexi, micro_lecture; volunteer is not listed, on_site is B2's
    }

    [Test]
    public void MicroLectureShareIsDistinctLecturersOverN()
    {
        var rows = YearRows().Append(Study("M3", "2024-09-10", StudyForm.MicroLecture, hours: 1));
        var v = Derive.MicroLectureShare(Build(null, rows), _dataset);
        Assert.That(v.Value, Is.EqualTo(2.0 / 4), v.Detail); // M3 twice and M4 once: two members
    }

    [Test]
    public void WithoutAStudyTableEveryStudyMeasureIsNotAvailable()
    {
        var b1 = Build(null, [], studyTable: false);
        Assert.Multiple(() =>
        {
            Assert.That(Derive.StudyCompliance(new StudyComplianceMeasure(40, null), b1, _dataset).Value, Is.Null);
            Assert.That(Derive.StudyHours(b1, _dataset).Value, Is.Null);
            Assert.That(Derive.StudyForms(new StudyFormsMeasure([StudyForm.Xuexi]), b1, _dataset).Value, Is.Null);
            Assert.That(Derive.MicroLectureShare(b1, _dataset).Value, Is.Null);
        });
    }

    [Test]
    public void AStudyTableWithNoRowsForTheBranchGivesTheZeroCase()
    {
        var b1 = Build(null, [Study("M9", "2024-05-11", StudyForm.OnSite, hours: 5)]);
        Assert.Multiple(() =>
        {
            Assert.That(Derive.StudyCompliance(new StudyComplianceMeasure(40, null), b1, _dataset).Value, Is.Zero);
            Assert.That(Derive.StudyHours(b1, _dataset).Value, Is.Zero);
            Assert.That(Derive.StudyForms(new StudyFormsMeasure([StudyForm.Xuexi]), b1, _dataset).Value, Is.Zero);
            Assert.That(Derive.MicroLectureShare(b1, _dataset).Value, Is.Zero);
        });
    }

    [Test]
    public void PerYearGoalpostsAreProRatedToThePeriodMonths()
    {
        var rule = new GoalpostsNormalisation(0, 40) { PerYear = true };
        double[] x = [10, 5];
        var result = new double[2];
        Normalisers.Apply(rule, Direction.Higher, x, [true, true], result, periodMonths: 3);
        Assert.That(result, Is.EqualTo(new[] { 100.0, 50.0 }), "10 h in a quarter meets a 40 h a year target");
        Normalisers.Apply(rule, Direction.Higher, x, [true, true], result, periodMonths: 12);
        Assert.That(result, Is.EqualTo(new[] { 25.0, 12.5 }));
    }
}
