using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>Weighting methods in rule files, on mini-12.</summary>
public class RuleWeightingTests
{
    private static string Mini => Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");

    private static string Rules(string weighting)
    {
        var text = File.ReadAllText(Path.Combine(Mini, "rules.yaml")).Replace("weighting: { method: manual }", weighting, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"eco-weighting-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, text);
        return file;
    }

    [Test]
    public void AnAhpMatrixConsistentWithTheDeclaredWeightsGivesTheHandComputedRatings()
    {
        // 40 : 40 : 20 as pairwise comparisons.
        var file = Rules("weighting:\n  method: manual\n  dimensions: { method: ahp, matrix: [[1, 1, 2], [1, 1, 2], [1/2, 1/2, 1]] }");
        try
        {
            var r = CliRunner.Run("evaluate", Mini, "--rules", file, "--format", "csv");
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            var expected = CsvText.Parse(File.ReadAllText(Path.Combine(Mini, "expected", "results.csv")));
            var actual = CsvText.Parse(r.Stdout);
            Assert.That(actual.Select(x => (x["branch_id"], x["score"], x["rating"])), Is.EqualTo(expected.Select(x => (x["branch_id"], x["score"], x["rating"]))));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void AnInconsistentMatrixIsRefusedUnlessAllowed()
    {
        var bad = Rules("weighting:\n  method: manual\n  dimensions: { method: ahp, matrix: [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]] }");
        var allowed = Rules("weighting:\n  method: manual\n  dimensions: { method: ahp, matrix: [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]], allow_inconsistent: true }");
        var wrongSize = Rules("weighting:\n  method: manual\n  dimensions: { method: ahp, matrix: [[1, 2], [1/2, 1]] }");
        try
        {
            var r = CliRunner.Run("validate", bad);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
            Assert.That(r.Stdout, Does.Contain("判断矩阵不一致：CR = ").And.Contain("allow_inconsistent"));
            Assert.That(CliRunner.Run("validate", allowed).ExitCode, Is.Zero);
            Assert.That(CliRunner.Run("validate", wrongSize).Stdout, Does.Contain("为 2×2，但共有 3 项"));
        }
        finally
        {
            File.Delete(bad);
            File.Delete(allowed);
            File.Delete(wrongSize);
        }
    }

    [TestCase("entropy")]
    [TestCase("critic")]
    [TestCase("combined")]
    public void DataDrivenIndicatorWeightsComeFromTheRatedBranches(string method)
    {
        var file = Rules($"weighting:\n  method: manual\n  indicators:\n    political: {{ method: {method} }}");
        try
        {
            var r = CliRunner.Run("evaluate", Mini, "--rules", file, "--format", "json");
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            using var doc = JsonDocument.Parse(r.Stdout);
            var b01 = doc.RootElement.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("branch_id").GetString() == "B01");
            var political = b01.GetProperty("trace").GetProperty("indicators").EnumerateArray().Where(i => i.GetProperty("dimension").GetString() == "political")
                .Select(i => i.GetProperty("weight_in_dimension").GetDouble()).ToArray();
            Assert.That(political.Sum(), Is.EqualTo(1).Within(1e-9));
            Assert.That(political, Is.Not.EqualTo(new[] { 0.5, 0.25, 0.25 }).Within(1e-6), "not the declared 10 : 5 : 5");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void EqualWeightsIgnoreTheDeclaredOnes()
    {
        var file = Rules("weighting: { method: equal }");
        try
        {
            var r = CliRunner.Run("evaluate", Mini, "--rules", file, "--format", "json");
            using var doc = JsonDocument.Parse(r.Stdout);
            var b01 = doc.RootElement.GetProperty("branches")[0];
            Assert.That(b01.GetProperty("trace").GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("weight").GetDouble()),
                Is.All.EqualTo(1.0 / 3).Within(1e-12));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void OutlierTreatmentIsFlaggedWhereItChangedAValue()
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"))
            .Replace("aggregation: arithmetic", "aggregation: arithmetic\noutliers: { method: winsorise, max_points: 3 }", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"eco-outliers-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, text);
        try
        {
            var r = CliRunner.Run("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024"), "--rules", file, "--format", "json");
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            using var doc = JsonDocument.Parse(r.Stdout);
            var treated = doc.RootElement.GetProperty("branches").EnumerateArray()
                .SelectMany(b => b.GetProperty("trace").GetProperty("indicators").EnumerateArray())
                .Where(i => i.TryGetProperty("treated", out var t) && t.GetBoolean()).ToArray();
            Assert.That(treated, Is.Not.Empty, "the sample has skewed, heavy-tailed indicators");
            Assert.That(treated.All(i => i.GetProperty("detail").GetString()!.Contains("；异常值处理：", StringComparison.Ordinal)), Is.True);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
