using System.Globalization;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public class SensitivityCommandTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    private static IReadOnlyList<Dictionary<string, string>> Run(params string[] extra)
    {
        var r = CliRunner.Run(["sensitivity", Sample, .. extra]);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        return CsvText.Parse(r.Stdout);
    }

    [Test]
    public void AnUnwritableOutputIsNamedWithItsReasonAndExitsFour()
    {
        var output = Path.Combine(Path.GetTempPath(), "eco-no-such-folder-" + Guid.NewGuid().ToString("N"), "sensitivity.csv");
        var r = CliRunner.Run(["sensitivity", Sample, "--runs", "5", "--output", output]);
        Assert.That(r.ExitCode, Is.EqualTo(4));
        Assert.That(r.Stderr, Does.Contain(output + ": error ECO0301: 无法写入（文件夹不存在）"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void WithoutSpreadEveryRunIsTheNominalAssessment()
    {
        var rows = Run("--runs", "20", "--spread", "0");
        var nominal = CsvText.Parse(CliRunner.Run("evaluate", Sample, "--format", "csv").Stdout).ToDictionary(x => x["branch_id"]);
        Assert.That(rows, Has.Count.EqualTo(130));
        foreach (var x in rows)
        {
            var n = nominal[x["branch_id"]];
            Assert.That(x["nominal_rank"], Is.EqualTo(n["rank"]));
            if (n["rank"].Length > 0)
            {
                Assert.That(x["median_rank"], Is.EqualTo(n["rank"]));
                Assert.That(x["rank_p5"], Is.EqualTo(n["rank"]));
                Assert.That(x["rank_p95"], Is.EqualTo(n["rank"]));
            }

            var p = n["rating"] switch { "先锋" => x["p_先锋"], "中间" => x["p_中间"], "落后" => x["p_落后"], _ => "0" };
            Assert.That(p, Is.EqualTo(n["rating"] == "未定级" ? "0" : "1"), x["branch_id"]);
            Assert.That(x["stable"], Is.EqualTo("true"));
        }
    }

    [Test]
    public void ASeedGivesTheSameTableAndAnotherSeedAnother()
    {
        var a = CliRunner.Run("sensitivity", Sample, "--runs", "50", "--seed", "3").Stdout;
        var b = CliRunner.Run("sensitivity", Sample, "--runs", "50", "--seed", "3").Stdout;
        var c = CliRunner.Run("sensitivity", Sample, "--runs", "50", "--seed", "4").Stdout;
        Assert.That(b, Is.EqualTo(a));
        Assert.That(c, Is.Not.EqualTo(a));
    }

    [Test]
    public void BranchesNearTheBoundaryAreUnstableAndProbabilitiesAddUp()
    {
        var rows = Run("--runs", "200", "--spread", "0.25");
        Assert.That(rows.Count(x => x["stable"] == "false"), Is.GreaterThan(0), "someone sits near a threshold or the quota line");
        foreach (var x in rows)
        {
            var sum = new[] { "p_先锋", "p_中间", "p_落后" }.Sum(k => double.Parse(x[k], CultureInfo.InvariantCulture));
            Assert.That(sum, Is.LessThanOrEqualTo(1 + 1e-9), x["branch_id"]);
            if (x["rank_p5"].Length > 0)
            {
                Assert.That(int.Parse(x["rank_p5"], CultureInfo.InvariantCulture), Is.LessThanOrEqualTo(int.Parse(x["rank_p95"], CultureInfo.InvariantCulture)));
            }
        }
    }

    [Test]
    public void ASpreadOfOneOrMoreIsAUsageError() =>
        Assert.That(CliRunner.Run("sensitivity", Sample, "--spread", "1").ExitCode, Is.EqualTo(ExitCodes.Usage));
}
