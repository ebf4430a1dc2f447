using System.Runtime.CompilerServices;
using System.Text;
using EcoAssessment.IO.Ingest;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Csv;

/// <summary>
/// Maps the rows of the large tables (members, meetings, study, assessments) from a plain CSV line's bytes straight into
/// the builder, without a string per cell or a record per row. Each cell is converted as <see cref="RowReader"/> converts
/// it (decode, <see cref="TextNormaliser.Fold"/>, parse), through a per-column <see cref="CellCache{T}"/>, so a repeated
/// value is converted once. <see cref="TryAdd"/> returns false, having added nothing, for any row that would report a
/// problem (an error or a warning) or that is not plainly a record; the caller then reads that row the general way.
/// </summary>
internal abstract class FastRows
{
    private readonly RowReader _row;

    protected FastRows(RowReader row, IngestLane builder)
    {
        _row = row;
        Builder = builder;
        Layout = row.Layout;
    }

    protected IngestLane Builder { get; }

    protected TableLayout Layout { get; }

    /// <summary>The fast mapping of a table, or null for the small tables (read the general way).</summary>
    public static FastRows? For(TableSpec table, RowReader row, IngestLane builder) => table.Name switch
    {
        "members" => new MemberRows(row, builder),
        "meetings" => new MeetingRows(row, builder),
        "study" => new StudyRows(row, builder),
        "assessments" => new AssessmentRows(row, builder),
        _ => null,
    };

    /// <summary>Adds the row when it is a clean record; false (nothing added) sends it the general way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd(ReadOnlySpan<byte> text, FieldBounds fields, int line)
    {
        // A totals row (合计 in one of the first two cells) or a notes row is not ASCII there; leave those to the general way.
        if (!System.Text.Ascii.IsValid(fields.Cell(text, 0)) || !System.Text.Ascii.IsValid(fields.Cell(text, 1)))
        {
            return false;
        }

        return TryMap(text, fields, line);
    }

    protected abstract bool TryMap(ReadOnlySpan<byte> text, FieldBounds fields, int line);

    /// <summary>Points the builder's location at this row, just before a record is added (the builder may report a problem).</summary>
    protected void At(int line)
    {
        _row.Position(line);
        Builder.RowLocation = _row.Locator;
    }

    protected int Index(string column) => Layout.Columns.TryGetValue(column, out var i) ? i : -1;

    /// <summary>Whether a column holds ids (refused in scientific notation, as <see cref="RowReader.Id"/> refuses them).</summary>
    protected bool IsId(string column) => Layout.Table.Column(column)?.Type == ColumnType.Id;

    /// <summary>The folded text of a cell as <see cref="RowReader.Raw"/> gives it: null when blank.</summary>
    protected static string? Folded(ReadOnlySpan<byte> cell)
    {
        if (cell.IsEmpty)
        {
            return null;
        }

        var s = TextNormaliser.Fold(Encoding.UTF8.GetString(cell));
        return s.Length == 0 ? null : s;
    }

    /// <summary>A converted cell: <see cref="Blank"/> when the cell is empty, else <see cref="Value"/>.</summary>
    protected readonly record struct Cell<T>(bool Blank, T Value);

    /// <summary>A column converted through a cache: <paramref name="convert"/> maps folded non-blank text to a value or fails.</summary>
    protected sealed class Column<T>(int index, TryConvert<T> convert, TryBytes<T>? direct = null)
    {
        private readonly CellCache<Cell<T>> _cache = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryGet(ReadOnlySpan<byte> text, FieldBounds fields, out Cell<T> value)
        {
            if (index < 0)
            {
                value = new Cell<T>(true, default!);
                return true;
            }

            var cell = fields.Cell(text, index);
            if (cell.IsEmpty)
            {
                value = new Cell<T>(true, default!);
                return true;
            }

            // A column with a direct conversion (dates) has too many distinct values for the cache: the common form is
            // converted straight away, and only other forms go through the cache.
            if (direct is not null && direct(cell, out var d))
            {
                value = new Cell<T>(false, d);
                return true;
            }

            if (_cache.TryGet(cell, out value))
            {
                return true;
            }

            var s = Folded(cell);
            if (s is null)
            {
                value = new Cell<T>(true, default!);
            }
            else if (convert(s, out var v))
            {
                value = new Cell<T>(false, v);
            }
            else
            {
                return false;
            }

            _cache.Add(cell, value);
            return true;
        }
    }

    protected delegate bool TryConvert<T>(string folded, out T value);

    /// <summary>
    /// A conversion straight from the bytes of a cell in one common form, giving what <see cref="TryConvert{T}"/> gives
    /// for its text; false for any other form (the general conversion then decides).
    /// </summary>
    protected delegate bool TryBytes<T>(ReadOnlySpan<byte> cell, out T value);

    protected Column<double> Number(string column) => new(Index(column), static (string s, out double v) =>
        ValueParser.TryParseNumber(s, out v) && !(Math.Abs(v) > ValueParser.MaxMagnitude));

    /// <summary>A number with its decimal value as the builder's sums add it (<see cref="DatasetBuilder.Exact"/>).</summary>
    protected Column<(double Value, decimal Exact)> ExactNumber(string column) => new(Index(column), static (string s, out (double, decimal) v) =>
    {
        var ok = ValueParser.TryParseNumber(s, out var d) && !(Math.Abs(d) > ValueParser.MaxMagnitude);
        v = (d, ok ? DatasetBuilder.Exact(d) : 0);
        return ok;
    });

    protected Column<int> Count(string column) => new(Index(column), static (string s, out int v) => ValueParser.TryParseCount(s, out v));

    protected Column<(DateOnly Date, bool MonthOnly)> Date(string column, bool allowMonth) => new(Index(column), (string s, out (DateOnly, bool) v) =>
    {
        var ok = ValueParser.TryParseDate(s, allowMonth, out var d, out var monthOnly);
        v = (d, monthOnly);
        return ok;
    }, IsoDate);

    /// <summary>
    /// A date in exactly the ISO form yyyy-MM-dd, as <see cref="ValueParser.TryParseDate"/> reads it (year 1900–2200, a
    /// real day): for columns with many distinct dates (joined), which a cache would not hold.
    /// </summary>
    internal static bool IsoDate(ReadOnlySpan<byte> cell, out (DateOnly Date, bool MonthOnly) value)
    {
        value = default;
        if (cell.Length != 10 || cell[4] != '-' || cell[7] != '-')
        {
            return false;
        }

        // Each digit's value; a byte that is not a digit gives a value above 9 (unsigned).
        uint y1 = (uint)(cell[0] - '0'), y2 = (uint)(cell[1] - '0'), y3 = (uint)(cell[2] - '0'), y4 = (uint)(cell[3] - '0');
        uint m1 = (uint)(cell[5] - '0'), m2 = (uint)(cell[6] - '0'), d1 = (uint)(cell[8] - '0'), d2 = (uint)(cell[9] - '0');
        if ((y1 > 9) | (y2 > 9) | (y3 > 9) | (y4 > 9) | (m1 > 9) | (m2 > 9) | (d1 > 9) | (d2 > 9))
        {
            return false;
        }

        var y = (int)((y1 * 1000) + (y2 * 100) + (y3 * 10) + y4);
        var m = (int)((m1 * 10) + m2);
        var d = (int)((d1 * 10) + d2);
        if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        value = (new DateOnly(y, m, d), false);
        return true;
    }

    protected Column<bool> Flag(string column) => new(Index(column), static (string s, out bool v) => ValueParser.TryParseFlag(s, out v));

    protected Column<int> Code(string column)
    {
        var codes = Layout.Table.Column(column)!.Codes!;
        return new(Index(column), (string s, out int v) => codes.TryParse(s, out v));
    }

    protected Column<Period?> PeriodOf(string column) => new(Index(column), static (string s, out Period? v) =>
    {
        var ok = Period.TryParse(s, out var p, out _);
        v = ok ? p : null;
        return ok;
    });

    /// <summary>Text as <see cref="RowReader.Raw"/> gives it (names, items): cached, so a repeated value is one string.</summary>
    protected Column<string> Text(string column) => new(Index(column), static (string s, out string v) =>
    {
        v = s;
        return true;
    });

    /// <summary>An id column as <see cref="RowReader.Id"/> reads it (refused in scientific notation when the column holds ids).</summary>
    protected Column<string> IdColumn(string column)
    {
        var isId = IsId(column);
        return new(Index(column), (string s, out string v) =>
        {
            v = s;
            return !(isId && RowReader.LooksScientific(s));
        });
    }

    /// <summary>
    /// An id column whose value usually repeats on the next row (a branch's meetings, a member's study rows): the last
    /// value is kept, so equal rows share one string and the builder recognises it by reference.
    /// </summary>
    protected sealed class RepeatedId(int index, bool isId, KnownText? known = null)
    {
        private byte[] _last = new byte[32];
        private int _lastLength;
        private string? _value;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryGet(ReadOnlySpan<byte> text, FieldBounds fields, out string? value)
        {
            var cell = index < 0 ? default : fields.Cell(text, index);
            if (cell.IsEmpty)
            {
                value = null;
                return true;
            }

            if (_value is not null && cell.SequenceEqual(_last.AsSpan(0, _lastLength)))
            {
                value = _value;
                return true;
            }

            value = known?.Invoke(cell) ?? Folded(cell);
            if (value is null)
            {
                return true;
            }

            if (isId && RowReader.LooksScientific(value))
            {
                value = null;
                return false;
            }

            if (cell.Length > _last.Length)
            {
                _last = new byte[cell.Length];
            }

            cell.CopyTo(_last);
            _lastLength = cell.Length;
            _value = value;
            return true;
        }
    }

    protected RepeatedId Repeated(string column, KnownText? known = null) => new(Index(column), IsId(column), known);

    /// <summary>
    /// An id the builder already holds whose text is exactly these bytes (so it is its own folded text and was accepted
    /// as an id), or null: the cell is then decoded as usual.
    /// </summary>
    protected delegate string? KnownText(ReadOnlySpan<byte> cell);

    private sealed class MeetingRows : FastRows
    {
        private readonly RepeatedId _branch;
        private readonly Column<int> _type;
        private readonly Column<(DateOnly Date, bool MonthOnly)> _date;
        private readonly Column<int> _attendees;
        private readonly Column<int> _expected;
        private readonly Column<int> _excused;
        private readonly Column<bool> _themeDay;
        private readonly int _meetingId;
        private readonly bool _meetingIdIsId;

        public MeetingRows(RowReader row, IngestLane builder)
            : base(row, builder)
        {
            _branch = Repeated("branch_id");
            _type = Code("type");
            _date = Date("date", allowMonth: false);
            _attendees = Count("attendees");
            _expected = Count("expected");
            _excused = Count("excused");
            _themeDay = Flag("theme_day");
            _meetingId = Index("meeting_id");
            _meetingIdIsId = IsId("meeting_id");
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        protected override bool TryMap(ReadOnlySpan<byte> text, FieldBounds fields, int line)
        {
            if (!_branch.TryGet(text, fields, out var branch) || branch is null
                || !_type.TryGet(text, fields, out var type) || type.Blank
                || !_date.TryGet(text, fields, out var date) || date.Blank
                || !_attendees.TryGet(text, fields, out var attendees)
                || !_expected.TryGet(text, fields, out var expected)
                || !_excused.TryGet(text, fields, out var excused)
                || !_themeDay.TryGet(text, fields, out var themeDay))
            {
                return false;
            }

            int? a = attendees.Blank ? null : attendees.Value;
            int? e = expected.Blank ? null : expected.Value;
            int? x = excused.Blank ? null : excused.Value;
            if (a is int av && e is int ev && av > ev - (x ?? 0))
            {
                return false; // a warning: the general way reports it
            }

            // The meeting_id is hashed as the folded text's UTF-8 bytes: a printable ASCII cell is its own folded text.
            var id = _meetingId < 0 ? default : fields.Cell(text, _meetingId);
            byte[]? folded = null;
            if (!id.IsEmpty && !IsPrintableAscii(id))
            {
                var s = Folded(id);
                folded = s is null ? [] : Encoding.UTF8.GetBytes(s);
                if (s is not null && _meetingIdIsId && RowReader.LooksScientific(s))
                {
                    return false;
                }
            }
            else if (!id.IsEmpty && _meetingIdIsId && LooksScientific(id))
            {
                return false;
            }

            At(line);
            Builder.AddMeeting(branch, (MeetingType)type.Value, date.Value.Date, folded ?? id, a, e, x, !themeDay.Blank && themeDay.Value);
            return true;
        }
    }

    private static bool IsPrintableAscii(ReadOnlySpan<byte> cell) => cell.IndexOfAnyExceptInRange((byte)0x21, (byte)0x7E) < 0;

    private static bool LooksScientific(ReadOnlySpan<byte> ascii)
    {
        // Only an E or e can make an id look like a number in scientific notation: most ids have none.
        if (ascii.IndexOfAny((byte)'E', (byte)'e') < 0)
        {
            return false;
        }

        return RowReader.LooksScientific(Encoding.ASCII.GetString(ascii));
    }

    private sealed class StudyRows : FastRows
    {
        private readonly RepeatedId _member;
        private readonly RepeatedId _branch;
        private readonly Column<(DateOnly Date, bool MonthOnly)> _date;
        private readonly Column<int> _form;
        private readonly Column<(double Value, decimal Exact)> _hours;
        private readonly Column<(double Value, decimal Exact)> _points;
        private readonly Column<bool> _completed;

        public StudyRows(RowReader row, IngestLane builder)
            : base(row, builder)
        {
            _member = Repeated("member_id", builder.ExpectedMemberId);
            _branch = Repeated("branch_id");
            _date = Date("date", allowMonth: true);
            _form = Code("form");
            _hours = ExactNumber("hours");
            _points = ExactNumber("points");
            _completed = Flag("completed");
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        protected override bool TryMap(ReadOnlySpan<byte> text, FieldBounds fields, int line)
        {
            if (!_member.TryGet(text, fields, out var member)
                || !_branch.TryGet(text, fields, out var branch)
                || (member is null && branch is null)
                || !_date.TryGet(text, fields, out var date) || date.Blank
                || !_form.TryGet(text, fields, out var form) || form.Blank
                || !_hours.TryGet(text, fields, out var hours)
                || !_points.TryGet(text, fields, out var points)
                || !_completed.TryGet(text, fields, out var completed))
            {
                return false;
            }

            if ((!hours.Blank && hours.Value.Value < 0) || (!points.Blank && points.Value.Value < 0))
            {
                return false;
            }

            At(line);
            Builder.AddStudy(member, branch, date.Value.Date, (StudyForm)form.Value, hours.Blank ? null : hours.Value.Value, hours.Value.Exact,
                points.Blank ? null : points.Value.Value, points.Value.Exact, completed.Blank ? null : completed.Value);
            return true;
        }
    }

    private sealed class MemberRows : FastRows
    {
        private readonly int _member;
        private readonly bool _memberIsId;
        private readonly RepeatedId _branch;
        private readonly Column<int> _status;
        private readonly Column<int> _role;
        private readonly Column<bool> _home;
        private readonly Column<(DateOnly Date, bool MonthOnly)> _joined;

        public MemberRows(RowReader row, IngestLane builder)
            : base(row, builder)
        {
            _member = Index("member_id");
            _memberIsId = IsId("member_id");
            _branch = Repeated("branch_id");
            _status = Code("status");
            _role = Code("role");
            _home = Flag("home");
            _joined = Date("joined", allowMonth: false);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        protected override bool TryMap(ReadOnlySpan<byte> text, FieldBounds fields, int line)
        {
            // member_id is unique per row: converted without the cache (which would only churn).
            var member = Folded(fields.Cell(text, _member));
            if (member is null || (_memberIsId && RowReader.LooksScientific(member))
                || !_branch.TryGet(text, fields, out var branch) || branch is null
                || !_status.TryGet(text, fields, out var status)
                || !_role.TryGet(text, fields, out var role)
                || !_home.TryGet(text, fields, out var home)
                || !_joined.TryGet(text, fields, out var joined))
            {
                return false;
            }

            At(line);
            Builder.AddMember(new MemberRecord(member, branch, status.Blank ? MemberStatus.Full : (MemberStatus)status.Value,
                role.Blank ? MemberRole.Member : (MemberRole)role.Value, home.Blank || home.Value, joined.Blank ? null : joined.Value.Date, null));
            return true;
        }
    }

    private sealed class AssessmentRows : FastRows
    {
        private readonly RepeatedId _branch;
        private readonly Column<string> _item;
        private readonly Column<double> _score;
        private readonly Column<double> _max;
        private readonly Column<string> _assessor;
        private readonly Column<Period?> _period;

        public AssessmentRows(RowReader row, IngestLane builder)
            : base(row, builder)
        {
            _branch = Repeated("branch_id");
            _item = IdColumn("item");
            _score = Number("score");
            _max = Number("max_score");
            _assessor = Text("assessor");
            _period = PeriodOf("period");
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        protected override bool TryMap(ReadOnlySpan<byte> text, FieldBounds fields, int line)
        {
            if (!_branch.TryGet(text, fields, out var branch) || branch is null
                || !_item.TryGet(text, fields, out var item) || item.Blank
                || !_score.TryGet(text, fields, out var score) || score.Blank
                || !_max.TryGet(text, fields, out var max)
                || !_assessor.TryGet(text, fields, out var assessor)
                || !_period.TryGet(text, fields, out var period))
            {
                return false;
            }

            if (score.Value < 0 || (!max.Blank && (max.Value <= 0 || score.Value > max.Value)))
            {
                return false;
            }

            At(line);
            Builder.AddAssessment(new AssessmentRecord(branch, item.Value, score.Value, max.Blank ? null : max.Value,
                assessor.Blank ? null : assessor.Value, period.Blank ? null : period.Value, null));
            return true;
        }
    }
}
