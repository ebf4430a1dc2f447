using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// DESIGN §5: text that a spreadsheet would run as a formula is neutralised in every CSV export. Branch ids, names and
/// units that start with = + - @ go through each command that writes CSV and come out with a leading apostrophe.
/// </summary>
public class FormulaInjectionTests
{
    private string _dir = string.Empty;
    private string _data = string.Empty;

    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["'=HYPERLINK(\"http://x\")"] = "name",
        ["'@SUM(1)"] = "unit",
        ["'-B2"] = "branch_id",
        ["'+cmd|' /C calc'!A0"] = "name",
    };

    [SetUp]
    public void SetUp()
    {
        _dir = Directory.CreateTempSubdirectory("eco-inject-").FullName;
        _data = Path.Combine(_dir, "data");
        Directory.CreateDirectory(_data);
        File.WriteAllText(Path.Combine(_data, "branches.csv"),
            "branch_id,name,unit,members\nB1,\"=HYPERLINK(\"\"http://x\"\")\",@SUM(1),9\n-B2,\"+cmd|' /C calc'!A0\",机关,8\nB3,三支部,机关,7\n");
        File.WriteAllText(Path.Combine(_data, "meetings.csv"),
            "branch_id,type,date\nB1,general_assembly,2024-03-01\n-B2,committee,2024-09-01\nB3,lecture,2024-05-01\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static void AssertNeutralised(string what, string csv)
    {
        var rows = CsvText.Parse(csv);
        Assert.That(rows, Is.Not.Empty, what);
        var cells = rows.SelectMany(r => r.Values).ToArray();
        using (Assert.EnterMultipleScope())
        {
            foreach (var (cell, column) in Expected)
            {
                Assert.That(rows.Select(r => r[column]), Has.Member(cell), $"{what}: {column}");
            }

            Assert.That(cells.Where(c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r'), Is.Empty, what);
            Assert.That(cells.Where(c => c.StartsWith('-') && !double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)),
                Is.Empty, $"{what}: a cell starting with '-' is a number");
        }
    }

    [Test]
    public void EvaluateNeutralisesTheCsvFileAndStdout()
    {
        var output = Path.Combine(_dir, "r.csv");
        var r = CliRunner.Partial("evaluate", _data, "--period", "2024", "-o", output, "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        AssertNeutralised("evaluate -o", File.ReadAllText(output));
        AssertNeutralised("evaluate --format csv", r.Stdout);
    }

    [Test]
    public void DiffTrendAndSensitivityNeutraliseTheirCsv()
    {
        var diff = CliRunner.Partial("diff", _data, "--period", "2024", "--base", "default", "--head", "default", "--format", "csv");
        Assert.That(diff.ExitCode, Is.Zero, diff.Stderr);
        AssertNeutralised("diff", diff.Stdout);

        var trend = CliRunner.Partial("trend", _data, "--periods", "2024H1,2024H2", "--format", "csv");
        Assert.That(trend.ExitCode, Is.Zero, trend.Stderr);
        AssertNeutralised("trend", trend.Stdout);

        var output = Path.Combine(_dir, "s.csv");
        var sensitivity = CliRunner.Partial("sensitivity", _data, "--period", "2024", "--runs", "3", "-o", output);
        Assert.That(sensitivity.ExitCode, Is.Zero, sensitivity.Stderr);
        AssertNeutralised("sensitivity", File.ReadAllText(output));
    }
}
