using System.Globalization;
using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Loading;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.RuleTests;

/// <summary>The outcome of one rule test case.</summary>
internal sealed record RuleTestResult(string File, string Case, bool Passed, IReadOnlyList<string> Failures)
{
    public string Name => $"{Path.GetFileName(File)} › {Case}";
}

/// <summary>
/// Runs rule test files (<c>scoring-rules/tests/*.yaml</c>, format in <c>scoring-rules/tests/README.md</c>): each case is
/// a small inline dataset evaluated under a rule file, with expected ratings, scores, vetoes and reasons per branch.
/// A row whose <c>branch_id</c> is a list is repeated for each branch, with <c>{branch}</c> in its other values replaced.
/// A file's <c>template</c> holds rows of a model branch; <c>copy: { T: [B1, B2] }</c> copies them to branches (the
/// template id replaced wherever it stands as a whole word) and <c>drop:</c> removes rows matching a filter (or a list of
/// filters). A file's <c>base</c> is data (copy, drop, rows) added to every case before the case's own data.
/// </summary>
internal static class RuleTestRunner
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The test files under the given files and folders (folders: every .yaml/.yml below them), in path order.</summary>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                files.AddRange(Directory.EnumerateFiles(p, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)));
            }
            else
            {
                files.Add(p);
            }
        }

        return files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Runs every case of a test file. A file that cannot be used gives one failed result saying why. The failures are
    /// written in <paramref name="language"/>; the case names of the file stay as written.
    /// </summary>
    public static IReadOnlyList<RuleTestResult> RunFile(string path, Language language = Language.Zh)
    {
        YamlMappingNode root;
        try
        {
            // Within the limit whatever the file is (a pipe, a device, a file still growing): BoundedInput.
            var read = new DiagnosticBag();
            if (Text.BoundedInput.ReadAll(path, InputLimits.MaxTestFileBytes, read, Texts.HostileWhatTestFile, Texts.HostileAdviceTestFile) is not { } bytes)
            {
                return [new RuleTestResult(path, Texts.RuleTestFileCase.Render(language), false, read.Items.Select(x => x.ToString(language)).ToArray())];
            }

            if (Text.Utf8Text.ToUtf8(bytes, path, read) is not { } utf8)
            {
                return [new RuleTestResult(path, Texts.RuleTestFileCase.Render(language), false, read.Items.Select(x => x.ToString(language)).ToArray())];
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF')));
            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode m
                ? m
                : throw new InvalidDataException(Texts.RuleTestNotMapping.Render(language, "rules:", "cases:"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlException or InvalidDataException or InvalidOperationException)
        {
            return [e is YamlException ye
                ? new RuleTestResult(path, Texts.RuleTestFileCase.Render(language), false, [$"{path}({ye.Start.Line},{ye.Start.Column}): error {DiagnosticCodes.RuleTestInvalid.Id}: {Texts.RuleYamlSyntax.Render(language, Yaml.RuleSetReader.YamlProblem(ye.Message).With())}"])
                : Invalid(path, null, e switch
                {
                    FileNotFoundException or DirectoryNotFoundException => Texts.HostileTestFileMissing.Render(language),
                    UnauthorizedAccessException => Texts.HostileTestFileDenied.Render(language),
                    IOException => Texts.HostileTestFileUnreadable.Render(language),
                    _ => e.Message,
                }, language)];
        }

        if (Scalar(root, "rules") is not { } rulesPath)
        {
            return [Invalid(path, root, Texts.RuleTestNeedsRules.Render(language, "rules:"), language)];
        }

        var fullRules = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, rulesPath);
        var bag = new DiagnosticBag();
        var plan = AssessmentInputs.Plan(RuleSetReader.ReadFile(fullRules, bag), bag)?.Plan;
        if (plan is null)
        {
            return [Invalid(path, root, Texts.RuleTestRulesInvalid.Render(language, rulesPath) + "\n    "
                + string.Join("\n    ", bag.Items.Where(d => d.Severity == Severity.Error).Select(d => d.ToString(language))), language)];
        }

        if (root.Children.TryGetValue(new YamlScalarNode("cases"), out var casesNode) is false || casesNode is not YamlSequenceNode cases || cases.Children.Count == 0)
        {
            return [Invalid(path, root, Texts.RuleTestNeedsCases.Render(language, "cases:", "{ name, data, expect }"), language)];
        }

        var template = root.Children.TryGetValue(new YamlScalarNode("template"), out var t) ? t as YamlMappingNode : null;
        var baseData = root.Children.TryGetValue(new YamlScalarNode("base"), out var b) ? b as YamlMappingNode : null;
        var results = new List<RuleTestResult>();
        var index = 0;
        foreach (var node in cases.Children)
        {
            index++;
            results.Add(RunCase(path, node, index, Scalar(root, "period"), template, baseData, plan, language));
        }

        return results;
    }

    private static RuleTestResult Invalid(string path, YamlNode? node, string message, Language language)
    {
        var at = node is null ? path : $"{path}({node.Start.Line},{node.Start.Column})";
        return new RuleTestResult(path, Texts.RuleTestFileCase.Render(language), false, [$"{at}: error {DiagnosticCodes.RuleTestInvalid.Id}: {message}"]);
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s } ? s : null;

    private static RuleTestResult RunCase(string path, YamlNode node, int index, string? filePeriod, YamlMappingNode? template, YamlMappingNode? baseData, Plan plan,
        Language language)
    {
        if (node is not YamlMappingNode map)
        {
            return new RuleTestResult(path, Texts.RuleTestCaseN.Render(language, index), false,
                [$"{path}({node.Start.Line},{node.Start.Column}): error {DiagnosticCodes.RuleTestInvalid.Id}: {Texts.RuleTestCaseNotMapping.Render(language, "name", "data", "expect")}"]);
        }

        var name = Scalar(map, "name") ?? Texts.RuleTestCaseN.Render(language, index);
        var failures = new List<string>();
        var where = $"{path}({map.Start.Line},{map.Start.Column})";
        Period? period = null;
        if ((Scalar(map, "period") ?? filePeriod) is { } label)
        {
            if (!Period.TryParse(label, out var p, out var error))
            {
                return new RuleTestResult(path, name, false, [$"{where}: error {DiagnosticCodes.RuleTestInvalid.Id}: {error}"]);
            }

            period = p;
        }

        var tables = new List<(string Table, string Label, string Csv)>();
        var caseTables = map.Children.TryGetValue(new YamlScalarNode("data"), out var d) ? d as YamlMappingNode : null;
        try
        {
            foreach (var (table, rows) in MergeTables(template, [baseData, caseTables], language))
            {
                tables.Add((table, $"{path}#{name}/{table}", ToCsv(table, rows)));
            }
        }
        catch (InvalidDataException problem)
        {
            return new RuleTestResult(path, name, false, [$"{where}: error {DiagnosticCodes.RuleTestInvalid.Id}: {problem.Message}"]);
        }

        var bag = new DiagnosticBag();
        var dataset = CsvDatasetReader.ReadTables(tables, period, bag, plan.Requirements, SourceLocation.InFile($"{path}#{name}"));
        if (dataset is not null)
        {
            // The checks of a dataset against the rule set, as every command makes them (容错 within its limits).
            DatasetChecks.Check(plan.Rules, dataset, bag);
        }

        if (dataset is null || bag.HasErrors)
        {
            return new RuleTestResult(path, name, false,
                [$"{where}: error {DiagnosticCodes.RuleTestInvalid.Id}: {Texts.RuleTestDataErrors.Render(language)}", .. bag.Items.Where(x => x.Severity == Severity.Error).Select(x => "  " + x.ToString(language))]);
        }

        var assessment = plan.Run(dataset);
        if (!map.Children.TryGetValue(new YamlScalarNode("expect"), out var e) || e is not YamlMappingNode expect || expect.Children.Count == 0)
        {
            return new RuleTestResult(path, name, false, [$"{where}: error {DiagnosticCodes.RuleTestInvalid.Id}: {Texts.RuleTestNeedsExpect.Render(language, "expect:")}"]);
        }

        IReadOnlyList<Analysis.EarlyWarning>? warnings = null;
        IReadOnlyList<Analysis.EarlyWarning> Warnings() => warnings ??= Analysis.EarlyWarnings.Of(assessment, language);
        foreach (var (k, v) in expect.Children)
        {
            var id = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (assessment.Find(id) is not { } result)
            {
                failures.Add(Texts.RuleTestNoBranch.Render(language, id));
                continue;
            }

            if (v is not YamlMappingNode checks)
            {
                failures.Add(Texts.RuleTestExpectationNotMapping.Render(language, id, "rating:, score:, vetoes: …"));
                continue;
            }

            Check(id, checks, result, failures, language, Warnings);
        }

        return failures.Count == 0
            ? new RuleTestResult(path, name, true, [])
            : new RuleTestResult(path, name, false, [$"{where}: error {DiagnosticCodes.RuleTestFailed.Id}: {Texts.RuleTestFailed.Render(language, name)}", .. failures]);
    }

    /// <summary>
    /// The case's tables: for each data block in turn (the file's base, then the case's data), the template's rows copied
    /// to the branches named in <c>copy</c>, then the rows matching <c>drop</c> removed, then the block's own rows
    /// (list branch_ids expanded).
    /// </summary>
    private static IEnumerable<(string Table, List<List<(string Key, string Value)>> Rows)> MergeTables(YamlMappingNode? template, IEnumerable<YamlMappingNode?> blocks, Language language)
    {
        var merged = new Dictionary<string, List<List<(string Key, string Value)>>>(StringComparer.Ordinal);
        var order = new List<string>();
        List<List<(string Key, string Value)>> TableRows(string table)
        {
            if (!merged.TryGetValue(table, out var rows))
            {
                merged[table] = rows = [];
                order.Add(table);
            }

            return rows;
        }

        static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlNode? node) =>
            node is YamlMappingNode m ? m.Children : [];

        static string Text(YamlNode? node) => (node as YamlScalarNode)?.Value ?? string.Empty;

        foreach (var block in blocks.OfType<YamlMappingNode>())
        {
            var copies = block.Children.TryGetValue(new YamlScalarNode("copy"), out var c) ? c : null;
            if (copies is not null && template is null)
            {
                throw new InvalidDataException(Texts.RuleTestCopyNeedsTemplate.Render(language, "copy:", "template:"));
            }

            foreach (var (k, v) in Entries(copies))
            {
                var from = Text(k);
                var targets = v is YamlSequenceNode ts ? ts.Children.Select(Text).ToArray() : [Text(v)];
                var word = new System.Text.RegularExpressions.Regex($"(?<![A-Za-z0-9]){System.Text.RegularExpressions.Regex.Escape(from)}(?![A-Za-z0-9])");
                foreach (var (tk, tv) in Entries(template))
                {
                    var rows = TableRows(Text(tk));
                    foreach (var target in targets)
                    {
                        foreach (var row in ((tv as YamlSequenceNode)?.Children ?? []).SelectMany(Expand))
                        {
                            rows.Add(row.Select(cell => (cell.Key, word.Replace(cell.Value, target))).ToList());
                        }
                    }
                }
            }

            var drops = block.Children.TryGetValue(new YamlScalarNode("drop"), out var dn) ? dn : null;
            foreach (var (k, v) in Entries(drops))
            {
                var filters = v is YamlSequenceNode fs ? fs.Children : [v];
                foreach (var filterNode in filters)
                {
                    var filter = Entries(filterNode).Select(x => (Key: Text(x.Key), Value: Text(x.Value))).ToArray();
                    TableRows(Text(k)).RemoveAll(row => filter.All(f => row.Any(cell => cell.Key == f.Key && cell.Value == f.Value)));
                }
            }

            foreach (var (k, v) in block.Children)
            {
                var table = Text(k);
                if (table is "copy" or "drop")
                {
                    continue;
                }

                var rows = TableRows(table);
                foreach (var row in (v as YamlSequenceNode)?.Children ?? [])
                {
                    rows.AddRange(Expand(row));
                }
            }
        }

        return order.Select(t => (t, merged[t]));
    }

    private static IEnumerable<List<(string Key, string Value)>> Expand(YamlNode row)
    {
        if (row is not YamlMappingNode map)
        {
            yield break;
        }

        var branches = map.Children.TryGetValue(new YamlScalarNode("branch_id"), out var b) && b is YamlSequenceNode list
            ? list.Children.Select(x => (string?)((x as YamlScalarNode)?.Value ?? string.Empty)).ToArray()
            : new string?[] { null };
        foreach (var branch in branches)
        {
            var cells = new List<(string, string)>();
            foreach (var (k, v) in map.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? string.Empty;
                var value = key == "branch_id" && branch is not null ? branch : (v as YamlScalarNode)?.Value ?? string.Empty;
                cells.Add((key, branch is null ? value : value.Replace("{branch}", branch, StringComparison.Ordinal)));
            }

            yield return cells;
        }
    }

    private static string ToCsv(string table, List<List<(string Key, string Value)>> rows)
    {
        // A table with no rows is present and empty: its required columns make the header.
        var header = rows.Count == 0 && InputCatalogue.FindTable(table) is { } spec
            ? spec.Columns.Where(col => col.Required).Select(col => col.Name).ToList()
            : [];
        foreach (var row in rows)
        {
            foreach (var (k, _) in row)
            {
                if (!header.Contains(k))
                {
                    header.Add(k);
                }
            }
        }

        var sb = new StringBuilder();
        sb.Append(string.Join(",", header.Select(Output.Formats.CsvField))).Append('\n');
        foreach (var row in rows)
        {
            var cells = row.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            sb.Append(string.Join(",", header.Select(h => Output.Formats.CsvField(cells.GetValueOrDefault(h) ?? string.Empty)))).Append('\n');
        }

        return sb.ToString();
    }


    private static void Check(string id, YamlMappingNode checks, BranchResult r, List<string> failures, Language language,
        Func<IReadOnlyList<Analysis.EarlyWarning>> warnings)
    {
        foreach (var (k, v) in checks.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? string.Empty;
            var text = (v as YamlScalarNode)?.Value;
            var list = v is YamlSequenceNode seq ? seq.Children.Select(x => (x as YamlScalarNode)?.Value ?? string.Empty).ToArray() : text is null ? [] : [text];
            switch (key)
            {
                case "rating":
                    if (!RatingLabels.TryParse(text ?? string.Empty, out var rating))
                    {
                        failures.Add(Texts.RuleTestBadRating.Render(language, id, text, "未定级"));
                    }
                    else if (rating != r.Rating)
                    {
                        failures.Add(Texts.RuleTestRating.Render(language, id, RatingLabels.Chinese(r.Rating), RatingLabels.Chinese(rating), Output.Formats.Score(r.Score), Output.Formats.ReasonCodes(r)));
                    }

                    break;
                case "grade":
                    if (r.Grade != text)
                    {
                        failures.Add(Texts.RuleTestGrade.Render(language, id, r.Grade ?? Texts.RuleTestNone.Render(language), text));
                    }

                    break;
                case "score":
                    CheckRange(id, Texts.RuleTestScore.Render(language), v, r.Score is decimal s ? (double)s : null, failures, language);
                    break;
                case "coverage":
                    CheckRange(id, Texts.RuleTestCoverage.Render(language), v, r.Coverage, failures, language);
                    break;
                case "rank":
                    if (Output.Formats.Rank(r.Rank) != (text ?? string.Empty))
                    {
                        failures.Add(Texts.RuleTestRank.Render(language, id, Output.Formats.Rank(r.Rank), text));
                    }

                    break;
                case "vetoes":
                    if (!r.Vetoes.Order(StringComparer.Ordinal).SequenceEqual(list.Order(StringComparer.Ordinal)))
                    {
                        failures.Add(Texts.RuleTestVetoes.Render(language, id, string.Join(", ", r.Vetoes), string.Join(", ", list)));
                    }

                    break;
                case "fired":
                    foreach (var x in list.Where(x => !r.Vetoes.Contains(x)))
                    {
                        failures.Add(Texts.RuleTestNotFired.Render(language, id, x, string.Join(", ", r.Vetoes)));
                    }

                    break;
                case "not_fired":
                    foreach (var x in list.Where(x => r.Vetoes.Contains(x)))
                    {
                        failures.Add(Texts.RuleTestFired.Render(language, id, x));
                    }

                    break;
                case "reasons":
                    // A case names reason codes (docs/reasons.md) or words of the sentences people read.
                    var reasons = Output.Formats.ReasonCodes(r);
                    var sentences = Output.Formats.Reasons(r);
                    foreach (var x in list.Where(x => !reasons.Contains(x, StringComparison.Ordinal) && !sentences.Contains(x, StringComparison.Ordinal)))
                    {
                        failures.Add(Texts.RuleTestReasons.Render(language, id, x, reasons));
                    }

                    break;
                case "warnings":
                    // 预警: exactly these kinds (veto, annual_item, tier, rectification, study, attendance, secretary), once each time listed.
                    var kinds = warnings().Where(w => w.BranchId == r.BranchId).Select(w => Output.EarlyWarningText.KindCode(w.Kind)).Order(StringComparer.Ordinal).ToArray();
                    if (!kinds.SequenceEqual(list.Order(StringComparer.Ordinal)))
                    {
                        failures.Add(Texts.RuleTestWarnings.Render(language, id, string.Join(", ", kinds), string.Join(", ", list),
                            string.Join(Texts.ClauseSeparator.Template(language), warnings().Where(w => w.BranchId == r.BranchId).Select(w => $"{w.Risk} → {w.Prevent}"))));
                    }

                    break;
                default:
                    failures.Add(Texts.RuleTestUnknownExpectation.Render(language, id, key,
                        Tables.CodeTexts.Or("rating", "grade", "score", "rank", "coverage", "vetoes", "fired", "not_fired", "reasons", "warnings")));
                    break;
            }
        }
    }

    /// <summary>A number (exact, to 2 decimals for scores) or { min, max } (both inclusive).</summary>
    private static void CheckRange(string id, string what, YamlNode expected, double? actual, List<string> failures, Language language)
    {
        double? Parse(YamlNode? n) => n is YamlScalarNode { Value: { } s } && double.TryParse(s, NumberStyles.Float, Inv, out var d) ? d : null;
        var shown = actual is double a ? a.ToString("0.####", Inv) : Texts.RuleTestNone.Render(language);
        if (expected is YamlMappingNode range)
        {
            var min = Parse(range.Children.TryGetValue(new YamlScalarNode("min"), out var mn) ? mn : null);
            var max = Parse(range.Children.TryGetValue(new YamlScalarNode("max"), out var mx) ? mx : null);
            if (actual is not double x || (min is double lo && x < lo) || (max is double hi && x > hi))
            {
                failures.Add(Texts.RuleTestOutOfRange.Render(language, id, what, shown, min?.ToString(Inv) ?? "-∞", max?.ToString(Inv) ?? "∞"));
            }
        }
        else if (Parse(expected) is double exact)
        {
            if (actual is not double x || Math.Abs(x - exact) > 1e-9)
            {
                failures.Add(Texts.RuleTestValue.Render(language, id, what, shown, exact.ToString(Inv)));
            }
        }
        else
        {
            failures.Add(Texts.RuleTestBadRange.Render(language, id, what, "{ min, max }"));
        }
    }
}
