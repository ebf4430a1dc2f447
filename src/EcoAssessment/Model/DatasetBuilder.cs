using System.Runtime.CompilerServices;
using System.Globalization;
using EcoAssessment.Diagnostics;

namespace EcoAssessment.Model;

/// <summary>
/// Streams records into per-branch aggregates. Readers call <see cref="BeginTable"/> then the <c>Add…</c> method for each
/// row, branches first and members before the tables that refer to members; <see cref="Build"/> resolves the period and
/// member counts. Problems go to the <see cref="DiagnosticBag"/> with the record's location; nothing throws for bad data.
/// </summary>
internal sealed class DatasetBuilder
{
    private readonly Period? _period;
    private readonly DiagnosticBag _diagnostics;

    // Shared with the lanes (only read while lanes run: branches and members are added before).
    private readonly DatasetBuilder? _parent;
    private readonly Dictionary<string, BranchData> _branches;
    private readonly Dictionary<string, MemberEntry> _members;
    private readonly List<MemberEntry> _memberOrder; // the members in the order the members table lists them
    private int _memberHint; // where the next study row's member is looked for first (this builder's own)
    private readonly HashSet<InputTable> _tables;
    private readonly Dictionary<InputTable, string> _files;
    private readonly HashSet<string> _invalidBranches;

    // Each lane's own, merged into the parent afterwards.
    private bool _deferring;
    private readonly Dictionary<string, MemberStudy> _pendingMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MemberStudy> _pendingBranches = new(StringComparer.Ordinal);
    private readonly HashSet<string> _heldOutside = new(StringComparer.Ordinal); // members of rows left out of the period
    private HashSet<UInt128> _runKeys = [];
    private BranchData? _runBranch;
    private readonly HashSet<string> _findingIds = new(StringComparer.Ordinal);
    private readonly Dictionary<InputTable, int> _outside = [];
    private readonly SortedDictionary<int, int> _years = [];
    private readonly SortedDictionary<int, int> _findingYears = [];
    private int _runYear;
    private int _runCount;
    private readonly Dictionary<string, List<IndicatorValueRecord>> _indicatorValues = new(StringComparer.Ordinal);
    private int _duplicateMeetings;
    private string? _lastBranchId;
    private BranchData? _lastBranch;
    private string? _lastStudyMember;
    private BranchData? _lastStudyBranch;
    private MemberStudy? _lastStudy;

    private readonly DatasetRequirements _requirements;

    /// <param name="period">The period to keep; null = the one calendar year the dated records cover.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="requirements">What the rule set needs of the records (from <c>Plan.Requirements</c>); null = nothing extra.</param>
    public DatasetBuilder(Period? period, DiagnosticBag diagnostics, DatasetRequirements? requirements = null)
    {
        _period = period;
        _diagnostics = diagnostics;
        _requirements = requirements ?? DatasetRequirements.None;
        _branches = new(StringComparer.Ordinal);
        _members = new(StringComparer.Ordinal);
        _memberOrder = [];
        _tables = [];
        _files = [];
        _invalidBranches = new(StringComparer.Ordinal);
    }

    private DatasetBuilder(DatasetBuilder parent, DiagnosticBag diagnostics)
    {
        _parent = parent;
        _period = parent._period;
        _diagnostics = diagnostics;
        _requirements = parent._requirements;
        _branches = parent._branches;
        _members = parent._members;
        _memberOrder = parent._memberOrder;
        _tables = parent._tables;
        _files = parent._files;
        _invalidBranches = parent._invalidBranches;
        Origin = parent.Origin;
        Pseudonyms = parent.Pseudonyms;
        KeepMeetingRecords = parent.KeepMeetingRecords;
    }

    /// <summary>
    /// A builder for one of the tables after branches and members (meetings, study, assessments, findings, indicators),
    /// which may read it on its own thread beside the other lanes: it reads the branches and memberships, adds to the parts
    /// of each branch that its table feeds, and keeps its problems in <paramref name="diagnostics"/> and its counts to
    /// itself until <see cref="Merge"/>. Declare the table on this builder first (<see cref="Declare"/>).
    /// </summary>
    public DatasetBuilder Lane(DiagnosticBag diagnostics) => new(this, diagnostics);

    /// <summary>
    /// A study lane that may run while the branches and members tables are still being read: a member's rows are summed
    /// under its member_id, and branch-level rows under their branch_id, in sums of the lane's own, which are handed to the
    /// home branches once the members are known (<see cref="MembersRead"/>, <see cref="TryResolve"/>). Rows of members
    /// without a home (or not in the members table), or of branches not in the branches table, make resolving fail; the
    /// table is then read again with an ordinary lane, so every message is as usual.
    /// </summary>
    public DatasetBuilder DeferringLane(DiagnosticBag diagnostics) => new(this, diagnostics) { _deferring = true };

    /// <summary>
    /// After the lane's last row: gives a deferring lane's remaining sums to the members' home branches and the
    /// branch-level sums to their branches (<see cref="TryHandOver"/>), and merges its counts. False, with nothing changed,
    /// when the hand-over is not possible (then read the table again with <see cref="Lane"/>).
    /// </summary>
    public bool TryResolve(DatasetBuilder lane)
    {
        if (!TryHandOver(lane))
        {
            return false;
        }

        Merge(lane);
        return true;
    }

    /// <summary>
    /// Tells the lanes that the members table is read: a deferring study lane then hands the sums it holds to the home
    /// branches (<see cref="TryHandOver"/>) and reads its remaining rows as an ordinary lane does.
    /// </summary>
    public void MembersRead() => _membersRead = true;

    private volatile bool _membersRead;
    private bool _handOverFailed;

    /// <summary>
    /// Gives a deferring lane's pending sums to the home branches (members) and to their branches (branch-level rows) and
    /// empties them; false, with nothing changed, when a member of a pending row (or of a row left out of the period) is
    /// not in the members table or has no home branch, or a branch of a branch-level row is not a (valid) row of the
    /// branches table.
    /// </summary>
    private bool TryHandOver(DatasetBuilder lane)
    {
        var entries = new MemberEntry[lane._pendingMembers.Count];
        var n = 0;
        foreach (var (id, _) in lane._pendingMembers)
        {
            if (lane.FindMember(id) is not { HomeBranch: not null } entry)
            {
                return false;
            }

            entries[n++] = entry;
        }

        foreach (var (id, _) in lane._pendingBranches)
        {
            if (!_branches.ContainsKey(id))
            {
                return false;
            }
        }

        foreach (var id in lane._heldOutside)
        {
            if (lane.FindMember(id) is not { HomeBranch: not null })
            {
                return false;
            }
        }

        n = 0;
        foreach (var (_, sums) in lane._pendingMembers)
        {
            var entry = entries[n++];
            var b = _branches[entry.HomeBranch!];
            var map = StudyMapOf(b);
            map.Add(entry.Id, sums);
            entry.Study = sums;
        }

        foreach (var (id, sums) in lane._pendingBranches)
        {
            var b = _branches[id];
            b.StudyHoursSum += sums.HoursSum;
            b.StudyFormMask |= sums.FormMask;
        }

        lane._pendingMembers.Clear();
        lane._pendingMembers.TrimExcess();
        lane._pendingBranches.Clear();
        lane._heldOutside.Clear();
        (lane._lastStudyMember, lane._lastStudyBranch, lane._lastStudy) = (null, null, null);
        return true;
    }

    /// <summary>A branch's study sums per member, made at its first member's row and sized for its members.</summary>
    private static Dictionary<string, MemberStudy> StudyMapOf(BranchData b) =>
        b.MemberStudyMap ??= new Dictionary<string, MemberStudy>(Math.Max(4, b.MembershipList.Count), StringComparer.Ordinal);

    /// <summary>
    /// A member by id. Study rows usually follow the members table's order, so the member after the one found last is
    /// tried first (a string comparison, and its entry is likely in cache), before the index is searched.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private MemberEntry? FindMember(string id)
    {
        var hint = _memberHint;
        if ((uint)hint < (uint)_memberOrder.Count && _memberOrder[hint] is var next && string.Equals(next.Id, id, StringComparison.Ordinal))
        {
            _memberHint = hint + 1;
            return next;
        }

        if (_members.TryGetValue(id, out var entry))
        {
            _memberHint = entry.Order + 1;
            return entry;
        }

        return null;
    }

    /// <summary>
    /// The members table's id of the member a study row most likely names next (the one after the member found last), when
    /// <paramref name="ascii"/> is exactly its text; null otherwise, or while the members are not yet known. The reader
    /// then takes this string instead of decoding the cell into a new one.
    /// </summary>
    public string? ExpectedMemberId(ReadOnlySpan<byte> ascii)
    {
        var hint = _memberHint;
        if (_deferring || (uint)hint >= (uint)_memberOrder.Count)
        {
            return null;
        }

        var id = _memberOrder[hint].Id;
        return System.Text.Ascii.Equals(ascii, id) ? id : null;
    }

    /// <summary>Marks a table as present and remembers its file, for a table that a lane reads.</summary>
    public void Declare(InputTable table, string file)
    {
        _tables.Add(table);
        _files[table] = file;
    }

    /// <summary>
    /// A reader's estimate of how many rows a table holds, from its file's size: the members index is sized for them at
    /// once instead of growing through a dozen copies (for a million members, each a large-object allocation).
    /// </summary>
    public void ExpectRows(InputTable table, long rows)
    {
        if (table == InputTable.Members && rows > _members.Count && rows < 100_000_000)
        {
            _members.EnsureCapacity((int)rows);
            _memberOrder.EnsureCapacity((int)rows);
        }
    }

    /// <summary>Takes in what a lane counted (rows per year, rows outside the period, indicator values, repeated meetings).</summary>
    public void Merge(DatasetBuilder lane)
    {
        lane.FlushYears();
        foreach (var (year, count) in lane._years)
        {
            _years[year] = _years.GetValueOrDefault(year) + count;
        }

        foreach (var (year, count) in lane._findingYears)
        {
            _findingYears[year] = _findingYears.GetValueOrDefault(year) + count;
        }

        foreach (var (table, count) in lane._outside)
        {
            _outside[table] = _outside.GetValueOrDefault(table) + count;
        }

        // A branch's values new to this builder are taken over as they are (the lane is done with them).
        _indicatorValues.EnsureCapacity(_indicatorValues.Count + lane._indicatorValues.Count);
        foreach (var (branch, values) in lane._indicatorValues)
        {
            ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_indicatorValues, branch, out var exists);
            if (exists)
            {
                list!.AddRange(values);
            }
            else
            {
                list = values;
            }
        }

        _duplicateMeetings += lane._duplicateMeetings;
    }

    /// <summary>What the rule set needs of the records.</summary>
    public DatasetRequirements Requirements => _requirements;

    /// <summary>Where dataset-level problems (no branches table, several years) are reported: the dataset folder.</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>Keeps each branch's meeting records as well as their aggregate (for tests that inspect the parsed fields).</summary>
    public bool KeepMeetingRecords { get; init; }

    /// <summary>With <c>--redact</c>: messages name members by these pseudonyms instead of their ids.</summary>
    public Privacy.MemberPseudonyms? Pseudonyms { get; init; }

    /// <summary>
    /// Where the row being added is, for records that carry no location of their own: readers stream meetings,
    /// memberships, study rows and assessment items without a location each (it would be kept per record) and set this
    /// instead; it is only called when a problem with the row is reported.
    /// </summary>
    public Func<SourceLocation?>? RowLocation { get; set; }

    /// <summary>A record's own location, else the current row's.</summary>
    private SourceLocation? Where(SourceLocation? own) => own ?? RowLocation?.Invoke();

    /// <summary>A member as messages name it: the id, or its pseudonym when redacting.</summary>
    private string Member(string id) => Pseudonyms?.Of(id) ?? id;

    /// <summary>A branch whose row had errors: its id is known, so its records are not reported as unknown again.</summary>
    public void DeclareInvalidBranch(string branchId) => _invalidBranches.Add(branchId);

    /// <summary>Marks a table as present (even if it turns out empty) and remembers its file for notices.</summary>
    public void BeginTable(InputTable table, string file)
    {
        _lastStudyMember = null;
        _lastStudy = null;
        EndRun();
        if (_parent is null)
        {
            Declare(table, file);
        }
    }

    public void AddBranch(BranchRecord r)
    {
        if (!_branches.TryAdd(r.BranchId, new BranchData(r) { Index = _branches.Count }))
        {
            var first = _branches[r.BranchId].Record.Location;
            _diagnostics.Error(DiagnosticCodes.DuplicateRecordId, r.Location.WithColumn("branch_id"),
                $"branch_id '{r.BranchId}' appears twice (first at {first}); each branch has one row");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddMember(MemberRecord r)
    {
        _lastStudyMember = null; // a home may change: the study cache no longer holds
        _lastStudy = null;
        if (!TryBranch(r.BranchId, r.Location, out var b))
        {
            return;
        }

        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_members, r.MemberId, out var listed);
        MemberEntry member;
        if (!listed)
        {
            slot = member = new MemberEntry(r.MemberId, b.BranchId) { Order = _memberOrder.Count };
            _memberOrder.Add(member);
        }
        else if ((member = slot!).IsIn(b.BranchId))
        {
            _diagnostics.Error(DiagnosticCodes.DuplicateRecordId, Where(r.Location).WithColumn("member_id"),
                $"member '{Member(r.MemberId)}' is listed twice in branch '{r.BranchId}'; a member has one row per branch");
            return;
        }
        else
        {
            (member.OtherBranches ??= []).Add(b.BranchId);
        }

        if (r.Home && b.Record.Type != BranchType.Temporary)
        {
            if (member.HomeBranch is { } home)
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateRecordId, Where(r.Location).WithColumn("home"),
                    $"member '{Member(r.MemberId)}' has a second home branch '{r.BranchId}' (home is '{home}'); mark temporary memberships home=否");
                return;
            }

            (member.HomeBranch, member.Role) = (b.BranchId, r.Role);
        }

        b.MembershipList.Add(r);
    }

    public void AddMeeting(MeetingRecord r)
    {
        var id = r.MeetingId ?? string.Empty;
        var length = System.Text.Encoding.UTF8.GetMaxByteCount(id.Length);
        Span<byte> utf8 = length <= 512 ? stackalloc byte[length] : new byte[length];
        var n = System.Text.Encoding.UTF8.GetBytes(id, utf8);
        AddMeeting(r.BranchId, r.Type, r.Date, utf8[..n], r.Attendees, r.Expected, r.Excused, r.ThemeDay, r.Location, r);
    }

    /// <summary>
    /// Adds a meeting given field by field (the reader's fast path: no record, no id string); <paramref name="meetingId"/>
    /// is the folded meeting_id in UTF-8, empty when blank.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddMeeting(string branchId, MeetingType type, DateOnly date, ReadOnlySpan<byte> meetingId, int? attendees, int? expected,
        int? excused, bool themeDay, SourceLocation? location = null, MeetingRecord? record = null)
    {
        if (!TryBranch(branchId, location, out var b) || !InPeriod(InputTable.Meetings, date))
        {
            return;
        }

        if (meetingId.Length > 0 && !FirstOf(b, MeetingKey(b, type, date, meetingId)))
        {
            _duplicateMeetings++;
            _diagnostics.Notice(DiagnosticCodes.DuplicateMeeting, Where(location),
                $"meeting '{System.Text.Encoding.UTF8.GetString(meetingId)}' of branch '{branchId}' ({InputCatalogue.MeetingTypes.CodeOf((int)type)}, {date:yyyy-MM-dd}) is listed again; it counts once");
            return;
        }

        b.Meetings.Add(type, date, attendees, expected, excused, themeDay);
        if (KeepMeetingRecords)
        {
            (b.MeetingRecords ??= []).Add(record ?? new MeetingRecord(branchId, type, date,
                meetingId.Length == 0 ? null : System.Text.Encoding.UTF8.GetString(meetingId), attendees, expected, excused, themeDay));
        }
    }

    /// <summary>
    /// Whether a meeting key is new for its branch. A file lists a branch's meetings one after another, as a run of rows:
    /// the keys of the current run are in one small set, and a run's keys are kept with its branch as an array when the
    /// next run starts. Should rows of that branch come again later, the branch gets a set of its own from then on.
    /// </summary>
    private bool FirstOf(BranchData b, UInt128 key)
    {
        if (b != _runBranch)
        {
            EndRun();
            _runBranch = b;
            if (b.MeetingKeys is UInt128[] earlier)
            {
                b.MeetingKeys = new HashSet<UInt128>(earlier);
            }
        }

        return b.MeetingKeys is HashSet<UInt128> set ? set.Add(key) : _runKeys.Add(key);
    }

    private void EndRun()
    {
        if (_runBranch is { } b && _runKeys.Count > 0 && b.MeetingKeys is null)
        {
            b.MeetingKeys = _runKeys.ToArray();
        }

        // Clearing costs the set's capacity: a set grown by a huge branch is replaced instead.
        if (_runKeys.Count > 4096)
        {
            _runKeys = [];
        }
        else
        {
            _runKeys.Clear();
        }

        _runBranch = null;
    }

    /// <summary>
    /// A meeting's identity (branch, type, date, meeting_id) as a 128-bit hash, so that the set of meetings seen does not
    /// keep millions of id strings: two different meetings collide with a probability of about n²/2¹²⁹ (10⁻²⁶ for the
    /// 4 million meetings of 100,000 branches).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UInt128 MeetingKey(BranchData b, MeetingType type, DateOnly date, ReadOnlySpan<byte> id)
    {
        var length = 12 + id.Length;
        Span<byte> key = length <= 256 ? stackalloc byte[length] : new byte[length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(key, b.Index);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(key[4..], (int)type);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(key[8..], date.DayNumber);
        id.CopyTo(key[12..]);
        return System.IO.Hashing.XxHash128.HashToUInt128(key);
    }

    public void AddStudy(StudyRecord r) =>
        AddStudy(r.MemberId, r.BranchId, r.Date, r.Form, r.Hours, r.Points, r.Completed, r.Location);

    /// <summary>Adds a study row given field by field.</summary>
    public void AddStudy(string? memberId, string? branchId, DateOnly date, StudyForm form, double? hours, double? points, bool? completed,
        SourceLocation? location = null) =>
        AddStudy(memberId, branchId, date, form, hours, Exact(hours), points, Exact(points), completed, location);

    /// <summary>A number as the sums add it: in decimal (exact for the values people type, whatever the order of the rows).</summary>
    internal static decimal Exact(double? value) => value is double v && !TooLarge(v) ? (decimal)v : 0;

    /// <summary>
    /// Adds a study row given field by field, with hours and points already converted by <see cref="Exact"/> (the
    /// reader's fast path converts each distinct value once).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddStudy(string? memberId, string? branchId, DateOnly date, StudyForm form, double? hours, decimal hoursExact, double? points,
        decimal pointsExact, bool? completed, SourceLocation? location = null)
    {
        // A member's study rows usually follow one another: the previous row's home branch and sums are reused.
        if (_lastStudy is not null && memberId == _lastStudyMember)
        {
            if (InPeriod(InputTable.Study, date))
            {
                AddStudy(_lastStudyBranch, _lastStudy, form, hours, hoursExact, points, pointsExact, completed, location);
            }

            return;
        }

        // Once the members are read, the sums held so far go to the home branches and the rest of the table is read as usual.
        if (_deferring && !_handOverFailed && _parent!._membersRead)
        {
            _deferring = !_parent.TryHandOver(this);
            _handOverFailed = _deferring;
        }

        if (_deferring && memberId is { Length: > 0 } pending)
        {
            AddStudyDeferred(pending, date, form, hours, hoursExact, points, pointsExact, completed, location);
            return;
        }

        string? branch = null;
        var homed = false;
        MemberEntry? entry = null;
        if (memberId is { Length: > 0 } mid)
        {
            entry = FindMember(mid);
            var known = entry is not null;
            if (entry?.HomeBranch is { } home)
            {
                branch = home;
                homed = true;
            }
            else if (!known && _tables.Contains(InputTable.Members))
            {
                _diagnostics.Error(DiagnosticCodes.UnknownMember, Where(location).WithColumn("member_id"),
                    $"member '{Member(mid)}' is not in the members table; add the member or correct the id");
                return;
            }
            else
            {
                branch = branchId;
            }
        }
        else
        {
            branch = branchId;
        }

        if (branch is null)
        {
            _diagnostics.Error(DiagnosticCodes.MissingValue, Where(location).WithColumn("branch_id"),
                "the row has no branch_id and its member_id has no home branch in members; give a branch_id");
            return;
        }

        if (_deferring)
        {
            // A branch-level row in a deferring lane, which may run before the branches are read: its sums stay the lane's,
            // under the branch_id, until the hand-over, which fails (the table is read again) for a branch that is not there.
            if (!_pendingBranches.TryGetValue(branch, out var branchSums))
            {
                _pendingBranches[branch] = branchSums = new MemberStudy();
            }

            if (InPeriod(InputTable.Study, date))
            {
                AddStudy(null, branchSums, form, hours, hoursExact, points, pointsExact, completed, location);
            }

            return;
        }

        if (!TryBranch(branch, location, out var b) || !InPeriod(InputTable.Study, date))
        {
            return;
        }

        MemberStudy? sums = null;
        if (memberId is { Length: > 0 } m)
        {
            // A member's sums in the home branch hang on its entry as well, so that its next run of rows finds them without
            // a lookup; they are keyed by the members table's string for the id, so the reader's copy need not be kept.
            sums = homed ? entry!.Study : null;
            if (sums is null)
            {
                var key = entry?.Id ?? m;
                var map = StudyMapOf(b);
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
                sums = slot ??= new MemberStudy();

                if (homed)
                {
                    entry!.Study = sums;
                }
            }

            if (homed)
            {
                (_lastStudyMember, _lastStudyBranch, _lastStudy) = (m, b, sums);
            }
        }

        AddStudy(b, sums, form, hours, hoursExact, points, pointsExact, completed, location);
    }

    /// <summary>
    /// A member's study row in a deferring lane (<see cref="DeferringLane"/>): it goes to the member's own sums. A member of
    /// the members table has a home branch, which always exists, so only the period decides; should it have none,
    /// <see cref="TryResolve"/> fails and the table is read again.
    /// </summary>
    private void AddStudyDeferred(string memberId, DateOnly date, StudyForm form, double? hours, decimal hoursExact,
        double? points, decimal pointsExact, bool? completed, SourceLocation? location)
    {
        if (!InPeriod(InputTable.Study, date))
        {
            // Left out, but read after the members this row would still need its member to be known (and to have a
            // home branch, or its branch_id to be checked): the hand-over checks it too.
            if (!_pendingMembers.ContainsKey(memberId))
            {
                _heldOutside.Add(memberId);
            }

            return;
        }

        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_pendingMembers, memberId, out _);
        var sums = slot ??= new MemberStudy();

        (_lastStudyMember, _lastStudyBranch, _lastStudy) = (memberId, null, sums);
        AddStudy(null, sums, form, hours, hoursExact, points, pointsExact, completed, location);
    }

    /// <summary>
    /// Adds a study row in the period: a member's row to the member's sums <paramref name="s"/> only (<see cref="Build"/>
    /// adds members' hours and forms to their branches), a branch-level row to its branch <paramref name="b"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddStudy(BranchData? b, MemberStudy? s, StudyForm form, double? hours, decimal h, double? points, decimal p, bool? completed,
        SourceLocation? location)
    {
        if (TooLarge(hours) || TooLarge(points))
        {
            _diagnostics.Error(DiagnosticCodes.OutOfRange, Where(location).WithColumn(TooLarge(hours) ? "hours" : "points"), "study hours and points are at most 10^15");
            return;
        }

        if (s is null)
        {
            // A branch-level row. A member's rows are summed in its own sums only; Build adds those to the branch.
            if (hours is not null)
            {
                b!.StudyHoursSum += h;
            }

            b!.StudyFormMask |= 1 << (int)form;
        }
        else
        {
            s.FormMask |= 1 << (int)form;
            s.Rows++;
            if (hours is not null)
            {
                s.HoursSum += h;
            }

            if (points is not null)
            {
                s.PointsSum += p;
            }

            if (form == StudyForm.MicroLecture)
            {
                s.MicroLectures++;
            }

            if (completed == true)
            {
                s.CompletedRows++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddAssessment(AssessmentRecord r)
    {
        if (!TryBranch(r.BranchId, r.Location, out var b))
        {
            return;
        }

        if (TooLarge(r.Score) || TooLarge(r.MaxScore))
        {
            _diagnostics.Error(DiagnosticCodes.OutOfRange, Where(r.Location).WithColumn(TooLarge(r.Score) ? "score" : "max_score"), "scores are at most 10^15");
            return;
        }

        if (_requirements.MaxScore && r.MaxScore is null)
        {
            _diagnostics.Error(DiagnosticCodes.MissingMaxScore, Where(r.Location).WithColumn("max_score"),
                $"item '{r.Item}' has no max_score; the rule set scores items as Σ score / Σ max_score, so every row needs the points available");
            return;
        }

        if (r.Period is not null && _period is not null && !SamePeriod(r.Period, _period))
        {
            CountOutside(InputTable.Assessments);
            return;
        }

        b.AssessmentList.Add(r);
    }

    public void AddFinding(FindingRecord r)
    {
        if (!TryBranch(r.BranchId, r.Location, out var b))
        {
            return;
        }

        if (!_findingIds.Add(r.FindingId))
        {
            _diagnostics.Error(DiagnosticCodes.DuplicateRecordId, r.Location.WithColumn("finding_id"),
                $"finding_id '{r.FindingId}' appears twice; give each finding its own id");
            return;
        }

        if (r.MemberId is { Length: > 0 } mid && _tables.Contains(InputTable.Members) && !_members.ContainsKey(mid))
        {
            _diagnostics.Error(DiagnosticCodes.UnknownMember, r.Location.WithColumn("member_id"),
                $"member '{Member(mid)}' is not in the members table; add the member or correct the id");
            return;
        }

        // Findings found before the period still matter for rectification; those after its end do not exist yet.
        if (_period is not null)
        {
            if (r.Date > _period.End)
            {
                CountOutside(InputTable.Findings);
                return;
            }
        }
        else
        {
            _findingYears[r.Date.Year] = _findingYears.GetValueOrDefault(r.Date.Year) + 1;
        }

        b.FindingList.Add(r);
    }

    public void AddIndicatorValue(IndicatorValueRecord r)
    {
        if (!TryBranch(r.BranchId, r.Location, out var b))
        {
            return;
        }

        if (r.Period is not null && _period is not null && !SamePeriod(r.Period, _period))
        {
            CountOutside(InputTable.Indicators);
            return;
        }

        if (!_indicatorValues.TryGetValue(b.BranchId, out var list))
        {
            _indicatorValues[b.BranchId] = list = [];
        }

        list.Add(r);
    }

    /// <summary>Keeps the indicator values of the resolved period; a value given twice for it is an error.</summary>
    private void ResolveIndicatorValues(Period period)
    {
        var branchIds = _indicatorValues.Keys.ToArray();
        Array.Sort(branchIds, StringComparer.Ordinal);
        long outside = 0;
        InBlocks(branchIds.Length, (from, to, bag) =>
        {
            var count = 0;
            for (var k = from; k < to; k++)
            {
                count += ResolveIndicatorValues(_branches[branchIds[k]], _indicatorValues[branchIds[k]], period, bag);
            }

            Interlocked.Add(ref outside, count);
        });
        CountOutside(InputTable.Indicators, (int)outside);
    }

    /// <summary>A branch's indicator values of the period into its map; the number of rows of other periods.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ResolveIndicatorValues(BranchData b, List<IndicatorValueRecord> values, Period period, DiagnosticBag bag)
    {
        var outside = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var r = values[i];
            if (r.Period is not null && !SamePeriod(r.Period, period))
            {
                outside++;
                continue;
            }

            // The map holds only this period's values, each from its first row: a key already there is a duplicate.
            if (!b.IndicatorValueMap.TryAdd(r.Indicator, r.Value))
            {
                ReportDuplicateValue(values, i, period, bag);
            }
        }

        return outside;
    }

    /// <summary>Reports value <paramref name="i"/> as a duplicate of the first value of its indicator for the period.</summary>
    private static void ReportDuplicateValue(List<IndicatorValueRecord> values, int i, Period period, DiagnosticBag bag)
    {
        var r = values[i];
        var earlier = values.Take(i).First(e => e.Indicator == r.Indicator && (e.Period is null || SamePeriod(e.Period, period)));
        bag.Error(DiagnosticCodes.DuplicateRecordId, r.Location,
            $"indicator '{r.Indicator}' of branch '{r.BranchId}' is given twice for {period.Label} (first at {earlier.Location}); give one value per branch, indicator and period");
    }

    private static bool TooLarge(double? x) => x is double v && !(Math.Abs(v) <= ValueParser.MaxMagnitude);

    private static bool SamePeriod(Period a, Period b) => a.Start == b.Start && a.End == b.End;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryBranch(string id, SourceLocation? location, out BranchData branch)
    {
        // Rows of one branch usually follow one another, and the reader hands over the same string for them.
        if (ReferenceEquals(id, _lastBranchId))
        {
            branch = _lastBranch!;
            return true;
        }

        if (_branches.TryGetValue(id, out branch!))
        {
            (_lastBranchId, _lastBranch) = (id, branch);
            return true;
        }

        if (_invalidBranches.Contains(id))
        {
            return false;
        }

        _diagnostics.Error(DiagnosticCodes.UnknownBranch, Where(location).WithColumn("branch_id"),
            $"branch '{id}' is not in the branches table; add it there or correct the branch_id");
        return false;
    }

    private bool InPeriod(InputTable table, DateOnly date)
    {
        if (_period is null)
        {
            Track(date);
            return true;
        }

        if (_period.Contains(date))
        {
            return true;
        }

        CountOutside(table);
        return false;
    }

    /// <summary>Counts a dated row by its year; rows usually come year after year, so a run of one year is counted in a field.</summary>
    private void Track(DateOnly date)
    {
        if (date.Year == _runYear)
        {
            _runCount++;
            return;
        }

        FlushYears();
        (_runYear, _runCount) = (date.Year, 1);
    }

    private void FlushYears()
    {
        if (_runCount > 0)
        {
            _years[_runYear] = _years.GetValueOrDefault(_runYear) + _runCount;
            _runCount = 0;
        }
    }

    private void CountOutside(InputTable table, int rows = 1)
    {
        if (rows > 0)
        {
            _outside[table] = _outside.GetValueOrDefault(table) + rows;
        }
    }

    /// <summary>
    /// Runs <paramref name="block"/> over [0, <paramref name="count"/>) of the branches: for many branches in blocks on all
    /// cores, each with a bag of its own, whose problems are then reported block after block (as one loop reports them).
    /// </summary>
    private void InBlocks(int count, Action<int, int, DiagnosticBag> block)
    {
        var bags = new DiagnosticBag[Blocks.CountFor(count, Parallelism)];
        Blocks.Run(count, Parallelism, (k, from, to) => block(from, to, bags[k] = new DiagnosticBag()));
        foreach (var bag in bags)
        {
            _diagnostics.AddRange(bag.Items);
        }
    }

    /// <summary>From this many branches the per-branch steps of <see cref="Build"/> run in blocks on all cores.</summary>
    internal const int ParallelBranches = Blocks.ParallelFrom;

    /// <summary>How many threads those steps may use (1: one thread; tests compare the two).</summary>
    internal int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Resolves the period (the given one, or the single calendar year of the dated records), drops rows of other
    /// periods, computes N and the committee flag. Returns null when an error was reported (here or while adding).
    /// </summary>
    public Dataset? Build()
    {
        // The meeting keys were only needed while the meetings were read. The members' study sums are added to their
        // branches' (decimal: exactly, in any order).
        EndRun();
        foreach (var b in _branches.Values)
        {
            b.MeetingKeys = null;
            foreach (var sums in b.MemberStudyMap?.Values ?? (IEnumerable<MemberStudy>)[])
            {
                b.StudyHoursSum += sums.HoursSum;
                b.StudyFormMask |= sums.FormMask;
            }
        }

        if (!_tables.Contains(InputTable.Branches))
        {
            _diagnostics.Error(DiagnosticCodes.NoBranches, Origin, "the dataset has no branches table (branches.csv or 支部.csv); it is the one mandatory table");
            return null;
        }

        var period = _period;
        if (period is null)
        {
            // Meetings and study date the period; findings only when there are neither, since a finding raised last year
            // may still be due, open or overdue this year.
            FlushYears();
            var years = _years.Count > 0 ? _years : _findingYears;
            if (years.Count > 1)
            {
                var list = string.Join(", ", years.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} ({kv.Value} {(kv.Value == 1 ? "row" : "rows")})")));
                _diagnostics.Error(DiagnosticCodes.SeveralYears, Origin,
                    $"the records cover several years: {list}; choose one with --period (for example --period {years.Keys.Last()})");
                return null;
            }

            if (years.Count == 0)
            {
                if (_diagnostics.HasErrors)
                {
                    return null; // the dated rows had errors of their own: the period is not the problem to report
                }

                _diagnostics.Error(DiagnosticCodes.BadPeriod, Origin,
                    "no dated records (meetings, study, findings) tell the period; give it with --period (for example --period 2024)");
                return null;
            }

            period = Period.Year(years.Keys.First());
            var all = _branches.Values.ToArray();
            long findingsOut = 0;
            long assessmentsOut = 0;
            InBlocks(all.Length, (from, to, _) =>
            {
                long findings = 0;
                long assessments = 0;
                for (var i = from; i < to; i++)
                {
                    var b = all[i];
                    findings += b.FindingList.RemoveAll(f => f.Date > period.End);
                    assessments += b.AssessmentList.RemoveAll(a => a.Period is Period p && !SamePeriod(p, period));
                }

                Interlocked.Add(ref findingsOut, findings);
                Interlocked.Add(ref assessmentsOut, assessments);
            });
            CountOutside(InputTable.Findings, (int)findingsOut);
            CountOutside(InputTable.Assessments, (int)assessmentsOut);
        }

        ResolveIndicatorValues(period);
        foreach (var (table, count) in _outside.OrderBy(kv => kv.Key))
        {
            var file = _files.GetValueOrDefault(table);
            _diagnostics.Warning(DiagnosticCodes.OutsidePeriod, file is null ? null : SourceLocation.InFile(file),
                string.Create(CultureInfo.InvariantCulture, $"{count} {table.ToString().ToLowerInvariant()} {(count == 1 ? "row" : "rows")} outside {period.Label} left out"));
        }

        if (_diagnostics.HasErrors)
        {
            return null;
        }

        var hasMembers = _tables.Contains(InputTable.Members);
        var ordered = _branches.Values.ToArray();
        Array.Sort(ordered, static (x, y) => string.CompareOrdinal(x.BranchId, y.BranchId));
        InBlocks(ordered.Length, (from, to, bag) =>
        {
            for (var i = from; i < to; i++)
            {
                ComputeMembers(ordered[i], period, hasMembers, bag);
                WarnManyExemptions(ordered[i], period, bag);
            }
        });

        return new Dataset(period, ordered, new HashSet<InputTable>(_tables), _members);
    }

    private void DropOtherPeriods<T>(List<T> list, Func<T, Period?> periodOf, Period period, InputTable table)
    {
        var removed = list.RemoveAll(x => periodOf(x) is Period p && !SamePeriod(p, period));
        if (removed > 0)
        {
            _outside[table] = _outside.GetValueOrDefault(table) + removed;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeMembers(BranchData b, Period period, bool hasMembers, DiagnosticBag bag)
    {
        var temporary = b.Record.Type == BranchType.Temporary;
        if (hasMembers)
        {
            // Whole days on roll, added as integers and divided once, so N does not depend on the order of the rows.
            long days = 0;
            var full = 0;
            var onRoll = 0;
            foreach (var m in b.MembershipList)
            {
                if (!m.Home && !temporary)
                {
                    continue;
                }

                onRoll++;
                var d = DaysOnRoll(m.Joined, period);
                if (m.Status == MemberStatus.Full && d > 0)
                {
                    full++;
                }

                days += d;
            }

            b.MemberCount = (double)days / period.Days;
            b.FullMembers = full;
            if (b.Record.Members is int declared && declared != onRoll)
            {
                bag.Notice(DiagnosticCodes.MemberCountDiffers, b.Record.Location.WithColumn("members"),
                    $"branch '{b.BranchId}' declares {declared} members but the members table lists {onRoll}; the members table is used");
            }
        }
        else if (b.Record.Members is int declared)
        {
            b.MemberCount = declared;
            b.FullMembers = declared;
        }

        b.HasCommittee = b.Record.HasCommittee ?? (b.FullMembers is int f ? f >= 7 : null);
    }

    /// <summary>More than half of a branch's findings in the period exempt (容错免责): a review warning (DOMAIN.md §5).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WarnManyExemptions(BranchData b, Period period, DiagnosticBag bag)
    {
        var inPeriod = 0;
        var exempt = 0;
        foreach (var f in b.FindingList)
        {
            if (period.Contains(f.Date))
            {
                inPeriod++;
                exempt += f.Tolerance == Tolerance.Exempt ? 1 : 0;
            }
        }

        if (inPeriod > 0 && exempt * 2 > inPeriod)
        {
            bag.Warning(DiagnosticCodes.ManyExemptions, b.Record.Location,
                string.Create(CultureInfo.InvariantCulture, $"branch '{b.BranchId}': {exempt} of its {inPeriod} findings in {period.Label} are 容错免责 (exempt); review the exemptions"));
        }
    }

    /// <summary>The days of the period a member is on roll: all of them, or from <paramref name="joined"/> to the end.</summary>
    internal static int DaysOnRoll(DateOnly? joined, Period period)
    {
        if (joined is not DateOnly j || j <= period.Start)
        {
            return period.Days;
        }

        return j > period.End ? 0 : period.End.DayNumber - j.DayNumber + 1;
    }

    /// <summary>1 for a member on roll the whole period; the covered share of the period's days for a mid-period joiner.</summary>
    internal static double ProRate(DateOnly? joined, Period period)
    {
        if (joined is not DateOnly j || j <= period.Start)
        {
            return 1;
        }

        if (j > period.End)
        {
            return 0;
        }

        return (double)(period.End.DayNumber - j.DayNumber + 1) / period.Days;
    }
}

/// <summary>What the builder knows of one member: the branches listing it, and its home branch and role there.</summary>
internal sealed class MemberEntry(string id, string firstBranch)
{
    /// <summary>The member_id (the instance the members table gave).</summary>
    public string Id { get; } = id;

    /// <summary>The member's place among the members table's members (0, 1, …).</summary>
    public int Order { get; init; }

    /// <summary>The first branch that lists the member.</summary>
    public string FirstBranch { get; } = firstBranch;

    /// <summary>Further branches that list the member (temporary memberships); null when none, as for most members.</summary>
    public List<string>? OtherBranches { get; set; }

    /// <summary>The home branch (not a temporary one); null when no membership is the home one.</summary>
    public string? HomeBranch { get; set; }

    /// <summary>The member's role in the home branch.</summary>
    public MemberRole Role { get; set; }

    /// <summary>The member's study sums in the home branch, once it has a study row (the same object as in the branch's map).</summary>
    public MemberStudy? Study { get; set; }

    /// <summary>Whether a branch lists the member already.</summary>
    public bool IsIn(string branch) => FirstBranch == branch || (OtherBranches?.Contains(branch) ?? false);
}
