using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>Imputation on mini-12: B08 and B12 have no 双强双优 items; everyone else has CO- and PE- items.</summary>
public class ImputationTests
{
    private static JsonElement Run(string imputation, out JsonDocument doc)
    {
        var mini = Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");
        var rules = File.ReadAllText(Path.Combine(mini, "rules.yaml")).Replace("aggregation: arithmetic", "aggregation: arithmetic\nimputation: " + imputation, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"eco-impute-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, rules);
        try
        {
            var r = CliRunner.Run("evaluate", mini, "--rules", file, "--format", "json");
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            doc = JsonDocument.Parse(r.Stdout);
            return doc.RootElement.GetProperty("branches");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonElement Indicator(JsonElement branches, string branch, string indicator) =>
        branches.EnumerateArray().Single(b => b.GetProperty("branch_id").GetString() == branch)
            .GetProperty("trace").GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == indicator);

    [Test]
    public void TheIndicatorMeanFillsTheGapAndIsFlagged()
    {
        var branches = Run("{ method: mean }", out var doc);
        using (doc)
        {
            // CO- ratios of the 10 rated branches with items: 1, .9, .8, 1, 1, 1, .7, .9, .8, .6 → 8.7 / 10.
            var co = Indicator(branches, "B08", "conduct_items");
            Assert.That(co.GetProperty("raw").GetDouble(), Is.EqualTo(0.87).Within(1e-12));
            Assert.That(co.GetProperty("imputed").GetBoolean(), Is.True);
            Assert.That(co.GetProperty("detail").GetString(), Is.EqualTo("已补齐：取 10 个支部(全部参评支部)的平均值 = 0.87；原为：无 CO- 类考核项"));
            var b08 = branches.EnumerateArray().Single(b => b.GetProperty("branch_id").GetString() == "B08");
            Assert.That(b08.GetProperty("coverage").GetDouble(), Is.EqualTo(0.8).Within(1e-9), "imputed values do not count towards coverage");
            Assert.That(b08.GetProperty("reason_codes").EnumerateArray().Select(x => x.GetString()), Does.Contain("imputed:conduct_items,performance_items"));
            Assert.That(b08.GetProperty("reasons").EnumerateArray().Select(x => x.GetString()), Has.Some.StartsWith("缺失值已按规则补齐的指标："));
            var b12 = branches.EnumerateArray().Single(b => b.GetProperty("branch_id").GetString() == "B12");
            Assert.That(b12.GetProperty("rating").GetString(), Is.EqualTo("未定级"), "B12 stays below min_coverage");
        }
    }

    [Test]
    public void TheGroupMeanUsesTheBranchUnit()
    {
        var branches = Run("{ method: group_mean, by: unit }", out var doc);
        using (doc)
        {
            // 杭州市生态环境局: B07 .7, B09 .9, B10 .8, B11 .6 → 0.75.
            Assert.That(Indicator(branches, "B08", "conduct_items").GetProperty("raw").GetDouble(), Is.EqualTo(0.75).Within(1e-12));
            Assert.That(Indicator(branches, "B08", "conduct_items").GetProperty("detail").GetString(), Does.StartWith("已补齐：取 4 个支部(单位 杭州市生态环境局)的平均值 = 0.75；"));
        }
    }

    [Test]
    public void WithoutImputationNotAvailableStaysNotAvailable()
    {
        var branches = Run("{ method: none }", out var doc);
        using (doc)
        {
            var co = Indicator(branches, "B08", "conduct_items");
            Assert.That(co.GetProperty("raw").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(co.TryGetProperty("imputed", out _), Is.False);
        }
    }
}
