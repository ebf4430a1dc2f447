using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public class TrendCommandTests
{
    private static string Sample(int year) => Path.Combine(CliRunner.RepoRoot, "samples", $"provincial-eco-{year}");

    [Test]
    public void TwoYearsGiveSeriesThatAgreeWithEvaluateAgainstThePreviousYear()
    {
        var trend = CliRunner.Run("trend", Sample(2023), Sample(2024), "--format", "json");
        Assert.That(trend.ExitCode, Is.Zero, trend.Stderr);
        using var doc = JsonDocument.Parse(trend.Stdout);
        Assert.That(doc.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "2023", "2024" }));
        var series = doc.RootElement.GetProperty("branches").EnumerateArray().ToDictionary(b => b.GetProperty("branch_id").GetString()!);

        var expected = CsvText.Parse(File.ReadAllText(Path.Combine(Sample(2024), "expected", "results.csv")));
        foreach (var row in expected)
        {
            var last = series[row["branch_id"]].GetProperty("series")[1];
            Assert.That(last.GetProperty("rating").GetString(), Is.EqualTo(row["rating"]), row["branch_id"]);
            Assert.That(last.GetProperty("transition").ValueKind == JsonValueKind.Null ? "" : last.GetProperty("transition").GetString(), Is.EqualTo(row["transition"]), row["branch_id"]);
        }

        // A dissolved branch has a 2023 point and an empty 2024 one.
        Assert.That(series["KY005"].GetProperty("series")[1].GetProperty("score").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var units = doc.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()).ToArray();
        Assert.That(units[^1], Is.EqualTo("全系统"));
    }

    [Test]
    public void QuartersOfOneDatasetGiveOneColumnEach()
    {
        var r = CliRunner.Run("trend", Sample(2024), "--periods", "2024Q1,2024Q2,2024Q3,2024Q4", "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var rows = CsvText.Parse(r.Stdout);
        Assert.That(rows[0].Keys, Is.SupersetOf(new[] { "score.2024Q1", "score.2024Q4", "rating.2024Q3", "direction" }));
        Assert.That(rows, Has.Count.EqualTo(130));
        Assert.That(r.Stderr, Does.Contain("ECO0258"), "the yearly default rule set is warned about for quarters");
    }

    [Test]
    public void OnePeriodIsNotATrend() =>
        Assert.That(CliRunner.Run("trend", Sample(2024)).ExitCode, Is.EqualTo(ExitCodes.Usage));

    [Test]
    public void MarkdownListsUnitsAndDeclinesAndNamesTheThreshold()
    {
        var r = CliRunner.Run("trend", Sample(2023), Sample(2024));
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.StartWith("## 走势 2023 → 2024\n\n方向：末期分数较首期上升至少 3 分为「上升」").And.Contain("（阈值 3 分")
            .And.Contain("| 单位 | 2023 | 2024 | 走势 |").And.Contain("| 全系统 |").And.Contain("### 分数下降的支部"));
        Assert.That(r.Stdout, Does.Not.Contain("declining").And.Not.Contain("steady"), "directions in Chinese");
        var en = CliRunner.Run("trend", Sample(2023), Sample(2024), "--lang", "en");
        Assert.That(en.ExitCode, Is.Zero, en.Stderr);
        Assert.That(en.Stdout, Does.StartWith("## Trend 2023 → 2024\n\nDirection: the score of the last period against the first").And.Contain("(threshold 3 points")
            .And.Contain("| unit | 2023 | 2024 | direction |").And.Contain("| 全系统 |").And.Contain("### Branches whose score declined"));
    }

    [Test]
    public void ADirectionIsAMoveOfAtLeastTheThresholdAndEveryOutputNamesIt()
    {
        var json = CliRunner.Run("trend", Sample(2023), Sample(2024), "--format", "json");
        Assert.That(json.ExitCode, Is.Zero, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.That(doc.RootElement.GetProperty("direction_threshold").GetDecimal(), Is.EqualTo(3m));
        foreach (var b in doc.RootElement.GetProperty("branches").EnumerateArray())
        {
            var scores = b.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("score")).Where(s => s.ValueKind == JsonValueKind.Number).Select(s => s.GetDecimal()).ToArray();
            var expected = scores.Length < 2 ? "steady" : scores[^1] - scores[0] >= 3 ? "improving" : scores[^1] - scores[0] <= -3 ? "declining" : "steady";
            Assert.That(b.GetProperty("direction").GetString(), Is.EqualTo(expected), b.GetProperty("branch_id").GetString());
        }

        var csv = CliRunner.Run("trend", Sample(2023), Sample(2024), "--format", "csv", "--direction-threshold", "7.5");
        Assert.That(csv.ExitCode, Is.Zero, csv.Stderr);
        var rows = CsvText.Parse(csv.Stdout);
        Assert.That(rows.Select(x => x["direction_threshold"]).Distinct(), Is.EqualTo(new[] { "7.5" }));
        foreach (var row in rows.Where(x => x["score.2023"].Length > 0 && x["score.2024"].Length > 0))
        {
            var move = decimal.Parse(row["score.2024"], System.Globalization.CultureInfo.InvariantCulture) - decimal.Parse(row["score.2023"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(row["direction"], Is.EqualTo(move >= 7.5m ? "improving" : move <= -7.5m ? "declining" : "steady"), row["branch_id"]);
        }
    }

    [TestCase("0")]
    [TestCase("-2")]
    [TestCase("three")]
    public void AThresholdThatIsNotAboveZeroIsRefused(string value)
    {
        var r = CliRunner.Run("trend", Sample(2023), Sample(2024), "--direction-threshold", value);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(r.Stderr, Does.Contain("--direction-threshold"));
    }
}
