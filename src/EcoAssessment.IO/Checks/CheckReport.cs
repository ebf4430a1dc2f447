using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Ingest;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Checks;

/// <summary>How a table of the catalogue stands in a dataset.</summary>
internal enum TableState
{
    /// <summary>Read from one or more files or sheets, with rows.</summary>
    Read,

    /// <summary>Read, but without a single row.</summary>
    Empty,

    /// <summary>Not in the dataset, and the rule set reads it: the assessment is refused.</summary>
    Missing,

    /// <summary>Not in the dataset, allowed by <c>inputs.optional</c> or <c>--allow-missing</c>.</summary>
    AbsentAllowed,

    /// <summary>Not in the dataset, and the rule set does not read it.</summary>
    NotUsed,
}

/// <summary>One table in the pre-flight report: where it was read from, what it held, what its absence disables.</summary>
/// <param name="Table">The catalogue table.</param>
/// <param name="State">How it stands.</param>
/// <param name="Sources">The files or sheets read for it, each with what it held.</param>
/// <param name="Needs">The parts of the rule set that read it (what its absence disables).</param>
internal sealed record TableCheck(TableSpec Table, TableState State, IReadOnlyList<FileProfile> Sources, IReadOnlyList<RulePart> Needs)
{
    /// <summary>Rows taken in, all files together.</summary>
    public long Rows => Sources.Sum(s => s.Rows);

    /// <summary>Whether the table's rows carry dates (meetings, study, findings).</summary>
    public bool Dated => Table.Columns.Any(c => c.Name == "date");

    /// <summary>Rows dated inside the period; null for a table without dates or without a period.</summary>
    public long? RowsIn(Period? period) => !Dated || period is null || Sources.Count == 0
        ? null
        : Sources.Sum(s => s.Days.Where(d => period.Contains(d.Key)).Sum(d => (long)d.Value));

    /// <summary>The earliest date found; null without dated rows.</summary>
    public DateOnly? First => Sources.SelectMany(s => s.Days.Keys).Select(d => (DateOnly?)d).Min();

    /// <summary>The latest date found; null without dated rows.</summary>
    public DateOnly? Last => Sources.SelectMany(s => s.Days.Keys).Select(d => (DateOnly?)d).Max();

    /// <summary>Distinct branches the rows name (study: the branches with study rows once members are placed, when known).</summary>
    public int Branches => BranchesCovered ?? Sources.SelectMany(s => s.Branches).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Branches covered as the built dataset knows them (a member's study row names no branch itself).</summary>
    public int? BranchesCovered { get; init; }
}

/// <summary>
/// The pre-flight report of a dataset against a rule set (<c>eco check</c>, the report's 数据检查 sheet, the JSON
/// result's <c>checks</c>): per table the files or sheets read, rows, rows inside the period, the date range, branches
/// covered; files and sheets left out and why; the mapping applied; every problem found.
/// </summary>
internal sealed record CheckReport(
    string Dataset,
    string RuleSet,
    Period? Period,
    string? MappingFile,
    IReadOnlyList<TableCheck> Tables,
    IReadOnlyList<IgnoredInput> Ignored,
    IReadOnlyList<(string Name, string Table)> MappedTables,
    IReadOnlyList<(string Table, string Caption, string Column)> MappedColumns,
    int MappedWords,
    IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>The previous period's results file, when one was given.</summary>
    public string? Previous { get; init; }

    public int Errors => Problems.Count(p => p.Severity == Severity.Error);

    public int Warnings => Problems.Count(p => p.Severity == Severity.Warning);

    /// <summary>3 with input errors, 1 when something would change ratings (warnings), 0 when clean.</summary>
    public int ExitCode => Errors > 0 ? 3 : Warnings > 0 ? 1 : 0;

    /// <summary>Builds the report from a read (with <see cref="CsvReadOptions.ProfileRows"/>) and the problems found.</summary>
    public static CheckReport Build(RuleSet rules, string dataset, DatasetReadResult read, Period? period, IReadOnlyList<Diagnostic> problems)
    {
        var needs = RuleInputs.Needs(rules);
        var profiles = read.Profile?.Files ?? [];
        var tables = InputCatalogue.Tables.Select(t =>
        {
            var kind = TableRules.KindOf(t);
            var sources = profiles.Where(p => p.Table == kind).ToArray();
            var read_ = read.Files.Any(f => f.Table == t.Name);
            var need = needs.TryGetValue(kind, out var n) ? n : [];
            var state = read_ ? (sources.Sum(s => s.Rows) > 0 ? TableState.Read : TableState.Empty)
                : need.Count == 0 ? TableState.NotUsed
                : read.AbsentByChoice.Contains(kind) ? TableState.AbsentAllowed
                : TableState.Missing;
            return new TableCheck(t, state, sources, need)
            {
                BranchesCovered = kind == InputTable.Study && read.Dataset is { } ds
                    ? ds.Branches.Count(b => b.StudyFormMask != 0 || b.MemberStudy.Count > 0)
                    // The units table's rows name no branch; it covers every branch once the tree is built (one it lacks is refused).
                    : kind == InputTable.Units && read.Dataset is { Hierarchy.IsTree: true } tree && tree.Has(InputTable.Units) && state == TableState.Read
                    ? tree.Branches.Count
                    : null,
            };
        }).ToArray();
        var mapping = read.Mapping;
        // Without a dataset (the read found errors) and without --period, the period is the one calendar year the dates
        // fall in, as the period stage would choose; several years leave it open.
        var years = tables.SelectMany(t => t.Sources).SelectMany(s => s.Days.Keys).Select(d => d.Year).Distinct().ToArray();
        var shown = read.Dataset?.Period ?? period
            ?? (years.Length == 1 && Period.TryParse(years[0].ToString(System.Globalization.CultureInfo.InvariantCulture), out var y, out _) ? y : null);
        return new CheckReport(dataset, rules.Id, shown, mapping?.File, tables, read.Ignored,
            mapping is null ? [] : mapping.Tables.Select(p => (p.Key, p.Value.Name)).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray(),
            mapping is null ? [] : mapping.Columns.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Caption, StringComparer.Ordinal).ToArray(),
            mapping?.CodeWords ?? 0,
            problems);
    }
}
