using System.Runtime.CompilerServices;
namespace EcoAssessment.Model;

/// <summary>The input tables (DESIGN.md §2).</summary>
public enum InputTable
{
    /// <summary>branches (支部): the only required table.</summary>
    Branches,

    /// <summary>members (党员).</summary>
    Members,

    /// <summary>meetings (会议).</summary>
    Meetings,

    /// <summary>study (学习).</summary>
    Study,

    /// <summary>assessments (考评): 双强双优 assessment items.</summary>
    Assessments,

    /// <summary>findings (问题): supervision findings and rectification items.</summary>
    Findings,

    /// <summary>indicators (指标): precomputed indicator values and facts.</summary>
    Indicators,

    /// <summary>units (单位): the optional unit tree (厅 → 市局 → 分局) the roll-up follows.</summary>
    Units,
}

/// <summary>
/// A member's study in the period, summed over its rows. Rows of a service form (志愿服务, <see cref="InputCatalogue.ServiceFormMask"/>)
/// are summed apart: they never count as study hours, points or forms.
/// </summary>
internal sealed class MemberStudy
{
    /// <summary>Σ hours of theory study (summed in decimal, so the total does not depend on the order of the rows).</summary>
    public double Hours => (double)HoursSum;

    /// <summary>Σ points of theory study.</summary>
    public double Points => (double)PointsSum;

    internal decimal HoursSum { get; set; }

    internal decimal PointsSum { get; set; }

    /// <summary>Σ hours of rows of a service form (志愿服务): what D3 derives from, never study.</summary>
    internal decimal ServiceHoursSum { get; set; }

    /// <summary>Bit i set when the member's rows use study form i (the branch's <c>StudyFormMask</c> includes it).</summary>
    internal int FormMask { get; set; }

    /// <summary>Rows of form micro_lecture: lectures this member gave.</summary>
    public int MicroLectures { get; internal set; }

    public int CompletedRows { get; internal set; }

    public int Rows { get; internal set; }

    /// <summary>The calendar quarters (year × 4 + quarter − 1) in which the member has an original_texts row, distinct, in
    /// the order first seen; null when none (most members have few, so a list is enough).</summary>
    internal List<int>? OriginalTextsQuarters { get; private set; }

    /// <summary>The calendar quarter of a day: year × 4 + quarter − 1.</summary>
    internal static int QuarterOf(DateOnly date) => (date.Year * 4) + ((date.Month - 1) / 3);

    /// <summary>Adds a row: its form and date, and its hours and points (exact decimals) when given.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Add(StudyForm form, DateOnly date, bool hasHours, decimal hours, bool hasPoints, decimal points, bool completed)
    {
        FormMask |= 1 << (int)form;
        Rows++;
        if ((InputCatalogue.ServiceFormMask & (1 << (int)form)) != 0)
        {
            // Service, not theory study (DOMAIN §5): its hours feed D3 only; points and completion are not study either.
            if (hasHours)
            {
                ServiceHoursSum += hours;
            }

            return;
        }

        if (hasHours)
        {
            HoursSum += hours;
        }

        if (hasPoints)
        {
            PointsSum += points;
        }

        if (form == StudyForm.MicroLecture)
        {
            MicroLectures++;
        }
        else if (form == StudyForm.OriginalTexts)
        {
            var q = QuarterOf(date);
            var quarters = OriginalTextsQuarters ??= [];
            if (!quarters.Contains(q))
            {
                quarters.Add(q);
            }
        }

        if (completed)
        {
            CompletedRows++;
        }
    }
}

/// <summary>
/// A branch's meetings in the period, aggregated as they are read: what the meeting measures and conditions use (held per
/// type and 主题党日 flag, attendance sums per type, the months with a 主题党日), so that memory does not grow with the
/// number of meetings. Every sum is of integers, so the aggregate does not depend on the order of the rows.
/// </summary>
internal sealed class MeetingStats
{
    private static readonly int TypeCount = Enum.GetValues<MeetingType>().Length;

    // Per type t: [2t] held without and [2t + 1] held with the 主题党日 flag; then per type attendees counted, (expected −
    // excused) and meetings whose attendees were capped, at 2T + 3t, 2T + 3t + 1, 2T + 3t + 2. Allocated at the first meeting.
    private long[]? _sums;
    private List<int>? _themeMonths;

    /// <summary>Meetings held in the period.</summary>
    public int Total { get; private set; }

    /// <summary>Adds one meeting of the period.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(MeetingType type, DateOnly date, int? attendees, int? expected, int? excused, bool themeDay)
    {
        var sums = _sums ??= new long[TypeCount * 5];
        var t = (int)type;
        var isThemeDay = themeDay || type == MeetingType.ThemeDay;
        sums[(2 * t) + (isThemeDay ? 1 : 0)]++;
        Total++;
        if (attendees is int a && expected is int e)
        {
            var denominator = Math.Max(0, e - (excused ?? 0));
            var at = (2 * TypeCount) + (3 * t);
            if (a > denominator)
            {
                sums[at + 2]++;
                a = denominator;
            }

            sums[at] += a;
            sums[at + 1] += denominator;
        }

        if (isThemeDay)
        {
            var month = (date.Year * 12) + date.Month - 1;
            var months = _themeMonths ??= [];
            if (!months.Contains(month))
            {
                months.Add(month);
            }
        }
    }

    /// <summary>Meetings of a type.</summary>
    public int Held(MeetingType type) => _sums is null ? 0 : (int)(_sums[2 * (int)type] + _sums[(2 * (int)type) + 1]);

    /// <summary>Meetings of the listed types (all when null) and, when given, with or without the 主题党日 flag (a theme_day meeting has it).</summary>
    public int Held(IReadOnlyList<MeetingType>? types, bool? themeDay)
    {
        if (_sums is null)
        {
            return 0;
        }

        long n = 0;
        for (var t = 0; t < TypeCount; t++)
        {
            if (types is not null && !types.Contains((MeetingType)t))
            {
                continue;
            }

            n += themeDay switch
            {
                true => _sums[(2 * t) + 1],
                false => _sums[2 * t],
                null => _sums[2 * t] + _sums[(2 * t) + 1],
            };
        }

        return (int)n;
    }

    /// <summary>
    /// Over the meetings of the listed types (all when empty) that give attendees and expected: Σ attendees (each at most
    /// expected − excused), Σ (expected − excused) and how many meetings had more attendees than that.
    /// </summary>
    public (long Present, long Due, int Capped) Attendance(IReadOnlyList<MeetingType> types)
    {
        long present = 0, due = 0, capped = 0;
        if (_sums is not null)
        {
            for (var t = 0; t < TypeCount; t++)
            {
                if (types.Count > 0 && !types.Contains((MeetingType)t))
                {
                    continue;
                }

                var at = (2 * TypeCount) + (3 * t);
                present += _sums[at];
                due += _sums[at + 1];
                capped += _sums[at + 2];
            }
        }

        return (present, due, (int)capped);
    }

    /// <summary>The distinct calendar months with a 主题党日 (a theme_day meeting or one combined with it).</summary>
    public int ThemeDayMonths => _themeMonths?.Count ?? 0;
}

/// <summary>
/// Everything the engine knows about one branch for the period: its record, memberships, the period's meetings,
/// findings (kept whole: explanations cite them), assessment items, study sums and precomputed values.
/// </summary>
internal sealed class BranchData
{
    internal BranchData(BranchRecord record) => Record = record;

    public BranchRecord Record { get; }

    public string BranchId => Record.BranchId;

    /// <summary>The order in which the branch was read (0, 1, …).</summary>
    internal int Index { get; init; }

    public IReadOnlyList<MemberRecord> Memberships => MembershipList;

    internal List<MemberRecord> MembershipList { get; } = [];

    /// <summary>The period's meetings, aggregated as they were read (counts, attendance, 主题党日 months).</summary>
    public MeetingStats Meetings { get; } = new();

    /// <summary>The period's meeting records themselves, only when the builder was asked to keep them (tests of the readers
    /// inspect each parsed field); null otherwise.</summary>
    public List<MeetingRecord>? MeetingRecords { get; internal set; }

    /// <summary>
    /// Meetings dated before the period, back to the earliest day an annual window reaches (only when the rule set declares
    /// one: <see cref="DatasetRequirements.Lookback"/>); null when none was kept.
    /// </summary>
    internal List<(MeetingType Type, DateOnly Date, bool ThemeDay)>? EarlierMeetings { get; set; }

    /// <summary>Meetings of the listed types (all when null), and with or without the 主题党日 flag when given, held from <paramref name="from"/> to the period's end.</summary>
    internal int HeldSince(IReadOnlyList<MeetingType>? types, bool? themeDay, DateOnly from)
    {
        var n = Meetings.Held(types, themeDay);
        if (EarlierMeetings is null)
        {
            return n;
        }

        foreach (var (type, date, theme) in EarlierMeetings)
        {
            var isTheme = theme || type == MeetingType.ThemeDay;
            if (date >= from && (types is null || types.Contains(type)) && (themeDay is not bool t || t == isTheme))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The branch's meetings with more attendees than its members, when there are any (a credibility check).</summary>
    internal AttendanceAboveMembers? AttendeesAboveMembers { get; set; }

    /// <summary>Findings dated up to the period end. Those dated before the period start are kept for rectification only.</summary>
    public IReadOnlyList<FindingRecord> Findings => FindingList;

    internal List<FindingRecord> FindingList { get; } = [];

    public IReadOnlyList<AssessmentRecord> Assessments => AssessmentList;

    internal List<AssessmentRecord> AssessmentList { get; } = [];

    /// <summary>Study per home member of this branch (member_id → sums).</summary>
    public IReadOnlyDictionary<string, MemberStudy> MemberStudy => MemberStudyMap ?? NoStudy;

    private static readonly Dictionary<string, MemberStudy> NoStudy = new(StringComparer.Ordinal);

    /// <summary>Made at the branch's first study row, sized for the branch's members.</summary>
    internal Dictionary<string, MemberStudy>? MemberStudyMap { get; set; }

    /// <summary>Theory-study hours of all rows attributed to this branch (member rows and branch-level rows); rows of a
    /// service form (志愿服务) are not study and are summed in <see cref="ServiceHours"/> instead.</summary>
    public double StudyHours => (double)StudyHoursSum;

    internal decimal StudyHoursSum { get; set; }

    /// <summary>Hours of the rows of a service form (志愿服务) attributed to this branch (member and branch-level rows): D3's source.</summary>
    public double ServiceHours => (double)ServiceHoursSum;

    internal decimal ServiceHoursSum { get; set; }

    /// <summary>Bit i set when study form i was used in the period.</summary>
    public int StudyFormMask { get; internal set; }

    /// <summary>Values of the <c>indicators</c> table, by indicator id or column name.</summary>
    public IReadOnlyDictionary<string, double> IndicatorValues => IndicatorValueMap;

    internal Dictionary<string, double> IndicatorValueMap { get; } = new(StringComparer.Ordinal);

    /// <summary>N: home members pro-rated by <c>joined</c> (all members for a temporary branch); from <c>branches.members</c>
    /// without a members table; null when neither is known.</summary>
    public double? MemberCount { get; internal set; }

    /// <summary>Full members on roll (not pro-rated), for the committee threshold.</summary>
    public int? FullMembers { get; internal set; }

    /// <summary>Whether a 支委会 exists: the column, else at least 7 full members; null when unknown.</summary>
    public bool? HasCommittee { get; internal set; }

    /// <summary>The earliest meeting date read for the branch, in the period or not (the meetings lane writes it).</summary>
    internal DateOnly? FirstMeeting { get; set; }

    /// <summary>The earliest finding date read for the branch, in the period or not (the findings lane writes it).</summary>
    internal DateOnly? FirstFinding { get; set; }

    /// <summary>
    /// The part of the period the branch existed: from its founding (<c>founded</c>; for a temporary branch without it, the
    /// first day of the month of its earliest meeting or finding) to its dissolution (<c>dissolved</c>), within the period; the whole period when
    /// neither is known. Every expectation (meetings per year, 主题党日 months, study hours, annual items) is pro-rated to it.
    /// </summary>
    public Period Active { get; internal set; } = null!;

    /// <summary>Whether the branch's founding came from its first record rather than the <c>founded</c> column.</summary>
    public bool FoundedFromRecords { get; internal set; }

    /// <summary>Notes the earliest date of a meeting or finding, for the founding's stand-in.</summary>
    internal static DateOnly? Earlier(DateOnly? first, DateOnly date) => first is DateOnly f && f <= date ? f : date;

    /// <summary>Finds this branch's membership of a member (home or temporary), or null.</summary>
    public MemberRecord? FindMembership(string memberId)
    {
        foreach (var m in MembershipList)
        {
            if (m.MemberId == memberId)
            {
                return m;
            }
        }

        return null;
    }
}

/// <summary>An ingested, period-filtered dataset: the input of <c>Plan.Run</c>. Immutable once built.</summary>
public sealed class Dataset
{
    internal Dataset(Period period, IReadOnlyList<BranchData> branches, IReadOnlySet<InputTable> tables,
        IReadOnlyDictionary<string, MemberEntry> members)
    {
        Period = period;
        Branches = branches;
        Tables = tables;
        _members = members;
        RecordsService = branches.Any(b => (b.StudyFormMask & InputCatalogue.ServiceFormMask) != 0);
        RecordsTaskMemberships = members.Values.Any(m => m.HomeBranch is { } home && (m.FirstBranch != home || m.OtherBranches is { Count: > 0 }));
    }

    /// <summary>Whether the study table holds any row of a service form (志愿服务) in the period, for any branch: without
    /// one the dataset does not record service there, and D3 is not derived from it (a zero would mean "not recorded").</summary>
    internal bool RecordsService { get; }

    /// <summary>Whether any home member also holds a <c>home=否</c> membership: without one the dataset does not record
    /// task memberships, and D2 is not derived from it.</summary>
    internal bool RecordsTaskMemberships { get; }

    private readonly IReadOnlyDictionary<string, MemberEntry> _members;

    /// <summary>The period the dataset was read for; records outside it were left out.</summary>
    public Period Period { get; }

    /// <summary>Branches in branch_id order (ordinal).</summary>
    internal IReadOnlyList<BranchData> Branches { get; }

    /// <summary>The tables that were present (possibly empty). An absent table makes its measures not available.</summary>
    public IReadOnlySet<InputTable> Tables { get; }

    /// <summary>A member's role in its home branch; null when the member has no home branch in the members table.</summary>
    internal MemberRole? HomeRole(string memberId) =>
        _members.TryGetValue(memberId, out var m) && m.HomeBranch is not null ? m.Role : null;

    /// <summary>What the builder knows of a member (its home and other memberships); null when the members table does not list it.</summary>
    internal MemberEntry? Member(string memberId) => _members.TryGetValue(memberId, out var m) ? m : null;

    /// <summary>
    /// The tree the roll-up follows (the units table and branches' parent_id), set by the builder before the dataset is
    /// handed out; without either, the flat list of the branches' unit names.
    /// </summary>
    internal Hierarchy Hierarchy { get; set; } = null!;

    /// <summary>Whether the table was present (possibly empty); an absent table makes its indicators not available.</summary>
    public bool Has(InputTable table) => Tables.Contains(table);
}

/// <summary>What a rule set needs of the records beyond the input contract, checked while reading.</summary>
/// <param name="MaxScore">Every assessment row needs a max_score (the rule set uses assessment_ratio).</param>
internal sealed record DatasetRequirements(bool MaxScore)
{
    public static DatasetRequirements None { get; } = new(false);

    /// <summary>
    /// Whether meetings before the period are kept back to <see cref="Rules.AnnualWindows.LookbackFrom"/> (a rule declares a
    /// rolling or year-to-date window for annual items).
    /// </summary>
    public bool Lookback { get; init; }

    /// <summary>The optional columns the rule set reads, each with the part that reads it (a caption not recognised while one is absent is an error).</summary>
    public IReadOnlyList<Rules.ColumnNeed> Columns { get; init; } = [];
}
