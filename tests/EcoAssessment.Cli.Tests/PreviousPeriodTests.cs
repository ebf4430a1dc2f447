using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>--previous: the dynamic limit, transitions, the 整顿 list and removed branches.</summary>
public class PreviousPeriodTests
{
    private static string Provincial => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-prev-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static int Tier(string rating) => rating switch { "先锋" => 3, "中间" => 2, "落后" => 1, _ => 0 };

    private string Previous(Func<string, int, string> ratingOf, params string[] extraIds)
    {
        var ids = CsvText.Parse(File.ReadAllText(Path.Combine(Provincial, "branches.csv"))).Select(r => r["branch_id"]).ToArray();
        var path = Path.Combine(_dir, "previous.csv");
        File.WriteAllLines(path, ["支部编号,评级", .. ids.Select((id, i) => $"{id},{ratingOf(id, i)}"), .. extraIds.Select(id => $"{id},中间")]);
        return path;
    }

    [Test]
    public void WithEveryoneLaggardLastYearNoBranchBecomesVanguardAndTheRectificationListIsExact()
    {
        var r = CliRunner.Run("evaluate", Provincial, "--previous", Previous((_, _) => "落后"), "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var rows = CsvText.Parse(r.Stdout);
        Assert.That(rows.Count(x => x["rating"] == "先锋"), Is.Zero);
        Assert.That(rows.Where(x => x["reason_codes"].Contains("dynamic:先锋→中间", StringComparison.Ordinal)).Count(), Is.GreaterThan(0));
        foreach (var x in rows)
        {
            Assert.That(x["previous_rating"], Is.EqualTo("落后"));
            Assert.That(x["rectification"], Is.EqualTo(x["rating"] == "落后" ? "true" : "false"), x["branch_id"]);
        }
    }

    [Test]
    public void TransitionsAgreeWithTheTwoRatingsForEveryBranch()
    {
        string[] cycle = ["先锋", "中间", "落后", "未定级"];
        var previous = Previous((_, i) => cycle[i % 4], "GONE1", "GONE2");
        var r = CliRunner.Run("evaluate", Provincial, "--previous", previous, "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("上一考核期的 2 个支部不在本数据集中：GONE1, GONE2"));
        foreach (var x in CsvText.Parse(r.Stdout))
        {
            var before = Tier(x["previous_rating"]);
            var now = Tier(x["rating"]);
            var expected = now == 0 ? "" : before == 0 ? "new" : now > before ? "up" : now < before ? "down" : "same";
            Assert.That(x["transition"], Is.EqualTo(expected), x["branch_id"]);
            Assert.That(now - before, Is.LessThanOrEqualTo(before == 0 || now == 0 ? 3 : 1), $"{x["branch_id"]}: at most one tier up");
            Assert.That(x["rectification"] == "true", Is.EqualTo(before == 1 && now == 1), x["branch_id"]);
        }
    }

    [Test]
    public void AnEarlierRunsJsonIsAcceptedAndGivesTheSameAsItsCsv()
    {
        var earlier = Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2023");
        var json = Path.Combine(_dir, "run-2023.json");
        var csv = Path.Combine(_dir, "run-2023.csv");
        Assert.That(CliRunner.Run("evaluate", earlier, "-o", json, "-o", csv).ExitCode, Is.Zero);
        var fromJson = CliRunner.Run("evaluate", Provincial, "--previous", json, "--format", "csv");
        var fromCsv = CliRunner.Run("evaluate", Provincial, "--previous", csv, "--format", "csv");
        Assert.That(fromJson.ExitCode, Is.Zero, fromJson.Stderr);
        Assert.That(fromJson.Stdout, Is.EqualTo(fromCsv.Stdout));
        Assert.That(CsvText.Parse(fromJson.Stdout).Select(x => x["transition"]), Does.Contain("up").And.Contain("same"));
    }

    [Test]
    public void ExplainShowsTheDynamicLimit()
    {
        var previous = Previous((_, _) => "落后");
        var top = CsvText.Parse(CliRunner.Run("evaluate", Provincial, "--format", "csv").Stdout).First(x => x["rating"] == "先锋")["branch_id"];
        var r = CliRunner.Run("explain", Provincial, "--previous", previous, "--branch", top);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.Contain("动态管理：由先锋调为中间：上期为落后，本期最多上升 1 级"));
    }

    [Test]
    public void ABadPreviousFileIsALocatedInputError()
    {
        var path = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(path, "branch_id,rating\nNB001,优秀\n");
        var r = CliRunner.Run("evaluate", Provincial, "--previous", path);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("bad.csv(2,rating): error ECO0203"));
        var missing = CliRunner.Run("evaluate", Provincial, "--previous", Path.Combine(_dir, "none.csv"));
        Assert.That(missing.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(missing.Stderr, Does.Contain("none.csv: error ECO0001"));
    }

    [Test]
    public void ThePreviousFileIsNeverOverwritten()
    {
        var previous = Previous((_, _) => "中间");
        var before = File.ReadAllText(previous);
        var r = CliRunner.Run("evaluate", Provincial, "--previous", previous, "-o", previous);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(File.ReadAllText(previous), Is.EqualTo(before));
    }
}
