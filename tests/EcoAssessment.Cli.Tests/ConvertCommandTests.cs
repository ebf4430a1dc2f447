using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// The samples converted with <c>eco convert</c> — to Parquet and to canonical CSV — rate byte for byte as their CSV and
/// workbook forms do; a dataset with an error is not converted.
/// </summary>
public class ConvertCommandTests
{
    private string _temp = null!;

    [SetUp]
    public void SetUp() => _temp = Directory.CreateTempSubdirectory("eco-convert-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_temp, recursive: true);

    private static string Samples => Path.Combine(CliRunner.RepoRoot, "samples");

    private string Evaluate(string dataset, string name, string[] extra)
    {
        var output = Path.Combine(_temp, name);
        var r = CliRunner.Run(["evaluate", dataset, "-o", output, .. extra]);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        return File.ReadAllText(output);
    }

    [TestCase("mini-12", "parquet")]
    [TestCase("mini-12", "csv")]
    [TestCase("provincial-eco-2024", "parquet")]
    [TestCase("provincial-eco-2024.xlsx", "parquet")]
    [TestCase("provincial-eco-2024.xlsx", "csv")]
    public void ASampleConvertedRatesByteForByteAsItsOriginal(string sample, string format)
    {
        var source = Path.Combine(Samples, sample);
        string[] rules = sample == "mini-12" ? ["-r", Path.Combine(source, "rules.yaml")] : [];
        var folder = Path.Combine(_temp, "converted");
        var r = CliRunner.Run("convert", source, "-o", folder, "--format", format);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(Directory.EnumerateFiles(folder, "branches." + format).Count(), Is.EqualTo(1));
        Assert.That(Directory.EnumerateFiles(folder, format == "parquet" ? "*.csv" : "*.parquet"), Is.Empty);
        Assert.That(Evaluate(folder, "converted.csv", rules), Is.EqualTo(Evaluate(source, "original.csv", rules)));
    }

    [Test]
    public void AConvertedWorkbookHoldsTheEnglishCodesAndIsoDates()
    {
        var folder = Path.Combine(_temp, "converted");
        Assert.That(CliRunner.Run("convert", Path.Combine(Samples, "provincial-eco-2024.xlsx"), "-o", folder, "--format", "csv").ExitCode, Is.Zero);
        var meetings = CsvText.Parse(File.ReadAllText(Path.Combine(folder, "meetings.csv")));
        Assert.That(meetings, Is.Not.Empty);
        Assert.That(meetings.Select(m => m["type"]).Distinct(), Is.SubsetOf(EcoAssessment.Model.InputCatalogue.MeetingTypes.Entries.Select(e => e.Code)));
        Assert.That(meetings.All(m => System.Text.RegularExpressions.Regex.IsMatch(m["date"], @"^\d{4}-\d{2}-\d{2}$")), Is.True);
    }

    [Test]
    public void ADatasetWithAnErrorIsNotConvertedAndTheErrorIsLocated()
    {
        var source = Path.Combine(_temp, "bad");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "branches.csv"), "branch_id,name,unit,members\nB01,第一支部,厅机关,12\nB02,第二支部,厅机关,很多\n");
        var folder = Path.Combine(_temp, "converted");
        var r = CliRunner.Run("convert", source, "-o", folder);
        Assert.That(r.ExitCode, Is.EqualTo(3));
        Assert.That(r.Stderr, Does.Contain("branches.csv(3,members): error"));
        Assert.That(Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [], Is.Empty);
    }
}
