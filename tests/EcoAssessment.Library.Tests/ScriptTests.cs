using System.Globalization;
using System.Text.RegularExpressions;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Library.Tests;

/// <summary>
/// Runs every file-based program in samples/scripts with <c>dotnet run</c> from outside the folder, as a user would, and
/// checks what it prints. Sequential (each compiles the libraries it references); in Release, which test.sh has built.
/// </summary>
[NonParallelizable]
public sealed class ScriptTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static string Scripts => Repo.PathOf("samples", "scripts");

    private static DotnetProcess.Result RunScript(string script, params string[] arguments)
    {
        var result = DotnetProcess.Run(Path.GetTempPath(), Timeout, ["run", "-c", "Release", Path.Combine(Scripts, script), "--", .. arguments]);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        return result;
    }

    [Test]
    public void EveryScriptIsCheckedHere()
    {
        var checkedHere = new[] { "quarterly-scorecard.cs", "compare-weightings.cs", "export-unit-scorecard.cs" };
        Assert.That(Directory.EnumerateFiles(Scripts, "*.cs").Select(Path.GetFileName), Is.EquivalentTo(checkedHere));
    }

    [Test]
    public void QuarterlyScorecardPrintsAFourQuarterTrendPerUnit()
    {
        var output = RunScript("quarterly-scorecard.cs").Stdout;
        Assert.That(output, Does.Contain("warning ECO0258"), "the yearly rule set's warning is shown for a quarter");
        var header = output.Split('\n').Single(l => l.StartsWith("unit ", StringComparison.Ordinal));
        Assert.That(Regex.Matches(header, @"2024Q[1-4]").Select(m => m.Value), Is.EqualTo(new[] { "2024Q1", "2024Q2", "2024Q3", "2024Q4" }));

        var units = File.ReadLines(Repo.PathOf("samples", "provincial-eco-2024", "branches.csv")).Skip(1).Select(l => l.Split(',')[2]).Distinct().ToArray();
        foreach (var unit in units.Append("全系统"))
        {
            var row = output.Split('\n').Single(l => l.StartsWith(unit + " ", StringComparison.Ordinal));
            var scores = Regex.Matches(row, @"\d+\.\d\d").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
            Assert.That(scores, Has.Length.EqualTo(4).And.All.InRange(0, 100), row);
            Assert.That(row, Does.EndWith("steady").Or.EndWith("declining").Or.EndWith("improving"), row);
        }

        // Under the yearly rules the yearly veto makes most branches 落后 in a quarter; the quarterly variant does not.
        int Laggards(string line) => int.Parse(Regex.Match(line, @"落后 (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var yearly = Laggards(output.Split('\n').Single(l => l.Contains("under the yearly rule set", StringComparison.Ordinal)));
        var quarterly = Laggards(output.Split('\n').Single(l => l.TrimStart().StartsWith("2024Q1:", StringComparison.Ordinal)));
        Assert.That(yearly, Is.GreaterThan(100));
        Assert.That(quarterly, Is.LessThan(30));

        // The shipped quarterly rule set, not one built in the script: no quarter with half the branches 落后, and the
        // third quarter's 预警 (the last quarter before year end).
        Assert.That(output, Does.Contain("Quarterly rule set 'iron-army-quarterly'"));
        foreach (var q in new[] { "2024Q1:", "2024Q2:", "2024Q3:", "2024Q4:" })
        {
            Assert.That(Laggards(output.Split('\n').Single(l => l.TrimStart().StartsWith(q, StringComparison.Ordinal))), Is.LessThan(65), q);
        }

        var alerts = Regex.Match(output, @"Early warnings after 2024Q3: (\d+) \(");
        Assert.That(alerts.Success, Is.True, output);
        Assert.That(int.Parse(alerts.Groups[1].Value, CultureInfo.InvariantCulture), Is.GreaterThan(0));
    }

    [Test]
    public void CompareWeightingsPrintsAMatrixOverEveryBranchAndTheMovers()
    {
        var output = RunScript("compare-weightings.cs").Stdout;
        var lines = output.Split('\n');
        var matrix = lines.SkipWhile(l => !l.StartsWith("shipped \\ conduct×2", StringComparison.Ordinal)).Skip(1).Take(4).ToArray();
        var cells = matrix.Select(l => Regex.Matches(l, @"\s(\d+)").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.That(cells.Select(r => r.Length), Is.All.EqualTo(4), output);
        var branches = File.ReadLines(Repo.PathOf("samples", "provincial-eco-2024", "branches.csv")).Count() - 1;
        Assert.That(cells.Sum(r => r.Sum()), Is.EqualTo(branches));
        var offDiagonal = Enumerable.Range(0, 4).Sum(i => Enumerable.Range(0, 4).Where(j => j != i).Sum(j => cells[i][j]));
        Assert.That(output, Does.Contain($"{offDiagonal} branch(es) change rating:"));
        Assert.That(lines.Count(l => l.Contains(" → ", StringComparison.Ordinal)), Is.EqualTo(offDiagonal));
        Assert.That(offDiagonal, Is.GreaterThan(0), "doubling a dimension's weight moves someone in the sample");
    }

    [Test]
    public void ExportUnitScorecardWritesTheUnitsBranchesWithTheEnginesScores()
    {
        var dir = Directory.CreateTempSubdirectory("eco-script-");
        try
        {
            var csv = Path.Combine(dir.FullName, "hz.csv");
            var output = RunScript("export-unit-scorecard.cs", "杭州市生态环境局", csv).Stdout;
            Assert.That(output, Does.Contain("wrote " + csv));
            var bytes = File.ReadAllBytes(csv);
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a BOM, so Excel reads UTF-8");
            var rows = File.ReadAllLines(csv).Select(l => l.Split(',')).ToArray();
            Assert.That(rows[0].Take(5), Is.EqualTo(new[] { "branch_id", "name", "score", "rank", "rating" }));

            var expected = Scorecard.Evaluate(Scorecard.LoadDataset(Repo.PathOf("samples", "provincial-eco-2024")))
                .Results.Where(r => r.Branch.Unit == "杭州市生态环境局").ToArray();
            Assert.That(rows.Skip(1).Select(r => (r[0], r[2], r[4])), Is.EqualTo(expected.Select(r =>
                (r.BranchId, r.Score?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", RatingLabels.Chinese(r.Rating)))));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Test]
    public void ExportUnitScorecardNamesTheUnitsWhenTheUnitIsUnknown()
    {
        var result = DotnetProcess.Run(Path.GetTempPath(), Timeout, "run", "-c", "Release", Path.Combine(Scripts, "export-unit-scorecard.cs"), "--", "no-such-unit", Path.Combine(Path.GetTempPath(), "never.csv"));
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("no branch of 'no-such-unit'").And.Contain("杭州市生态环境局"));
    }
}
