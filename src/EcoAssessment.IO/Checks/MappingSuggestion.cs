using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Checks;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>One proposed line of a mapping file: a name that could not be placed, what it may be, and why.</summary>
internal sealed record Suggestion(string Section, string? Table, string Name, string Target, Text Reason);

/// <summary>
/// Proposes a mapping file (<c>eco check --suggest-mapping</c>) from the names a read could not place: a file or sheet
/// whose name is no table's (by the captions of its header row when it can be read, else by the nearest table name) and a
/// caption no column has (by the nearest column name or alias). The clerk confirms each line; nothing is applied unasked.
/// </summary>
internal static class MappingSuggestion
{
    public static IReadOnlyList<Suggestion> Propose(DatasetReadResult read, IReadOnlyList<Diagnostic> problems)
    {
        var list = new List<Suggestion>();
        foreach (var i in read.Ignored)
        {
            var name = i.Label.Contains('!', StringComparison.Ordinal) ? i.Label[(i.Label.LastIndexOf('!') + 1)..] : Path.GetFileNameWithoutExtension(i.Label);
            if (!i.Label.Contains('!', StringComparison.Ordinal) && !i.Label.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if ((i.LooksLike ?? ByColumns(i.Label)) is { } byColumns)
            {
                list.Add(new Suggestion("tables", null, name, byColumns.Table.Name, Texts.CheckSuggestByColumns.With(byColumns.Columns)));
            }
            else if (Nearest(name, InputCatalogue.Tables.SelectMany(t => new[] { (t.Name, t.Name), (t.Chinese, t.Name) })) is { } near)
            {
                list.Add(new Suggestion("tables", null, name, near.Target, Texts.CheckSuggestByDistance.With(near.Word)));
            }
        }

        foreach (var d in problems.Where(p => p.Code == DiagnosticCodes.UnknownColumn.Id || p.Code == DiagnosticCodes.NeededColumnUnrecognised.Id))
        {
            var file = d.Location?.Sheet is { } sheet ? $"{d.Location.File}!{sheet}" : d.Location?.File;
            var caption = d.Location?.ColumnName;
            var table = read.Files.FirstOrDefault(f => f.Path == file)?.Table;
            if (caption is null || table is null || InputCatalogue.FindTable(table) is not { } spec
                || list.Exists(s => s.Table == table && s.Name == caption))
            {
                continue;
            }

            if (Nearest(caption, spec.Columns.SelectMany(c => c.Aliases.Select(a => (a, c.Name)).Append((c.Name, c.Name)))) is { } near)
            {
                list.Add(new Suggestion("columns", table, caption, near.Target, Texts.CheckSuggestByDistance.With(near.Word)));
            }
        }

        return list;
    }

    /// <summary>The suggestions as a mapping file, each line with its reason as a comment.</summary>
    public static string Yaml(IReadOnlyList<Suggestion> suggestions, Language lang)
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=scoring-rules/schema/mapping.schema.json (in the EcoAssessment repository)\n");
        sb.Append("# ").Append(Texts.CheckSuggestHeader.Render(lang, "eco check")).Append('\n');
        var tables = suggestions.Where(s => s.Section == "tables").ToArray();
        if (tables.Length > 0)
        {
            sb.Append("tables:\n");
            foreach (var s in tables)
            {
                sb.Append("  ").Append(Quote(s.Name)).Append(": ").Append(s.Target).Append("   # ").Append(s.Reason.Render(lang)).Append('\n');
            }
        }

        var columns = suggestions.Where(s => s.Section == "columns").GroupBy(s => s.Table!).ToArray();
        if (columns.Length > 0)
        {
            sb.Append("columns:\n");
            foreach (var g in columns)
            {
                sb.Append("  ").Append(g.Key).Append(":\n");
                foreach (var s in g)
                {
                    sb.Append("    ").Append(Quote(s.Name)).Append(": ").Append(s.Target).Append("   # ").Append(s.Reason.Render(lang)).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>The table whose columns a CSV file's header names best (at least two of them), or null.</summary>
    private static (TableSpec Table, int Columns)? ByColumns(string label)
    {
        if (label.Contains('!', StringComparison.Ordinal) || !File.Exists(label))
        {
            return null;
        }

        string? first;
        try
        {
            first = IO.Text.BoundedInput.FirstLine(label, InputLimits.MaxRowChars * 4)?.TrimStart('\uFEFF');
        }
        catch (IOException)
        {
            return null;
        }

        if (first is null || first.Length > InputLimits.MaxRowChars)
        {
            return null;
        }

        var captions = first.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
        var best = InputCatalogue.Tables.Select(t => (Table: t, Columns: HeaderFinder.Score(t, captions)))
            .OrderByDescending(p => p.Columns).ThenBy(p => p.Table.Columns.Count).First();
        return best.Columns >= 2 ? best : null;
    }

    /// <summary>The nearest word by <see cref="NearestWord"/> (edit distance, containment for Chinese), with the table or column it names.</summary>
    private static (string Word, string Target)? Nearest(string name, IEnumerable<(string Word, string Target)> words)
    {
        var list = words.ToArray();
        var targets = list.Select(w => w.Target).Distinct(StringComparer.Ordinal).ToList();
        var found = NearestWord.Find(name, list.Select(w => (w.Word, targets.IndexOf(w.Target))));
        return found is null ? null : (found, list.First(w => w.Word == found).Target);
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
