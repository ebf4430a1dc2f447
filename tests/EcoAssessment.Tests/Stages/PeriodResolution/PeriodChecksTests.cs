using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;

namespace EcoAssessment.Tests.Stages.PeriodResolution;

/// <summary>A period none of the records falls in is refused; rows after the period, attendees above members, a meeting in two files and a single-branch unit are warned.</summary>
public class PeriodChecksTests
{
    private static (Dataset? Dataset, DiagnosticBag Bag) Build(TestData data, Period? period)
    {
        var bag = new DiagnosticBag();
        return (data.TryBuild(period, bag), bag);
    }

    private static Diagnostic Single(DiagnosticBag bag, string code)
    {
        var found = bag.Items.Where(d => d.Code == code).ToArray();
        Assert.That(found, Has.Length.EqualTo(1), $"expected one {code}, got:\n{string.Join("\n", bag.Items)}");
        return found[0];
    }

    [Test]
    public void AGivenPeriodThatNoneOfTheDatedRecordsFallsInIsAnErrorNamingTheirDatesAndThePeriod()
    {
        var data = new TestData().Branches("B1", "B2")
            .Add(Meeting("B1", MeetingType.Lecture, "2024-02-01"), Meeting("B2", MeetingType.Lecture, "2024-11-30"))
            .Add(Finding("F1", "B1", "2024-05-01"));
        var (ds, bag) = Build(data, Period.Year(2023));
        Assert.That(ds, Is.Null);
        var d = Single(bag, "ECO0280");
        Assert.That(d.Severity, Is.EqualTo(Severity.Error));
        Assert.That(d.Message, Does.Contain("考核期 2023（2023-01-01 至 2023-12-31）").And.Contain("2024-02-01 至 2024-11-30").And.Contain("--period 2024"));
        Assert.That(d.Render(Language.En), Does.Contain("from 2024-02-01 to 2024-11-30").And.Contain("--period 2024"));
    }

    [Test]
    public void OneRecordInThePeriodIsEnoughAndTheOthersAreLeftOutAsBefore()
    {
        var data = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.Lecture, "2023-12-20"), Meeting("B1", MeetingType.Lecture, "2024-03-01"));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Not.Null, string.Join("\n", bag.Items));
        Assert.That(bag.Items.Select(d => d.Code), Does.Not.Contain("ECO0280").And.Contain("ECO0251"));
    }

    [Test]
    public void ADatasetWithoutDatedRecordsTakesAnyPeriod()
    {
        var data = new TestData().Add(Branch("B1", members: 10), Branch("B2", members: 8))
            .Add(Value("B1", "satisfaction", 0.9), Value("B2", "satisfaction", 0.8))
            .Add(Assessment("B1", "CO-1", 1, 2));
        var (ds, bag) = Build(data, Period.Year(2019));
        Assert.That(ds, Is.Not.Null, string.Join("\n", bag.Items));
        Assert.That(ds!.Period, Is.EqualTo(Period.Year(2019)));
    }

    [Test]
    public void IndicatorValuesLabelledOnlyWithAnotherPeriodAreRefused()
    {
        var data = new TestData().Branches("B1", "B2")
            .Add(Value("B1", "satisfaction", 0.9, Period.Year(2023)), Value("B2", "satisfaction", 0.8, Period.Year(2023)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        Assert.That(Single(bag, "ECO0280").Message, Does.Contain("2023-01-01 至 2023-12-31"));
    }

    [Test]
    public void RowsDatedAfterThePeriodAreWarnedPerTableWithHowManyAndTheLatestDate()
    {
        var data = new TestData().Branches("B1", "B2")
            .Add(Meeting("B1", MeetingType.Lecture, "2024-06-01"), Meeting("B1", MeetingType.Lecture, "2025-02-10"),
                Meeting("B2", MeetingType.Lecture, "2025-01-03"), Meeting("B2", MeetingType.Lecture, "2023-05-01"))
            .Add(Finding("F1", "B1", "2024-05-01"), Finding("F2", "B1", "2026-01-01"));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Not.Null, string.Join("\n", bag.Items));
        var after = bag.Items.Where(d => d.Code == "ECO0283").ToArray();
        Assert.That(after.Select(d => d.Location!.File), Is.EqualTo(new[] { "meetings.csv", "findings.csv" }));
        Assert.That(after.Select(d => d.Severity), Is.All.EqualTo(Severity.Warning));
        Assert.That(after[0].Message, Does.StartWith("会议表中有 2 行的日期晚于考核期 2024 的结束日 2024-12-31（最晚为 2025-02-10）"));
        Assert.That(after[1].Message, Does.StartWith("问题表中有 1 行").And.Contain("2026-01-01"));
        Assert.That(after[0].Render(Language.En), Does.StartWith("2 meetings rows are dated after the end of 2024 (2024-12-31), the latest on 2025-02-10"));
    }

    [Test]
    public void WithoutAGivenPeriodFindingsAfterTheYearOfTheRecordsAreWarned()
    {
        var data = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.Lecture, "2024-06-01"))
            .Add(Finding("F1", "B1", "2024-05-01"), Finding("F2", "B1", "2025-03-01"), Finding("F3", "B1", "2025-01-09"));
        var (ds, bag) = Build(data, null);
        Assert.That(ds!.Period, Is.EqualTo(Period.Year(2024)));
        Assert.That(Single(bag, "ECO0283").Message, Does.StartWith("问题表中有 2 行").And.Contain("最晚为 2025-03-01"));
    }

    [Test]
    public void MeetingsWithMoreAttendeesThanTheBranchHasMembersAreOneWarningPerBranchAtTheFirst()
    {
        var data = new TestData().Branches("B1", "B2")
            .Add(Member("M1", "B1"), Member("M2", "B1"), Member("M3", "B2"))
            .Add(Meeting("B1", MeetingType.Lecture, "2024-03-01", attendees: 2, at: Row("meetings.csv", 2)),
                Meeting("B1", MeetingType.Lecture, "2024-04-01", attendees: 5, expected: 5, at: Row("meetings.csv", 3)),
                Meeting("B1", MeetingType.Lecture, "2024-05-01", attendees: 9, at: Row("meetings.csv", 4)),
                Meeting("B2", MeetingType.Lecture, "2024-05-01", attendees: 1, at: Row("meetings.csv", 5)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Not.Null, string.Join("\n", bag.Items));
        var d = Single(bag, "ECO0284");
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(d.Location, Is.EqualTo(SourceLocation.AtRow("meetings.csv", 3, "attendees")));
        Assert.That(d.Message, Does.Contain("支部「B1」有 2 次会议的实到人数超过本支部的党员数 2（最多实到 9 人"));
        Assert.That(d.Render(Language.En), Does.Contain("branch 'B1': 2 meeting(s) with more attendees than the branch's 2 members (at most 9"));
    }

    [Test]
    public void WithoutAMembersTableAttendeesAreComparedWithTheDeclaredMembers()
    {
        var data = new TestData().Add(Branch("B1", members: 3), Branch("B2"))
            .Add(Meeting("B1", MeetingType.Lecture, "2024-03-01", attendees: 3), Meeting("B1", MeetingType.Lecture, "2024-04-01", attendees: 4),
                Meeting("B2", MeetingType.Lecture, "2024-04-01", attendees: 40));
        var (_, bag) = Build(data, Period.Year(2024));
        Assert.That(Single(bag, "ECO0284").Message, Does.Contain("支部「B1」有 1 次会议").And.Contain("党员数 3"));
    }

    [Test]
    public void AMeetingListedAgainInAnotherFileOfTheTableIsAWarningNamingBothFiles()
    {
        var bag = new DiagnosticBag();
        var b = new DatasetBuilder(Period.Year(2024), bag);
        b.BeginTable(InputTable.Branches, "branches.csv");
        b.AddBranch(Branch("B1"));
        b.AddBranch(Branch("B2"));
        b.BeginTable(InputTable.Meetings, "meetings-2024Q1.csv");
        b.AddMeeting(Meeting("B1", MeetingType.Lecture, "2024-03-01", id: "A1"));
        b.AddMeeting(Meeting("B2", MeetingType.Lecture, "2024-03-02", id: "A2"));
        b.AddMeeting(Meeting("B1", MeetingType.Lecture, "2024-03-05", id: "A3"));
        b.AddMeeting(Meeting("B1", MeetingType.Lecture, "2024-03-05", id: "A3", at: Row("meetings-2024Q1.csv", 5))); // again in the same file
        b.BeginTable(InputTable.Meetings, "meetings-2024Q2.csv");
        b.AddMeeting(Meeting("B1", MeetingType.Lecture, "2024-04-01", id: "B1"));
        b.AddMeeting(Meeting("B1", MeetingType.Lecture, "2024-03-01", id: "A1", at: Row("meetings-2024Q2.csv", 3)));
        b.AddMeeting(Meeting("B2", MeetingType.Lecture, "2024-03-02", id: "A2", at: Row("meetings-2024Q2.csv", 4)));
        b.AddMeeting(Meeting("B1", MeetingType.Lecture, "2024-04-01", id: "B1", at: Row("meetings-2024Q2.csv", 5))); // again in the same file
        var ds = b.Build();
        Assert.That(ds, Is.Not.Null, string.Join("\n", bag.Items));
        Assert.That(ds!.Branches.Single(x => x.BranchId == "B1").Meetings.Total, Is.EqualTo(3), "each meeting counts once");
        var d = Single(bag, "ECO0285");
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(d.Location, Is.EqualTo(SourceLocation.AtRow("meetings-2024Q2.csv", 3)));
        Assert.That(d.Message, Does.StartWith("有 2 场会议同时列在「meetings-2024Q1.csv」和「meetings-2024Q2.csv」中（首个为支部「B1」的会议「A1」"));
        var within = bag.Items.Where(x => x.Code == "ECO0253").ToArray();
        Assert.That(within.Select(x => x.Location!.Line), Is.EqualTo(new int?[] { 5, 5 }));
        Assert.That(within.Select(x => x.Severity), Is.All.EqualTo(Severity.Notice), "a repeat within a file stays a notice");
    }

    [Test]
    public void AUnitWithASingleBranchIsWarnedAtThatBranchsUnit()
    {
        var data = new TestData().Add(Branch("B1", unit: "机关", at: Row("branches.csv", 2)), Branch("B2", unit: "分局", at: Row("branches.csv", 3)),
                Branch("B3", unit: "分局", at: Row("branches.csv", 4)))
            .Add(Meeting("B1", MeetingType.Lecture, "2024-03-01"));
        var (_, bag) = Build(data, Period.Year(2024));
        var d = Single(bag, "ECO0286");
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(d.Location, Is.EqualTo(SourceLocation.AtRow("branches.csv", 2, "unit")));
        Assert.That(d.Message, Does.StartWith("单位「机关」只有 1 个支部（「B1」）"));
    }
}
