using EcoAssessment.Generation;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// Writes a generated dataset as one workbook the way an organisational department keeps it: a sheet per table with
/// its Chinese name (支部, 党员, 会议, …), a title row above Chinese column captions, Chinese codes, 是/否 flags and
/// real date cells. A table that outgrows a sheet continues on 学习_2, 学习_3, …
/// </summary>
internal sealed class XlsxDatasetWriter : IDatasetSink, IDisposable
{
    private readonly StreamingWorkbook _book = new();
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly int _year;

    private sealed class Table(TableSpec spec, string[] columns, int[] widths)
    {
        public TableSpec Spec { get; } = spec;

        public string[] Columns { get; } = columns;

        public int[] Widths { get; } = widths;

        public StreamingWorkbook.Sheet? Sheet { get; set; }

        public int Part { get; set; }
    }

    public XlsxDatasetWriter(string path, int year)
    {
        _path = path;
        _year = year;
        Add(InputCatalogue.Branches, ["branch_id", "name", "unit", "type", "parent_id", "members", "party_groups", "has_committee", "secretary_vacant_days"],
            [10, 26, 18, 10, 10, 8, 8, 10, 10]);
        Add(InputCatalogue.Members, ["member_id", "branch_id", "status", "role", "home", "joined"], [12, 10, 10, 10, 8, 12]);
        Add(InputCatalogue.Meetings, ["branch_id", "type", "date", "meeting_id", "attendees", "expected", "excused", "theme_day", "topic"],
            [10, 14, 12, 14, 8, 8, 8, 12, 14]);
        Add(InputCatalogue.Study, ["member_id", "branch_id", "date", "form", "hours", "points", "completed"], [12, 10, 12, 14, 8, 8, 8]);
        Add(InputCatalogue.Assessments, ["branch_id", "item", "score", "max_score", "assessor"], [10, 10, 8, 8, 10]);
        Add(InputCatalogue.Findings, ["finding_id", "branch_id", "date", "member_id", "form", "source", "category", "due_date", "closed_date", "tolerance", "responsibility"],
            [12, 10, 12, 12, 8, 10, 10, 12, 12, 10, 10]);
        Add(InputCatalogue.Indicators, ["branch_id", .. DatasetGenerator.IndicatorColumns], [10, 14, 14, 14, 14, 12, 12]);
        Add(InputCatalogue.Units, ["unit_id", "name", "parent", "order", "level"], [10, 32, 10, 8, 10]);
    }

    /// <summary>Generates a dataset into the workbook at <paramref name="path"/>.</summary>
    public static void Generate(GeneratorOptions options, string path, Action<string, long>? progress = null)
    {
        using var writer = new XlsxDatasetWriter(path, options.Year);
        DatasetGenerator.Generate(options, progress is null ? writer : new Generation.ProgressSink(writer, progress));
        writer.Save();
    }

    /// <summary>The caption a Chinese workbook uses for a column: its first Chinese alias, else its name.</summary>
    public static string Caption(TableSpec table, string column)
    {
        var spec = table.Column(column);
        return spec?.Aliases.FirstOrDefault(a => a.Any(c => c >= 0x4E00)) ?? column;
    }

    private void Add(TableSpec spec, string[] columns, int[] widths) => _tables[spec.Name] = new Table(spec, columns, widths);

    private void Row(string table, params object?[] values)
    {
        var t = _tables[table];
        if (t.Sheet is null || t.Sheet.RowCount >= StreamingWorkbook.MaxRows)
        {
            t.Part++;
            var name = t.Part == 1 ? t.Spec.Chinese : $"{t.Spec.Chinese}_{t.Part}";
            var captions = t.Columns.Select(c => Caption(t.Spec, c)).ToArray();
            t.Sheet = _book.AddSheet(name, captions, t.Widths.Select(w => (double)w).ToArray(), $"{_year}年度{t.Spec.Chinese}台账");
        }

        t.Sheet.Row(values);
    }

    private static string? Chinese(CodeList list, int? index) => index is int i ? list.Entries[i].Chinese : null;

    private static string? Flag(bool? b) => b is bool x ? (x ? "是" : "否") : null;

    public void Branch(BranchRecord r) => Row("branches",
        r.BranchId, r.Name, r.Unit, Chinese(InputCatalogue.BranchTypes, (int)r.Type), r.ParentId, r.Members, r.PartyGroups, Flag(r.HasCommittee), r.SecretaryVacantDays);

    public void Member(MemberRecord r) => Row("members",
        r.MemberId, r.BranchId, Chinese(InputCatalogue.MemberStatuses, (int)r.Status), Chinese(InputCatalogue.MemberRoles, (int)r.Role), Flag(r.Home), r.Joined);

    public void Meeting(MeetingRecord r) => Row("meetings",
        r.BranchId, Chinese(InputCatalogue.MeetingTypes, (int)r.Type), r.Date, r.MeetingId, r.Attendees, r.Expected, r.Excused, r.ThemeDay ? "是" : null,
        InputCatalogue.MeetingTypes.Entries[(int)r.Type].Chinese);

    public void Study(StudyRecord r) => Row("study",
        r.MemberId, r.BranchId, r.Date, Chinese(InputCatalogue.StudyForms, (int)r.Form), r.Hours, r.Points, Flag(r.Completed));

    public void Unit(UnitRecord r) => Row("units", r.UnitId, r.Name, r.Parent, r.Order, r.Level);

    public void Assessment(AssessmentRecord r) => Row("assessments", r.BranchId, r.Item, r.Score, r.MaxScore, r.Assessor);

    public void Finding(FindingRecord r) => Row("findings",
        r.FindingId, r.BranchId, r.Date, r.MemberId, r.Form, Chinese(InputCatalogue.FindingSources, (int?)r.Source), Chinese(InputCatalogue.FindingCategories, (int?)r.Category),
        r.DueDate, r.ClosedDate, r.Tolerance == Tolerance.None ? null : Chinese(InputCatalogue.Tolerances, (int)r.Tolerance),
        Chinese(InputCatalogue.Responsibilities, (int?)r.Responsibility));

    public void Indicators(IndicatorRow row) => Row("indicators", [row.BranchId, .. row.Values.Select(v => (object?)v)]);

    /// <summary>Writes the workbook (tables without records still get their sheet with a header).</summary>
    public void Save()
    {
        foreach (var t in _tables.Values.Where(t => t.Sheet is null))
        {
            t.Part = 1;
            t.Sheet = _book.AddSheet(t.Spec.Chinese, t.Columns.Select(c => Caption(t.Spec, c)).ToArray(), t.Widths.Select(w => (double)w).ToArray(), $"{_year}年度{t.Spec.Chinese}台账");
        }

        _book.Save(_path);
    }

    public void Dispose() => _book.Dispose();
}
