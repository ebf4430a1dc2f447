using System.Runtime.CompilerServices;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Stages.PeriodResolution;

namespace EcoAssessment.Model;

/// <summary>
/// Takes in a dataset's records and builds the <see cref="Dataset"/>: readers call <see cref="BeginTable"/> then the
/// <c>Add…</c> method for each row, branches first and members before the tables that refer to members; <see cref="Build"/>
/// hands the records to the period stage (<see cref="PeriodStage"/>). The builder holds the domain's rules for records:
/// one row per branch and membership, one home per member, a meeting listed again counts once, rows outside the period
/// are counted and left out, and study rows are summed per member. Problems go to the <see cref="DiagnosticBag"/> with
/// the record's location; nothing throws for bad data. How rows are read (threads, bytes, files) is the reader's.
/// </summary>
internal sealed partial class DatasetBuilder
{
    private readonly Period? _period;
    private readonly DiagnosticBag _diagnostics;

    // Shared with the lanes (only read while lanes run: branches and members are added before, or the lane waits for them).
    private readonly DatasetBuilder? _parent;
    private readonly Dictionary<string, BranchData> _branches;
    private readonly Dictionary<string, MemberEntry> _members;
    private readonly List<MemberEntry> _memberOrder; // the members in the order the members table lists them
    private int _memberHint; // where the next study row's member is looked for first (this builder's own)
    private readonly HashSet<InputTable> _tables;
    private readonly Dictionary<InputTable, string> _files;
    private readonly HashSet<string> _invalidBranches;

    // Each lane's own, merged into the parent afterwards.
    private readonly MeetingKeys _meetingKeys;
    private readonly HashSet<string> _findingIds = new(StringComparer.Ordinal);
    private readonly RowTally _tally = new();
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
        _meetingKeys = new(_branches);
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
        _meetingKeys = new(_branches);
        Origin = parent.Origin;
        Pseudonyms = parent.Pseudonyms;
        KeepMeetingRecords = parent.KeepMeetingRecords;
        Parallelism = parent.Parallelism;
    }

    /// <summary>
    /// A builder for one of the tables after branches and members (meetings, study, assessments, findings, indicators),
    /// which may take its rows on its own thread beside the other lanes: it reads the branches and memberships, adds to
    /// the parts of each branch that its table feeds, and keeps its problems in <paramref name="diagnostics"/> and its
    /// counts to itself until <see cref="Merge"/>. Declare the table on this builder first (<see cref="Declare"/>).
    /// </summary>
    public DatasetBuilder Lane(DiagnosticBag diagnostics) => new(this, diagnostics);

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
        lane._meetingKeys.Release(); // only needed while the lane's meetings were read
        _tally.Add(lane._tally);
        _units.AddRange(lane._units);
    }

    /// <summary>What the rule set needs of the records.</summary>
    public DatasetRequirements Requirements => _requirements;

    /// <summary>Where dataset-level problems (no branches table, several years) are reported: the dataset folder.</summary>
    public SourceLocation? Origin { get; init; }

    /// <summary>How many threads the per-branch steps of <see cref="Build"/> may use (1, the default: one thread; a reader passes its caller's choice).</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>
    /// The members table's id of the member a study row most likely names next (the one after the member found last);
    /// null while the members are not yet known or past the last. A reader compares a cell with it, and takes this
    /// string instead of decoding the cell into a new one.
    /// </summary>
    public string? NextMemberId
    {
        get
        {
            var hint = _memberHint;
            return (uint)hint < (uint)_memberOrder.Count ? _memberOrder[hint].Id : null;
        }
    }

    /// <summary>Whether a branch is a row of the branches table (a valid one).</summary>
    public bool HasBranch(string branchId) => _branches.ContainsKey(branchId);

    /// <summary>
    /// Gives a member's study sums, summed elsewhere (a reader's lane that ran before the members were known), to the
    /// member's home branch, as if its rows had been added here. The member must have a home branch.
    /// </summary>
    public void GiveStudy(MemberEntry member, MemberStudy sums)
    {
        var b = _branches[member.HomeBranch!];
        StudyMapOf(b).Add(member.Id, sums);
        member.Study = sums;
    }

    /// <summary>Gives the sums of branch-level study rows summed elsewhere to their branch (a row of the branches table).</summary>
    public void GiveBranchStudy(string branchId, MemberStudy sums)
    {
        var b = _branches[branchId];
        b.StudyHoursSum += sums.HoursSum;
        b.ServiceHoursSum += sums.ServiceHoursSum;
        b.StudyFormMask |= sums.FormMask;
    }

    /// <summary>
    /// Adds a study row in the period to sums that no branch holds yet (see <see cref="GiveStudy"/>), with the checks of
    /// <see cref="AddStudy(string?, string?, DateOnly, StudyForm, double?, decimal, double?, decimal, bool?, SourceLocation?)"/>;
    /// ask <see cref="InPeriod"/> first.
    /// </summary>
    public void AddStudySums(MemberStudy sums, StudyForm form, DateOnly date, double? hours, decimal hoursExact, double? points, decimal pointsExact,
        bool? completed, SourceLocation? location) =>
        AddStudy(null, sums, form, date, hours, hoursExact, points, pointsExact, completed, location);

    /// <summary>A branch's study sums per member, made at its first member's row and sized for its members.</summary>
    private static Dictionary<string, MemberStudy> StudyMapOf(BranchData b) =>
        b.MemberStudyMap ??= new Dictionary<string, MemberStudy>(Math.Max(4, b.MembershipList.Count), StringComparer.Ordinal);

    /// <summary>
    /// A member by id (null when the members table does not list it). Study rows usually follow the members table's order, so the member after the one found last is
    /// tried first (a string comparison, and its entry is likely in cache), before the index is searched.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public MemberEntry? FindMember(string id)
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
        _meetingKeys.EndRun();
        BeginFile(file);
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
                Texts.BranchIdTwice.With(r.BranchId, first));
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
                Texts.MemberListedTwice.With(Member(r.MemberId), r.BranchId));
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
                    Texts.MemberSecondHome.With(Member(r.MemberId), r.BranchId, home, "home=否"));
                return;
            }

            (member.HomeBranch, member.Role) = (b.BranchId, r.Role);
        }

        b.MembershipList.Add(r);
    }

    /// <summary>
    /// Adds a meeting given field by field (the reader's fast path: no record, no id string); <paramref name="meetingId"/>
    /// tells a repeated meeting (its key) and names it in a message. <paramref name="record"/> is kept as it is when the
    /// builder keeps meeting records.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddMeeting<TId>(string branchId, MeetingType type, DateOnly date, TId meetingId, int? attendees, int? expected,
        int? excused, bool themeDay, SourceLocation? location = null, MeetingRecord? record = null)
        where TId : IMeetingId, allows ref struct
    {
        if (!TryBranch(branchId, location, out var b))
        {
            return;
        }

        b.FirstMeeting = BranchData.Earlier(b.FirstMeeting, date); // dates the branch's founding when founded is not given
        if (!InPeriod(InputTable.Meetings, date))
        {
            if (_requirements.Lookback && _period is not null && date < _period.Start && date >= Rules.AnnualWindows.LookbackFrom(_period))
            {
                // An annual window reaches back before the period: the meeting counts for annual items only.
                (b.EarlierMeetings ??= []).Add((type, date, themeDay));
            }

            return;
        }

        if (!meetingId.IsBlank && !_meetingKeys.FirstOf(b, meetingId.Key(b.Index, type, date), _file, out var firstFile))
        {
            _tally.DuplicateMeetings++;
            if (firstFile != _file)
            {
                RepeatAcrossFiles(firstFile, meetingId.Text(), branchId, location);
                return;
            }

            _diagnostics.Notice(DiagnosticCodes.DuplicateMeeting, Where(location),
                Texts.MeetingListedAgain.With(meetingId.Text(), branchId, InputCatalogue.MeetingTypes.CodeOf((int)type), date));
            return;
        }

        b.Meetings.Add(type, date, attendees, expected, excused, themeDay);
        if (attendees is int a)
        {
            CheckAttendees(b, a, location);
        }

        if (KeepMeetingRecords)
        {
            (b.MeetingRecords ??= []).Add(record ?? new MeetingRecord(branchId, type, date,
                meetingId.IsBlank ? null : meetingId.Text(), attendees, expected, excused, themeDay));
        }
    }

    public void AddStudy(StudyRecord r) =>
        AddStudy(r.MemberId, r.BranchId, r.Date, r.Form, r.Hours, Exact(r.Hours), r.Points, Exact(r.Points), r.Completed, r.Location);

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
                AddStudy(_lastStudyBranch, _lastStudy, form, date, hours, hoursExact, points, pointsExact, completed, location);
            }

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
                    Texts.MemberNotListed.With(Member(mid)));
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
                Texts.StudyRowNoBranch);
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

        AddStudy(b, sums, form, date, hours, hoursExact, points, pointsExact, completed, location);
    }

    /// <summary>
    /// Adds a study row in the period: a member's row to the member's sums <paramref name="s"/> only (<see cref="Build"/>
    /// adds members' hours and forms to their branches), a branch-level row to its branch <paramref name="b"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddStudy(BranchData? b, MemberStudy? s, StudyForm form, DateOnly date, double? hours, decimal h, double? points, decimal p, bool? completed,
        SourceLocation? location)
    {
        if (TooLarge(hours) || TooLarge(points))
        {
            _diagnostics.Error(DiagnosticCodes.OutOfRange, Where(location).WithColumn(TooLarge(hours) ? "hours" : "points"), Texts.StudyTooLarge);
            return;
        }

        if (s is null)
        {
            // A branch-level row. A member's rows are summed in its own sums only; Build adds those to the branch. A row of
            // a service form (志愿服务) is not study: its hours are summed apart, for D3.
            if (hours is not null)
            {
                if ((InputCatalogue.ServiceFormMask & (1 << (int)form)) != 0)
                {
                    b!.ServiceHoursSum += h;
                }
                else
                {
                    b!.StudyHoursSum += h;
                }
            }

            b!.StudyFormMask |= 1 << (int)form;
        }
        else
        {
            s.Add(form, date, hours is not null, h, points is not null, p, completed == true);
        }
    }

    public void AddFinding(FindingRecord r)
    {
        if (!TryBranch(r.BranchId, r.Location, out var b))
        {
            return;
        }

        b.FirstFinding = BranchData.Earlier(b.FirstFinding, r.Date);
        if (!_findingIds.Add(r.FindingId))
        {
            _diagnostics.Error(DiagnosticCodes.DuplicateRecordId, r.Location.WithColumn("finding_id"),
                Texts.FindingIdTwice.With(r.FindingId));
            return;
        }

        if (r.MemberId is { Length: > 0 } mid && _tables.Contains(InputTable.Members) && !_members.ContainsKey(mid))
        {
            _diagnostics.Error(DiagnosticCodes.UnknownMember, r.Location.WithColumn("member_id"),
                Texts.MemberNotListed.With(Member(mid)));
            return;
        }

        // Findings found before the period still matter for rectification; those after its end do not exist yet.
        if (_period is not null)
        {
            if (r.Date > _period.End)
            {
                _tally.CountOutside(InputTable.Findings, r.Date, _period.End);
                return;
            }

            if (r.Date < _period.Start)
            {
                _tally.Widen(r.Date, r.Date); // kept for rectification, but not a record of the period
            }
            else
            {
                _tally.Inside++;
            }
        }
        else
        {
            _tally.FindingYears[r.Date.Year] = _tally.FindingYears.GetValueOrDefault(r.Date.Year) + 1;
        }

        b.FindingList.Add(r);
    }

    private static bool TooLarge(double? x) => x is double v && !(Math.Abs(v) <= ValueParser.MaxMagnitude);

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
            Texts.BranchNotListed.With(id));
        return false;
    }

    /// <summary>
    /// Adds the members' study sums to their branches (decimal: exactly, in any order) and hands the records to the
    /// period stage (<see cref="PeriodStage.Apply"/>). Returns null when an error was reported (here or while adding).
    /// </summary>
    public Dataset? Build()
    {
        _meetingKeys.Release(); // only needed while the meetings were read
        ReportRepeatsAcrossFiles();
        foreach (var b in _branches.Values)
        {
            foreach (var sums in b.MemberStudyMap?.Values ?? (IEnumerable<MemberStudy>)[])
            {
                b.StudyHoursSum += sums.HoursSum;
                b.ServiceHoursSum += sums.ServiceHoursSum;
                b.StudyFormMask |= sums.FormMask;
            }
        }

        if (!_tables.Contains(InputTable.Branches))
        {
            _diagnostics.Error(DiagnosticCodes.NoBranches, Origin, Texts.NoBranchesTable.With("branches.csv", "支部.csv"));
            return null;
        }

        var dataset = PeriodStage.Apply(_period, _branches, _members, _tables, _files, _tally, Origin, _diagnostics, Parallelism,
            unitsDeclared: _tables.Contains(InputTable.Units) && _units.Count > 0);
        return dataset is null ? null : WithHierarchy(dataset);
    }
}
