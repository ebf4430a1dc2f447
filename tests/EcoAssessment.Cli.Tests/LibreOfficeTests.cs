using System.Diagnostics;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// A real spreadsheet program opens what EcoAssessment writes, and what it saves EcoAssessment reads: LibreOffice
/// (headless) converts the template and the report, and a workbook it re-saved (xlsx → ods → xlsx) rates every branch
/// as the CSV folder does. test.sh installs LibreOffice when it can; without it these tests are skipped, except under CI
/// (ECO_REQUIRE_LIBREOFFICE=1), where they fail.
/// </summary>
[NonParallelizable]
public class LibreOfficeTests
{
    private string _temp = null!;

    private static string? Soffice { get; } = Find();

    [SetUp]
    public void SetUp()
    {
        if (Soffice is null)
        {
            if (Environment.GetEnvironmentVariable("ECO_REQUIRE_LIBREOFFICE") == "1")
            {
                Assert.Fail("LibreOffice (soffice) is not on PATH; install libreoffice-calc-nogui");
            }

            Assert.Ignore("LibreOffice (soffice) is not installed; test.sh installs libreoffice-calc-nogui where it can");
        }

        _temp = Directory.CreateTempSubdirectory("eco-lo-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        if (_temp is not null && Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "soffice"))
            .FirstOrDefault(File.Exists);

    /// <summary>Converts <paramref name="input"/> with LibreOffice; returns the path of the converted file.</summary>
    private string Convert(string input, string format, string extension)
    {
        var outDir = Path.Combine(_temp, "out-" + extension + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(outDir);
        var start = new ProcessStartInfo(Soffice!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--headless", $"-env:UserInstallation=file://{_temp}/profile", "--convert-to", format, "--outdir", outDir, input })
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.That(p.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "LibreOffice did not finish within 3 minutes");
        var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + extension);
        Assert.That(p.ExitCode, Is.Zero, stderr.Result);
        Assert.That(File.Exists(output), Is.True, $"LibreOffice wrote no {extension}: {stdout.Result} {stderr.Result}");
        return output;
    }

    private static void AssertPdf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.AsSpan(0, 5).ToArray(), Is.EqualTo("%PDF-"u8.ToArray()));
        var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(bytes), @"/Type\s*/Page[^s]");
        Assert.That(pages, Is.GreaterThan(0), "the PDF has pages");
    }

    [Test]
    public void TheTemplateOpensAndConverts()
    {
        var template = Path.Combine(_temp, "input-template.xlsx");
        var r = CliRunner.Run("template", "-o", template);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        AssertPdf(Convert(template, "pdf", "pdf"));
    }

    [Test]
    public void TheReportOpensAndConverts()
    {
        var report = Path.Combine(_temp, "report.xlsx");
        var sample = Path.Combine(CliRunner.RepoRoot, "samples");
        var r = CliRunner.Run("evaluate", Path.Combine(sample, "provincial-eco-2024"), "--previous",
            Path.Combine(sample, "provincial-eco-2023", "expected", "results.csv"), "-o", report);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        AssertPdf(Convert(report, "pdf", "pdf"));
    }

    [Test]
    public void AWorkbookReSavedByLibreOfficeRatesEveryBranchAsTheCsvFolderDoes()
    {
        var workbook = Path.Combine(_temp, "provincial.xlsx");
        File.Copy(Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024.xlsx"), workbook);
        var ods = Convert(workbook, "ods", "ods");
        var resaved = Convert(ods, "xlsx", "xlsx");

        var fromResaved = Path.Combine(_temp, "resaved.csv");
        var fromCsv = Path.Combine(_temp, "csv.csv");
        var a = CliRunner.Run("evaluate", resaved, "-o", fromResaved);
        Assert.That(a.ExitCode, Is.Zero, a.Stderr);
        var b = CliRunner.Run("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024"), "-o", fromCsv);
        Assert.That(b.ExitCode, Is.Zero, b.Stderr);
        Assert.That(File.ReadAllText(fromResaved), Is.EqualTo(File.ReadAllText(fromCsv)));
        Assert.That(File.ReadAllBytes(resaved), Is.Not.EqualTo(File.ReadAllBytes(workbook)), "LibreOffice really wrote its own file");
    }
}
