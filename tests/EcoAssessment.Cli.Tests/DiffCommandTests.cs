using System.Diagnostics;
using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public class DiffCommandTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    private static string Default => Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml");

    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-diff-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    /// <summary>default.yaml with C1's weight tripled (12 → 36).</summary>
    private string TripledWeight()
    {
        var text = File.ReadAllText(Default);
        var at = text.IndexOf("id: weighted_findings", StringComparison.Ordinal);
        var w = text.IndexOf("weight: 12", at, StringComparison.Ordinal);
        var path = Path.Combine(_dir, "head.yaml");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, w), "weight: 36", text.AsSpan(w + "weight: 12".Length)));
        return path;
    }

    [Test]
    public void IdenticalRulesChangeNothingAndExit0EvenOnScore()
    {
        var r = CliRunner.Run("diff", Sample, "--base", Default, "--head", "default", "--fail-on", "score");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.Contain("**评级变化 0 个**，名次变化 0 个，得分变化 0 个").And.Contain("没有支部的得分、名次或评级发生变化"));
        var en = CliRunner.Run("diff", Sample, "--base", Default, "--head", "default", "--fail-on", "score", "--lang", "en");
        Assert.That(en.ExitCode, Is.Zero, en.Stderr);
        Assert.That(en.Stdout, Does.Contain("**0 rating changes**, 0 rank changes, 0 score changes").And.Contain("No branch changes"));
    }

    [Test]
    public void TriplingAWeightFailsOnRankWithAMarkdownTable()
    {
        var head = TripledWeight();
        var r = CliRunner.Run("diff", Sample, "--base", Default, "--head", head, "--fail-on", "rank");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative), r.Stderr);
        Assert.That(r.Stdout, Does.Contain("| 原规则 ＼ 新规则 | 先锋 | 中间 | 落后 | 未定级 | 合计 |"));
        Assert.That(r.Stdout, Does.Contain("### 得分变化最大的支部"));
        var en = CliRunner.Run("diff", Sample, "--base", Default, "--head", head, "--fail-on", "none", "--lang", "en");
        Assert.That(en.Stdout, Does.Contain("| base ＼ head | 先锋 | 中间 | 落后 | 未定级 | total |"));
        Assert.That(en.Stdout, Does.Contain("### Largest score changes"));
        Assert.That(CliRunner.Run("diff", Sample, "--base", Default, "--head", head, "--fail-on", "none").ExitCode, Is.Zero);
    }

    [Test]
    public void TheMatrixAndTheBranchRowsAgree()
    {
        var r = CliRunner.Run("diff", Sample, "--base", Default, "--head", TripledWeight(), "--format", "json", "--fail-on", "none");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var branches = doc.RootElement.GetProperty("branches").EnumerateArray().ToArray();
        var matrix = doc.RootElement.GetProperty("transitions");
        foreach (var from in new[] { "先锋", "中间", "落后", "未定级" })
        {
            foreach (var to in new[] { "先锋", "中间", "落后", "未定级" })
            {
                var counted = branches.Count(b => b.GetProperty("base_rating").GetString() == from && b.GetProperty("head_rating").GetString() == to);
                Assert.That(matrix.GetProperty(from).GetProperty(to).GetInt32(), Is.EqualTo(counted), $"{from} → {to}");
            }
        }

        var summary = doc.RootElement.GetProperty("summary");
        Assert.That(summary.GetProperty("rating_changes").GetInt32(),
            Is.EqualTo(branches.Count(b => b.GetProperty("base_rating").GetString() != b.GetProperty("head_rating").GetString())));
    }

    [Test]
    public void CsvHasOneRowPerBranch()
    {
        var r = CliRunner.Run("diff", Sample, "--base", Default, "--head", TripledWeight(), "--format", "csv", "--fail-on", "none");
        var rows = CsvText.Parse(r.Stdout);
        Assert.That(rows, Has.Count.EqualTo(130));
        Assert.That(rows.All(x => x["rating_changed"] == (x["base_rating"] != x["head_rating"] ? "true" : "false")), Is.True);
    }

    [Test]
    public void ASideMayBeACommittedVersion()
    {
        static void Git(string dir, params string[] args)
        {
            var info = new ProcessStartInfo("git", ["-c", "user.name=eco", "-c", "user.email=eco@example.invalid", .. args]) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(info)!;
            p.WaitForExit();
            Assert.That(p.ExitCode, Is.Zero, p.StandardError.ReadToEnd());
        }

        File.Copy(Default, Path.Combine(_dir, "rules.yaml"));
        Git(_dir, "init", "-q");
        Git(_dir, "add", "rules.yaml");
        Git(_dir, "commit", "-q", "-m", "rules");
        File.Copy(TripledWeight(), Path.Combine(_dir, "rules.yaml"), overwrite: true);
        var cwd = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(_dir);
            var changed = CliRunner.Run("diff", Sample, "--base", "git:HEAD:rules.yaml", "--head", "rules.yaml", "--fail-on", "score");
            Assert.That(changed.ExitCode, Is.EqualTo(ExitCodes.Negative), changed.Stderr);
            Assert.That(changed.Stdout, Does.Contain("`git:HEAD:rules.yaml` → `rules.yaml`"));
            var missing = CliRunner.Run("diff", Sample, "--base", "git:HEAD:nope.yaml", "--head", "rules.yaml");
            Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.InputError));
            Assert.That(missing.Stderr, Does.Contain("git:HEAD:nope.yaml"));
        }
        finally
        {
            Directory.SetCurrentDirectory(cwd);
        }
    }
}
