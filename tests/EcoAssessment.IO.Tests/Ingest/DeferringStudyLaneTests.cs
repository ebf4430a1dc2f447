using System.Globalization;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Ingest;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Ingest;

/// <summary>
/// The reader's deferring study lane (<see cref="IngestLane.DeferringLane"/>): it sums the study table while the branches
/// and members are read on another thread, and hands the sums over once they are known, or fails to and the table is
/// read again.
/// </summary>
public class DeferringStudyLaneTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static BranchRecord Branch(string id, BranchType type = BranchType.Regular) =>
        new(id, "支部" + id, "U1", type, null, null, null, null, null, null);

    private static MemberRecord Member(string id, string branch, bool home = true) =>
        new(id, branch, MemberStatus.Full, MemberRole.Member, home, null, null);

    private static readonly StudyRecord[] StudyRows =
    [
        new("M1", null, D("2024-02-01"), false, StudyForm.Xuexi, 2.5, 3, true, null),
        new("M1", null, D("2024-03-01"), false, StudyForm.OnSite, 1.25, null, null, null),
        new("M2", null, D("2024-03-02"), false, StudyForm.MicroLecture, 1, null, false, null),
        new(null, "B2", D("2024-03-03"), false, StudyForm.Training, 4, null, null, null),
        new("M3", null, D("2024-04-01"), false, StudyForm.Xuexi, 0.1, 7, true, null),
        new("M1", null, D("2024-05-01"), false, StudyForm.Training, 0.2, null, true, null),
        new("M2", null, D("2024-05-02"), false, StudyForm.OnSite, 3, 1, true, null),
        new(null, "B1", D("2024-05-03"), false, StudyForm.MicroLecture, 2, null, null, null),
        new("M3", null, D("2023-12-31"), false, StudyForm.Xuexi, 9, null, true, null),
    ];

    /// <summary>Each branch's study sums as text: per member and for the branch.</summary>
    private static string StudySums(Dataset ds) => string.Join("\n", ds.Branches.Select(b =>
        $"{b.BranchId}: {b.StudyHoursSum} h, forms {b.StudyFormMask}; " + string.Join("; ",
            b.MemberStudy.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => $"{kv.Key} {kv.Value.HoursSum} h {kv.Value.PointsSum} p {kv.Value.Rows} rows {kv.Value.CompletedRows} done {kv.Value.MicroLectures} ml"))));

    /// <summary>
    /// The reader's study lane starts before the members are known, summing rows per member_id; when the members table is
    /// read it hands those sums to the home branches and reads on as an ordinary lane. Wherever in the table the members
    /// become known, the sums and messages are those of reading the study table after the members.
    /// </summary>
    [TestCase(0, false)]
    [TestCase(1, false)]
    [TestCase(3, false)]
    [TestCase(5, false)]
    [TestCase(9, false)]
    [TestCase(4, true)]
    [TestCase(9, true)]
    public void AStudyLaneThatLearnsOfTheMembersPartWayGivesTheSumsOfReadingAfterThem(int rowsBefore, bool branchesLate)
    {
        var members = new[] { Member("M1", "B1"), Member("M2", "B2"), Member("M3", "B1") };
        void AddBranches(IngestLane builder)
        {
            builder.BeginTable(InputTable.Branches, "branches.csv");
            builder.AddBranch(Branch("B1"));
            builder.AddBranch(Branch("B2"));
        }

        IngestLane Start(DiagnosticBag bag, bool withBranches = true)
        {
            var builder = new IngestLane(new DatasetBuilder(Period.Year(2024), bag));
            builder.Declare(InputTable.Branches, "branches.csv");
            builder.Declare(InputTable.Members, "members.csv");
            builder.Declare(InputTable.Study, "study.csv");
            if (withBranches)
            {
                AddBranches(builder);
            }

            return builder;
        }

        var afterBag = new DiagnosticBag();
        var after = Start(afterBag);
        after.BeginTable(InputTable.Members, "members.csv");
        Array.ForEach(members, after.AddMember);
        var ordinary = after.Lane(afterBag);
        ordinary.BeginTable(InputTable.Study, "study.csv");
        Array.ForEach(StudyRows, ordinary.AddStudy);
        after.Merge(ordinary);
        var expected = after.Build();

        var bag = new DiagnosticBag();
        var builder = Start(bag, withBranches: !branchesLate);
        var lane = builder.DeferringLane(bag);
        lane.BeginTable(InputTable.Study, "study.csv");
        Array.ForEach(StudyRows[..rowsBefore], lane.AddStudy);
        if (branchesLate)
        {
            AddBranches(builder);
        }

        builder.BeginTable(InputTable.Members, "members.csv");
        Array.ForEach(members, builder.AddMember);
        builder.MembersRead();
        Array.ForEach(StudyRows[rowsBefore..], lane.AddStudy);
        Assert.That(builder.TryResolve(lane), Is.True);
        var got = builder.Build();

        Assert.That(expected, Is.Not.Null, string.Join("\n", afterBag.Items));
        Assert.That(got, Is.Not.Null, string.Join("\n", bag.Items));
        Assert.That(StudySums(got!), Is.EqualTo(StudySums(expected!)));
        Assert.That(StudySums(got!), Does.Contain("M1 3.95 h 3 p 3 rows 2 done 0 ml").And.Contain("B2: 8 h"));
        Assert.That(bag.Items.Select(d => d.ToString()), Is.EqualTo(afterBag.Items.Select(d => d.ToString())));
    }

    /// <summary>A builder for 2024 with its tables declared, and a deferring study lane begun on it, before any branch is read.</summary>
    private static (IngestLane Builder, IngestLane Lane) DeferringStudyLane(DiagnosticBag bag)
    {
        var builder = new IngestLane(new DatasetBuilder(Period.Year(2024), bag));
        builder.Declare(InputTable.Branches, "branches.csv");
        builder.Declare(InputTable.Members, "members.csv");
        builder.Declare(InputTable.Study, "study.csv");
        var lane = builder.DeferringLane(bag);
        lane.BeginTable(InputTable.Study, "study.csv");
        return (builder, lane);
    }

    /// <summary>A row held before the members are known whose member has no home branch: the lane cannot hand over.</summary>
    [Test]
    public void AStudyLaneHoldingAMemberWithoutAHomeBranchDoesNotResolve()
    {
        var bag = new DiagnosticBag();
        var builder = new IngestLane(new DatasetBuilder(Period.Year(2024), bag));
        builder.BeginTable(InputTable.Branches, "branches.csv");
        builder.AddBranch(Branch("B1"));
        builder.AddBranch(Branch("T1", BranchType.Temporary));
        builder.Declare(InputTable.Members, "members.csv");
        builder.Declare(InputTable.Study, "study.csv");
        var lane = builder.DeferringLane(bag);
        lane.BeginTable(InputTable.Study, "study.csv");
        lane.AddStudy(new StudyRecord("X1", "T1", D("2024-02-01"), false, StudyForm.Xuexi, 1, null, null, null));
        builder.BeginTable(InputTable.Members, "members.csv");
        builder.AddMember(Member("M1", "B1"));
        builder.AddMember(Member("X1", "T1", home: false));
        builder.MembersRead();
        lane.AddStudy(new StudyRecord("M1", null, D("2024-02-01"), false, StudyForm.Xuexi, 1, null, null, null));
        Assert.That(builder.TryResolve(lane), Is.False);
    }

    /// <summary>
    /// A branch-level row held before the branches are read, of a branch not in the branches table (even dated outside
    /// the period): the lane cannot hand over, so the table is read again and the row reported as an ordinary lane does.
    /// </summary>
    [TestCase("2024-02-01")]
    [TestCase("2023-02-01")]
    public void AStudyLaneHoldingARowOfAnUnknownBranchDoesNotResolve(string date)
    {
        var bag = new DiagnosticBag();
        var (builder, lane) = DeferringStudyLane(bag);
        lane.AddStudy(new StudyRecord(null, "B9", D(date), false, StudyForm.Xuexi, 1, null, null, null));
        builder.BeginTable(InputTable.Branches, "branches.csv");
        builder.AddBranch(Branch("B1"));
        builder.BeginTable(InputTable.Members, "members.csv");
        builder.AddMember(Member("M1", "B1"));
        builder.MembersRead();
        lane.AddStudy(new StudyRecord("M1", null, D("2024-02-01"), false, StudyForm.Xuexi, 1, null, null, null));
        Assert.That(builder.TryResolve(lane), Is.False);
        Assert.That(bag.Items, Is.Empty, "nothing reported by the held rows");
    }

    /// <summary>
    /// A row left out of the period, held before the members are known: read after the members, an unknown member there
    /// is an error, so the lane must not hand over (the table is read again); a known member's row is simply left out.
    /// </summary>
    [TestCase("X9", false)]
    [TestCase("M1", true)]
    public void AStudyLaneChecksTheMembersOfRowsLeftOutOfThePeriod(string member, bool resolves)
    {
        var bag = new DiagnosticBag();
        var (builder, lane) = DeferringStudyLane(bag);
        lane.AddStudy(new StudyRecord(member, null, D("2023-06-01"), false, StudyForm.Xuexi, 1, null, null, null));
        builder.BeginTable(InputTable.Branches, "branches.csv");
        builder.AddBranch(Branch("B1"));
        builder.BeginTable(InputTable.Members, "members.csv");
        builder.AddMember(Member("M1", "B1"));
        builder.MembersRead();
        lane.AddStudy(new StudyRecord("M1", null, D("2024-02-01"), false, StudyForm.Xuexi, 1, null, null, null));
        Assert.That(builder.TryResolve(lane), Is.EqualTo(resolves));

        // What reading the table after the members reports for the same rows.
        var afterBag = new DiagnosticBag();
        var after = new IngestLane(new DatasetBuilder(Period.Year(2024), afterBag));
        after.BeginTable(InputTable.Branches, "branches.csv");
        after.AddBranch(Branch("B1"));
        after.BeginTable(InputTable.Members, "members.csv");
        after.AddMember(Member("M1", "B1"));
        after.BeginTable(InputTable.Study, "study.csv");
        after.AddStudy(new StudyRecord(member, null, D("2023-06-01"), false, StudyForm.Xuexi, 1, null, null, null));
        Assert.That(afterBag.HasErrors, Is.EqualTo(!resolves), string.Join("\n", afterBag.Items));
    }
}
