using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// The hand computation of samples/mini-12/README.md, asserted directly (not through the golden files), so that
/// regenerating expected/ can never hide a change in what the engine decides.
/// </summary>
public class Mini12HandCheckTests
{
    private static readonly (string Branch, string Score, string Rank, string Rating, string Vetoes)[] Hand =
    [
        ("B01", "100.00", "1", "先锋", ""),
        ("B02", "97.50", "2", "先锋", ""),
        ("B04", "96.00", "3", "先锋", ""),
        ("B06", "93.00", "4", "中间", "overdue_inspection"),
        ("B03", "92.00", "5", "中间", ""),
        ("B09", "91.50", "6", "落后", "no_org_life"),
        ("B05", "80.00", "7", "中间", "form4"),
        ("B10", "78.58", "8", "落后", "secretary_vacant"),
        ("B07", "74.00", "9", "中间", ""),
        ("B11", "74.00", "9", "落后", "committee_form3"),
        ("B08", "53.22", "11", "落后", ""),
        ("B12", "100.00", "", "未定级", ""),
    ];

    [Test]
    public void TheReadmeCommandRatesMini12AsComputedByHand()
    {
        var root = CliRunner.RepoRoot;
        var r = CliRunner.Run("evaluate", Path.Combine(root, "samples", "mini-12"), "--rules", Path.Combine(root, "samples", "mini-12", "rules.yaml"), "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var rows = CsvText.Parse(r.Stdout);
        Assert.That(rows.Select(x => x["branch_id"]), Is.EqualTo(Hand.Select(h => h.Branch)), "order: rank, then branch_id, 未定级 last");
        Assert.Multiple(() =>
        {
            foreach (var (row, hand) in rows.Zip(Hand))
            {
                Assert.That(row["score"], Is.EqualTo(hand.Score), $"{hand.Branch} score");
                Assert.That(row["rank"], Is.EqualTo(hand.Rank), $"{hand.Branch} rank");
                Assert.That(row["rating"], Is.EqualTo(hand.Rating), $"{hand.Branch} rating");
                Assert.That(row["vetoes"], Is.EqualTo(hand.Vetoes), $"{hand.Branch} vetoes");
            }
        });
        // B02's and B04's form-1 findings (F0201, F0401) are early care: weight 0 on C1, so C1 = 100 as for B01.
        Assert.That(rows.Single(x => x["branch_id"] == "B02")["ind.weighted_findings"], Is.EqualTo("100"));
        Assert.That(rows.Single(x => x["branch_id"] == "B04")["ind.weighted_findings"], Is.EqualTo("100"));
        Assert.That(rows.Single(x => x["branch_id"] == "B03")["reason_codes"], Does.Contain("quota:先锋→中间"));
        Assert.That(rows.Single(x => x["branch_id"] == "B03")["reasons"], Does.Contain("名额控制：已定级支部 11 个，先锋名额 = ⌊0.30×11⌋ = 3 个，本支部排第 4 位，调为中间"));
        Assert.That(rows.Single(x => x["branch_id"] == "B08")["deductions"], Is.EqualTo("4"));
        Assert.That(rows.Single(x => x["branch_id"] == "B12")["coverage"], Is.EqualTo("0.6"));
    }

    [Test]
    public void RerunningGivesByteIdenticalCsvAndJson()
    {
        var root = CliRunner.RepoRoot;
        var folder = Path.Combine(root, "samples", "mini-12");
        string Run(string format) =>
            CliRunner.Run("evaluate", folder, "--rules", Path.Combine(folder, "rules.yaml"), "--format", format).Stdout;
        var firstCsv = Run("csv");
        var firstJson = Run("json");
        Assert.That(Run("csv"), Is.EqualTo(firstCsv));
        Assert.That(Run("json"), Is.EqualTo(firstJson));
    }

    [Test]
    public void TheUnitRollUpIsTheMemberWeightedMeanOfTheRatedBranches()
    {
        var root = CliRunner.RepoRoot;
        var r = CliRunner.Run("evaluate", Path.Combine(root, "samples", "mini-12"), "--rules", Path.Combine(root, "samples", "mini-12", "rules.yaml"), "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var units = doc.RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!);
        var office = units["厅机关"];
        var city = units["杭州市生态环境局"];
        var system = doc.RootElement.GetProperty("system");
        Assert.Multiple(() =>
        {
            // 厅机关: (100 + 97.5 + 92 + 96 + 93 at 10 members, 80 at 20) / 70 = 6385 / 70.
            Assert.That(office.GetProperty("score_unrounded").GetDouble(), Is.EqualTo(6385.0 / 70).Within(1e-9));
            Assert.That(office.GetProperty("score").GetDouble(), Is.EqualTo(91.21));
            Assert.That(office.GetProperty("red_lines").GetArrayLength(), Is.Zero);
            Assert.That(office.GetProperty("forms").GetProperty("1").GetInt32(), Is.EqualTo(2));
            Assert.That(office.GetProperty("forms").GetProperty("4").GetInt32(), Is.EqualTo(1));
            // 杭州: B12 is not rated; (74 + 53.22 + 91.5 + 78.58 + 74) / 5 = 74.26; 4 of 5 rated branches 落后.
            Assert.That(city.GetProperty("score").GetDouble(), Is.EqualTo(74.26));
            Assert.That(city.GetProperty("rated").GetInt32(), Is.EqualTo(5));
            Assert.That(city.GetProperty("red_lines")[0].GetString(), Is.EqualTo("laggard_share:80%>10% (4 of 5, at least 2)"));
            Assert.That(city.GetProperty("forms").GetProperty("2").GetInt32(), Is.EqualTo(2), "exempt and lenient cases are still form-2 cases");
            Assert.That(city.GetProperty("forms").GetProperty("3").GetInt32(), Is.EqualTo(1));
            // The system: 10098 / 120.
            Assert.That(system.GetProperty("score_unrounded").GetDouble(), Is.EqualTo(10098.0 / 120).Within(1e-9));
            Assert.That(system.GetProperty("ratings").GetProperty("先锋").GetInt32(), Is.EqualTo(3));
            Assert.That(system.GetProperty("health").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "mini-12's rules declare no bands");
        });
    }
}
