using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Ingest;

/// <summary>
/// What a reader adds a table's rows to: the core's <see cref="DatasetBuilder"/> (or one of its lanes), with the reader's
/// own plumbing around it: a meeting_id given as UTF-8 bytes (<see cref="Utf8MeetingId"/>), the member hint compared with
/// a cell's bytes (<see cref="ExpectedMemberId"/>), and the deferring study lane, which reads the study table while the
/// branches and members are still being read on another thread and hands its sums over once they are known.
/// </summary>
internal sealed class IngestLane
{
    private readonly IngestLane? _parent;
    private readonly DatasetBuilder _builder;

    // A deferring study lane's own: sums per member_id and per branch_id, held until the hand-over.
    private bool _deferring;
    private bool _handOverFailed;
    private volatile bool _membersRead; // the root's: the members table is read
    private readonly Dictionary<string, MemberStudy> _pendingMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MemberStudy> _pendingBranches = new(StringComparer.Ordinal);
    private readonly HashSet<string> _heldOutside = new(StringComparer.Ordinal); // members of rows left out of the period
    private string? _lastHeldMember;
    private MemberStudy? _lastHeld;

    /// <summary>The root of a dataset's reading, around the builder that builds it.</summary>
    public IngestLane(DatasetBuilder builder) => _builder = builder;

    /// <summary>
    /// The root lane of a dataset read with <paramref name="options"/> — the one set-up the CSV, workbook and Parquet
    /// readers share: pseudonyms, kept meeting records, parallelism, the row profile of eco check and the row tap of
    /// eco convert.
    /// </summary>
    public static IngestLane For(Csv.CsvReadOptions options, Period? period, DiagnosticBag bag, DatasetRequirements? requirements, SourceLocation origin) =>
        new(new DatasetBuilder(period, bag, requirements)
        {
            Origin = origin, Pseudonyms = options.Pseudonyms, KeepMeetingRecords = options.KeepMeetingRecords, Parallelism = options.Parallelism,
        })
        {
            Profile = options.ProfileRows ? new ReadProfile() : null,
            Tap = options.Tap,
        };

    private IngestLane(IngestLane parent, DatasetBuilder lane, bool deferring)
    {
        _parent = parent;
        Profile = parent.Profile;
        Tap = parent.Tap;
        _builder = lane;
        _deferring = deferring;
    }

    /// <summary>When set (by <c>eco convert</c>), hears of every row accepted (<see cref="Csv.CsvReadOptions.Tap"/>); lanes share their root's.</summary>
    public Action<TableSpec, Tables.RowReader>? Tap { get; init; }

    /// <summary>When set (by <c>eco check</c> and outputs that show it), what each file held; lanes share their root's.</summary>
    public ReadProfile? Profile { get; init; }

    private FileProfile? _file;

    /// <summary>The core builder these rows go to.</summary>
    public DatasetBuilder Builder => _builder;

    /// <summary>A lane of its own for one of the tables after branches and members (<see cref="DatasetBuilder.Lane"/>).</summary>
    public IngestLane Lane(DiagnosticBag diagnostics) => new(this, _builder.Lane(diagnostics), deferring: false);

    /// <summary>
    /// A study lane that may run while the branches and members tables are still being read: a member's rows are summed
    /// under its member_id, and branch-level rows under their branch_id, in sums of the lane's own, which are handed to the
    /// home branches once the members are known (<see cref="MembersRead"/>, <see cref="TryResolve"/>). Rows of members
    /// without a home (or not in the members table), or of branches not in the branches table, make resolving fail; the
    /// table is then read again with an ordinary lane, so every message is as usual.
    /// </summary>
    public IngestLane DeferringLane(DiagnosticBag diagnostics) => new(this, _builder.Lane(diagnostics), deferring: true);

    /// <summary>
    /// Tells the lanes that the members table is read: a deferring study lane then hands the sums it holds to the home
    /// branches (<see cref="TryHandOver"/>) and reads its remaining rows as an ordinary lane does.
    /// </summary>
    public void MembersRead() => _membersRead = true;

    /// <summary>
    /// After the lane's last row: gives a deferring lane's remaining sums to the members' home branches and the
    /// branch-level sums to their branches (<see cref="TryHandOver"/>), and merges its counts. False, with nothing changed,
    /// when the hand-over is not possible (then read the table again with <see cref="Lane"/>).
    /// </summary>
    public bool TryResolve(IngestLane lane)
    {
        if (!TryHandOver(lane))
        {
            return false;
        }

        Merge(lane);
        return true;
    }

    /// <summary>Takes in what a lane counted (<see cref="DatasetBuilder.Merge"/>).</summary>
    public void Merge(IngestLane lane) => _builder.Merge(lane._builder);

    /// <summary>Builds the dataset (<see cref="DatasetBuilder.Build"/>).</summary>
    public Dataset? Build() => _builder.Build();

    /// <summary>
    /// Gives a deferring lane's pending sums to the home branches (members) and to their branches (branch-level rows) and
    /// empties them; false, with nothing changed, when a member of a pending row (or of a row left out of the period) is
    /// not in the members table or has no home branch, or a branch of a branch-level row is not a (valid) row of the
    /// branches table.
    /// </summary>
    private bool TryHandOver(IngestLane lane)
    {
        var entries = new MemberEntry[lane._pendingMembers.Count];
        var n = 0;
        foreach (var (id, _) in lane._pendingMembers)
        {
            if (lane._builder.FindMember(id) is not { HomeBranch: not null } entry)
            {
                return false;
            }

            entries[n++] = entry;
        }

        foreach (var (id, _) in lane._pendingBranches)
        {
            if (!_builder.HasBranch(id))
            {
                return false;
            }
        }

        foreach (var id in lane._heldOutside)
        {
            if (lane._builder.FindMember(id) is not { HomeBranch: not null })
            {
                return false;
            }
        }

        n = 0;
        foreach (var (_, sums) in lane._pendingMembers)
        {
            _builder.GiveStudy(entries[n++], sums);
        }

        foreach (var (id, sums) in lane._pendingBranches)
        {
            _builder.GiveBranchStudy(id, sums);
        }

        lane._pendingMembers.Clear();
        lane._pendingMembers.TrimExcess();
        lane._pendingBranches.Clear();
        lane._heldOutside.Clear();
        (lane._lastHeldMember, lane._lastHeld) = (null, null);
        return true;
    }

    /// <summary>
    /// The members table's id of the member a study row most likely names next (the one after the member found last), when
    /// <paramref name="ascii"/> is exactly its text; null otherwise, or while the members are not yet known. The reader
    /// then takes this string instead of decoding the cell into a new one.
    /// </summary>
    public string? ExpectedMemberId(ReadOnlySpan<byte> ascii)
    {
        if (_deferring || _builder.NextMemberId is not { } id)
        {
            return null;
        }

        return System.Text.Ascii.Equals(ascii, id) ? id : null;
    }

    /// <summary>What the rule set needs of the records.</summary>
    public DatasetRequirements Requirements => _builder.Requirements;

    /// <summary>Where the row being added is (<see cref="DatasetBuilder.RowLocation"/>).</summary>
    public Func<SourceLocation?>? RowLocation
    {
        get => _builder.RowLocation;
        set => _builder.RowLocation = value;
    }

    /// <summary>Marks a table as present and remembers its file, for a table that a lane reads.</summary>
    public void Declare(InputTable table, string file) => _builder.Declare(table, file);

    /// <summary>A reader's estimate of how many rows a table holds (<see cref="DatasetBuilder.ExpectRows"/>).</summary>
    public void ExpectRows(InputTable table, long rows) => _builder.ExpectRows(table, rows);

    /// <summary>Marks a table as present (even if it turns out empty) and remembers its file for notices.</summary>
    public void BeginTable(InputTable table, string file)
    {
        (_lastHeldMember, _lastHeld) = (null, null);
        _file = Profile?.Begin(table, file);
        _builder.BeginTable(table, file);
    }

    public void AddBranch(BranchRecord r)
    {
        _file?.Row(r.BranchId, null);
        _builder.AddBranch(r);
    }

    public void AddUnit(UnitRecord r)
    {
        _file?.Row(null, null);
        _builder.AddUnit(r);
    }

    public void DeclareInvalidBranch(string branchId) => _builder.DeclareInvalidBranch(branchId);

    public void AddMember(MemberRecord r)
    {
        _file?.Row(r.BranchId, null);
        _builder.AddMember(r);
    }

    public void AddAssessment(AssessmentRecord r)
    {
        _file?.Row(r.BranchId, null);
        _builder.AddAssessment(r);
    }

    public void AddFinding(FindingRecord r)
    {
        _file?.Row(r.BranchId, r.Date);
        _builder.AddFinding(r);
    }

    public void AddIndicatorValue(IndicatorValueRecord r)
    {
        _file?.Row(r.BranchId, null);
        _builder.AddIndicatorValue(r);
    }

    public void AddMeeting(MeetingRecord r)
    {
        _file?.Row(r.BranchId, r.Date);
        var id = r.MeetingId ?? string.Empty;
        var length = System.Text.Encoding.UTF8.GetMaxByteCount(id.Length);
        Span<byte> utf8 = length <= 512 ? stackalloc byte[length] : new byte[length];
        var n = System.Text.Encoding.UTF8.GetBytes(id, utf8);
        _builder.AddMeeting(r.BranchId, r.Type, r.Date, new Utf8MeetingId(utf8[..n]), r.Attendees, r.Expected, r.Excused, r.ThemeDay, r.Location, r);
    }

    /// <summary>
    /// Adds a meeting given field by field (the reader's fast path: no record, no id string); <paramref name="meetingId"/>
    /// is the folded meeting_id in UTF-8, empty when blank.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddMeeting(string branchId, MeetingType type, DateOnly date, ReadOnlySpan<byte> meetingId, int? attendees, int? expected,
        int? excused, bool themeDay)
    {
        _file?.Row(branchId, date);
        _builder.AddMeeting(branchId, type, date, new Utf8MeetingId(meetingId), attendees, expected, excused, themeDay);
    }

    public void AddStudy(StudyRecord r) =>
        AddStudy(r.MemberId, r.BranchId, r.Date, r.Form, r.Hours, DatasetBuilder.Exact(r.Hours), r.Points, DatasetBuilder.Exact(r.Points),
            r.Completed, r.Location);

    /// <summary>
    /// Adds a study row given field by field, with hours and points already converted by <see cref="DatasetBuilder.Exact"/>
    /// (the reader's fast path converts each distinct value once).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddStudy(string? memberId, string? branchId, DateOnly date, StudyForm form, double? hours, decimal hoursExact, double? points,
        decimal pointsExact, bool? completed, SourceLocation? location = null)
    {
        _file?.Row(branchId, date);
        if (_deferring && Hold(memberId, branchId, date, form, hours, hoursExact, points, pointsExact, completed, location))
        {
            return;
        }

        _builder.AddStudy(memberId, branchId, date, form, hours, hoursExact, points, pointsExact, completed, location);
    }

    /// <summary>
    /// A study row in a deferring lane: true when the lane holds it (summed under its member_id or branch_id); false when
    /// the builder takes it as usual (the members are read and the sums held so far were handed over, or a row the builder
    /// reports).
    /// </summary>
    private bool Hold(string? memberId, string? branchId, DateOnly date, StudyForm form, double? hours, decimal hoursExact, double? points,
        decimal pointsExact, bool? completed, SourceLocation? location)
    {
        // A member's study rows usually follow one another: the previous row's sums are reused.
        if (_lastHeld is not null && memberId == _lastHeldMember)
        {
            if (_builder.InPeriod(InputTable.Study, date))
            {
                _builder.AddStudySums(_lastHeld, form, date, hours, hoursExact, points, pointsExact, completed, location);
            }

            return true;
        }

        // Once the members are read, the sums held so far go to the home branches and the rest of the table is read as usual.
        if (!_handOverFailed && _parent!._membersRead)
        {
            _deferring = !_parent.TryHandOver(this);
            _handOverFailed = _deferring;
            if (!_deferring)
            {
                return false;
            }
        }

        if (memberId is { Length: > 0 } pending)
        {
            HoldMemberRow(pending, date, form, hours, hoursExact, points, pointsExact, completed, location);
            return true;
        }

        if (branchId is null)
        {
            return false; // no branch_id and no member_id: the builder reports it
        }

        // A branch-level row, which may come before the branches are read: its sums stay the lane's, under the branch_id,
        // until the hand-over, which fails (the table is read again) for a branch that is not there.
        if (!_pendingBranches.TryGetValue(branchId, out var branchSums))
        {
            _pendingBranches[branchId] = branchSums = new MemberStudy();
        }

        if (_builder.InPeriod(InputTable.Study, date))
        {
            _builder.AddStudySums(branchSums, form, date, hours, hoursExact, points, pointsExact, completed, location);
        }

        return true;
    }

    /// <summary>
    /// A member's study row in a deferring lane: it goes to the member's own sums. A member of the members table has a
    /// home branch, which always exists, so only the period decides; should it have none, <see cref="TryResolve"/> fails
    /// and the table is read again.
    /// </summary>
    private void HoldMemberRow(string memberId, DateOnly date, StudyForm form, double? hours, decimal hoursExact,
        double? points, decimal pointsExact, bool? completed, SourceLocation? location)
    {
        if (!_builder.InPeriod(InputTable.Study, date))
        {
            // Left out, but read after the members this row would still need its member to be known (and to have a
            // home branch, or its branch_id to be checked): the hand-over checks it too.
            if (!_pendingMembers.ContainsKey(memberId))
            {
                _heldOutside.Add(memberId);
            }

            return;
        }

        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_pendingMembers, memberId, out _);
        var sums = slot ??= new MemberStudy();

        (_lastHeldMember, _lastHeld) = (memberId, sums);
        _builder.AddStudySums(sums, form, date, hours, hoursExact, points, pointsExact, completed, location);
    }
}
