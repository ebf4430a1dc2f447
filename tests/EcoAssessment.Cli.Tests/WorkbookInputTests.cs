using System.IO.Compression;
using System.Text;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// The same provincial data as a CSV folder, as the bundled workbook, and as GB18030 CSV (what Excel on Chinese Windows
/// exports) must give the same results, byte for byte.
/// </summary>
public class WorkbookInputTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    private static string Workbook => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024.xlsx");

    private string _temp = null!;

    [SetUp]
    public void SetUp() => _temp = Directory.CreateTempSubdirectory("eco-workbook-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_temp, recursive: true);

    private string Evaluate(string dataset, string name, params string[] extra)
    {
        var output = Path.Combine(_temp, name);
        var r = CliRunner.Run(["evaluate", dataset, "-o", output, .. extra]);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        return File.ReadAllText(output);
    }

    [Test]
    public void TheBundledWorkbookRatesEveryBranchAsTheCsvFolderDoes()
    {
        Assert.That(Evaluate(Workbook, "x.csv"), Is.EqualTo(Evaluate(Sample, "c.csv")));
    }

    [Test]
    public void TheBundledWorkbookIsWhatTheGeneratorMakes()
    {
        var path = Path.Combine(_temp, "regenerated.xlsx");
        var r = CliRunner.Run("generate", "--branches", "130", "--seed", "2024", "--year", "2024", "-o", path);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(Parts(path), Is.EqualTo(Parts(Workbook)), "regenerate it with the command in samples/provincial-eco-2024/README.md");
    }

    [TestCase("auto")]
    [TestCase("gb18030")]
    public void Gb18030CsvGivesTheSameResultsAsUtf8(string encoding)
    {
        var gbk = Path.Combine(_temp, "gbk");
        Directory.CreateDirectory(gbk);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        foreach (var file in Directory.EnumerateFiles(Sample, "*.csv"))
        {
            File.WriteAllBytes(Path.Combine(gbk, Path.GetFileName(file)), gb18030.GetBytes(File.ReadAllText(file, Encoding.UTF8)));
        }

        Assert.That(File.ReadAllBytes(Path.Combine(gbk, "branches.csv")), Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(Sample, "branches.csv"))),
            "the copy really is in another encoding");
        Assert.That(Evaluate(gbk, "g.csv", "--encoding", encoding), Is.EqualTo(Evaluate(Sample, "u.csv")));
    }

    [Test]
    public void ForcingUtf8OnAGbkFileNamesTheFileAndWritesNothing()
    {
        var gbk = Path.Combine(_temp, "gbk");
        Directory.CreateDirectory(gbk);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(gbk, "branches.csv"), Encoding.GetEncoding("GB18030").GetBytes("branch_id,name,unit\nB1,第一支部,生态环境局\n"));
        var output = Path.Combine(_temp, "out.csv");
        var r = CliRunner.Run("evaluate", gbk, "--encoding", "utf-8", "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(3));
        Assert.That(r.Stderr, Does.Contain("branches.csv: error ECO0002").And.Contain("不是有效的 UTF-8"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void ABadWorkbookExitsThreeWithCellLocationsAndWritesNothing()
    {
        var book = Path.Combine(_temp, "book.xlsx");
        var r0 = CliRunner.Run("generate", "--branches", "3", "--seed", "1", "-o", book);
        Assert.That(r0.ExitCode, Is.Zero, r0.Stderr);

        // Damage one date and one count of the 会议 sheet in place: the inline strings stay well-formed XML.
        var sheet = Rewrite(book, "xl/worksheets/sheet3.xml", xml =>
        {
            var date = xml.IndexOf("<c r=\"C3\" s=\"1\"><v>", StringComparison.Ordinal);
            Assert.That(date, Is.GreaterThan(0), "the 会议 sheet's first date cell");
            xml = xml.Remove(date, xml.IndexOf("</c>", date, StringComparison.Ordinal) - date)
                .Insert(date, "<c r=\"C3\" t=\"inlineStr\"><is><t>2024-02-30</t></is>");
            return xml;
        });
        Assert.That(sheet, Is.EqualTo("会议"));
        var output = Path.Combine(_temp, "out.csv");
        var r = CliRunner.Run("evaluate", book, "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(3), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("book.xlsx!会议!C3: error ECO0201: \"2024-02-30\"不是日期；请写成 2024-03-07"));
        Assert.That(r.Stderr, Does.Not.Contain("   at "));
        Assert.That(File.Exists(output), Is.False);
    }

    /// <summary>Each part of a package, decompressed (zip bytes may differ between zlib builds; the content may not).</summary>
    private static Dictionary<string, string> Parts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>Rewrites one part of a package; returns the name of the sheet it belongs to.</summary>
    private static string Rewrite(string path, string part, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }

        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false)))
        {
            writer.Write(edit(xml));
        }

        using var wb = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open(), Encoding.UTF8);
        var workbook = wb.ReadToEnd();
        var index = int.Parse(part["xl/worksheets/sheet".Length..^".xml".Length], System.Globalization.CultureInfo.InvariantCulture);
        var marker = $"sheetId=\"{index}\"";
        var at = workbook.IndexOf(marker, StringComparison.Ordinal);
        var nameStart = workbook.LastIndexOf("name=\"", at, StringComparison.Ordinal) + 6;
        return workbook[nameStart..workbook.IndexOf('"', nameStart)];
    }
}
