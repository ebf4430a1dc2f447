using System.Diagnostics;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// A real office suite opens what EcoAssessment writes, and what it saves EcoAssessment reads: LibreOffice
/// (headless) converts the template, the report, the brief and the cards, and a workbook it re-saved (xlsx → ods → xlsx) rates every branch
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
                Assert.Fail("LibreOffice (soffice) is not on PATH; install libreoffice-calc-nogui and libreoffice-writer-nogui");
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

    private static string? Find(string tool = "soffice") =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, tool))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a tool and returns its standard output; fails the test when it fails.</summary>
    private static string Tool(string name, params string[] args)
    {
        var path = Find(name);
        if (path is null)
        {
            if (Environment.GetEnvironmentVariable("ECO_REQUIRE_LIBREOFFICE") == "1")
            {
                Assert.Fail($"{name} is not on PATH; install poppler-utils");
            }

            Assert.Ignore($"{name} (poppler-utils) is not installed");
        }

        return Run(path!, args, TimeSpan.FromMinutes(2)).Stdout;
    }

    /// <summary>Runs a program to completion within <paramref name="timeout"/>; fails the test when it fails or hangs.</summary>
    private static (string Stdout, string Stderr) Run(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.That(p.WaitForExit(timeout), Is.True, $"{Path.GetFileName(program)} did not finish within {timeout}");
        Assert.That(p.ExitCode, Is.Zero, $"{Path.GetFileName(program)}: {stderr.Result}");
        return (stdout.Result, stderr.Result);
    }

    /// <summary>How many pixels of a binary PPM (P6) image are within a small distance of an RGB colour.</summary>
    private static int PixelsNear(byte[] ppm, int r, int g, int b)
    {
        // Header: "P6\n<w> <h>\n<max>\n" (pdftoppm writes no comments).
        var fields = 0;
        var i = 2;
        while (fields < 3)
        {
            while (char.IsWhiteSpace((char)ppm[i]))
            {
                i++;
            }

            while (!char.IsWhiteSpace((char)ppm[i]))
            {
                i++;
            }

            fields++;
        }

        i++;
        var count = 0;
        for (; i + 2 < ppm.Length; i += 3)
        {
            if (Math.Abs(ppm[i] - r) + Math.Abs(ppm[i + 1] - g) + Math.Abs(ppm[i + 2] - b) < 60)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Converts <paramref name="input"/> with LibreOffice; returns the path of the converted file.</summary>
    private string Convert(string input, string format, string extension)
    {
        var outDir = Path.Combine(_temp, "out-" + extension + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(outDir);
        var (stdout, stderr) = Run(Soffice!, ["--headless", $"-env:UserInstallation=file://{_temp}/profile", "--convert-to", format, "--outdir", outDir, input],
            TimeSpan.FromMinutes(3));
        var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + extension);
        Assert.That(File.Exists(output), Is.True, $"LibreOffice wrote no {extension}: {stdout} {stderr}");
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

    /// <summary>
    /// The report's charts render: LibreOffice prints the workbook to PDF, each chart's page is found by its title and
    /// rendered to an image, and the image holds the chart's series colours (bars, lines) — a blank or broken chart has
    /// none. The PNGs are kept as test attachments (and under TestResults/chart-pages) for people to look at.
    /// </summary>
    [Test]
    public void TheReportsChartsRenderInLibreOffice()
    {
        var report = Path.Combine(_temp, "report.xlsx");
        var sample = Path.Combine(CliRunner.RepoRoot, "samples");
        var r = CliRunner.Run("evaluate", Path.Combine(sample, "provincial-eco-2024"), "--previous",
            Path.Combine(sample, "provincial-eco-2023", "expected", "results.csv"), "-o", report);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var pdf = Convert(report, "pdf", "pdf");
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(Tool("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        var artefacts = Path.Combine(TestContext.CurrentContext.WorkDirectory, "chart-pages");
        Directory.CreateDirectory(artefacts);
        var charts = new (string Title, string Colour)[]
        {
            ("各单位支部评级结构", "70AD47"), ("各单位四种形态结构", "9DC3E6"), ("各维度得分分布", "4472C4"), ("各单位评级变化", "70AD47"),
            ("支部四个维度得分与单位", "4472C4"),
        };
        foreach (var (title, colour) in charts)
        {
            var candidates = Enumerable.Range(1, pages).Where(p =>
                Tool("pdftotext", "-f", $"{p}", "-l", $"{p}", pdf, "-").Replace("\n", string.Empty, StringComparison.Ordinal).Contains(title, StringComparison.Ordinal)).ToArray();
            Assert.That(candidates, Is.Not.Empty, $"no page shows the chart '{title}'");
            var rgb = System.Convert.FromHexString(colour);
            var (page, near) = candidates.Select(p =>
            {
                var stem = Path.Combine(_temp, $"page{p}");
                Tool("pdftoppm", "-r", "60", "-f", $"{p}", "-l", $"{p}", "-singlefile", pdf, stem);
                return (p, PixelsNear(File.ReadAllBytes(stem + ".ppm"), rgb[0], rgb[1], rgb[2]));
            }).MaxBy(x => x.Item2);
            Tool("pdftoppm", "-r", "60", "-f", $"{page}", "-l", $"{page}", "-singlefile", "-png", pdf, Path.Combine(artefacts, $"page{page}"));
            TestContext.AddTestAttachment(Path.Combine(artefacts, $"page{page}.png"), title);
            Assert.That(near, Is.GreaterThan(150), $"the page of '{title}' has {near} pixels of #{colour}: the chart is blank");
        }
    }

    /// <summary>
    /// The provincial report printed as a leader prints it: LibreOffice makes the PDF, and no word on any page is smaller
    /// than 9 pt (a word's box is about 1.3 times its font size: 9 pt gives 11.7 pt; the old report, fitted to one page
    /// wide, printed 明细 at under 2 pt), every page is A4 landscape or portrait, each sheet's pages carry its page numbers,
    /// and 排名 and 明细 take several pages rather than one shrunk page. The pages are kept (TestResults/report-pages) to look at.
    /// </summary>
    [Test]
    public void TheProvincialReportPrintsAtNinePointsOrMoreOnA4()
    {
        var report = Path.Combine(_temp, "report.xlsx");
        var sample = Path.Combine(CliRunner.RepoRoot, "samples");
        var r = CliRunner.Run("evaluate", Path.Combine(sample, "provincial-eco-2024"), "--previous",
            Path.Combine(sample, "provincial-eco-2023", "expected", "results.csv"), "-o", report);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var pdf = Convert(report, "pdf", "pdf");
        var info = Tool("pdfinfo", pdf);
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(pages, Is.InRange(40, 120), "every sheet at a legible size: many pages, not 18 shrunk ones");

        var boxes = Tool("pdftotext", "-bbox", pdf, "-");
        var perPage = boxes.Split("<page ", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.That(perPage, Has.Length.EqualTo(pages));
        var sheetsSeen = new List<string>();
        for (var p = 0; p < perPage.Length; p++)
        {
            var size = System.Text.RegularExpressions.Regex.Match(perPage[p], @"width=""([\d.]+)"" height=""([\d.]+)""");
            var (w, h) = (double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(Math.Min(w, h), Is.EqualTo(595).Within(2), $"page {p + 1} is A4");
            Assert.That(Math.Max(w, h), Is.EqualTo(842).Within(2), $"page {p + 1} is A4");
            var words = System.Text.RegularExpressions.Regex.Matches(perPage[p], @"yMin=""([\d.]+)"" xMax=""[\d.]+"" yMax=""([\d.]+)"">([^<]*)<")
                .Select(m => (Height: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Word: m.Groups[3].Value))
                .ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            var smallest = words.MinBy(x => x.Height);
            Assert.That(smallest.Height, Is.GreaterThanOrEqualTo(11.5), $"page {p + 1}: '{smallest.Word}' prints below 9 pt");
            var text = string.Concat(words.Select(x => x.Word));
            Assert.That(text, Does.Contain($"第{p + 1}页，共{pages}页"), $"page {p + 1} has its page number");
            sheetsSeen.Add(words.Reverse().SkipWhile(x => !x.Word.StartsWith('第')).Skip(1).Select(x => x.Word).FirstOrDefault() ?? string.Empty);
        }

        Assert.That(sheetsSeen.Count(s => s == "排名"), Is.GreaterThanOrEqualTo(3), "排名 over several pages");
        Assert.That(sheetsSeen.Count(s => s == "明细·政治强"), Is.GreaterThanOrEqualTo(3), "a dimension's indicators over several pages");
        var artefacts = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-pages");
        Directory.CreateDirectory(artefacts);
        Tool("pdftoppm", "-r", "60", "-f", "1", "-l", "6", "-png", pdf, Path.Combine(artefacts, "page"));
    }

    private static int Pages(string pdf) => int.Parse(System.Text.RegularExpressions.Regex.Match(Tool("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value,
        System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The brief of the provincial sample prints on one A4 page, and the cards one page per branch: LibreOffice prints
    /// them to PDF, the pages are counted, each card's page starts with its title and names its branch, and the brief's
    /// page and two cards' pages are rendered to PNG (test attachments, under TestResults/brief-pages) for people to look at.
    /// </summary>
    [Test]
    public void TheBriefPrintsOnOnePageAndTheCardsOnePagePerBranch()
    {
        var brief = Path.Combine(_temp, "brief.docx");
        var cards = Path.Combine(_temp, "cards.docx");
        var sample = Path.Combine(CliRunner.RepoRoot, "samples");
        var r = CliRunner.Run("evaluate", Path.Combine(sample, "provincial-eco-2024"), "--previous",
            Path.Combine(sample, "provincial-eco-2023", "expected", "results.csv"), "-o", brief, "--cards", cards);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var briefPdf = Convert(brief, "pdf", "pdf");
        var cardsPdf = Convert(cards, "pdf", "pdf");
        var artefacts = Path.Combine(TestContext.CurrentContext.WorkDirectory, "brief-pages");
        Directory.CreateDirectory(artefacts);
        Tool("pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-singlefile", "-png", briefPdf, Path.Combine(artefacts, "brief"));
        TestContext.AddTestAttachment(Path.Combine(artefacts, "brief.png"), "the brief");
        var briefText = Tool("pdftotext", briefPdf, "-").Replace("\n", string.Empty, StringComparison.Ordinal);
        Assert.That(Pages(briefPdf), Is.EqualTo(1), "the brief of the provincial sample is one page");
        Assert.That(briefText, Does.Contain("五、四种形态与抓早抓小"), "the last section is on the page");

        var branches = File.ReadAllLines(Path.Combine(sample, "provincial-eco-2024", "branches.csv")).Length - 1;
        Assert.That(Pages(cardsPdf), Is.EqualTo(branches), "one page per branch");
        foreach (var page in new[] { 1, branches - 10 })
        {
            var text = Tool("pdftotext", "-f", $"{page}", "-l", $"{page}", cardsPdf, "-");
            Assert.That(text.TrimStart(), Does.StartWith("支部告知单"), $"page {page} is one card from its title");
            Assert.That(text.Replace("\n", string.Empty, StringComparison.Ordinal), Does.Contain("五、与上期相比"), $"page {page} holds the whole card");
            Tool("pdftoppm", "-r", "60", "-f", $"{page}", "-l", $"{page}", "-singlefile", "-png", cardsPdf, Path.Combine(artefacts, $"card{page}"));
            TestContext.AddTestAttachment(Path.Combine(artefacts, $"card{page}.png"), $"card on page {page}");
        }
    }

    [Test]
    public void TheTrendWorkbooksLineChartRendersInLibreOffice()
    {
        var book = Path.Combine(_temp, "trend.xlsx");
        var samples = Path.Combine(CliRunner.RepoRoot, "samples");
        var r = CliRunner.Run("trend", Path.Combine(samples, "provincial-eco-2023"), Path.Combine(samples, "provincial-eco-2024"), "-o", book);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var pdf = Convert(book, "pdf", "pdf");
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(Tool("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        var best = Enumerable.Range(1, pages)
            .Where(p => Tool("pdftotext", "-f", $"{p}", "-l", $"{p}", pdf, "-").Contains("各单位得分走势", StringComparison.Ordinal))
            .Select(p =>
            {
                var stem = Path.Combine(_temp, $"trend{p}");
                Tool("pdftoppm", "-r", "60", "-f", $"{p}", "-l", $"{p}", "-singlefile", pdf, stem);
                return PixelsNear(File.ReadAllBytes(stem + ".ppm"), 0x44, 0x72, 0xC4);
            })
            .DefaultIfEmpty(0).Max();
        Assert.That(best, Is.GreaterThan(50), "the line chart's first unit line (#4472C4) is drawn");
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
