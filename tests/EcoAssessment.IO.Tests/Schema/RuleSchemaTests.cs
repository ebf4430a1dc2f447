using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using Json.Schema;
using NUnit.Framework;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Tests.Schema;

/// <summary>
/// scoring-rules/schema/rules.schema.json is an approved file: editors show its errors and descriptions to the clerks who
/// edit rule files. These tests keep it in step with the rule reader (RuleSetReader is the authority on shape): every
/// shipped rule file is valid and names the schema on its first line, and tables of broken and valid rule snippets get
/// the same answer from the schema and from the reader.
/// </summary>
public class RuleSchemaTests
{
    private const string SchemaComment = "# yaml-language-server: $schema=";

    private static readonly string Root = FindRoot();

    private static readonly string SchemaPath = Path.Combine(Root, "scoring-rules", "schema", "rules.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly Lazy<JsonElement> SchemaDocument = new(() => JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "EcoAssessment.sln")))
        {
            dir = dir.Parent ?? throw new InvalidOperationException("EcoAssessment.sln not found above the test binaries");
        }

        return dir.FullName;
    }

    // ---- YAML → JSON, as an editor with a YAML 1.2 core schema sees the file ----

    private static readonly Regex IntPattern = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex FloatPattern = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The first document of <paramref name="yaml"/> as JSON: plain scalars that are null, booleans, integers or floats
    /// under the YAML 1.2 core schema become JSON null, booleans and numbers; every other scalar (quoted ones included)
    /// is a string; mapping keys are their text.
    /// </summary>
    public static JsonElement YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        return JsonSerializer.SerializeToElement(node);
    }

    private static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
            {
                var obj = new JsonObject();
                foreach (var (k, v) in map.Children)
                {
                    obj[(k as YamlScalarNode)?.Value ?? string.Empty] = Convert(v);
                }

                return obj;
            }

            case YamlSequenceNode seq:
            {
                var array = new JsonArray();
                foreach (var c in seq.Children)
                {
                    array.Add(Convert(c));
                }

                return array;
            }

            case YamlScalarNode s:
                return Scalar(s);
            default:
                throw new InvalidOperationException($"unexpected YAML node {node.GetType().Name}");
        }
    }

    private static JsonNode? Scalar(YamlScalarNode s)
    {
        var v = s.Value ?? string.Empty;
        if (s.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(v);
        }

        switch (v)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (IntPattern.IsMatch(v) && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (v.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(v[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return JsonValue.Create(hex);
        }

        if ((IntPattern.IsMatch(v) || FloatPattern.IsMatch(v))
            && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return JsonValue.Create(d);
        }

        return JsonValue.Create(v);
    }

    /// <summary>
    /// The schema's errors for a rule text, one line each (instance location, schema path, message); empty when valid.
    /// Only errors on the path of the failure are listed, not those of alternatives that a passing anyOf/oneOf rejected.
    /// </summary>
    public static string[] SchemaErrors(string yaml)
    {
        var result = Schema.Value.Evaluate(YamlToJson(yaml), new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (result.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        Collect(result, errors);
        return errors.Count > 0 ? [.. errors] : ["(invalid, no details)"];
    }

    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        var before = errors.Count;
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{node.InstanceLocation} ({node.EvaluationPath}): {keyword}: {message}");
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }

        if (errors.Count == before)
        {
            // Every child passed: a oneOf that more than one alternative matched.
            errors.Add($"{node.InstanceLocation} ({node.EvaluationPath}): more than one alternative of a oneOf matches");
        }
    }

    private static (LoadedRuleSet? Loaded, DiagnosticBag Bag) ReadRules(string yaml)
    {
        var bag = new DiagnosticBag();
        return (RuleSetReader.Read(yaml, "schema-test.yaml", bag), bag);
    }

    // ---- Shipped rule files ----

    private static IEnumerable<string> ShippedRuleFiles()
    {
        var files = new List<string>();
        files.AddRange(Directory.EnumerateFiles(Path.Combine(Root, "scoring-rules"), "*.yaml"));
        foreach (var sample in Directory.EnumerateDirectories(Path.Combine(Root, "samples")))
        {
            var rules = Path.Combine(sample, "rules.yaml");
            if (File.Exists(rules))
            {
                files.Add(rules);
            }
        }

        var tests = Path.Combine(Root, "scoring-rules", "tests");
        if (Directory.Exists(tests))
        {
            files.AddRange(Directory.EnumerateFiles(tests, "*.yaml", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(tests, "*.yml", SearchOption.AllDirectories))
                .Where(LooksLikeRuleSet));
        }

        return files.Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
    }

    /// <summary>A YAML file under scoring-rules/tests is a rule set (not a test case) when its top level declares dimensions and rating.</summary>
    private static bool LooksLikeRuleSet(string path)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map
                && map.Children.ContainsKey(new YamlScalarNode("dimensions")) && map.Children.ContainsKey(new YamlScalarNode("rating"));
        }
        catch (YamlException)
        {
            return false;
        }
    }

    [Test]
    public void TheShippedRuleFilesAreFound()
    {
        Assert.That(ShippedRuleFiles(), Is.SupersetOf(new[] { "samples/mini-12/rules.yaml", "scoring-rules/default.yaml", "scoring-rules/four-strong.yaml" }));
    }

    [TestCaseSource(nameof(ShippedRuleFiles))]
    public void EveryShippedRuleFileIsValidAgainstTheSchemaAndReadable(string relative)
    {
        var text = File.ReadAllText(Path.Combine(Root, relative));
        Assert.That(SchemaErrors(text), Is.Empty, relative);
        var bag = new DiagnosticBag();
        Assert.That(RuleSetReader.ReadFile(Path.Combine(Root, relative), bag), Is.Not.Null, Diag.Dump(bag));
    }

    [TestCaseSource(nameof(ShippedRuleFiles))]
    public void EveryShippedRuleFileNamesTheSchemaOnItsFirstLine(string relative)
    {
        var path = Path.Combine(Root, relative);
        var first = File.ReadLines(path).First();
        Assert.That(first, Does.StartWith(SchemaComment), relative);
        var target = first[SchemaComment.Length..];
        Assert.Multiple(() =>
        {
            Assert.That(target, Does.Not.Contain('\\').And.Not.StartWith("/"), "a relative path with forward slashes");
            Assert.That(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, target)), Is.EqualTo(Path.GetFullPath(SchemaPath)), relative);
        });
    }

    // ---- The schema itself ----

    [Test]
    public void TheSchemaIsAValidDraft202012Schema()
    {
        Assert.That(SchemaDocument.Value.GetProperty("$schema").GetString(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
        var result = MetaSchemas.Draft202012.Evaluate(SchemaDocument.Value, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(result.IsValid, Is.True, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.That(Schema.Value, Is.Not.Null);
    }

    /// <summary>Editors show the descriptions to clerks: every property (and every $defs entry) has one, directly or on what it refers to.</summary>
    [Test]
    public void EveryPropertyHasADescription()
    {
        var missing = new List<string>();
        Walk(SchemaDocument.Value, "#", (node, path) =>
        {
            foreach (var key in new[] { "properties", "$defs" })
            {
                if (node.TryGetProperty(key, out var props))
                {
                    foreach (var p in props.EnumerateObject())
                    {
                        if (!HasDescription(p.Value))
                        {
                            missing.Add($"{path}/{key}/{p.Name}");
                        }
                    }
                }
            }
        });
        Assert.That(missing, Is.Empty);
    }

    /// <summary>Every mapping is closed: unknown keys are errors, as in the reader.</summary>
    [Test]
    public void EveryMappingRejectsUnknownKeys()
    {
        var open = new List<string>();
        Walk(SchemaDocument.Value, "#", (node, path) =>
        {
            if (!node.TryGetProperty("properties", out _))
            {
                return;
            }

            var closed = node.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.False;
            var closedByBranches = node.TryGetProperty("oneOf", out var branches)
                && branches.EnumerateArray().All(b => b.TryGetProperty("additionalProperties", out var bap) && bap.ValueKind == JsonValueKind.False);
            if (!closed && !closedByBranches)
            {
                open.Add(path);
            }
        });
        Assert.That(open, Is.Empty);
    }

    private static bool HasDescription(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && (schema.TryGetProperty("description", out _)
            || (schema.TryGetProperty("$ref", out var r) && HasDescription(Resolve(r.GetString()!))));

    private static JsonElement Resolve(string reference)
    {
        Assert.That(reference, Does.StartWith("#/$defs/"));
        return SchemaDocument.Value.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]);
    }

    private static void Walk(JsonElement node, string path, Action<JsonElement, string> visit)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                visit(node, path);
                foreach (var p in node.EnumerateObject())
                {
                    Walk(p.Value, $"{path}/{p.Name}", visit);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in node.EnumerateArray())
                {
                    Walk(item, $"{path}/{i++}", visit);
                }

                break;
        }
    }

    private static IEnumerable<TestCaseData> CodeLists()
    {
        yield return new TestCaseData("meetingType", InputCatalogue.MeetingTypes, Array.Empty<string>()).SetName("Schema codes: meeting types");
        yield return new TestCaseData("studyForm", InputCatalogue.StudyForms, Array.Empty<string>()).SetName("Schema codes: study forms");
        yield return new TestCaseData("findingSource", InputCatalogue.FindingSources, Array.Empty<string>()).SetName("Schema codes: finding sources");
        yield return new TestCaseData("findingCategory", InputCatalogue.FindingCategories, Array.Empty<string>()).SetName("Schema codes: finding categories");
        yield return new TestCaseData("tolerance", InputCatalogue.Tolerances, Array.Empty<string>()).SetName("Schema codes: tolerance");
        yield return new TestCaseData("responsibility", InputCatalogue.Responsibilities, Array.Empty<string>()).SetName("Schema codes: responsibility");
        yield return new TestCaseData("memberRole", InputCatalogue.MemberRoles, new[] { "committee" }).SetName("Schema codes: member roles (plus committee)");
    }

    /// <summary>The code enums of the schema are the codes, Chinese forms and aliases of the input catalogue, no more, no less.</summary>
    [TestCaseSource(nameof(CodeLists))]
    public void SchemaCodeListsFollowTheInputCatalogue(string def, object codeList, string[] extra) // object: CodeList is internal
    {
        var codes = (CodeList)codeList;
        var enumValues = SchemaDocument.Value.GetProperty("$defs").GetProperty(def).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var expected = codes.Entries.SelectMany(e => new[] { e.Code, e.Chinese }.Concat(e.Aliases)).Concat(extra).Distinct();
        Assert.That(enumValues, Is.EquivalentTo(expected));
        Assert.That(enumValues, Is.Unique);
    }

    // ---- Broken and valid rule snippets: the schema and the reader agree ----

    private const string Base = """
        # yaml-language-server: $schema=scoring-rules/schema/rules.schema.json
        id: schema-test
        name: 模式测试
        version: "1"
        period: year
        dimensions:
          - id: political
            name: 政治强
            weight: 50
            indicators:
              - id: org_life
                name: 三会一课完成率
                measure: { kind: meeting_completion, types: [general_assembly, committee] }
                direction: higher
                normalise: { method: goalposts, low: 0, high: 1 }
                weight: 10
              - id: probe
                name: 变体指标
                measure: { kind: rectification_on_time }
                normalise: { method: goalposts, low: 0, high: 2 }
                weight: 5
          - id: conduct
            name: 作风硬
            weight: 50
            indicators:
              - id: findings
                measure:
                  kind: finding_severity
                  per_members: 10
                direction: lower
                normalise: { method: goalposts, low: 0, high: 5 }
                weight: 12
        weighting: { method: manual }
        aggregation: arithmetic
        adjustments:
          deductions:
            - { id: overdue, name: 整改逾期, when: { finding: { overdue: true, open: true } }, points: 2, cap: 10 }
          bounds: [0, 100]
        rating:
          min_coverage: 0.7
          thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }
          vetoes:
            - id: probe_veto
              name: 变体否决
              when: { indicator: org_life, below: 0.5 }
              force: 落后
            - id: form4
              when: { finding: { form: 4, role: committee } }
              cap: 中间
          dynamic: { max_promotion: 1, rectify_after: 2 }
          quota: { 先锋: 0.30 }
          tie_break: [score, dimension.conduct, branch_id]
        rollup: { weight_by: members, bands: { 绿: { min: 85 }, 黄: { min: 75 } } }

        """;

    private const string ProbeMeasure = "{ kind: rectification_on_time }";
    private const string ProbeNormalise = "{ method: goalposts, low: 0, high: 2 }";
    private const string ProbeCondition = "{ indicator: org_life, below: 0.5 }";

    /// <summary>The base text with each (find, replacement) pair applied; each find occurs exactly once.</summary>
    private static string Edit(string[] pairs)
    {
        Assert.That(pairs.Length % 2, Is.Zero, "pairs of find, replacement");
        var text = Base;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var at = text.IndexOf(pairs[i], StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{pairs[i]}' is not in the base rules");
            Assert.That(text.IndexOf(pairs[i], at + 1, StringComparison.Ordinal), Is.LessThan(0), $"'{pairs[i]}' occurs twice in the base rules");
            text = text[..at] + pairs[i + 1] + text[(at + pairs[i].Length)..];
        }

        return text;
    }

    private static TestCaseData Case(string prefix, string name, params string[] pairs) =>
        new TestCaseData(new object[] { pairs }).SetName($"{prefix}: {name}");

    private static TestCaseData Broken(string name, params string[] pairs) => Case("Rejected by schema and reader", name, pairs);

    private static TestCaseData Measure(string name, string measure) => Case("Accepted by schema and reader", "measure " + name, ProbeMeasure, measure);

    private static TestCaseData Condition(string name, string condition) => Case("Accepted by schema and reader", "condition " + name, ProbeCondition, condition);

    private static TestCaseData Valid(string name, params string[] pairs) => Case("Accepted by schema and reader", name, pairs);

    private static IEnumerable<TestCaseData> BrokenSnippets()
    {
        // Unknown keys, at every level.
        yield return Broken("unknown key at top level", "period: year\n", "period: year\ncolour: red\n");
        yield return Broken("unknown key in a dimension", "    weight: 50\n    indicators:\n      - id: org_life", "    weight: 50\n    colour: red\n    indicators:\n      - id: org_life");
        yield return Broken("unknown key in an indicator", "        weight: 10\n", "        wieght: 10\n");
        yield return Broken("unknown key in a block measure", "          per_members: 10\n", "          per_members: 10\n          per_member: 5\n");
        yield return Broken("unknown key in normalise", ProbeNormalise, "{ method: goalposts, low: 0, high: 2, clamp: true }");
        yield return Broken("unknown key in weighting", "{ method: manual }", "{ method: manual, colour: red }");
        yield return Broken("unknown key in adjustments", "  bounds: [0, 100]\n", "  bounds: [0, 100]\n  penalties: []\n");
        yield return Broken("unknown key in a deduction", "points: 2, cap: 10", "points: 2, cap: 10, per: finding");
        yield return Broken("unknown key in rating", "  min_coverage: 0.7\n", "  min_coverage: 0.7\n  bottom_share: 0.05\n");
        yield return Broken("unknown key in a threshold", "{ min: 90 }", "{ min: 90, max: 100 }");
        yield return Broken("unknown key in a veto", "      force: 落后\n", "      force: 落后\n      reason: 制度\n");
        yield return Broken("unknown key in a finding filter", "{ form: 4, role: committee }", "{ form: 4, role: committee, severity: high }");
        yield return Broken("unknown key in a meetings filter", ProbeCondition, "{ count: { meetings: { type: lecture, topic: 党史 } }, below: 1 }");
        yield return Broken("unknown key in dynamic", "{ max_promotion: 1, rectify_after: 2 }", "{ max_promotion: 1, rectify_after: 2, max_demotion: 1 }");
        yield return Broken("unknown key in quota", "{ 先锋: 0.30 }", "{ 先锋: 0.30, 落后: 0.05 }");
        yield return Broken("unknown key in rollup", "{ weight_by: members,", "{ weight_by: members, colours: 4,");
        yield return Broken("unknown key in a band", "{ min: 85 }", "{ min: 85, colour: green }");

        // A measure kind with a key of another kind; unknown kinds; missing keys of a kind.
        yield return Broken("theme_day_coverage with types", ProbeMeasure, "{ kind: theme_day_coverage, types: [theme_day] }");
        yield return Broken("attendance with per_members", ProbeMeasure, "{ kind: attendance, per_members: 10 }");
        yield return Broken("value with items", ProbeMeasure, "{ kind: value, items: [CO-] }");
        yield return Broken("finding_count with form_weights", ProbeMeasure, "{ kind: finding_count, categories: [four_winds], form_weights: { 1: 1 } }");
        yield return Broken("study_hours with hours", ProbeMeasure, "{ kind: study_hours, hours: 40 }");
        yield return Broken("study_forms counting volunteer service", ProbeMeasure, "{ kind: study_forms, forms: [xuexi, volunteer] }");
        yield return Broken("study_forms counting 志愿服务", ProbeMeasure, "{ kind: study_forms, forms: 志愿服务 }");
        yield return Broken("original_texts_share with column", ProbeMeasure, "{ kind: original_texts_share, column: b5 }");
        yield return Broken("volunteer_hours with forms", ProbeMeasure, "{ kind: volunteer_hours, forms: [volunteer] }");
        yield return Broken("rectification_on_time with column", ProbeMeasure, "{ kind: rectification_on_time, column: c3 }");
        yield return Broken("unknown measure kind", ProbeMeasure, "{ kind: meeting_count, types: [lecture] }");
        yield return Broken("measure without kind", ProbeMeasure, "{ types: [lecture] }");
        yield return Broken("meeting_completion without types", "{ kind: meeting_completion, types: [general_assembly, committee] }", "{ kind: meeting_completion }");
        yield return Broken("finding_count without categories", ProbeMeasure, "{ kind: finding_count, per_members: 10 }");
        yield return Broken("assessment_ratio without items", ProbeMeasure, "{ kind: assessment_ratio }");
        yield return Broken("study_forms without forms", ProbeMeasure, "{ kind: study_forms }");
        yield return Broken("study_compliance without a target", ProbeMeasure, "{ kind: study_compliance }");
        yield return Broken("expected for an unknown meeting type", ProbeMeasure, "{ kind: meeting_completion, types: [lecture], expected: { seminar: 4 } }");
        yield return Broken("form_weights with a key that is not a form", ProbeMeasure, "{ kind: finding_severity, form_weights: { first: 1 } }");
        yield return Broken("unknown meeting type code", "types: [general_assembly, committee]", "types: [general_assembly, party_meeting]");
        yield return Broken("unknown study form", ProbeMeasure, "{ kind: study_forms, forms: [xuexi, podcast] }");
        yield return Broken("unknown finding category", ProbeMeasure, "{ kind: finding_count, categories: [四风, 迟到] }");
        yield return Broken("measure as text", ProbeMeasure, "attendance");

        // Normalisation.
        yield return Broken("goalposts without high", ProbeNormalise, "{ method: goalposts, low: 0 }");
        yield return Broken("minmax with goalposts", ProbeNormalise, "{ method: minmax, low: 0, high: 1 }");
        yield return Broken("none with low", ProbeNormalise, "{ method: none, low: 0 }");
        yield return Broken("unknown normalisation method", ProbeNormalise, "{ method: zscores }");
        yield return Broken("rank with an unknown tie method", ProbeNormalise, "{ method: rank, ties: max }");
        yield return Broken("zscore with a foreign key", ProbeNormalise, "{ method: zscore, low: 0 }");
        yield return Broken("per_year is not a flag", ProbeNormalise, "{ method: goalposts, low: 0, high: 2, per_year: 每年 }");

        // Vetoes.
        yield return Broken("veto with both force and cap", "      force: 落后\n", "      force: 落后\n      cap: 中间\n");
        yield return Broken("veto with neither force nor cap", "      cap: 中间\n", string.Empty);
        yield return Broken("veto with an unknown tier", "force: 落后", "force: 很差");
        yield return Broken("veto without when", "      when: { finding: { form: 4, role: committee } }\n", string.Empty);
        yield return Broken("veto without id", "    - id: form4\n      when", "    - when");

        // Conditions.
        yield return Broken("condition with two kinds", ProbeCondition, "{ indicator: org_life, fact: satisfaction, below: 0.5 }");
        yield return Broken("condition with finding and any", ProbeCondition, "{ finding: { form: 4 }, any: [ { fact: members, below: 3 } ] }");
        yield return Broken("condition without a kind", ProbeCondition, "{ below: 0.5 }");
        yield return Broken("comparator on a finding condition", "{ finding: { form: 4, role: committee } }", "{ finding: { form: 4, role: committee }, min: 2 }");
        yield return Broken("comparator on an any condition", ProbeCondition, "{ any: [ { fact: members, below: 3 } ], below: 1 }");
        yield return Broken("comparator on a not condition", ProbeCondition, "{ not: { fact: members, below: 3 }, above: 0 }");
        yield return Broken("comparator that is text", ProbeCondition, "{ indicator: org_life, below: 一半 }");
        yield return Broken("unknown comparator", ProbeCondition, "{ indicator: org_life, less_than: 0.5 }");
        yield return Broken("any with no condition", ProbeCondition, "{ any: [ ] }");
        yield return Broken("all that is not a list", ProbeCondition, "{ all: { fact: members, below: 3 } }");
        yield return Broken("condition that is a list", ProbeCondition, "[ { fact: members, below: 3 } ]");
        yield return Broken("count of two tables", ProbeCondition, "{ count: { meetings: { type: lecture }, findings: { form: 4 } }, below: 1 }");
        yield return Broken("count of an unknown table", ProbeCondition, "{ count: { members: { role: secretary } }, below: 1 }");
        yield return Broken("count of nothing", ProbeCondition, "{ count: { }, below: 1 }");
        yield return Broken("form range without min or max", "form: 4, role", "form: { }, role");
        yield return Broken("form range with an unknown key", "form: 4, role", "form: { from: 3 }, role");
        yield return Broken("form that is text", "form: 4, role", "form: 第四种, role");
        yield return Broken("form that is not whole", "form: 4, role", "form: 3.5, role");
        yield return Broken("open that is not a flag", "overdue: true, open: true", "overdue: true, open: maybe");
        yield return Broken("unknown role", "role: committee", "role: 班长");
        yield return Broken("unknown finding source", "form: 4, role: committee", "form: 4, source: [巡察, 媒体]");
        yield return Broken("unknown tolerance", "form: 4, role: committee", "form: 4, tolerance: 豁免");
        yield return Broken("unknown responsibility", "form: 4, role: committee", "form: 4, responsibility: 组织部");
        yield return Broken("finding filter that is a list", "{ finding: { overdue: true, open: true } }", "{ finding: [ overdue, open ] }");

        // Rating.
        yield return Broken("thresholds without 落后", "thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }", "thresholds: { 先锋: { min: 90 } }");
        yield return Broken("thresholds with 先锋 and vanguard", "thresholds: { 先锋: { min: 90 },", "thresholds: { 先锋: { min: 90 }, vanguard: { min: 90 },");
        yield return Broken("先锋 threshold with below", "先锋: { min: 90 }", "先锋: { below: 90 }");
        yield return Broken("threshold that is a number", "落后: { below: 60 }", "落后: 60");
        yield return Broken("thresholds with 中间", "thresholds: { 先锋: { min: 90 },", "thresholds: { 先锋: { min: 90 }, 中间: { min: 60 },");
        yield return Broken("quota without 先锋", "{ 先锋: 0.30 }", "{ share: 0.30 }");
        yield return Broken("quota with 先锋 and vanguard", "{ 先锋: 0.30 }", "{ 先锋: 0.30, vanguard: 0.30 }");
        yield return Broken("quota that is a number", "quota: { 先锋: 0.30 }", "quota: 0.30");
        yield return Broken("quota rounding of another name", "{ 先锋: 0.30 }", "{ 先锋: 0.30, rounding: up }");
        yield return Broken("quota min that is not whole", "{ 先锋: 0.30 }", "{ 先锋: 0.30, min: 1.5 }");
        yield return Broken("laggard_min_count that is not whole", "{ weight_by: members,", "{ weight_by: members, laggard_min_count: two,");
        yield return Broken("tie_break key of an unknown kind", "dimension.conduct", "conduct");
        yield return Broken("max_promotion that is not whole", "max_promotion: 1,", "max_promotion: 1.5,");
        yield return Broken("rate_temporary that is not a flag", "  min_coverage: 0.7\n", "  min_coverage: 0.7\n  rate_temporary: sometimes\n");
        yield return Broken("min_coverage as text", "min_coverage: 0.7", "min_coverage: 七成");
        yield return Broken("rating without thresholds", "  thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }\n", string.Empty);

        // Top level, dimensions, indicators, adjustments, roll-up.
        yield return Broken("missing id", "id: schema-test\n", string.Empty);
        yield return Broken("missing version", "version: \"1\"\n", string.Empty);
        yield return Broken("missing rating (misspelt)", "rating:\n", "ratings:\n");
        yield return Broken("id that is a list", "id: schema-test", "id: [a, b]");
        yield return Broken("empty name", "name: 模式测试", "name: \"\"");
        yield return Broken("unknown period kind", "period: year", "period: week");
        yield return Broken("period that is a number", "period: year", "period: 2024");
        yield return Broken("unknown weighting method", "{ method: manual }", "{ method: topsis }");
        yield return Broken("weighting without method", "{ method: manual }", "{ }");
        yield return Broken("unknown aggregation", "aggregation: arithmetic", "aggregation: harmonic");
        yield return Broken("dimensions that is a mapping", "dimensions:\n", "dimensions:\n  all:\n");
        yield return Broken("dimension without indicators", "    weight: 50\n    indicators:\n      - id: findings", "    weight: 50\n    indicator_list:\n      - id: findings");
        yield return Broken("indicator without measure", "        measure: { kind: meeting_completion, types: [general_assembly, committee] }\n", string.Empty);
        yield return Broken("indicator without normalise", "        normalise: { method: goalposts, low: 0, high: 5 }\n", string.Empty);
        yield return Broken("weight as text", "    weight: 50\n    indicators:\n      - id: org_life", "    weight: heavy\n    indicators:\n      - id: org_life");
        yield return Broken("unknown direction", "        direction: lower\n", "        direction: down\n");
        yield return Broken("deduction without points", "points: 2, cap: 10", "cap: 10");
        yield return Broken("deductions that is a mapping", "  deductions:\n    - { id: overdue,", "  deductions:\n    overdue: { id: overdue,");
        yield return Broken("three bounds", "bounds: [0, 100]", "bounds: [0, 50, 100]");
        yield return Broken("bounds that is a mapping", "bounds: [0, 100]", "bounds: { lower: 0, upper: 100 }");
        yield return Broken("band without min", "{ min: 75 }", "{ }");
        yield return Broken("band that is a number", "黄: { min: 75 }", "黄: 75");

        // 容错 limits: lenient form 3 may be allowed, nothing else.
        yield return Broken("tolerance allowing exempt form 3", "aggregation: arithmetic\n", "aggregation: arithmetic\ntolerance: { exempt_form3: true }\n");
        yield return Broken("tolerance allowing lenient form 4", "aggregation: arithmetic\n", "aggregation: arithmetic\ntolerance: { lenient_form3: true, lenient_form4: true }\n");
        yield return Broken("lenient_form3 that is not a flag", "aggregation: arithmetic\n", "aggregation: arithmetic\ntolerance: { lenient_form3: 从轻 }\n");
        yield return Broken("tolerance that is a flag", "aggregation: arithmetic\n", "aggregation: arithmetic\ntolerance: true\n");
    }

    private static IEnumerable<TestCaseData> ValidSnippets()
    {
        yield return Valid("the base rules");

        // Each measure kind, with and without its optional keys.
        yield return Measure("meeting_completion with expected", "{ kind: meeting_completion, types: [general_assembly, committee, group, lecture], expected: { general_assembly: 2, 支委会: 6 } }");
        yield return Measure("meeting_completion with one type", "{ kind: meeting_completion, types: lecture }");
        yield return Measure("theme_day_coverage", "{ kind: theme_day_coverage }");
        yield return Measure("attendance", "{ kind: attendance }");
        yield return Measure("attendance of some types", "{ kind: attendance, types: [general_assembly, group] }");
        yield return Measure("annual_review", "{ kind: annual_review }");
        yield return Measure("annual_review of talks", "{ kind: annual_review, types: [talk] }");
        yield return Measure("finding_severity", "{ kind: finding_severity }");
        yield return Measure("finding_severity with form_weights", "{ kind: finding_severity, per_members: 20, form_weights: { 1: 1, 2: 3, 3: 6, 4: 10.5 } }");
        yield return Measure("finding_count", "{ kind: finding_count, categories: [four_winds, eight_rules], per_members: 10 }");
        yield return Measure("finding_count of one category", "{ kind: finding_count, categories: 廉政 }");
        yield return Measure("rectification_on_time", "{ kind: rectification_on_time }");
        yield return Measure("assessment_ratio", "{ kind: assessment_ratio, items: [CO-, PE-] }");
        yield return Measure("assessment_ratio with one prefix", "{ kind: assessment_ratio, items: PF- }");
        yield return Measure("study_compliance in hours", "{ kind: study_compliance, hours: 40 }");
        yield return Measure("study_compliance in points", "{ kind: study_compliance, points: 10000 }");
        yield return Measure("study_compliance in hours and points", "{ kind: study_compliance, hours: 40, points: 10000 }");
        yield return Measure("study_hours", "{ kind: study_hours }");
        yield return Measure("study_forms", "{ kind: study_forms, forms: [original_texts, micro_lecture, on_site, xuexi, online_college, central_group, training] }");
        yield return Measure("micro_lecture_share", "{ kind: micro_lecture_share }");
        yield return Measure("original_texts_share", "{ kind: original_texts_share }");
        yield return Measure("volunteer_hours", "{ kind: volunteer_hours }");
        yield return Measure("volunteer_hours of a named column", "{ kind: volunteer_hours, column: 志愿服务时长 }");
        yield return Measure("special_task_share", "{ kind: special_task_share }");
        yield return Measure("value", "{ kind: value }");
        yield return Measure("value of a named column", "{ kind: value, column: satisfaction }");
        yield return Measure("in block style", "\n          kind: study_forms\n          forms:\n            - xuexi\n            - 网络学院\n");

        // Each normalisation.
        yield return Valid("normalise goalposts per year", ProbeNormalise, "{ method: goalposts, low: 0, high: 40, per_year: true }");
        yield return Valid("normalise goalposts per year (是)", ProbeNormalise, "{ method: goalposts, low: 0, high: 40, per_year: 是 }");
        yield return Valid("normalise goalposts reversed", ProbeNormalise, "{ method: goalposts, low: 1, high: 0.5 }");
        yield return Valid("normalise minmax", ProbeNormalise, "{ method: minmax }");
        yield return Valid("normalise zscore", ProbeNormalise, "{ method: zscore, m: 50, s: 10 }");
        yield return Valid("normalise rank", ProbeNormalise, "{ method: rank, ties: average }");
        yield return Valid("normalise percentile", ProbeNormalise, "{ method: percentile }");
        yield return Valid("normalise minmax with lo and hi", ProbeNormalise, "{ method: minmax, lo: 60, hi: 100 }");
        yield return Valid("normalise none", ProbeNormalise, "{ method: none }");

        // Each condition kind.
        yield return Condition("indicator with max", "{ indicator: org_life, max: 0.5 }");
        yield return Condition("indicator with min and above", "{ indicator: org_life, min: 0.1, above: 0 }");
        yield return Condition("normalised", "{ normalised: org_life, min: 60 }");
        yield return Condition("fact", "{ fact: secretary_vacant_days, above: 90 }");
        yield return Condition("count of meetings", "{ count: { meetings: { type: org_life_review } }, below: 1 }");
        yield return Condition("count of theme-day meetings of some types", "{ count: { meetings: { type: [general_assembly, 党课], theme_day: true } }, below: 4 }");
        yield return Condition("count of all meetings", "{ count: { meetings: ~ }, below: 12 }");
        yield return Condition("count of findings", "{ count: { findings: { form: { min: 3 } } }, min: 2 }");
        yield return Condition("count of all findings", "{ count: { findings: }, above: 5 }");
        yield return Condition("any finding", "{ finding: ~ }");
        yield return Condition("finding with an empty filter", "{ finding: { } }");
        yield return Condition("finding with every field", "{ finding: { form: [3, 4], role: [secretary, deputy_secretary, 委员], source: [inspection, patrol], category: [four_winds, eight_rules], tolerance: [none, lenient], responsibility: [secretary, leader], open: true, overdue: false } }");
        yield return Condition("finding with a form range", "{ finding: { form: { min: 2, max: 3 } } }");
        yield return Condition("finding with a form maximum", "{ finding: { form: { max: 1 }, open: yes } }");
        yield return Condition("any", "{ any: [ { indicator: org_life, below: 0.5 }, { finding: { form: 4 } } ] }");
        yield return Condition("all", "{ all: [ { fact: members, min: 3 }, { not: { finding: { overdue: true } } } ] }");
        yield return Condition("not", "{ not: { count: { meetings: { type: member_review } }, min: 1 } }");
        yield return Condition("nested in block style", "\n        any:\n          - indicator: org_life\n            below: 0.5\n          - all:\n              - fact: satisfaction\n                below: 0.9\n              - finding: { category: 八项规定 }\n      ");

        // Chinese codes everywhere a code goes.
        yield return Valid("Chinese meeting types", "types: [general_assembly, committee]", "types: [支部党员大会, 支委会, 党小组会, 党课, 主题党日, 组织生活会, 民主评议党员, 谈心谈话]");
        yield return Valid("Chinese study forms", ProbeMeasure, "{ kind: study_forms, forms: [读原著学原文, 微型党课, 现场教学, 学习强国, 网络学院, 中心组学习, 专题培训] }");
        yield return Valid("Chinese finding categories", ProbeMeasure, "{ kind: finding_count, categories: [四风, 八项规定, 廉政, 纪律, 其他] }");
        yield return Valid("Chinese finding filter codes", "{ form: 4, role: committee }",
            "{ form: 4, role: [书记, 副书记, 委员, 班子成员, 党员], source: [督察, 巡察, 审计, 信访, 专项检查, 其他], tolerance: [否, 容错免责, 从轻/减轻], responsibility: [书记, 班子成员, 机关党委, 党支部, 纪委], open: 是, overdue: 否 }");
        yield return Valid("aliases of codes", "types: [general_assembly, committee]", "types: [党员大会, 支部委员会, 微型党课, 民主评议]");

        // English labels and other spellings the reader accepts.
        yield return Valid("English threshold keys", "thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }", "thresholds: { vanguard: { min: 90 }, laggard: { below: 60 } }");
        yield return Valid("English quota key", "{ 先锋: 0.30 }", "{ vanguard: 0.3 }");
        yield return Valid("quota rounding round and a minimum", "{ 先锋: 0.30 }", "{ 先锋: 0.30, rounding: round, min: 1 }");
        yield return Valid("quota rounding ceil", "{ 先锋: 0.30 }", "{ vanguard: 0.3, rounding: ceil }");
        yield return Valid("quota rounding floor as written", "{ 先锋: 0.30 }", "{ 先锋: 0.30, rounding: floor, min: 0 }");
        yield return Valid("laggard_min_count", "{ weight_by: members,", "{ weight_by: members, laggard_min_count: 3,");
        yield return Valid("English veto tiers", "force: 落后", "force: laggard", "cap: 中间", "cap: middle");
        yield return Valid("numeric version and id", "version: \"1\"", "version: 2024.1", "id: schema-test", "id: 2024");
        yield return Valid("tie_break of one key", "tie_break: [score, dimension.conduct, branch_id]", "tie_break: score");
        yield return Valid("tie_break by indicator", "tie_break: [score, dimension.conduct, branch_id]", "tie_break: [score, indicator.org_life, dimension.political, branch_id]");

        // Other sections and optional keys.
        yield return Valid("period quarter", "period: year", "period: quarter");
        yield return Valid("period half", "period: year", "period: half");
        yield return Valid("period month", "period: year", "period: month");
        yield return Valid("equal weighting", "{ method: manual }", "{ method: equal }");
        yield return Valid("bonuses and negative bounds", "  bounds: [0, 100]\n",
            "  bonuses:\n    - { id: honour, name: 表彰, when: { fact: recognitions, min: 1 }, points: 5 }\n  bounds: [-50, 110]\n");
        yield return Valid("rate_temporary", "  min_coverage: 0.7\n", "  min_coverage: 0.7\n  rate_temporary: true\n");
        yield return Valid("tolerance allowing lenient form 3", "aggregation: arithmetic\n", "aggregation: arithmetic\ntolerance: { lenient_form3: true }\n");
        yield return Valid("tolerance lenient_form3 as 是", "aggregation: arithmetic\n", "aggregation: arithmetic\ntolerance: { lenient_form3: 是 }\n");
        yield return Valid("empty tolerance", "aggregation: arithmetic\n", "aggregation: arithmetic\ntolerance: { }\n");
        yield return Valid("empty dynamic", "{ max_promotion: 1, rectify_after: 2 }", "{ }");
        yield return Valid("rollup without bands", "{ weight_by: members, bands: { 绿: { min: 85 }, 黄: { min: 75 } } }", "{ weight_by: members }");
        yield return Valid("no optional sections",
            "period: year\n", string.Empty, "weighting: { method: manual }\n", string.Empty, "aggregation: arithmetic\n", string.Empty,
            "  dynamic: { max_promotion: 1, rectify_after: 2 }\n", string.Empty, "  quota: { 先锋: 0.30 }\n", string.Empty,
            "  tie_break: [score, dimension.conduct, branch_id]\n", string.Empty, "  min_coverage: 0.7\n", string.Empty,
            "rollup: { weight_by: members, bands: { 绿: { min: 85 }, 黄: { min: 75 } } }\n", string.Empty);
        yield return Valid("dimension and indicator without name, weight, direction",
            "  - id: conduct\n    name: 作风硬\n    weight: 50\n", "  - id: conduct\n",
            "        direction: lower\n", string.Empty, "        weight: 12\n", string.Empty);
    }

    [TestCaseSource(nameof(BrokenSnippets))]
    public void BrokenRulesAreRejectedByBoth(string[] pairs)
    {
        var text = Edit(pairs);
        var (loaded, bag) = ReadRules(text);
        Assert.Multiple(() =>
        {
            Assert.That(SchemaErrors(text), Is.Not.Empty, "the schema accepts it\n---\n" + text);
            Assert.That(bag.ErrorCount, Is.GreaterThan(0), "the reader accepts it\n---\n" + text);
            Assert.That(loaded, Is.Null);
        });
    }

    [TestCaseSource(nameof(ValidSnippets))]
    public void ValidRulesAreAcceptedByBoth(string[] pairs)
    {
        var text = Edit(pairs);
        var (loaded, bag) = ReadRules(text);
        Assert.Multiple(() =>
        {
            Assert.That(SchemaErrors(text), Is.Empty, text);
            Assert.That(loaded, Is.Not.Null, Diag.Dump(bag) + "\n---\n" + text);
        });
    }

    // ---- rating.grades: in the schema ahead of the reader ----

    private const string Grades = """
          grades:
            - { name: 好, min: 90, rating: 先锋 }
            - { name: 较好, min: 80, rating: 中间 }
            - { name: 一般, min: 60, rating: 中间 }
            - { name: 较差, rating: 落后 }

        """;

    [Test]
    public void TheSchemaDescribesGrades()
    {
        string WithGrades(string grades) => Edit(["  min_coverage: 0.7\n", "  min_coverage: 0.7\n" + grades]);
        Assert.Multiple(() =>
        {
            Assert.That(SchemaErrors(WithGrades(Grades)), Is.Empty, "好/较好/一般/较差 onto the three ratings");
            Assert.That(SchemaErrors(WithGrades(Grades.Replace("{ name: 较差, rating: 落后 }", "{ name: 较差, min: 0, rating: laggard }", StringComparison.Ordinal))), Is.Empty, "the last band may give min");
            Assert.That(SchemaErrors(WithGrades(Grades.Replace("min: 60, ", string.Empty, StringComparison.Ordinal))), Is.Not.Empty, "only one band may leave min out");
            Assert.That(SchemaErrors(WithGrades(Grades.Replace("rating: 先锋", "rating: 优秀", StringComparison.Ordinal))), Is.Not.Empty, "an unknown rating");
            Assert.That(SchemaErrors(WithGrades(Grades.Replace("{ name: 好, min: 90, rating: 先锋 }", "{ name: 好, min: 90 }", StringComparison.Ordinal))), Is.Not.Empty, "rating is required");
            Assert.That(SchemaErrors(WithGrades(Grades.Replace("{ name: 好, min: 90, rating: 先锋 }", "{ name: 好, min: 90, rating: 先锋, colour: red }", StringComparison.Ordinal))), Is.Not.Empty, "unknown key");
            Assert.That(SchemaErrors(WithGrades("  grades: []\n")), Is.Not.Empty, "an empty list");
        });
    }

    // ---- The four-strong preset ----

    private static string FourStrongPath => Path.Combine(Root, "scoring-rules", "four-strong.yaml");

    [Test]
    public void FourStrongFollowsTheFrameAndItsWeightsAddUp()
    {
        var bag = new DiagnosticBag();
        var loaded = RuleSetReader.ReadFile(FourStrongPath, bag);
        Assert.That(loaded, Is.Not.Null, Diag.Dump(bag));
        var rules = loaded!.Rules;
        Assert.Multiple(() =>
        {
            Assert.That(rules.Id, Is.EqualTo("four-strong"));
            Assert.That(rules.Dimensions.Select(d => (d.Id, d.Name)), Is.EqualTo(new[]
            {
                ("political_function", "政治功能强"), ("leadership", "支部班子强"), ("membership", "党员队伍强"), ("performance", "作用发挥强"),
            }));
            Assert.That(rules.Dimensions.Sum(d => d.Weight), Is.EqualTo(100));
            Assert.That(rules.Dimensions.Select(d => d.Indicators.Sum(i => i.Weight)), Is.EqualTo(rules.Dimensions.Select(d => d.Weight)),
                "indicator weights add up to their dimension's weight");
            var defaults = RuleSetReader.ReadDefault().Rules.Rating;
            Assert.That(rules.Rating.Vetoes.Select(v => (v.Id, v.Effect, v.Tier)), Is.EqualTo(defaults.Vetoes.Select(v => (v.Id, v.Effect, v.Tier))),
                "the same vetoes as default.yaml");
            Assert.That(rules.Rating.VanguardQuota, Is.EqualTo(defaults.VanguardQuota));
            Assert.That(rules.Rating.Thresholds.VanguardMin, Is.EqualTo(defaults.Thresholds.VanguardMin));
            Assert.That(rules.Rating.Thresholds.LaggardBelow, Is.EqualTo(defaults.Thresholds.LaggardBelow));
        });
    }

    [Test]
    public void FourStrongRatesTheProvincialSample()
    {
        var bag = new DiagnosticBag();
        var loaded = RuleSetReader.ReadFile(FourStrongPath, bag);
        Assert.That(loaded, Is.Not.Null, Diag.Dump(bag));
        var plan = Plan.Build(loaded!.Rules, bag);
        Assert.That(plan, Is.Not.Null, Diag.Dump(bag));
        Assert.That(bag.ErrorCount, Is.Zero, Diag.Dump(bag));

        var read = CsvDatasetReader.Read(Path.Combine(Root, "samples", "provincial-eco-2024"), null, bag, requirements: plan!.Requirements);
        Assert.That(read.Dataset, Is.Not.Null, Diag.Dump(bag));
        Assert.That(bag.ErrorCount, Is.Zero, Diag.Dump(bag));

        var assessment = plan.Run(read.Dataset!);
        var results = assessment.Results;
        var rated = results.Count(r => r.Rating != Rating.Unrated);
        var vanguard = results.Count(r => r.Rating == Rating.Vanguard);
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.BranchId), Is.EquivalentTo(read.Dataset!.Branches.Select(b => b.Record.BranchId)), "a result for every branch");
            var unrated = results.Where(r => r.Branch.Type != BranchType.Temporary && r.Rating == Rating.Unrated).ToArray();
            Assert.That(unrated, Has.Length.EqualTo(1),
                "every branch that is not a temporary one is rated, except the sample's low-coverage branch (no assessment records)");
            Assert.That(unrated.Select(r => r.Reasons[0]), Has.All.StartWith("coverage:"));
            Assert.That(results.Where(r => r.Branch.Type == BranchType.Temporary).Select(r => r.Rating), Is.All.EqualTo(Rating.Unrated),
                "temporary branches are scored but not rated (rate_temporary is off)");
            Assert.That(results.Where(r => r.Rating != Rating.Unrated).Select(r => r.Score), Is.All.Not.Null);
            Assert.That(vanguard, Is.GreaterThan(0));
            Assert.That(vanguard, Is.LessThanOrEqualTo((int)Math.Floor(0.3m * rated)), "the 30 % quota");
            Assert.That(results.Count(r => r.Rating == Rating.Middle), Is.GreaterThan(0));
        });
    }
}
