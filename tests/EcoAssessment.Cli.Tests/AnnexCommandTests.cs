using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public class AnnexCommandTests
{
    private static string Mini => Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");

    [Test]
    public void IntegrityStatisticsOfMini12AreAsCountedByHand()
    {
        var r = CliRunner.Run("annex", Mini, "--rules", Path.Combine(Mini, "rules.yaml"), "--kind", "integrity");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        // 厅机关: F0201, F0401 (form 1), F0501 (form 4), F0601, F0602 (items); categories other 3, integrity 1, discipline 1.
        Assert.That(r.Stdout, Does.Contain("| 厅机关 | 2 | 0 | 0 | 1 | 2 | 0 | 0 | 1 | 1 | 3 | 0 | 5 |"));
        // 杭州: F1001 and F0701 (form 2: 容错 is for form 1 and 2 cases), F1101 (form 3), F0801–F0803 (items).
        Assert.That(r.Stdout, Does.Contain("| 杭州市生态环境局 | 0 | 2 | 1 | 0 | 3 | 1 | 0 | 1 | 1 | 3 | 0 | 6 |"));
        // Due in 2024: 厅机关 4 (F0601 still open and overdue), 杭州 6 (F0701 late, F0801–F0803 open and overdue).
        Assert.That(r.Stdout, Does.Contain("| 厅机关 | 4 | 3 | 75.0% | 1 |"));
        Assert.That(r.Stdout, Does.Contain("| 杭州市生态环境局 | 6 | 2 | 33.3% | 3 |"));
    }

    [Test]
    public void TheAnnualAnnexListsTheRectificationListAndExemptions()
    {
        var y23 = Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2023", "expected", "results.csv");
        var y24 = Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");
        var r = CliRunner.Run("annex", y24, "--previous", y23);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var rectification = CsvText.Parse(File.ReadAllText(Path.Combine(y24, "expected", "results.csv"))).Where(x => x["rectification"] == "true").Select(x => x["branch_id"]).ToArray();
        Assert.That(rectification, Is.Not.Empty);
        Assert.That(r.Stdout, Does.Contain($"### 整顿名单（{rectification.Length} 个"));
        foreach (var id in rectification)
        {
            Assert.That(r.Stdout, Does.Contain($"| {id} |"));
        }

        Assert.That(r.Stdout, Does.Contain("### 容错免责与从轻减轻").And.Contain("| 全系统 |"));
        var without = CliRunner.Run("annex", y24);
        Assert.That(without.Stdout, Does.Contain("未提供上期评级"));

        var en = CliRunner.Run("annex", y24, "--previous", y23, "--lang", "en");
        Assert.That(en.ExitCode, Is.Zero, en.Stderr);
        Assert.That(en.Stdout, Does.StartWith("## Annual rating of Party organisations · ").And.Contain($"### Rectification list ({rectification.Length}: rated 落后 two periods running)")
            .And.Contain("### Tolerance and exemption (").And.Contain("| unit | branches | score | health | 先锋 | 中间 | 落后 | 未定级 |"));
        Assert.That(en.Stdout, Does.Not.Contain("整顿名单").And.Not.Contain("容错免责"), "headings in English; data and rating values as they are");
    }

    [Test]
    public void TheIntegrityAnnexIsInEnglishOnRequest()
    {
        var r = CliRunner.Run("annex", Mini, "--rules", Path.Combine(Mini, "rules.yaml"), "--kind", "integrity", "--lang", "en");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.StartWith("## Integrity statistics · ").And.Contain("| unit | form 1 | form 2 | form 3 | form 4 | rectification items | four_winds |")
            .And.Contain("### Rectification"));
        Assert.That(r.Stdout, Does.Contain("| 厅机关 | 4 | 3 | 75.0% | 1 |"), "the counts do not change with the language");
    }
}
