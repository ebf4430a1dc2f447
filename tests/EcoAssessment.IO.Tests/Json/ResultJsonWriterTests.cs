using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Json;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Yaml;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Json;

/// <summary>The JSON result of DESIGN §6 on <see cref="SmallRun"/>: metadata with hashes and relative paths, branches.</summary>
public class ResultJsonWriterTests
{
    private TempDataset ds = null!;
    private LoadedRuleSet rules = null!;
    private JsonDocument doc = null!;

    [OneTimeSetUp]
    public void WriteOnce()
    {
        ds = SmallRun.Write();
        // The rule file is read from disk under an absolute path, as `eco evaluate --rules /abs/path.yaml` does.
        var rulesPath = Path.Combine(ds.Root, "rules.yaml");
        File.WriteAllText(rulesPath, SmallRun.RulesYaml.Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(false));
        var bag = new DiagnosticBag();
        rules = RuleSetReader.ReadFile(rulesPath, bag)!;
        Assert.That(rules, Is.Not.Null, Diag.Dump(bag));
        var (a, read) = SmallRun.Run(ds, rules);
        doc = JsonDocument.Parse(SmallRun.Json(a, new RunMetadata(rules, read.Files, ds.Folder)));
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        doc.Dispose();
        ds.Dispose();
    }

    private JsonElement Metadata => doc.RootElement.GetProperty("metadata");

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [Test]
    public void TheTopLevelHasMetadataAndBranches() =>
        Assert.That(doc.RootElement.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "metadata", "branches" }));

    [Test]
    public void MetadataCarriesTheRuleSha256OfTheLfNormalisedText()
    {
        var r = Metadata.GetProperty("rules");
        var lfSha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SmallRun.RulesYaml)));
        Assert.That(r.GetProperty("sha256").GetString(), Is.EqualTo(lfSha), "the file on disk has CRLF line ends; the hash is of the LF text");
        Assert.That(r.GetProperty("id").GetString(), Is.EqualTo("writer-test"));
        Assert.That(r.GetProperty("version").GetString(), Is.EqualTo("1"));
    }

    [Test]
    public void MetadataCarriesEachInputFileWithItsSha256AndARelativePath()
    {
        var inputs = Metadata.GetProperty("inputs").EnumerateArray()
            .Select(e => (e.GetProperty("file").GetString()!, e.GetProperty("table").GetString()!, e.GetProperty("sha256").GetString()!)).ToArray();
        Assert.That(inputs.Select(i => (i.Item1, i.Item2)), Is.EqualTo(new[]
        {
            ("assessments.csv", "assessments"), ("branches.csv", "branches"), ("findings.csv", "findings"), ("indicators.csv", "indicators"),
        }));
        foreach (var (file, _, sha) in inputs)
        {
            Assert.That(sha, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ds.PathOf(file))))), file);
        }
    }

    /// <summary>No absolute path (no machine-specific folder) anywhere in the metadata, the rule file's path included.</summary>
    [Test]
    public void MetadataHoldsNoAbsolutePath()
    {
        var strings = Strings(Metadata).ToArray();
        Assert.That(strings, Has.None.Contains(ds.Root));
        Assert.That(strings.Where(Path.IsPathRooted), Is.Empty);
    }

    [Test]
    public void MetadataHasTheEngineVersionWithoutGitHashAndThePeriod()
    {
        Assert.That(Metadata.GetProperty("engine").GetString(), Does.Match(@"^EcoAssessment \d+\.\d+\.\d+$"));
        var p = Metadata.GetProperty("period");
        Assert.That((p.GetProperty("label").GetString(), p.GetProperty("start").GetString(), p.GetProperty("end").GetString()),
            Is.EqualTo(("2024", "2024-01-01", "2024-12-31")));
        Assert.That(Metadata.GetProperty("branch_count").GetInt32(), Is.EqualTo(5));
    }

    [Test]
    public void BranchesAreInCsvOrderWithScoresAndRanks()
    {
        var rows = doc.RootElement.GetProperty("branches").EnumerateArray().Select(b => (
            b.GetProperty("branch_id").GetString(),
            b.GetProperty("rank").ValueKind == JsonValueKind.Null ? (int?)null : b.GetProperty("rank").GetInt32(),
            b.GetProperty("score").ValueKind == JsonValueKind.Null ? (decimal?)null : b.GetProperty("score").GetDecimal(),
            b.GetProperty("rating").GetString())).ToArray();
        Assert.That(rows, Is.EqualTo(new (string?, int?, decimal?, string?)[]
        {
            ("B4", 1, 90m, "先锋"), ("B2", 2, 80m, "中间"), ("B3", 2, 80m, "中间"), ("B5", 4, -10m, "落后"), ("B1", null, null, "未定级"),
        }));
    }

    [Test]
    public void BranchesKeepTheirNamesAsTheyAreAndCarryTheTrace()
    {
        var b2 = doc.RootElement.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("branch_id").GetString() == "B2");
        Assert.That(b2.GetProperty("name").GetString(), Is.EqualTo("=2+3"), "JSON is not a spreadsheet: no apostrophe");
        Assert.That(b2.GetProperty("score_unrounded").GetDouble(), Is.EqualTo(80).Within(1e-9));
        var trace = b2.GetProperty("trace");
        Assert.That(trace.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { "study_rate", "org_items" }));
        Assert.That(trace.GetProperty("indicators")[0].GetProperty("raw").GetDouble(), Is.EqualTo(0.8));
    }

    [Test]
    public void TheJsonIsUtf8WithChineseAsIs()
    {
        var (a, read) = SmallRun.Run(ds, rules);
        var text = SmallRun.Text(SmallRun.Json(a, new RunMetadata(rules, read.Files, ds.Folder)));
        Assert.That(text, Does.Contain("\"先锋\"").And.Contain("写出测试"));
        Assert.That(text, Does.Not.Contain("\\u5148"));
    }
}
