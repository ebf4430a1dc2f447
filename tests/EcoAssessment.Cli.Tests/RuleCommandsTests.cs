using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>eco validate and eco test: exit codes and the lines CI reads.</summary>
public class RuleCommandsTests
{
    private static string Rules(string name) => Path.Combine(CliRunner.RepoRoot, "scoring-rules", name);

    [Test]
    public void ShippedRulesValidate()
    {
        var r = CliRunner.Run("validate", Rules("default.yaml"), Rules("classification-2012.yaml"),
            Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"));
        Assert.That(r.ExitCode, Is.Zero, r.Stdout);
        Assert.That(r.Stdout, Does.EndWith("3 个有效，0 个无效\n"));
        Assert.That(r.Stdout, Does.Not.Contain("warning"));
    }

    [Test]
    public void ANegativeWeightIsReportedAtItsLineWithExit1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eco-neg-{Guid.NewGuid():N}.yaml");
        var lines = File.ReadAllLines(Rules("default.yaml"));
        var line = Array.FindIndex(lines, l => l.Trim() == "weight: 8") + 1;   // the first indicator weight of 8
        lines[line - 1] = lines[line - 1].Replace("weight: 8", "weight: -8", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);
        try
        {
            var r = CliRunner.Run("validate", file);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
            Assert.That(r.Stdout, Does.Contain($"{file}({line},17): error ECO0107"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void BrokenYamlIsLocatedAndExits1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eco-yaml-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "id: x\nname: [unclosed\nversion: 1\n");
        try
        {
            var r = CliRunner.Run("validate", file);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
            Assert.That(r.Stdout, Does.Match(@"\(\d+,\d+\): error ECO0101"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void AnUnreadableFileIsAProblemNotACrash()
    {
        var r = CliRunner.Run("validate", Path.Combine(Path.GetTempPath(), "eco-no-such-rules.yaml"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain("ECO0001"));
    }

    [Test]
    public void TheRuleTestsPassWithTheClosingLine()
    {
        var r = CliRunner.Run("test", Path.Combine(CliRunner.RepoRoot, "scoring-rules", "tests"));
        Assert.That(r.ExitCode, Is.Zero, r.Stdout);
        Assert.That(r.Stdout, Does.Match(@"\n\d+ passed, 0 failed\n$"));
        Assert.That(r.Stdout, Does.Contain("PASS "));
    }

    /// <summary>DESIGN §5: <c>test</c> on its own inputs answers 1, as <c>validate</c> does (issue 25).</summary>
    [Test]
    public void AMissingTestPathIsANegativeAnswer() =>
        Assert.That(CliRunner.Run("test", Path.Combine(Path.GetTempPath(), "eco-no-such-tests")).ExitCode, Is.EqualTo(ExitCodes.Negative));

    [Test]
    public void UnreachableTiersAndAMissingSchemaLineAreWarningsNotErrors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eco-warn-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(Rules("default.yaml"))
            .Replace("# yaml-language-server: $schema=schema/rules.schema.json\n", string.Empty, StringComparison.Ordinal)
            .Replace("{ 先锋: { min: 90 }, 落后: { below: 60 } }", "{ 先锋: { min: 101 }, 落后: { below: 0 } }", StringComparison.Ordinal);
        File.WriteAllText(file, text);
        try
        {
            var r = CliRunner.Run("validate", file);
            Assert.That(r.ExitCode, Is.Zero, r.Stdout);
            Assert.That(r.Stdout, Does.Contain("warning ECO0109").And.Contain("warning ECO0110").And.Contain($"{file}(1,1): warning ECO0111"));
            Assert.That(r.Stdout, Does.Contain("：有效，3 条警告"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void AFailingCaseIsLocatedWithItsCode()
    {
        var dir = Directory.CreateTempSubdirectory("eco-case-").FullName;
        try
        {
            File.Copy(Rules("default.yaml"), Path.Combine(dir, "default.yaml"));
            var tests = Path.Combine(dir, "t.yaml");
            File.WriteAllText(tests, "rules: default.yaml\nperiod: 2024\ncases:\n  - name: wrong on purpose\n    data:\n      branches: [ { branch_id: B1, name: 一支部, unit: 机关 } ]\n    expect:\n      B1: { rating: 先锋 }\n");
            var r = CliRunner.Run("test", tests);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
            Assert.That(r.Stdout, Does.Contain($"{tests}(4,5): error ECO0120: 用例\"wrong on purpose\"的评定结果与预期不符"));
            Assert.That(r.Stdout, Does.Contain("FAIL ").And.EndWith("0 passed, 1 failed\n"));
            var en = CliRunner.Run("test", tests, "--lang", "en");
            Assert.That(en.Stdout, Does.Contain($"{tests}(4,5): error ECO0120: case 'wrong on purpose' is not rated as expected"));
            Assert.That(en.Stdout, Does.Contain("FAIL ").And.EndWith("0 passed, 1 failed\n"), "PASS/FAIL and the closing line never change with --lang");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void ShapeAndMeaningProblemsAreListedInOneRunInLineOrder()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eco-both-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, string.Join("\n",
            "# yaml-language-server: $schema=schema/rules.schema.json",
            "id: x",
            "name: y",
            "version: \"1\"",
            "colour: red",
            "dimensions:",
            "  - id: a",
            "    weight: -3",
            "    indicators:",
            "      - { id: i, measure: { kind: value }, normalise: { method: goalposts, low: 0, high: 1 }, weight: 1 }",
            "rating:",
            "  thresholds: { 先锋: { min: 50 }, 落后: { below: 60 } }",
            "  quota: { 先锋: 1.3 }",
            ""));
        try
        {
            var r = CliRunner.Run("validate", file);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
            var codes = r.Stdout.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf("error ", StringComparison.Ordinal) + 6)..][..7]).ToArray();
            Assert.That(codes, Is.EqualTo(new[] { "ECO0102", "ECO0107", "ECO0108", "ECO0107" }), r.Stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void GeometricAggregationNeedsNormalisationsAboveZero()
    {
        var mini = Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");
        var text = File.ReadAllText(Path.Combine(mini, "rules.yaml")).Replace("aggregation: arithmetic", "aggregation: geometric", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"eco-geo-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, text);
        var fixedFile = Path.Combine(Path.GetTempPath(), $"eco-geo-ok-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(fixedFile, System.Text.RegularExpressions.Regex.Replace(text, @"\{ method: goalposts, low: [0-9.]+, high: [0-9.]+ \}", "{ method: minmax, lo: 1, hi: 100 }"));
        try
        {
            var bad = CliRunner.Run("validate", file);
            Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.Negative));
            Assert.That(bad.Stdout, Does.Contain("几何平均要求取值大于 0").And.Contain("lo: 1"));
            Assert.That(CliRunner.Run("validate", fixedFile).ExitCode, Is.Zero);
            var run = CliRunner.Run("evaluate", mini, "--rules", fixedFile, "--format", "csv");
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            var rows = CsvText.Parse(run.Stdout);
            Assert.That(rows.Where(x => x["rating"] != "未定级").All(x => x["score"].Length > 0), Is.True, "every rated branch has a score");
            Assert.That(rows.Single(x => x["branch_id"] == "B01")["score"], Is.EqualTo("100.00"), "the best on every indicator keeps 100 (the geometric mean of 100s)");
        }
        finally
        {
            File.Delete(file);
            File.Delete(fixedFile);
        }
    }
}
