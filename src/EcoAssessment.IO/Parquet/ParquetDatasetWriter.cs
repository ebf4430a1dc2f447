using EcoAssessment.Generation;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Parquet;

/// <summary>
/// Writes a generated dataset as a folder of Parquet files, one per table, with the canonical English column names and
/// typed columns (DATE dates, INT32 counts, DOUBLE numbers, BOOLEAN flags, English codes), streaming row group by row
/// group. The same columns as <see cref="IO.Generation.CsvDatasetWriter"/> writes, so both forms rate alike.
/// </summary>
internal sealed class ParquetDatasetWriter : IDatasetSink, IDisposable
{
    private readonly Dictionary<string, ParquetTableWriter> _tables = new(StringComparer.Ordinal);

    public ParquetDatasetWriter(string folder)
    {
        Directory.CreateDirectory(folder);
        void Open(TableSpec t, string[] columns) => _tables[t.Name] = ParquetTableWriter.For(Path.Combine(folder, t.Name + ".parquet"), t, columns);
        Open(InputCatalogue.Branches, ["branch_id", "name", "unit", "type", "parent_id", "members", "party_groups", "has_committee", "secretary_vacant_days"]);
        Open(InputCatalogue.Members, ["member_id", "branch_id", "status", "role", "home", "joined"]);
        Open(InputCatalogue.Meetings, ["branch_id", "type", "date", "meeting_id", "attendees", "expected", "excused", "theme_day", "topic"]);
        Open(InputCatalogue.Study, ["member_id", "branch_id", "date", "form", "hours", "points", "completed"]);
        Open(InputCatalogue.Assessments, ["branch_id", "item", "score", "max_score", "assessor"]);
        Open(InputCatalogue.Findings, ["finding_id", "branch_id", "date", "member_id", "form", "source", "category", "due_date", "closed_date", "tolerance", "responsibility"]);
        Open(InputCatalogue.Indicators, ["branch_id", .. DatasetGenerator.IndicatorColumns]);
        Open(InputCatalogue.Units, ["unit_id", "name", "parent", "order", "level"]);
    }

    /// <summary>Generates a dataset into <paramref name="folder"/>; <paramref name="progress"/> hears of the table being written and the records so far.</summary>
    public static void Generate(GeneratorOptions options, string folder, Action<string, long>? progress = null)
    {
        using var writer = new ParquetDatasetWriter(folder);
        DatasetGenerator.Generate(options, progress is null ? writer : new IO.Generation.ProgressSink(writer, progress));
    }

    private static string? Code(CodeList list, int? index) => index is int i ? list.CodeOf(i) : null;

    public void Branch(BranchRecord r) => _tables["branches"].Row(
        r.BranchId, r.Name, r.Unit, Code(InputCatalogue.BranchTypes, (int)r.Type), r.ParentId, r.Members, r.PartyGroups, r.HasCommittee, r.SecretaryVacantDays);

    public void Member(MemberRecord r) => _tables["members"].Row(
        r.MemberId, r.BranchId, Code(InputCatalogue.MemberStatuses, (int)r.Status), Code(InputCatalogue.MemberRoles, (int)r.Role), r.Home, r.Joined);

    public void Meeting(MeetingRecord r) => _tables["meetings"].Row(
        r.BranchId, Code(InputCatalogue.MeetingTypes, (int)r.Type), r.Date, r.MeetingId, r.Attendees, r.Expected, r.Excused,
        r.ThemeDay ? true : null, InputCatalogue.MeetingTypes.Entries[(int)r.Type].Chinese);

    public void Study(StudyRecord r) => _tables["study"].Row(
        r.MemberId, r.BranchId, r.Date, Code(InputCatalogue.StudyForms, (int)r.Form), r.Hours, r.Points, r.Completed);

    public void Assessment(AssessmentRecord r) => _tables["assessments"].Row(r.BranchId, r.Item, r.Score, r.MaxScore, r.Assessor);

    public void Finding(FindingRecord r) => _tables["findings"].Row(
        r.FindingId, r.BranchId, r.Date, r.MemberId, r.Form, Code(InputCatalogue.FindingSources, (int?)r.Source),
        Code(InputCatalogue.FindingCategories, (int?)r.Category), r.DueDate, r.ClosedDate,
        r.Tolerance == Tolerance.None ? null : Code(InputCatalogue.Tolerances, (int)r.Tolerance),
        Code(InputCatalogue.Responsibilities, (int?)r.Responsibility));

    public void Indicators(IndicatorRow row) => _tables["indicators"].Row([row.BranchId, .. row.Values.Select(v => (object?)v)]);

    public void Unit(UnitRecord r) => _tables["units"].Row(r.UnitId, r.Name, r.Parent, r.Order, r.Level);

    public void Dispose()
    {
        foreach (var t in _tables.Values)
        {
            t.Dispose();
        }
    }
}
