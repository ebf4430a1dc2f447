using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Language;

/// <summary>
/// Every output of the bundled samples, rendered in Chinese (the default), holds no English: no run of Latin letters
/// that is not an id, a code, a unit, an option or a file name (ids and codes are recognised by their form and from the
/// samples and rule files; the other words are in allowed-latin.txt beside this file). Rendered with <c>--lang en</c>,
/// it holds no Chinese outside the data and the rule file's names. docs/language.md gives the rules.
/// </summary>
[NonParallelizable]
public partial class LanguageTests
{
    private static readonly string Root = CliRunner.RepoRoot;
    private static readonly string Sample = Path.Combine(Root, "samples", "provincial-eco-2024");
    private static readonly string Sample2023 = Path.Combine(Root, "samples", "provincial-eco-2023");
    private static readonly string Previous = Path.Combine(Sample2023, "expected", "results.csv");
    private static readonly string[] ExplainedBranches = ["SX006", "ST001", "HZ004", "NB003"];
    private static readonly string[] Commands =
        ["", "evaluate", "explain", "validate", "test", "diff", "trend", "annex", "weights", "weights ahp", "weights entropy", "sensitivity", "generate", "template"];

    private string _dir = string.Empty;

    [OneTimeSetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-lang-").FullName;

    [OneTimeTearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    /// <summary>What a person reads, by output, in one language.</summary>
    private Dictionary<string, string> Outputs(string lang)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var l = new[] { "--lang", lang };

        var csv = CliRunner.Run(["evaluate", Sample, "--previous", Previous, "-f", "csv", "--verbose", .. l]);
        Assert.That(csv.ExitCode, Is.Zero, csv.Stderr);
        outputs["reasons (CSV)"] = string.Join("\n", CsvText.Parse(csv.Stdout).Select(r => r["reasons"]));
        outputs["diagnostics of evaluate --verbose"] = csv.Stderr;
        outputs["evaluate table"] = CliRunner.Run(["evaluate", Sample, "--previous", Previous, .. l]).Stdout;

        foreach (var b in ExplainedBranches)
        {
            outputs[$"explain {b}"] = CliRunner.Run(["explain", Sample, "--branch", b, "--previous", Previous, .. l]).Stdout;
            var json = CliRunner.Run(["explain", Sample, "--branch", b, "--previous", Previous, "-f", "json", .. l]).Stdout;
            outputs[$"explain {b} JSON (text values)"] = string.Join("\n", JsonTexts(JsonDocument.Parse(json).RootElement.GetProperty("branch")));
        }

        foreach (var c in Commands)
        {
            var r = CliRunner.Run([.. c.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help", .. l]);
            outputs[$"eco {c} --help"] = r.Stdout + r.Stderr;
        }

        outputs["usage error"] = CliRunner.Run(["evaluate", .. l]).Stderr + CliRunner.Run(["evaluate", Sample, "--format", "pdf", .. l]).Stderr;
        outputs["bad inputs"] = BadInputs(l);

        var md = Path.Combine(_dir, $"results-{lang}.md");
        var book = Path.Combine(_dir, $"report-{lang}.xlsx");
        var run = CliRunner.Run(["evaluate", Sample, "--previous", Previous, "-o", md, "-o", book, .. l]);
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        outputs["results.md"] = File.ReadAllText(md);
        var brief = Path.Combine(_dir, $"brief-{lang}.docx");
        var cards = Path.Combine(_dir, $"cards-{lang}.docx");
        var documents = CliRunner.Run(["evaluate", Sample, "--previous", Previous, "-o", brief, "--cards", cards, .. l]);
        Assert.That(documents.ExitCode, Is.Zero, documents.Stderr);
        outputs["brief"] = DocumentText(brief);
        outputs["cards"] = DocumentText(cards);
        foreach (var b in ExplainedBranches)
        {
            outputs[$"explain {b} --card"] = CliRunner.Run(["explain", Sample, "--branch", b, "--previous", Previous, "--card", .. l]).Stdout;
        }

        outputs["report workbook"] = Cells(book);

        var template = Path.Combine(_dir, $"template-{lang}.xlsx");
        Assert.That(CliRunner.Run(["template", "-o", template, "--force", .. l]).ExitCode, Is.Zero);
        outputs["template workbook"] = Cells(template);

        var trendBook = Path.Combine(_dir, $"trend-{lang}.xlsx");
        var trend = CliRunner.Run(["trend", Sample2023, Sample, "-o", trendBook, .. l]);
        outputs["trend Markdown"] = trend.Stdout;
        outputs["trend workbook"] = Cells(trendBook);
        outputs["annex annual"] = CliRunner.Run(["annex", Sample, "--kind", "annual", "--previous", Previous, .. l]).Stdout;
        outputs["annex integrity"] = CliRunner.Run(["annex", Sample, "--kind", "integrity", .. l]).Stdout;
        var rules = Path.Combine(Root, "scoring-rules", "default.yaml");
        outputs["diff"] = CliRunner.Run(["diff", Sample, "--base", "default", "--head", rules, .. l]).Stdout;
        outputs["validate"] = CliRunner.Run(["validate", rules, .. l]).Stdout;
        return outputs;
    }

    /// <summary>The paragraphs of a .docx, one a line.</summary>
    private static string DocumentText(string path)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText.Replace("\u200B", string.Empty, StringComparison.Ordinal)));
    }

    /// <summary>The diagnostics of broken inputs a clerk makes: a bad date, a missing column, a bad rule file.</summary>
    private string BadInputs(string[] l)
    {
        var data = Path.Combine(_dir, "bad-" + l[1]);
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "branches.csv"), "branch_id,name,unit,type\nB1,一支部,机关,regular\nB1,重复,机关,regular\n");
        File.WriteAllText(Path.Combine(data, "members.csv"), "member_id,home\nM1,是\n");
        File.WriteAllText(Path.Combine(data, "meetings.csv"), "branch_id,type,date,attendees,expected\nB1,支委会,2024年2月30日,5,5\nB1,党员大会,not-a-date,x,5\n");
        var rule = Path.Combine(_dir, "bad-rules.yaml");
        File.WriteAllText(rule, "id: bad\nname: 坏规则\nversion: 1\ndimensions:\n  - id: d1\n    name: 维度\n    weight: 0.5\n    indicators: []\nrating:\n  thresholds: { vanguard_min: 50, laggard_below: 60 }\n");
        var sb = new StringBuilder();
        sb.Append(CliRunner.Run(["evaluate", data, .. l]).Stderr);
        sb.Append(CliRunner.Run(["evaluate", Path.Combine(_dir, "no-such-folder"), .. l]).Stderr);
        sb.Append(CliRunner.Run(["validate", rule, .. l]).Stdout);
        sb.Append(CliRunner.Run(["evaluate", Sample, "--period", "2031", .. l]).Stderr);
        return sb.ToString();
    }

    [Test]
    public void TheChineseOutputsHoldNoEnglish()
    {
        var allowed = AllowedLatin();
        var ids = Ids();
        var found = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (name, text) in Outputs("zh"))
        {
            foreach (Match t in Token().Matches(Quoted().Replace(text, " ")))
            {
                if (!IsAllowed(t.Value, allowed, ids))
                {
                    (found.TryGetValue(name, out var s) ? s : found[name] = new SortedSet<string>(StringComparer.Ordinal)).Add(t.Value);
                }
            }
        }

        Assert.That(found, Is.Empty, "English in the Chinese outputs:\n" + string.Join("\n", found.Select(f => $"  {f.Key}: {string.Join(" ", f.Value.Take(40))}")));
    }

    [Test]
    public void TheEnglishOutputsHoldNoChineseOutsideTheData()
    {
        var data = ChineseData();
        var found = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (name, text) in Outputs("en"))
        {
            foreach (Match m in Cjk().Matches(text))
            {
                if (!data.Contains(m.Value) && !data.Any(d => d.Contains(m.Value, StringComparison.Ordinal)))
                {
                    (found.TryGetValue(name, out var s) ? s : found[name] = new SortedSet<string>(StringComparer.Ordinal)).Add(m.Value);
                }
            }
        }

        Assert.That(found, Is.Empty, "Chinese in the English outputs:\n" + string.Join("\n", found.Select(f => $"  {f.Key}: {string.Join(" ", f.Value.Take(40))}")));
    }

    /// <summary>A token is allowed when it holds no letter, or is an id, a code, an option, a file name, a period or an allowed word.</summary>
    private static bool IsAllowed(string token, HashSet<string> allowed, HashSet<string> ids)
    {
        var t = token.Trim('.', ':', '-', '/', '_', ',', '|', '(', ')');
        if (t.Length == 0 || !t.Any(char.IsAsciiLetter) || token.StartsWith('-') || ids.Contains(t) || allowed.Contains(t))
        {
            return true;
        }

        if (IdForm().IsMatch(t) || FileForm().IsMatch(t) || t.Contains('/') || t.Contains('\\') || t.StartsWith("eco-", StringComparison.Ordinal))
        {
            return true;
        }

        // a rule reference (default.yaml:42), a column reference (ind.study_hours, indicators.x), a list (a|b, a,b),
        // a compound (utf-8, HMAC-SHA256)
        foreach (var separators in new[] { new[] { ':', '.', ',', '|' }, new[] { '-' } })
        {
            var parts = t.Split(separators, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                return parts.All(p => IsAllowed(p, allowed, ids) || p is "ind" or "dim" or "indicators" or "yaml" or "csv" or "xlsx" or "json" or "md");
            }
        }

        return false;
    }

    private static HashSet<string> AllowedLatin() =>
        File.ReadAllLines(Path.Combine(Root, "tests", "EcoAssessment.Cli.Tests", "Language", "allowed-latin.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    /// <summary>Ids of the samples (every *_id column) and of the rule files (every id: key).</summary>
    private static HashSet<string> Ids()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { Sample, Sample2023 })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.csv"))
            {
                var rows = CsvText.Parse(File.ReadAllText(file));
                foreach (var row in rows)
                {
                    foreach (var (k, v) in row)
                    {
                        if (k.EndsWith("id", StringComparison.Ordinal) || k is "type" or "item" or "category" or "form")
                        {
                            ids.Add(v);
                        }
                    }
                }

                if (rows.Count > 0)
                {
                    ids.UnionWith(rows[0].Keys);
                }
            }
        }

        // the input contract: table and column names, the codes of the code lists
        foreach (var table in InputCatalogue.Tables)
        {
            ids.Add(table.Name);
            foreach (var column in table.Columns)
            {
                ids.Add(column.Name);
                ids.UnionWith(column.Codes?.Entries.Select(e => e.Code) ?? []);
            }
        }

        // the rule files' schema: every key and every value it names (thresholds, vanguard, assessment_ratio)
        ids.UnionWith(SchemaWords(JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "scoring-rules", "schema", "rules.schema.json"))).RootElement));

        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "scoring-rules"), "*.yaml"))
        {
            var yaml = File.ReadAllText(file);
            foreach (Match m in YamlId().Matches(yaml))
            {
                ids.Add(m.Groups[1].Value);
            }

            // the rule files' own vocabulary: keys and the values written as words (measure: assessment_ratio)
            foreach (Match m in YamlWord().Matches(yaml))
            {
                ids.Add(m.Groups[1].Value);
                if (m.Groups[2].Success)
                {
                    ids.Add(m.Groups[2].Value);
                }
            }

            // the item-code prefixes of assessment_ratio measures (items: [CO-, PE-])
            foreach (Match m in YamlItems().Matches(yaml))
            {
                ids.UnionWith(m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.TrimEnd('-')));
            }
        }

        return ids;
    }

    /// <summary>Every run of Chinese in the data and the rule files (names of branches, units, indicators …) and the rating values.</summary>
    private static HashSet<string> ChineseData()
    {
        // The rating values, the lowest health band (红, below the rule file's bands) and the name of the whole-system row
        // are values, the same in every language, as is what this test itself writes into its broken inputs.
        var set = new HashSet<string>(StringComparer.Ordinal) { "先锋", "中间", "落后", "未定级", "红", "全系统", "一支部", "重复", "机关", "支委会", "党员大会", "坏规则", "维度", "年", "月", "日" };
        // the input contract's Chinese: table names, column headers, the Chinese forms of codes; the template's example values
        foreach (var table in InputCatalogue.Tables)
        {
            set.Add(table.Chinese);
            foreach (var column in table.Columns)
            {
                set.UnionWith(column.Aliases);
                set.UnionWith(column.Codes?.Entries.SelectMany(e => e.Aliases.Prepend(e.Chinese)) ?? []);
            }
        }

        set.UnionWith(TemplateWorkbookWriter.Examples.Values.SelectMany(e => e.Values).OfType<string>());
        var files = Directory.EnumerateFiles(Sample, "*.csv").Concat(Directory.EnumerateFiles(Sample2023, "*.csv"))
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "scoring-rules"), "*.yaml"));
        foreach (var f in files)
        {
            foreach (Match m in Cjk().Matches(File.ReadAllText(f)))
            {
                set.Add(m.Value);
            }
        }

        return set;
    }

    /// <summary>The property names and the string values of a JSON schema.</summary>
    private static IEnumerable<string> SchemaWords(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    yield return p.Name;
                    foreach (var s in SchemaWords(p.Value))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var s in e.EnumerateArray().SelectMany(SchemaWords))
                {
                    yield return s;
                }

                break;
            case JsonValueKind.String when e.GetString() is { } v && WordForm().IsMatch(v):
                yield return v;
                break;
        }
    }

    private static IEnumerable<string> JsonTexts(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject().Where(p => p.Name is not ("reason_codes" or "id" or "branch_id" or "unit" or "name" or "kind" or "rule" or "dimension" or "effect" or "transition")))
                {
                    foreach (var s in JsonTexts(p.Value))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    foreach (var s in JsonTexts(x))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.String:
                yield return e.GetString()!;
                break;
        }
    }

    private static string Cells(string book)
    {
        using var wb = new XLWorkbook(book);
        var sb = new StringBuilder();
        foreach (var ws in wb.Worksheets)
        {
            sb.Append(ws.Name).Append('\n');
            foreach (var cell in ws.CellsUsed())
            {
                if (!cell.HasFormula && cell.Value is string text)
                {
                    sb.Append(text).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"[A-Za-z0-9_.\-/\\:,|λ]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^([A-Z]{1,4}\d+[A-Z0-9]*|ECO\d{4}|\d{4}([HQ]\d|-\d\d)?|\d+(\.\d+)?(h|%|MiB|KiB|GiB|M|k)?|[A-Z]\d+(:[A-Z]\d+)?)$")]
    private static partial Regex IdForm();

    [GeneratedRegex(@"\.(csv|xlsx|yaml|yml|json|md|txt|png|pdf)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileForm();

    [GeneratedRegex(@"(?m)\bid:\s*([A-Za-z_0-9-]+)")]
    private static partial Regex YamlId();

    [GeneratedRegex(@"(?m)^[\s-]*([a-z_][a-z0-9_]*):(?:[ \t]+([a-z_][a-z0-9_]*)[ \t]*(?:#.*)?$)?")]
    private static partial Regex YamlWord();

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex WordForm();

    /// <summary>What an output quotes as the user wrote it: "…", 「…」, `…`, “…”.</summary>
    [GeneratedRegex("\"[^\"\n]*\"|「[^」\n]*」|`[^`\n]*`|“[^”\n]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"items:\s*\[([^\]]*)\]")]
    private static partial Regex YamlItems();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]+")]
    private static partial Regex Cjk();
}
