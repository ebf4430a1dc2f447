using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Json;

namespace EcoAssessment.IO.Checks;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>Writes a <see cref="CheckReport"/> as text (the screen), Markdown, or JSON (also the <c>checks</c> section of the JSON result).</summary>
internal static class CheckWriter
{
    /// <summary>The report as the screen shows it.</summary>
    public static string Render(CheckReport r, Language lang)
    {
        var sb = new StringBuilder();
        void Line(string s = "") => sb.Append(s).Append('\n');
        Line(Title(r, lang));
        Line(MappingLine(r, lang));
        if (r.Previous is not null)
        {
            Line(Texts.CheckPrevious.Render(lang, Relative(r, r.Previous)));
        }

        Line();
        Line(Texts.CheckTables.Render(lang));
        foreach (var t in r.Tables)
        {
            Line("  ■ " + TableLine(r, t, lang));
        }

        if (r.Ignored.Count > 0)
        {
            Line();
            Line(Texts.CheckIgnored.Render(lang));
            foreach (var i in r.Ignored)
            {
                Line($"  {Relative(r, i.Label)}{(lang == Language.En ? ": " : "：")}{i.Reason.Render(lang)}");
            }
        }

        if (r.MappedTables.Count + r.MappedColumns.Count > 0)
        {
            Line();
            Line(Texts.CheckMappedColumns.Render(lang));
            foreach (var (name, table) in r.MappedTables)
            {
                Line("  " + Texts.CheckMappedTable.Render(lang, name, table));
            }

            foreach (var (table, caption, column) in r.MappedColumns)
            {
                Line("  " + Texts.CheckMappedColumn.Render(lang, table, caption, column));
            }
        }

        Line();
        Line(Texts.CheckProblems.Render(lang));
        if (r.Problems.Count == 0)
        {
            Line("  " + Texts.CheckNoProblems.Render(lang));
        }

        foreach (var p in Ordered(r))
        {
            Line("  " + p.ToString(lang));
        }

        Line();
        Line(Verdict(r, lang));
        return sb.ToString();
    }

    /// <summary>The report as a Markdown page.</summary>
    public static string Markdown(CheckReport r, Language lang)
    {
        var sb = new StringBuilder();
        void Line(string s = "") => sb.Append(s).Append('\n');
        Line("# " + Title(r, lang));
        Line();
        Line(MappingLine(r, lang));
        if (r.Previous is not null)
        {
            Line();
            Line(Texts.CheckPrevious.Render(lang, Relative(r, r.Previous)));
        }

        Line();
        Line("## " + Texts.CheckTables.Render(lang));
        Line();
        Line("| " + string.Join(" | ", Columns(lang)) + " |");
        Line("|" + string.Concat(Enumerable.Repeat("---|", 7)));
        foreach (var row in Rows(r, lang))
        {
            Line("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }

        foreach (var t in r.Tables.Where(t => t.State is TableState.Missing or TableState.AbsentAllowed or TableState.Empty))
        {
            Line();
            Line("- " + Cell(TableLine(r, t, lang)));
        }

        if (r.Ignored.Count > 0)
        {
            Line();
            Line("## " + Texts.CheckIgnored.Render(lang));
            Line();
            foreach (var i in r.Ignored)
            {
                Line($"- `{Relative(r, i.Label)}`{(lang == Language.En ? ": " : "：")}{Cell(i.Reason.Render(lang))}");
            }
        }

        Line();
        Line("## " + Texts.CheckProblems.Render(lang));
        Line();
        if (r.Problems.Count == 0)
        {
            Line(Texts.CheckNoProblems.Render(lang));
        }

        foreach (var p in Ordered(r))
        {
            Line("- " + Cell(p.ToString(lang)));
        }

        Line();
        Line("**" + Verdict(r, lang) + "**");
        return sb.ToString();
    }

    /// <summary>The report as a JSON document.</summary>
    public static void Json(CheckReport r, Stream stream, Language lang)
    {
        using var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions);
        Json(r, w, lang);
        w.Flush();
    }

    /// <summary>The report as a JSON object (its own document, or the <c>checks</c> section of the JSON result).</summary>
    public static void Json(CheckReport r, Utf8JsonWriter w, Language lang)
    {
        w.WriteStartObject();
        w.WriteString("dataset", Path.GetFileName(r.Dataset.TrimEnd('/', '\\')));
        w.WriteString("rule_set", r.RuleSet);
        if (r.Period is { } period)
        {
            w.WriteString("period", period.Label);
        }
        else
        {
            w.WriteNull("period");
        }

        if (r.MappingFile is { } mapping)
        {
            w.WriteString("mapping", Relative(r, mapping));
        }
        else
        {
            w.WriteNull("mapping");
        }

        if (r.Previous is { } previous)
        {
            w.WriteString("previous", Relative(r, previous));
        }

        w.WriteStartArray("tables");
        foreach (var t in r.Tables)
        {
            w.WriteStartObject();
            w.WriteString("table", t.Table.Name);
            w.WriteString("state", State(t.State));
            w.WriteStartArray("sources");
            foreach (var s in t.Sources)
            {
                w.WriteStringValue(Relative(r, s.File));
            }

            w.WriteEndArray();
            w.WriteNumber("rows", t.Rows);
            if (t.RowsIn(r.Period) is { } inPeriod)
            {
                w.WriteNumber("rows_in_period", inPeriod);
            }

            if (t.First is { } first && t.Last is { } last)
            {
                w.WriteString("first_date", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("last_date", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteNumber("branches", t.Branches);
            w.WriteStartArray("read_by");
            foreach (var p in t.Needs)
            {
                w.WriteStringValue(p.Id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("ignored");
        foreach (var i in r.Ignored)
        {
            w.WriteStartObject();
            w.WriteString("file", Relative(r, i.Label));
            w.WriteString("reason", i.Reason.Render(lang));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (var p in Ordered(r))
        {
            w.WriteStartObject();
            w.WriteString("severity", p.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", p.Code);
            w.WriteString("where", p.Location is { } at ? Relative(r, at.ToString()) : string.Empty);
            w.WriteString("message", p.Render(lang));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("errors", r.Errors);
        w.WriteNumber("warnings", r.Warnings);
        w.WriteNumber("exit_code", r.ExitCode);
        w.WriteEndObject();
    }

    /// <summary>The column captions of the table overview (Markdown, the 数据检查 sheet).</summary>
    public static string[] Columns(Language lang) =>
        [Texts.CheckColTable.Render(lang), Texts.CheckColSources.Render(lang), Texts.CheckColRows.Render(lang), Texts.CheckColInPeriod.Render(lang),
         Texts.CheckColDates.Render(lang), Texts.CheckColBranches.Render(lang), Texts.CheckColState.Render(lang)];

    /// <summary>The rows of the table overview, one per catalogue table.</summary>
    public static IEnumerable<string[]> Rows(CheckReport r, Language lang) => r.Tables.Select(t => new[]
    {
        Name(t, lang),
        t.Sources.Count == 0 ? "—" : string.Join("、", t.Sources.Select(s => Relative(r, s.File))),
        t.Sources.Count == 0 ? "—" : t.Rows.ToString(CultureInfo.InvariantCulture),
        t.RowsIn(r.Period) is { } n ? n.ToString(CultureInfo.InvariantCulture) : "—",
        t.First is { } f && t.Last is { } l ? $"{f:yyyy-MM-dd}..{l:yyyy-MM-dd}".Replace('/', '-') : "—",
        t.Sources.Count == 0 ? "—" : t.Branches.ToString(CultureInfo.InvariantCulture),
        StateText(t.State).Render(lang),
    });

    /// <summary>The problems, errors first, each group in the order found.</summary>
    public static IEnumerable<Diagnostic> Ordered(CheckReport r) =>
        r.Problems.Where(p => p.Severity == Severity.Error)
            .Concat(r.Problems.Where(p => p.Severity == Severity.Warning))
            .Concat(r.Problems.Where(p => p.Severity == Severity.Notice));

    public static string Verdict(CheckReport r, Language lang) => r.ExitCode switch
    {
        3 => Texts.CheckVerdictErrors.Render(lang, r.Errors, r.Warnings),
        1 => Texts.CheckVerdictWarnings.Render(lang, r.Warnings),
        _ => Texts.CheckVerdictClean.Render(lang),
    };

    public static string Title(CheckReport r, Language lang) =>
        Texts.CheckTitle.Render(lang, DatasetName(r), r.RuleSet, r.Period?.Label ?? Texts.CheckNoPeriod.Render(lang));

    /// <summary>The dataset as titles name it: as the user gave it (samples/provincial-eco-2024, book.xlsx).</summary>
    private static string DatasetName(CheckReport r) => r.Dataset.Replace('\\', '/');

    private static string MappingLine(CheckReport r, Language lang) => r.MappingFile is { } m
        ? Texts.CheckMapping.Render(lang, Relative(r, m), r.MappedTables.Count, r.MappedColumns.Count, r.MappedWords)
        : Texts.CheckNoMapping.Render(lang);

    /// <summary>One table in a sentence: where it was read from and what it held, or what its absence means.</summary>
    public static string TableLine(CheckReport r, TableCheck t, Language lang)
    {
        var name = Name(t, lang);
        var sources = string.Join("、", t.Sources.Select(s => Relative(r, s.File)));
        var parts = Text.Join(Texts.ListSeparator, t.Needs.Select(p => p.Describe()));
        switch (t.State)
        {
            case TableState.Missing:
                return Texts.CheckTableMissing.Render(lang, name, parts);
            case TableState.AbsentAllowed:
                return Texts.CheckTableAbsentAllowed.Render(lang, name, parts);
            case TableState.NotUsed:
                return Texts.CheckTableNotUsed.Render(lang, name);
            case TableState.Empty:
                var empty = Texts.CheckTableEmpty.Render(lang, name, sources);
                return t.Needs.Count > 0 ? empty + Texts.ClauseSeparator.Render(lang) + Texts.CheckEmptyDisables.Render(lang, parts) : empty;
        }

        var items = new List<string> { Texts.CheckTableRead.Render(lang, name, sources, t.Rows) };
        if (t.RowsIn(r.Period) is { } inPeriod)
        {
            items.Add(Texts.CheckRowsInPeriod.Render(lang, inPeriod));
        }

        if (t.First is { } first && t.Last is { } last)
        {
            items.Add(Texts.CheckDates.Render(lang, first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        items.Add(Texts.CheckBranches.Render(lang, t.Branches));
        return string.Join(Texts.ClauseSeparator.Render(lang), items);
    }

    private static string Name(TableCheck t, Language lang) => Texts.OutputTableName.Render(lang, t.Table.Name, t.Table.Chinese);

    private static Entry StateText(TableState s) => s switch
    {
        TableState.Read => Texts.CheckStateRead,
        TableState.Empty => Texts.CheckStateEmpty,
        TableState.Missing => Texts.CheckStateMissing,
        TableState.AbsentAllowed => Texts.CheckStateAbsentAllowed,
        _ => Texts.CheckStateNotUsed,
    };

    private static string State(TableState s) => s switch
    {
        TableState.Read => "read",
        TableState.Empty => "empty",
        TableState.Missing => "missing",
        TableState.AbsentAllowed => "absent_allowed",
        _ => "not_used",
    };

    /// <summary>
    /// A path (or a location such as <c>branches.csv(21)</c> or <c>book.xlsx!问题</c>) as the report shows it: relative to
    /// the dataset's folder, or to the workbook's, so that the report reads the same wherever the files are
    /// (<c>meetings.csv</c>, <c>../provincial-eco-2023/expected/results.csv</c>).
    /// </summary>
    public static string Relative(CheckReport r, string path)
    {
        var root = Directory.Exists(r.Dataset) ? r.Dataset : Path.GetDirectoryName(Path.GetFullPath(r.Dataset)) ?? ".";
        return Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path)).Replace('\\', '/');
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
