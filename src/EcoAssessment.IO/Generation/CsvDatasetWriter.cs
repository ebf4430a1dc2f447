using System.Globalization;
using CsvHelper;
using EcoAssessment.Generation;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Generation;

/// <summary>
/// Writes a generated dataset as a folder of CSV files with the canonical English headers (UTF-8, LF, invariant
/// numbers, ISO dates, 是/否 flags, English codes), streaming each record as it arrives.
/// </summary>
internal sealed class CsvDatasetWriter : IDatasetSink, IDisposable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly Dictionary<string, CsvWriter> _writers = new(StringComparer.Ordinal);
    private readonly string _folder;

    public CsvDatasetWriter(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        Open("branches", ["branch_id", "name", "unit", "type", "parent_id", "members", "party_groups", "has_committee", "secretary_vacant_days"]);
        Open("members", ["member_id", "branch_id", "status", "role", "home", "joined"]);
        Open("meetings", ["branch_id", "type", "date", "meeting_id", "attendees", "expected", "excused", "theme_day", "topic"]);
        Open("study", ["member_id", "branch_id", "date", "form", "hours", "points", "completed"]);
        Open("assessments", ["branch_id", "item", "score", "max_score", "assessor"]);
        Open("findings", ["finding_id", "branch_id", "date", "member_id", "form", "source", "category", "due_date", "closed_date", "tolerance", "responsibility"]);
        Open("indicators", ["branch_id", .. DatasetGenerator.IndicatorColumns]);
        Open("units", ["unit_id", "name", "parent", "order", "level"]);
    }

    /// <summary>Generates a dataset into <paramref name="folder"/>; <paramref name="progress"/> hears of the table being written and the records so far.</summary>
    public static void Generate(GeneratorOptions options, string folder, Action<string, long>? progress = null)
    {
        using var writer = new CsvDatasetWriter(folder);
        DatasetGenerator.Generate(options, progress is null ? writer : new ProgressSink(writer, progress));
    }

    private void Open(string table, string[] header)
    {
        var w = CsvWriter.Create(new FileStream(Path.Combine(_folder, table + ".csv"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16),
            new CsvWriterOptions { NewLine = "\n" });
        w.WriteRecord(header);
        _writers[table] = w;
    }

    private static string D(DateOnly? d) => d is DateOnly x ? x.ToString("yyyy-MM-dd", Inv) : string.Empty;

    private static string N(double? v) => v is double d ? d.ToString(Inv) : string.Empty;

    private static string I(int? v) => v is int i ? i.ToString(Inv) : string.Empty;

    private static string Flag(bool? b) => b is bool x ? (x ? "是" : "否") : string.Empty;

    private static string Code(CodeList list, int? index) => index is int i ? list.CodeOf(i) : string.Empty;

    public void Branch(BranchRecord r) => _writers["branches"].WriteRecord(
    [
        r.BranchId, r.Name, r.Unit, Code(InputCatalogue.BranchTypes, (int)r.Type), r.ParentId ?? string.Empty, I(r.Members), I(r.PartyGroups),
        Flag(r.HasCommittee), N(r.SecretaryVacantDays),
    ]);

    public void Member(MemberRecord r) => _writers["members"].WriteRecord(
    [
        r.MemberId, r.BranchId, Code(InputCatalogue.MemberStatuses, (int)r.Status), Code(InputCatalogue.MemberRoles, (int)r.Role), Flag(r.Home), D(r.Joined),
    ]);

    public void Meeting(MeetingRecord r) => _writers["meetings"].WriteRecord(
    [
        r.BranchId, Code(InputCatalogue.MeetingTypes, (int)r.Type), D(r.Date), r.MeetingId ?? string.Empty, I(r.Attendees), I(r.Expected), I(r.Excused),
        r.ThemeDay ? "是" : string.Empty, InputCatalogue.MeetingTypes.Entries[(int)r.Type].Chinese,
    ]);

    public void Study(StudyRecord r) => _writers["study"].WriteRecord(
    [
        r.MemberId ?? string.Empty, r.BranchId ?? string.Empty, D(r.Date), Code(InputCatalogue.StudyForms, (int)r.Form), N(r.Hours), N(r.Points), Flag(r.Completed),
    ]);

    public void Assessment(AssessmentRecord r) => _writers["assessments"].WriteRecord(
        [r.BranchId, r.Item, N(r.Score), N(r.MaxScore), r.Assessor ?? string.Empty]);

    public void Finding(FindingRecord r) => _writers["findings"].WriteRecord(
    [
        r.FindingId, r.BranchId, D(r.Date), r.MemberId ?? string.Empty, I(r.Form), Code(InputCatalogue.FindingSources, (int?)r.Source),
        Code(InputCatalogue.FindingCategories, (int?)r.Category), D(r.DueDate), D(r.ClosedDate),
        r.Tolerance == Tolerance.None ? string.Empty : Code(InputCatalogue.Tolerances, (int)r.Tolerance),
        Code(InputCatalogue.Responsibilities, (int?)r.Responsibility),
    ]);

    public void Indicators(IndicatorRow row) => _writers["indicators"].WriteRecord([row.BranchId, .. row.Values.Select(N)]);

    public void Unit(UnitRecord r) => _writers["units"].WriteRecord([r.UnitId, r.Name, r.Parent ?? string.Empty, I(r.Order), r.Level ?? string.Empty]);

    public void Dispose()
    {
        foreach (var w in _writers.Values)
        {
            w.Dispose();
        }
    }
}
