using System.Globalization;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Tests.Support;

/// <summary>Short constructors for input records, with the defaults a test rarely cares about.</summary>
internal static class R
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static SourceLocation Row(string file, int row) => SourceLocation.AtRow(file, row);

    public static BranchRecord Branch(string id, BranchType type = BranchType.Regular, int? members = null, int? partyGroups = null,
        bool? hasCommittee = null, double? vacantDays = null, string unit = "U1", SourceLocation? at = null, string? parent = null) =>
        new(id, "支部" + id, unit, type, parent, members, partyGroups, hasCommittee, vacantDays, at);

    public static UnitRecord Unit(string id, string name, string? parent = null, int? order = null, string? level = null, SourceLocation? at = null) =>
        new(id, name, parent, order, level, at);

    public static MemberRecord Member(string id, string branch, MemberRole role = MemberRole.Member, MemberStatus status = MemberStatus.Full,
        bool home = true, string? joined = null, SourceLocation? at = null) =>
        new(id, branch, status, role, home, joined is null ? null : D(joined), at);

    public static MeetingRecord Meeting(string branch, MeetingType type, string date, string? id = null, int? attendees = null,
        int? expected = null, int? excused = null, bool themeDay = false, SourceLocation? at = null) =>
        new(branch, type, D(date), id, attendees, expected, excused, themeDay, at);

    public static FindingRecord Finding(string id, string branch, string date, string? member = null, int? form = null,
        FindingSource? source = null, FindingCategory? category = null, string? due = null, string? closed = null,
        Tolerance tolerance = Tolerance.None, ResponsibleRole? responsibility = null, SourceLocation? at = null) =>
        new(id, branch, D(date), member, form, source, category, due is null ? null : D(due), closed is null ? null : D(closed),
            tolerance, responsibility, at);

    public static AssessmentRecord Assessment(string branch, string item, double score, double? max = null, Period? period = null,
        SourceLocation? at = null) =>
        new(branch, item, score, max, null, period, at);

    public static IndicatorValueRecord Value(string branch, string indicator, double value, Period? period = null, SourceLocation? at = null) =>
        new(branch, indicator, value, period, at);

    /// <summary>
    /// Adds a meeting record as the IO reader does: its meeting_id keyed by the XxHash128 of (branch, type, date, UTF-8
    /// bytes) (the core is given the key; the readers compute it).
    /// </summary>
    public static void AddMeeting(this DatasetBuilder builder, MeetingRecord r) =>
        builder.AddMeeting(r.BranchId, r.Type, r.Date, new TextMeetingId(r.MeetingId), r.Attendees, r.Expected, r.Excused, r.ThemeDay, r.Location, r);

    /// <summary>A meeting_id given as text, keyed as <c>EcoAssessment.IO.Csv.Ingest.Utf8MeetingId</c> keys its bytes.</summary>
    private readonly struct TextMeetingId(string? id) : IMeetingId
    {
        public bool IsBlank => string.IsNullOrEmpty(id);

        public UInt128 Key(int branch, MeetingType type, DateOnly date)
        {
            var utf8 = System.Text.Encoding.UTF8.GetBytes(id ?? string.Empty);
            var key = new byte[12 + utf8.Length];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(key, branch);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(key.AsSpan(4), (int)type);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(key.AsSpan(8), date.DayNumber);
            utf8.CopyTo(key, 12);
            return System.IO.Hashing.XxHash128.HashToUInt128(key);
        }

        public string Text() => id ?? string.Empty;
    }

    public static Period P(string label) =>
        Period.TryParse(label, out var p, out var error) ? p : throw new ArgumentException(error, nameof(label));
}

/// <summary>
/// Collects records table by table and feeds them to a <see cref="DatasetBuilder"/> in the reading order (branches,
/// members, meetings, assessments, findings, indicators), optionally with the rows of each table in another order.
/// A table is present when declared with <see cref="Table"/> or when a record of it was added.
/// </summary>
internal sealed class TestData
{
    private readonly List<BranchRecord> _branches = [];
    private readonly List<MemberRecord> _members = [];
    private readonly List<MeetingRecord> _meetings = [];
    private readonly List<AssessmentRecord> _assessments = [];
    private readonly List<FindingRecord> _findings = [];
    private readonly List<IndicatorValueRecord> _values = [];
    private readonly List<UnitRecord> _units = [];
    private readonly HashSet<InputTable> _tables = [InputTable.Branches];

    public TestData Table(params InputTable[] tables)
    {
        _tables.UnionWith(tables);
        return this;
    }

    public TestData Add(params BranchRecord[] r) => Add(_branches, InputTable.Branches, r);

    public TestData Add(params MemberRecord[] r) => Add(_members, InputTable.Members, r);

    public TestData Add(params MeetingRecord[] r) => Add(_meetings, InputTable.Meetings, r);

    public TestData Add(params AssessmentRecord[] r) => Add(_assessments, InputTable.Assessments, r);

    public TestData Add(params FindingRecord[] r) => Add(_findings, InputTable.Findings, r);

    public TestData Add(params IndicatorValueRecord[] r) => Add(_values, InputTable.Indicators, r);

    public TestData Add(params UnitRecord[] r) => Add(_units, InputTable.Units, r);

    /// <summary>Adds a branch (type regular, unit U1) for each id.</summary>
    public TestData Branches(params string[] ids) => Add(ids.Select(id => R.Branch(id)).ToArray());

    private TestData Add<T>(List<T> list, InputTable table, T[] records)
    {
        _tables.Add(table);
        list.AddRange(records);
        return this;
    }

    /// <summary>Builds; <paramref name="order"/> may reorder the rows of every table (e.g. reverse them).</summary>
    public Dataset? TryBuild(Period? period, DiagnosticBag bag, Func<IReadOnlyList<object>, IEnumerable<object>>? order = null)
    {
        var builder = new DatasetBuilder(period, bag) { KeepMeetingRecords = true };
        IEnumerable<T> Ordered<T>(List<T> list) => order is null ? list : order(list.Cast<object>().ToArray()).Cast<T>();

        void Feed<T>(InputTable table, List<T> rows, Action<T> add)
        {
            if (!_tables.Contains(table))
            {
                return;
            }

            builder.BeginTable(table, table.ToString().ToLowerInvariant() + ".csv");
            foreach (var r in Ordered(rows))
            {
                add(r);
            }
        }

        Feed(InputTable.Branches, _branches, builder.AddBranch);
        Feed(InputTable.Members, _members, builder.AddMember);
        Feed(InputTable.Meetings, _meetings, builder.AddMeeting);
        Feed(InputTable.Study, new List<StudyRecord>(), builder.AddStudy);
        Feed(InputTable.Assessments, _assessments, builder.AddAssessment);
        Feed(InputTable.Findings, _findings, builder.AddFinding);
        Feed(InputTable.Indicators, _values, builder.AddIndicatorValue);
        Feed(InputTable.Units, _units, builder.AddUnit);
        return builder.Build();
    }

    /// <summary>Builds and fails the test when the builder reports an error.</summary>
    public Dataset Build(Period? period = null, Func<IReadOnlyList<object>, IEnumerable<object>>? order = null)
    {
        var bag = new DiagnosticBag();
        var ds = TryBuild(period ?? Period.Year(2024), bag, order);
        if (ds is null)
        {
            throw new InvalidOperationException("the test dataset did not build:\n" + string.Join("\n", bag.Items));
        }

        return ds;
    }

    public static BranchData BranchOf(Dataset ds, string id) => ds.Branches.Single(b => b.BranchId == id);
}
