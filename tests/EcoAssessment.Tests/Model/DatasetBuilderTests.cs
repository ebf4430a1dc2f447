using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Stages.PeriodResolution;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;

namespace EcoAssessment.Tests.Model;

public class DatasetBuilderTests
{
    private static (Dataset? Dataset, DiagnosticBag Bag) Build(TestData data, Period? period = null)
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
    public void ADuplicateBranchIdIsAnErrorAtTheSecondRow()
    {
        var data = new TestData().Add(Branch("B1", at: Row("branches.csv", 2)), Branch("B1", at: Row("branches.csv", 3)))
            .Add(Meeting("B1", MeetingType.Lecture, "2024-03-01"));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        var d = Single(bag, "ECO0206");
        Assert.That(d.Severity, Is.EqualTo(Severity.Error));
        Assert.That(d.Location, Is.EqualTo(SourceLocation.AtRow("branches.csv", 3, "branch_id")));
        Assert.That(d.Message, Does.Contain("B1").And.Contain("branches.csv(2)"));
    }

    [Test]
    public void ADuplicateMemberInTheSameBranchIsAnError()
    {
        var data = new TestData().Branches("B1")
            .Add(Member("M1", "B1", at: Row("members.csv", 2)), Member("M1", "B1", at: Row("members.csv", 3)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        Assert.That(Single(bag, "ECO0206").Location, Is.EqualTo(SourceLocation.AtRow("members.csv", 3, "member_id")));
    }

    [Test]
    public void AMemberWithTwoHomeBranchesIsAnError()
    {
        var data = new TestData().Branches("B1", "B2")
            .Add(Member("M1", "B1"), Member("M1", "B2", at: Row("members.csv", 3)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        Assert.That(Single(bag, "ECO0206").Location, Is.EqualTo(SourceLocation.AtRow("members.csv", 3, "home")));
    }

    [Test]
    public void AMemberMayAlsoBelongToATemporaryBranch()
    {
        var data = new TestData().Add(Branch("B1"), Branch("T1", BranchType.Temporary))
            .Add(Member("M1", "B1"), Member("M1", "T1", home: false), Member("M2", "T1"));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(bag.HasErrors, Is.False, string.Join("\n", bag.Items));
        Assert.That(TestData.BranchOf(ds!, "B1").MemberCount, Is.EqualTo(1.0));
        Assert.That(TestData.BranchOf(ds!, "T1").MemberCount, Is.EqualTo(2.0), "a temporary branch counts all its members");
    }

    [Test]
    public void ADuplicateFindingIdIsAnError()
    {
        var data = new TestData().Branches("B1", "B2")
            .Add(Finding("F1", "B1", "2024-03-01"), Finding("F1", "B2", "2024-04-01", at: Row("findings.csv", 3)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        Assert.That(Single(bag, "ECO0206").Location, Is.EqualTo(SourceLocation.AtRow("findings.csv", 3, "finding_id")));
    }

    [Test]
    public void AnUnknownBranchIsAnErrorInEveryTable()
    {
        var data = new TestData().Branches("B1")
            .Add(Member("M1", "BX", at: Row("members.csv", 2)))
            .Add(Meeting("BX", MeetingType.Lecture, "2024-03-01", at: Row("meetings.csv", 2)))
            .Add(Assessment("BX", "CO-1", 1, 2, at: Row("assessments.csv", 2)))
            .Add(Finding("F1", "BX", "2024-03-01", at: Row("findings.csv", 2)))
            .Add(Value("BX", "x", 1, at: Row("indicators.csv", 2)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        var unknown = bag.Items.Where(d => d.Code == "ECO0207").ToArray();
        Assert.That(unknown.Select(d => d.Location!.File),
            Is.EqualTo(new[] { "members.csv", "meetings.csv", "assessments.csv", "findings.csv", "indicators.csv" }));
        Assert.That(unknown.Select(d => d.Location!.ColumnName), Is.All.EqualTo("branch_id"));
        Assert.That(unknown.Select(d => d.Severity), Is.All.EqualTo(Severity.Error));
    }

    [Test]
    public void AnUnknownMemberInFindingsIsAnErrorWhenTheMembersTableIsPresent()
    {
        var data = new TestData().Branches("B1").Add(Member("M1", "B1"))
            .Add(Finding("F1", "B1", "2024-03-01", member: "M1"), Finding("F2", "B1", "2024-03-01", member: "M9", at: Row("findings.csv", 3)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        Assert.That(Single(bag, "ECO0208").Location, Is.EqualTo(SourceLocation.AtRow("findings.csv", 3, "member_id")));
    }

    [Test]
    public void AMemberIdInFindingsIsNotCheckedWithoutAMembersTable()
    {
        var data = new TestData().Add(Branch("B1", members: 10)).Add(Finding("F1", "B1", "2024-03-01", member: "M9"));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Not.Null, string.Join("\n", bag.Items));
        Assert.That(ds!.Branches[0].Findings, Has.Count.EqualTo(1));
    }

    [Test]
    public void RecordsInTwoYearsWithoutAPeriodAreAnInputError()
    {
        var data = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.Lecture, "2023-12-20"), Meeting("B1", MeetingType.Lecture, "2024-01-10"), Meeting("B1", MeetingType.Lecture, "2024-02-10"));
        var (ds, bag) = Build(data);
        Assert.That(ds, Is.Null);
        var d = Single(bag, "ECO0213");
        Assert.That(d.Severity, Is.EqualTo(Severity.Error));
        Assert.That(d.Message, Does.Contain("2023 年（1 行）").And.Contain("2024 年（2 行）").And.Contain("--period 2024"));
        Assert.That(d.Render(Language.En), Does.Contain("2023 (1 row), 2024 (2 rows)"));
    }

    [Test]
    public void WithoutAPeriodTheOneYearOfTheRecordsIsUsed()
    {
        var data = new TestData().Branches("B1").Add(Meeting("B1", MeetingType.Lecture, "2023-05-20"));
        var (ds, _) = Build(data);
        Assert.That(ds!.Period, Is.EqualTo(Period.Year(2023)));
    }

    [Test]
    public void WithoutAPeriodOrAnyDatedRecordThePeriodMustBeGiven()
    {
        var (ds, bag) = Build(new TestData().Branches("B1"));
        Assert.That(ds, Is.Null);
        Assert.That(Single(bag, "ECO0217").Severity, Is.EqualTo(Severity.Error));
    }

    [Test]
    public void WithoutABranchesTableNothingIsBuilt()
    {
        var bag = new DiagnosticBag();
        var ds = new DatasetBuilder(Period.Year(2024), bag).Build();
        Assert.That(ds, Is.Null);
        Assert.That(Single(bag, "ECO0212").Severity, Is.EqualTo(Severity.Error));
    }

    [Test]
    public void AnExplicitPeriodDropsOutsideRowsWithOneWarningPerTableCountingThem()
    {
        var data = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.Lecture, "2024-03-31"), Meeting("B1", MeetingType.Lecture, "2024-04-01"),
                Meeting("B1", MeetingType.Lecture, "2024-06-30"), Meeting("B1", MeetingType.Lecture, "2024-07-01"),
                Meeting("B1", MeetingType.Lecture, "2023-05-01"));
        var (ds, bag) = Build(data, P("2024Q2"));
        Assert.That(ds, Is.Not.Null);
        Assert.That(ds!.Branches[0].MeetingRecords!.Select(m => m.Date), Is.EqualTo(new[] { D("2024-04-01"), D("2024-06-30") }));
        var w = Single(bag, "ECO0251");
        Assert.That(w.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(w.Message, Does.StartWith("会议表中有 3 行不在考核期 2024Q2 内"));
        Assert.That(w.Render(Language.En), Does.StartWith("3 meetings rows outside 2024Q2"));
        Assert.That(w.Location, Is.EqualTo(SourceLocation.InFile("meetings.csv")));
    }

    [Test]
    public void AssessmentsAndIndicatorValuesOfAnotherPeriodAreLeftOutOfAnExplicitPeriod()
    {
        var data = new TestData().Branches("B1")
            .Add(Assessment("B1", "CO-1", 1, 2, period: Period.Year(2024)), Assessment("B1", "CO-2", 1, 2, period: Period.Year(2023)),
                Assessment("B1", "CO-3", 1, 2))
            .Add(Value("B1", "a", 1, Period.Year(2024)), Value("B1", "b", 2, Period.Year(2023)), Value("B1", "c", 3));
        var (ds, bag) = Build(data, Period.Year(2024));
        var b = ds!.Branches[0];
        Assert.That(b.Assessments.Select(a => a.Item), Is.EqualTo(new[] { "CO-1", "CO-3" }));
        Assert.That(b.IndicatorValues.Keys, Is.EquivalentTo(new[] { "a", "c" }));
        Assert.That(bag.Items.Where(d => d.Code == "ECO0251").Select(d => d.Message),
            Is.EquivalentTo(new[] { "考评表中有 1 行不在考核期 2024 内，已剔除", "指标表中有 1 行不在考核期 2024 内，已剔除" }));
        Assert.That(bag.Items.Where(d => d.Code == "ECO0251").Select(d => d.Render(Language.En)),
            Is.EquivalentTo(new[] { "1 assessments row outside 2024 left out", "1 indicators row outside 2024 left out" }));
    }

    [Test]
    public void WithADefaultedPeriodAssessmentsOfAnotherPeriodAreLeftOut()
    {
        var data = new TestData().Branches("B1").Add(Meeting("B1", MeetingType.Lecture, "2024-03-01"))
            .Add(Assessment("B1", "CO-1", 1, 2, period: Period.Year(2024)), Assessment("B1", "CO-2", 1, 2, period: Period.Year(2023)));
        var (ds, bag) = Build(data);
        Assert.That(ds!.Branches[0].Assessments.Select(a => a.Item), Is.EqualTo(new[] { "CO-1" }));
        Assert.That(Single(bag, "ECO0251").Message, Does.StartWith("考评表中有 1 行"));
    }

    /// <summary>DESIGN §2: rows with a period column count only in runs of that period, whether the period is given or defaulted.</summary>
    [Test]
    public void WithADefaultedPeriodAnIndicatorValueOfAnotherPeriodIsLeftOut()
    {
        var data = new TestData().Branches("B1").Add(Meeting("B1", MeetingType.Lecture, "2024-03-01"))
            .Add(Value("B1", "volunteer_hours", 12, Period.Year(2023)), Value("B1", "satisfaction", 0.95, Period.Year(2024)));
        var (ds, bag) = Build(data);
        Assert.That(ds!.Period, Is.EqualTo(Period.Year(2024)));
        Assert.That(ds.Branches[0].IndicatorValues.ContainsKey("volunteer_hours"), Is.False, "a 2023 value must not count in the 2024 run");
        Assert.That(ds.Branches[0].IndicatorValues["satisfaction"], Is.EqualTo(0.95));
        Assert.That(bag.Items.Where(d => d.Code == "ECO0251").Select(d => d.Message), Is.EqualTo(new[] { "指标表中有 1 行不在考核期 2024 内，已剔除" }));
    }

    /// <summary>A long-form indicators table that carries several years, run without --period.</summary>
    [Test]
    public void WithADefaultedPeriodOneValuePerPeriodIsNotADuplicate()
    {
        var data = new TestData().Branches("B1").Add(Meeting("B1", MeetingType.Lecture, "2024-03-01"))
            .Add(Value("B1", "satisfaction", 0.70, Period.Year(2023)), Value("B1", "satisfaction", 0.95, Period.Year(2024)));
        var (ds, bag) = Build(data);
        Assert.That(bag.Items.Where(d => d.Code == "ECO0206"), Is.Empty, string.Join("\n", bag.Items));
        Assert.That(ds?.Branches[0].IndicatorValues["satisfaction"], Is.EqualTo(0.95));
    }

    [Test]
    public void AnIndicatorGivenTwiceForTheSamePeriodIsAnError()
    {
        var data = new TestData().Branches("B1").Add(Value("B1", "x", 1), Value("B1", "x", 2, at: Row("indicators.csv", 3)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        Assert.That(Single(bag, "ECO0206").Location!.Line, Is.EqualTo(3));
    }

    [Test]
    public void FindingsBeforeThePeriodAreKeptAndAfterItDropped()
    {
        var data = new TestData().Branches("B1")
            .Add(Finding("F-old", "B1", "2023-11-01", due: "2024-02-01"), Finding("F-in", "B1", "2024-05-01"),
                Finding("F-late", "B1", "2025-01-01"), Finding("F-end", "B1", "2024-12-31"));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds!.Branches[0].Findings.Select(f => f.FindingId), Is.EquivalentTo(new[] { "F-old", "F-in", "F-end" }));
        Assert.That(Single(bag, "ECO0251").Message, Does.StartWith("问题表中有 1 行"));
    }

    [Test]
    public void NIsProRatedByTheJoiningDate()
    {
        var data = new TestData().Branches("B1")
            .Add(Member("M1", "B1"), Member("M2", "B1", joined: "2024-07-01"), Member("M3", "B1", joined: "2020-05-01"),
                Member("M4", "B1", joined: "2024-01-01"), Member("M5", "B1", joined: "2025-02-01"));
        var ds = data.Build(Period.Year(2024));
        Assert.That(ds.Branches[0].MemberCount, Is.EqualTo(3 + (184.0 / 366)).Within(1e-12));
        Assert.That(PeriodStage.ProRate(D("2024-07-01"), Period.Year(2024)), Is.EqualTo(184.0 / 366).Within(1e-15));
        Assert.That(PeriodStage.ProRate(D("2024-12-31"), Period.Year(2024)), Is.EqualTo(1.0 / 366).Within(1e-15));
        Assert.That(PeriodStage.ProRate(D("2025-01-01"), Period.Year(2024)), Is.EqualTo(0.0));
        Assert.That(PeriodStage.ProRate(null, Period.Year(2024)), Is.EqualTo(1.0));
    }

    /// <summary>DESIGN §3: the same records in any row order give byte-identical outputs; N feeds C1 and C2.</summary>
    [Test]
    public void NDoesNotDependOnTheOrderOfTheMembersRows()
    {
        var data = new TestData().Branches("B1")
            .Add(Member("M1", "B1"), Member("M2", "B1"), Member("M3", "B1", joined: "2024-02-01"), Member("M4", "B1", joined: "2024-08-20"));
        var forward = data.Build(Period.Year(2024)).Branches[0].MemberCount;
        var reverse = data.Build(Period.Year(2024), rows => rows.Reverse()).Branches[0].MemberCount;
        Assert.That(forward, Is.EqualTo(2 + (335.0 / 366) + (134.0 / 366)).Within(1e-12));
        Assert.That(reverse, Is.EqualTo(forward), "bit for bit");
    }

    [Test]
    public void ProRatingFollowsThePeriodNotTheYear()
    {
        // 2024H1 has 182 days; a member joining on 2024-04-01 is on roll for 91 of them.
        Assert.That(PeriodStage.ProRate(D("2024-04-01"), P("2024H1")), Is.EqualTo(91.0 / 182).Within(1e-15));
    }

    [Test]
    public void NCountsHomeMembersOnlyForARegularBranch()
    {
        var data = new TestData().Add(Branch("B1"), Branch("B2"))
            .Add(Member("M1", "B1"), Member("M2", "B1"), Member("M3", "B2"), Member("M2", "B2", home: false));
        var ds = data.Build(Period.Year(2024));
        Assert.That(TestData.BranchOf(ds, "B1").MemberCount, Is.EqualTo(2.0));
        Assert.That(TestData.BranchOf(ds, "B2").MemberCount, Is.EqualTo(1.0));
    }

    [Test]
    public void ATemporaryBranchCountsAllItsMembersProRated()
    {
        var data = new TestData().Add(Branch("B1"), Branch("T1", BranchType.Temporary))
            .Add(Member("M1", "B1"), Member("M2", "B1"), Member("M1", "T1", home: false), Member("M2", "T1", home: false, joined: "2024-07-01"));
        var ds = data.Build(Period.Year(2024));
        Assert.That(TestData.BranchOf(ds, "T1").MemberCount, Is.EqualTo(1 + (184.0 / 366)).Within(1e-12));
    }

    [Test]
    public void TheDeclaredMemberCountIsUsedOnlyWithoutAMembersTable()
    {
        var without = new TestData().Add(Branch("B1", members: 12)).Build(Period.Year(2024));
        Assert.That(without.Branches[0].MemberCount, Is.EqualTo(12.0));

        var bag = new DiagnosticBag();
        var with = new TestData().Add(Branch("B1", members: 12)).Add(Member("M1", "B1"), Member("M2", "B1")).TryBuild(Period.Year(2024), bag);
        Assert.That(with!.Branches[0].MemberCount, Is.EqualTo(2.0));
        Assert.That(Single(bag, "ECO0255").Severity, Is.EqualTo(Severity.Notice));
    }

    [Test]
    public void AnEmptyMembersTableGivesNZero()
    {
        var ds = new TestData().Add(Branch("B1", members: 12)).Table(InputTable.Members).Build(Period.Year(2024));
        Assert.That(ds.Branches[0].MemberCount, Is.EqualTo(0.0));
    }

    [TestCase(6, false)]
    [TestCase(7, true)]
    [TestCase(9, true)]
    public void ABlankHasCommitteeMeansAtLeastSevenFullMembers(int full, bool expected)
    {
        var data = new TestData().Branches("B1");
        for (var i = 0; i < full; i++)
        {
            data.Add(Member("F" + i, "B1"));
        }

        // Probationary members do not count towards the seven.
        data.Add(Member("P1", "B1", status: MemberStatus.Probationary), Member("P2", "B1", status: MemberStatus.Probationary));
        var b = data.Build(Period.Year(2024)).Branches[0];
        Assert.That(b.FullMembers, Is.EqualTo(full));
        Assert.That(b.HasCommittee, Is.EqualTo(expected));
    }

    [Test]
    public void AGivenHasCommitteeWins()
    {
        var ds = new TestData().Add(Branch("B1", members: 3, hasCommittee: true), Branch("B2", members: 30, hasCommittee: false))
            .Build(Period.Year(2024));
        Assert.That(TestData.BranchOf(ds, "B1").HasCommittee, Is.True);
        Assert.That(TestData.BranchOf(ds, "B2").HasCommittee, Is.False);
    }

    [Test]
    public void HasCommitteeIsUnknownWhenNothingTellsIt()
    {
        var ds = new TestData().Branches("B1").Build(Period.Year(2024));
        Assert.That(ds.Branches[0].HasCommittee, Is.Null);
        Assert.That(ds.Branches[0].MemberCount, Is.Null);
    }

    [Test]
    public void AMeetingRepeatedWithTheSameMeetingIdCountsOnceWithANotice()
    {
        var data = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.Committee, "2024-03-05", id: "MT-1"),
                Meeting("B1", MeetingType.Committee, "2024-03-05", id: "MT-1", at: Row("会议.csv", 9)),
                Meeting("B1", MeetingType.Committee, "2024-03-05", id: "MT-2"),
                Meeting("B1", MeetingType.Lecture, "2024-03-05", id: "MT-1"));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds!.Branches[0].Meetings.Total, Is.EqualTo(3));
        var n = Single(bag, "ECO0253");
        Assert.That(n.Severity, Is.EqualTo(Severity.Notice));
        Assert.That(n.Location, Is.EqualTo(SourceLocation.AtRow("会议.csv", 9)));
        Assert.That(bag.HasErrors, Is.False);
    }

    /// <summary>
    /// A branch's meetings in several runs of rows (its rows come again after another branch's): a meeting repeated in a
    /// later run, or in the run after that, still counts once, and each repeat has its notice.
    /// </summary>
    [Test]
    public void AMeetingRepeatedInALaterRunOfItsBranchCountsOnce()
    {
        var data = new TestData().Branches("B1", "B2")
            .Add(Meeting("B1", MeetingType.Committee, "2024-03-05", id: "MT-1"),
                Meeting("B2", MeetingType.Committee, "2024-03-05", id: "MT-1"),
                Meeting("B1", MeetingType.Committee, "2024-03-05", id: "MT-1", at: Row("meetings.csv", 4)),
                Meeting("B1", MeetingType.Committee, "2024-04-05", id: "MT-2"),
                Meeting("B2", MeetingType.Committee, "2024-03-05", id: "MT-1", at: Row("meetings.csv", 6)),
                Meeting("B1", MeetingType.Committee, "2024-04-05", id: "MT-2", at: Row("meetings.csv", 7)),
                Meeting("B1", MeetingType.Committee, "2024-05-05", id: "MT-3"));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds!.Branches.Select(b => b.Meetings.Total), Is.EqualTo(new[] { 3, 1 }));
        Assert.That(bag.Items.Where(d => d.Code == "ECO0253").Select(d => d.Location),
            Is.EqualTo(new[] { SourceLocation.AtRow("meetings.csv", 4), SourceLocation.AtRow("meetings.csv", 6), SourceLocation.AtRow("meetings.csv", 7) }));
    }

    [Test]
    public void MeetingsWithoutAMeetingIdAreNeverMerged()
    {
        var data = new TestData().Branches("B1")
            .Add(Meeting("B1", MeetingType.Committee, "2024-03-05"), Meeting("B1", MeetingType.Committee, "2024-03-05"),
                Meeting("B1", MeetingType.Committee, "2024-03-05", id: ""));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds!.Branches[0].Meetings.Total, Is.EqualTo(3));
        Assert.That(bag.Items.Any(d => d.Code == "ECO0253"), Is.False);
    }

    [Test]
    public void BranchesAreInOrdinalIdOrderAndAbsentTablesAreNotPresent()
    {
        var ds = new TestData().Branches("b2", "B10", "B2", "B1").Table(InputTable.Findings).Build(Period.Year(2024));
        Assert.That(ds.Branches.Select(b => b.BranchId), Is.EqualTo(new[] { "B1", "B10", "B2", "b2" }));
        Assert.That(ds.Has(InputTable.Findings), Is.True);
        Assert.That(ds.Has(InputTable.Meetings), Is.False);
    }

    [Test]
    public void HomeRolesAreRecordedForConditionsOnRole()
    {
        var ds = new TestData().Branches("B1").Add(Member("M1", "B1", role: MemberRole.Secretary), Member("M2", "B1"))
            .Build(Period.Year(2024));
        Assert.That(ds.HomeRole("M1"), Is.EqualTo(MemberRole.Secretary));
        Assert.That(ds.HomeRole("M2"), Is.EqualTo(MemberRole.Member));
        Assert.That(ds.HomeRole("M9"), Is.Null);
    }

    [Test]
    public void TheMeetingAggregateGivesWhatTheRecordsGive()
    {
        // The builder keeps counts, attendance sums and 主题党日 months instead of the meetings: for random meetings they
        // must answer every question the measures and conditions ask exactly as the records would.
        var random = new Random(17);
        var types = Enum.GetValues<MeetingType>();
        var meetings = Enumerable.Range(0, 400).Select(i =>
        {
            var expected = random.Next(3) == 0 ? (int?)null : random.Next(0, 12);
            return Meeting("B1", types[random.Next(types.Length)], $"2024-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
                attendees: random.Next(4) == 0 ? null : random.Next(0, 14), expected: expected,
                excused: random.Next(3) == 0 ? null : random.Next(0, 4), themeDay: random.Next(3) == 0);
        }).ToArray();
        var (ds, _) = Build(new TestData().Branches("B1").Add(meetings), Period.Year(2024));
        var b = ds!.Branches[0];
        var kept = b.MeetingRecords!;
        Assert.That(kept, Has.Count.EqualTo(400));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.Meetings.Total, Is.EqualTo(400));
            foreach (var t in types)
            {
                Assert.That(b.Meetings.Held(t), Is.EqualTo(kept.Count(m => m.Type == t)), t.ToString());
            }

            IReadOnlyList<MeetingType>[] filters = [[], [MeetingType.Lecture], [MeetingType.GeneralAssembly, MeetingType.ThemeDay, MeetingType.Talk]];
            foreach (var f in filters)
            {
                foreach (var flag in new bool?[] { null, true, false })
                {
                    var expected = kept.Count(m => (f.Count == 0 || f.Contains(m.Type)) && (flag is not bool x || (m.ThemeDay || m.Type == MeetingType.ThemeDay) == x));
                    Assert.That(b.Meetings.Held(f.Count == 0 ? null : f, flag), Is.EqualTo(expected), $"{string.Join("|", f)} {flag}");
                }

                var counted = kept.Where(m => (f.Count == 0 || f.Contains(m.Type)) && m.Attendees is not null && m.Expected is not null).ToArray();
                var due = counted.Sum(m => (long)Math.Max(0, m.Expected!.Value - (m.Excused ?? 0)));
                var present = counted.Sum(m => (long)Math.Min(m.Attendees!.Value, Math.Max(0, m.Expected!.Value - (m.Excused ?? 0))));
                var capped = counted.Count(m => m.Attendees!.Value > Math.Max(0, m.Expected!.Value - (m.Excused ?? 0)));
                Assert.That(b.Meetings.Attendance(f), Is.EqualTo((present, due, capped)), string.Join("|", f));
            }

            Assert.That(b.Meetings.ThemeDayMonths,
                Is.EqualTo(kept.Where(m => m.ThemeDay || m.Type == MeetingType.ThemeDay).Select(m => m.Date.Month).Distinct().Count()));
        }
    }

    [Test]
    public void AnIndicatorValueGivenTwiceForThePeriodIsAnErrorNamingTheFirstRow()
    {
        var data = new TestData().Branches("B1", "B2")
            .Add(Value("B1", "satisfaction", 0.9, Period.Year(2023), Row("indicators.csv", 2)),
                Value("B1", "satisfaction", 0.8, null, Row("indicators.csv", 3)),
                Value("B2", "satisfaction", 0.7, null, Row("indicators.csv", 4)),
                Value("B1", "satisfaction", 0.6, Period.Year(2024), Row("indicators.csv", 5)));
        var (ds, bag) = Build(data, Period.Year(2024));
        Assert.That(ds, Is.Null);
        var d = Single(bag, "ECO0206");
        Assert.That(d.Location, Is.EqualTo(SourceLocation.AtRow("indicators.csv", 5)));
        Assert.That(d.Message, Does.Contain("支部「B1」的指标「satisfaction」").And.Contain("（首次见于 indicators.csv(3)）"));
        Assert.That(d.Render(Language.En), Does.Contain("'satisfaction' of branch 'B1'").And.Contain("(first at indicators.csv(3))"));

        var once = new TestData().Branches("B1").Add(Value("B1", "satisfaction", 0.9, Period.Year(2023)), Value("B1", "satisfaction", 0.8))
            .Add(Meeting("B1", MeetingType.Lecture, "2024-03-01")); // a record of the period: a 2023 value alone would refuse --period 2024
        Assert.That(once.Build(Period.Year(2024)).Branches[0].IndicatorValues["satisfaction"], Is.EqualTo(0.8));
    }

    /// <summary>
    /// Building a dataset of many branches runs its per-branch steps in blocks on several threads: the dataset and every
    /// message, in order, are those of one thread.
    /// </summary>
    [Test]
    public void BuildingManyBranchesOnSeveralThreadsGivesWhatOneThreadGives()
    {
        (string Dataset, string[] Messages) BuildWith(int threads)
        {
            var bag = new DiagnosticBag();
            var builder = new DatasetBuilder(null, bag) { Parallelism = threads };
            builder.BeginTable(InputTable.Branches, "branches.csv");
            var n = PeriodStage.ParallelBranches + 300;
            for (var i = 0; i < n; i++)
            {
                // Branch ids out of order, some declaring a member count the members table contradicts.
                var id = $"B{(i * 7919) % n:D5}";
                builder.AddBranch(Branch(id, members: i % 5 == 0 ? 3 : null, at: Row("branches.csv", i + 2)));
            }

            builder.BeginTable(InputTable.Members, "members.csv");
            for (var i = 0; i < n; i++)
            {
                builder.AddMember(Member($"M{i}", $"B{i:D5}", joined: i % 3 == 0 ? "2024-07-01" : null));
                builder.AddMember(Member($"N{i}", $"B{i:D5}", status: i % 4 == 0 ? MemberStatus.Probationary : MemberStatus.Full));
            }

            builder.BeginTable(InputTable.Findings, "findings.csv");
            for (var i = 0; i < n; i += 3)
            {
                builder.AddFinding(Finding($"F{i}", $"B{i:D5}", i % 2 == 0 ? "2024-05-01" : "2025-02-01", tolerance: i % 9 == 0 ? Tolerance.Exempt : Tolerance.None));
            }

            builder.BeginTable(InputTable.Assessments, "assessments.csv");
            for (var i = 0; i < n; i += 2)
            {
                builder.AddAssessment(Assessment($"B{i:D5}", "CO-1", 1, 2, period: Period.Year(i % 4 == 0 ? 2024 : 2025)));
            }

            builder.BeginTable(InputTable.Indicators, "indicators.csv");
            for (var i = 0; i < n; i++)
            {
                builder.AddIndicatorValue(Value($"B{i:D5}", "satisfaction", i / (double)n, i % 10 == 0 ? Period.Year(2025) : null));
            }

            builder.BeginTable(InputTable.Meetings, "meetings.csv");
            builder.AddMeeting(Meeting("B00001", MeetingType.Lecture, "2024-03-01"));
            var ds = builder.Build();
            Assert.That(ds, Is.Not.Null, string.Join("\n", bag.Items.Take(5)));
            var text = string.Join("\n", ds!.Branches.Select(b =>
                $"{b.BranchId} N={b.MemberCount} full={b.FullMembers} findings={b.Findings.Count} assessments={b.Assessments.Count} values={string.Join(",", b.IndicatorValues.Select(kv => $"{kv.Key}:{kv.Value}"))}"));
            return (text, bag.Items.Select(d => d.ToString()).ToArray());
        }

        var one = BuildWith(1);
        var several = BuildWith(4);
        Assert.That(several.Dataset, Is.EqualTo(one.Dataset));
        Assert.That(several.Messages, Is.EqualTo(one.Messages));
        Assert.That(one.Messages, Has.Some.Contains("notice ECO0255").And.Some.Contains("填报党员"), "member-count notices are part of the comparison");
        Assert.That(one.Messages.Count(m => m.Contains("容错免责", StringComparison.Ordinal)), Is.GreaterThan(10));
    }
}
