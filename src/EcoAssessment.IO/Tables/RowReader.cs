using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Tables;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>The fields of a parsed row as a row source gives them.</summary>
internal interface IRowFields
{
    /// <summary>How many fields the row has.</summary>
    int Count { get; }

    /// <summary>Field <paramref name="i"/>'s text.</summary>
    string Get(int i);
}

/// <summary>
/// Typed access to the current row of a table. Each getter parses one cell with the catalogue's rules and reports a
/// located error when the text is not acceptable; <see cref="HasErrors"/> says whether the row may be used.
/// </summary>
internal sealed class RowReader(TableOrigin origin, TableLayout layout, DiagnosticBag bag)
{
    private readonly Dictionary<string, string>? _letters = origin.Sheet is null ? null
        : layout.Columns.ToDictionary(c => c.Key, c => TableOrigin.ColumnLetters(c.Value), StringComparer.Ordinal);

    public RowReader(string path, TableLayout layout, DiagnosticBag bag)
        : this(new TableOrigin(path), layout, bag)
    {
    }

    private string[] _fields = [];

    public int Line { get; private set; }

    public bool HasErrors { get; private set; }

    public TableLayout Layout => layout;

    /// <summary>The number of fields of the header; a row with more non-empty fields is a suspected column shift.</summary>
    public int HeaderFields { get; set; }

    /// <summary>The most fields a row may have; a longer row is an error and its fields are not read.</summary>
    public int MaxFields { get; init; } = InputLimits.MaxFields;

    /// <summary>The most characters a row may have, all fields together.</summary>
    public int MaxRowChars { get; init; } = InputLimits.MaxRowChars;

    /// <summary>
    /// Starts a row from the fields a row source parsed (CsvHelper's current record), copied into the array kept from row
    /// to row; a struct <typeparamref name="TFields"/> makes this a direct call per field.
    /// </summary>
    public void Start<TFields>(TFields fields, int line)
        where TFields : IRowFields, allows ref struct
    {
        Line = line;
        HasErrors = false;
        if (TooManyFields(fields.Count, line))
        {
            return;
        }

        if (_fields.Length != fields.Count)
        {
            _fields = new string[fields.Count];
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            _fields[i] = fields.Get(i);
        }

        StartWithinLimits(line);
    }

    /// <summary>
    /// Starts a row from fields the fast CSV path decoded, with the same limits as <see cref="Start{TFields}(TFields, int)"/>
    /// (the number of fields, the characters of the row).
    /// </summary>
    public void StartChecked(string[] fields, int line)
    {
        Line = line;
        HasErrors = false;
        if (TooManyFields(fields.Length, line))
        {
            return;
        }

        _fields = fields;
        StartWithinLimits(line);
    }

    /// <summary>Moves to a row that the fast CSV path maps itself (no fields kept): locations then name this row.</summary>
    public void Position(int line)
    {
        Line = line;
        HasErrors = false;
    }

    private bool TooManyFields(int count, int line)
    {
        if (count <= MaxFields)
        {
            return false;
        }

        _fields = [];
        HasErrors = true;
        bag.Error(DiagnosticCodes.RowTooLong, origin.Row(line),
            Texts.ReadRowTooManyFields.With(count, MaxFields));
        return true;
    }

    private void StartWithinLimits(int line)
    {
        var chars = 0L;
        foreach (var f in _fields)
        {
            chars += f.Length;
        }

        if (chars > MaxRowChars)
        {
            HasErrors = true;
            bag.Error(DiagnosticCodes.RowTooLong, origin.Row(line),
                Texts.ReadRowTooManyChars.With(chars, MaxRowChars));
            return;
        }

        Started(line);
    }

    /// <summary>Starts a row from cells already read (a workbook row); the array is kept until the next row.</summary>
    public void Start(string[] fields, int line)
    {
        _fields = fields;
        Started(line);
    }

    private void Started(int line)
    {
        Line = line;
        HasErrors = false;

        if (HeaderFields > 0 && _fields.Length > HeaderFields && _fields.Skip(HeaderFields).Any(f => !string.IsNullOrWhiteSpace(f)))
        {
            HasErrors = true;
            bag.Error(DiagnosticCodes.MalformedCsv, origin.Row(line),
                Texts.ReadRowShifted.With(_fields.Length, HeaderFields));
        }
    }

    /// <summary>A cell's text as a message quotes it: at most 60 characters, so that a huge cell does not flood the output.</summary>
    private static string Show(string s) => s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 57), "…");

    /// <summary>Every cell empty: a spacer row.</summary>
    public bool IsBlank
    {
        get
        {
            foreach (var f in _fields)
            {
                if (!string.IsNullOrWhiteSpace(f))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A 合计/小计/总计 row (a spreadsheet's totals), skipped.</summary>
    public bool IsTotals
    {
        get
        {
            for (var i = 0; i < _fields.Length && i < 2; i++)
            {
                // A word of two characters, perhaps padded: shorter cells cannot be one.
                if (_fields[i].Length >= 2 && TextNormaliser.Fold(_fields[i]) is "合计" or "小计" or "总计")
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly string[] NotePrefixes = ["备注", "注:", "注：", "说明", "填表人", "制表人", "填报人", "审核人", "负责人", "填报单位", "填表日期", "制表日期", "填报日期"];

    /// <summary>
    /// A notes row under or between the records (备注：…, 填表人：张三 审核人：李四): one non-empty cell that starts with such
    /// a caption. Skipped like a totals row.
    /// </summary>
    public bool IsNotes
    {
        get
        {
            string? only = null;
            foreach (var f in _fields)
            {
                if (string.IsNullOrWhiteSpace(f))
                {
                    continue;
                }

                if (only is not null)
                {
                    return false;
                }

                only = f;
            }

            if (only is null)
            {
                return false;
            }

            var folded = TextNormaliser.Fold(only);
            return NotePrefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal));
        }
    }

    /// <summary>The location of a column in this row; <paramref name="column"/> is a catalogue name or an extra column's header.</summary>
    public SourceLocation At(string column)
    {
        var header = layout.Headers.GetValueOrDefault(column, column);
        if (origin.Sheet is null)
        {
            return SourceLocation.AtRow(origin.Path, Line, header);
        }

        if (layout.Columns.TryGetValue(column, out var index) || TryExtra(column, out index))
        {
            return origin.Cell(Line, index, header);
        }

        return origin.Row(Line) with { ColumnName = header };
    }

    /// <summary>The location of the whole row, which narrows to a cell with <see cref="SourceLocationExtensions.WithColumn"/>.</summary>
    public SourceLocation RowLocation => origin.Row(Line) with { Headers = layout.Headers, ColumnLetters = _letters };

    /// <summary><see cref="RowLocation"/> of the current row, as a delegate made once (for <see cref="DatasetBuilder.RowLocation"/>).</summary>
    public Func<SourceLocation?> Locator => _locator ??= () => RowLocation;

    private Func<SourceLocation?>? _locator;

    private bool TryExtra(string name, out int index)
    {
        foreach (var (i, n) in layout.Extra)
        {
            if (n == name)
            {
                index = i;
                return true;
            }
        }

        index = -1;
        return false;
    }

    public void Error(DiagnosticCode code, string column, Text message)
    {
        HasErrors = true;
        bag.Error(code, At(column), message);
    }

    public void Warning(DiagnosticCode code, string column, Text message) => bag.Warning(code, At(column), message);

    /// <summary>A column as messages name it: the header as written in the file (<c>支部编号</c>), else the catalogue name.</summary>
    public string HeaderOf(string column) => layout.Headers.GetValueOrDefault(column, column);

    /// <summary>The folded text of a column, or null when the column is absent or the cell blank.</summary>
    public string? Raw(string column)
    {
        var i = IndexOf(column);
        if (i < 0 || i >= _fields.Length)
        {
            return null;
        }

        var s = TextNormaliser.Fold(_fields[i]);
        return s.Length == 0 ? null : s;
    }

    // Column indices by column name, remembered by reference: the mapper passes the same literal for a column on every
    // row, so after the first row a cell is found without hashing its column's name.
    private readonly string?[] _indexNames = new string?[32];
    private readonly int[] _indexValues = new int[32];

    private int IndexOf(string column)
    {
        var slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(column) & 31;
        if (ReferenceEquals(_indexNames[slot], column))
        {
            return _indexValues[slot];
        }

        var index = layout.Columns.TryGetValue(column, out var i) ? i : -1;
        _indexNames[slot] = column;
        _indexValues[slot] = index;
        return index;
    }

    public string? RawAt(int index) => index < _fields.Length && TextNormaliser.Fold(_fields[index]) is { Length: > 0 } s ? s : null;

    /// <summary>A required text value (an id or a name).</summary>
    public string Required(string column)
    {
        var s = Raw(column);
        if (s is null)
        {
            Error(DiagnosticCodes.MissingValue, column, Texts.ReadCellEmpty.With(HeaderOf(column)));
            return string.Empty;
        }

        return CheckId(column, s) ?? string.Empty;
    }

    /// <summary>An optional id: null when blank; an error when a spreadsheet turned it into scientific notation.</summary>
    public string? Id(string column) => Raw(column) is { } s ? CheckId(column, s) : null;

    private string? CheckId(string column, string s)
    {
        // The cheap text test first: this runs for every id cell of every row.
        if (!LooksScientific(s) || layout.Table.Column(column)?.Type != ColumnType.Id)
        {
            return s;
        }

        Error(DiagnosticCodes.IdInScientificNotation, column,
            Texts.ReadIdScientific.With(s, "文本"));
        return null;
    }

    /// <summary>
    /// Text as Excel shows a long number: one digit, optionally a point and more digits, <c>E+</c> and the exponent
    /// (<c>4.10324E+17</c>). An id such as <c>2024E01</c> is not taken for one.
    /// </summary>
    public static bool LooksScientific(string s)
    {
        var e = s.AsSpan().IndexOfAny('E', 'e');
        if (e < 1 || e + 2 >= s.Length || s[e + 1] != '+' || !char.IsAsciiDigit(s[0]))
        {
            return false;
        }

        var mantissa = s.AsSpan(1, e - 1);
        var exponent = s.AsSpan(e + 2);
        return (mantissa.Length == 0 || (mantissa[0] == '.' && mantissa.Length > 1 && mantissa[1..].IndexOfAnyExceptInRange('0', '9') < 0))
            && exponent.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    public int? Count(string column)
    {
        var s = Raw(column);
        if (s is null)
        {
            return null;
        }

        if (ValueParser.TryParseCount(s, out var v))
        {
            return v;
        }

        var number = ValueParser.TryParseNumber(s, out var d);
        var negative = number && d < 0;
        var large = number && d > int.MaxValue;
        Error(negative || large ? DiagnosticCodes.OutOfRange : DiagnosticCodes.BadNumber, column,
            negative ? Texts.ReadCountNegative.With(Show(s), HeaderOf(column))
            : large ? Texts.ReadCountTooLarge.With(Show(s))
            : Texts.ReadNotWholeNumber.With(Show(s)));
        return null;
    }

    public double? Number(string column) => NumberText(column, Raw(column));

    public double? NumberText(string column, string? s)
    {
        if (s is null)
        {
            return null;
        }

        if (ValueParser.TryParseNumber(s, out var v))
        {
            if (Math.Abs(v) > ValueParser.MaxMagnitude)
            {
                Error(DiagnosticCodes.OutOfRange, column, Texts.ReadNumberTooLarge.With(Show(s)));
                return null;
            }

            return v;
        }

        Error(DiagnosticCodes.BadNumber, column, Texts.ReadNotNumber.With(Show(s)));
        return null;
    }

    public DateOnly? Date(string column, bool allowMonth = false) => Date(column, allowMonth, out _);

    public DateOnly? Date(string column, bool allowMonth, out bool monthOnly)
    {
        monthOnly = false;
        var s = Raw(column);
        if (s is null)
        {
            return null;
        }

        if (ValueParser.TryParseDate(s, allowMonth, out var d, out monthOnly))
        {
            return d;
        }

        Error(DiagnosticCodes.BadDate, column, (allowMonth ? Texts.ReadNotDateOrMonth : Texts.ReadNotDate).With(Show(s), "2024年3月7日"));
        return null;
    }

    public bool? Flag(string column)
    {
        var s = Raw(column);
        if (s is null)
        {
            return null;
        }

        if (ValueParser.TryParseFlag(s, out var b))
        {
            return b;
        }

        Error(DiagnosticCodes.BadFlag, column, Texts.ReadNotFlag.With(Show(s), "是", "否", "Y/N", "true/false"));
        return null;
    }

    public T? Code<T>(string column)
        where T : struct, Enum
    {
        var s = Raw(column);
        if (s is null)
        {
            return null;
        }

        var codes = layout.CodesOf(column);
        if (codes.TryParse(s, out var idx))
        {
            return System.Runtime.CompilerServices.Unsafe.As<int, T>(ref idx); // the code enums are ints: no boxing per cell
        }

        Error(DiagnosticCodes.UnknownCode, column, CodeTexts.WithNearest(Texts.ReadUnknownCode.With(Show(s), CodeTexts.Name(codes), CodeTexts.Choices(codes)), codes, s));
        return null;
    }

    /// <summary>A finding's form: a count (1–4 is checked by the caller) or one of the words of <see cref="InputCatalogue.FindingForms"/> (第二种形态, 二).</summary>
    public int? Form(string column)
    {
        var s = Raw(column);
        if (s is null || ValueParser.TryParseCount(s, out _) || ValueParser.TryParseNumber(s, out _))
        {
            return Count(column);
        }

        var forms = InputCatalogue.FindingForms;
        if (forms.TryParse(s, out var index))
        {
            return index + 1;
        }

        Error(DiagnosticCodes.UnknownCode, column,
            CodeTexts.WithNearest(Texts.SynUnknownForm.With(Show(s), CodeTexts.Name(forms), CodeTexts.List(forms.Entries.Select(e => e.Chinese))), forms, s));
        return null;
    }

    public Period? PeriodValue(string column)
    {
        var s = Raw(column);
        if (s is null)
        {
            return null;
        }

        if (Period.TryParse(s, out var p, out var error))
        {
            return p;
        }

        Error(DiagnosticCodes.BadPeriod, column, Text.Plain(error!));
        return null;
    }
}
