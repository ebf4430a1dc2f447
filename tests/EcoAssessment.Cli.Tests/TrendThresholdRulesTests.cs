using System.Text.Json;
using ClosedXML.Excel;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>The trend's direction threshold as a rule-file setting: the option overrides the rule file, the rule file the default, and the outputs name the one used.</summary>
public class TrendThresholdRulesTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-trend-rules-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static string Sample(int year) => Path.Combine(CliRunner.RepoRoot, "samples", $"provincial-eco-{year}");

    private string Rules(string trend)
    {
        var file = Path.Combine(_dir, "rules.yaml");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml")) + "\n" + trend + "\n");
        return file;
    }

    private static decimal Threshold(CliResult r)
    {
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        return doc.RootElement.GetProperty("direction_threshold").GetDecimal();
    }

    [Test]
    public void TheRuleFileSetsTheThresholdAndTheOptionOverridesIt()
    {
        var rules = Rules("trend: { direction_threshold: 6 }");
        Assert.That(Threshold(CliRunner.Run("trend", Sample(2023), Sample(2024), "--rules", rules, "--format", "json")), Is.EqualTo(6m));
        Assert.That(Threshold(CliRunner.Run("trend", Sample(2023), Sample(2024), "--rules", rules, "--format", "json", "--direction-threshold", "2")), Is.EqualTo(2m));
        Assert.That(Threshold(CliRunner.Run("trend", Sample(2023), Sample(2024), "--format", "json")), Is.EqualTo(3m), "neither: 3 points");
    }

    [Test]
    public void TheConsoleAndTheWorkbookNameTheThresholdUsedAndWhereItCameFrom()
    {
        var rules = Rules("trend: { direction_threshold: 6 }");
        var md = CliRunner.Run("trend", Sample(2023), Sample(2024), "--rules", rules);
        Assert.That(md.ExitCode, Is.Zero, md.Stderr);
        Assert.That(md.Stdout, Does.Contain("上升至少 6 分为「上升」").And.Contain($"阈值：取自规则文件 {rules} 的 trend.direction_threshold。"));

        var option = CliRunner.Run("trend", Sample(2023), Sample(2024), "--rules", rules, "--direction-threshold", "4.5");
        Assert.That(option.Stdout, Does.Contain("上升至少 4.5 分").And.Contain("阈值：由 --direction-threshold 指定。"));
        var plain = CliRunner.Run("trend", Sample(2023), Sample(2024));
        Assert.That(plain.Stdout, Does.Contain("阈值：默认值；可在规则文件中用 trend.direction_threshold 或用 --direction-threshold 更改。"));

        var xlsx = Path.Combine(_dir, "trend.xlsx");
        var wb = CliRunner.Run("trend", Sample(2023), Sample(2024), "--rules", rules, "-o", xlsx);
        Assert.That(wb.ExitCode, Is.Zero, wb.Stderr);
        using var book = new XLWorkbook(xlsx);
        Assert.That(book.Worksheet("单位趋势").Row(1).CellsUsed().Select(c => c.GetString()), Does.Contain("走势（±6 分）"));
    }

    [TestCase("trend: { direction_threshold: 0 }", "trend.direction_threshold 为 0；请给出大于 0 的分数")]
    [TestCase("trend: { direction_threshold: -2.5 }", "trend.direction_threshold 为 -2.5；请给出大于 0 的分数")]
    [TestCase("trend: { direction_thresold: 3 }", "direction_thresold")]
    public void ABadThresholdInTheRuleFileIsALocatedRuleError(string trend, string words)
    {
        var rules = Rules(trend);
        var lines = File.ReadAllLines(rules).Length;
        var r = CliRunner.Run("validate", rules);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative), r.Stdout + r.Stderr);
        Assert.That(r.Stdout + r.Stderr, Does.Contain($"{rules}({lines},").And.Contain(words));
    }
}
