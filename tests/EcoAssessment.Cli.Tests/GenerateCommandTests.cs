using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public class GenerateCommandTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-gen-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static string[] Tables(string folder) =>
        Directory.EnumerateFiles(folder, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [TestCase(2024)]
    [TestCase(2023)]
    public void ReproducesTheCommittedProvincialSamplesByteForByte(int year)
    {
        var r = CliRunner.Run("generate", "--branches", "130", "--seed", "2024", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", _dir);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var sample = Path.Combine(CliRunner.RepoRoot, "samples", $"provincial-eco-{year}");
        Assert.That(Tables(_dir), Is.EqualTo(Tables(sample)));
        Assert.Multiple(() =>
        {
            foreach (var table in Tables(sample))
            {
                Assert.That(File.ReadAllBytes(Path.Combine(_dir, table)), Is.EqualTo(File.ReadAllBytes(Path.Combine(sample, table))), table);
            }
        });
    }

    [Test]
    public void TheSameSeedGivesTheSameFilesAndAnotherSeedOthers()
    {
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        var c = Path.Combine(_dir, "c");
        Assert.That(CliRunner.Run("generate", "-n", "25", "--seed", "7", "-o", a).ExitCode, Is.Zero);
        Assert.That(CliRunner.Run("generate", "-n", "25", "--seed", "7", "-o", b).ExitCode, Is.Zero);
        Assert.That(CliRunner.Run("generate", "-n", "25", "--seed", "8", "-o", c).ExitCode, Is.Zero);
        Assert.That(File.ReadAllText(Path.Combine(b, "study.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(a, "study.csv"))));
        Assert.That(File.ReadAllText(Path.Combine(c, "study.csv")), Is.Not.EqualTo(File.ReadAllText(Path.Combine(a, "study.csv"))));
    }

    [TestCase(12)]
    [TestCase(60)]
    public void AGeneratedDatasetIsValidInputAndShowsEveryPath(int branches)
    {
        Assert.That(CliRunner.Run("generate", "-n", branches.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", _dir).ExitCode, Is.Zero);
        var r = CliRunner.Run("evaluate", _dir, "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("error"));
        var rows = CsvText.Parse(r.Stdout);
        Assert.That(rows, Has.Count.EqualTo(branches));
        var fired = rows.SelectMany(x => x["vetoes"].Split(';', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        Assert.That(fired, Is.SupersetOf(new[] { "secretary_vacant", "no_org_life", "committee_form3", "form4", "eight_rules", "overdue_inspection", "low_satisfaction" }),
            "every veto of the default fires for some branch");
        Assert.That(rows.Any(x => x["reason_codes"].StartsWith("coverage:", StringComparison.Ordinal)), Is.True, "a branch below min_coverage");
    }

    [Test]
    public void ZeroBranchesIsAUsageError() =>
        Assert.That(CliRunner.Run("generate", "--branches", "0", "-o", _dir).ExitCode, Is.EqualTo(ExitCodes.Usage));
}
