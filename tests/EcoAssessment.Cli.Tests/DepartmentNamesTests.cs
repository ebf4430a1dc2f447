using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// The names departments give their sheets and files (执纪台账, 三会一课台账, 党员花名册 …) are read as the tables they name:
/// the provincial sample renamed so gives the same results, byte for byte, as the sample itself; and the template's
/// example rows never count.
/// </summary>
public class DepartmentNamesTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    private static string Workbook => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024.xlsx");

    /// <summary>A department's name for each table of the sample, as a clerk names the sheet or file.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["支部"] = "支部名册", ["党员"] = "党员花名册", ["会议"] = "三会一课台账", ["学习"] = "理论学习台账",
        ["考评"] = "双强双优考核", ["问题"] = "执纪台账", ["指标"] = "指标数据", ["单位"] = "单位名册",
        ["branches"] = "党支部", ["members"] = "花名册", ["meetings"] = "三会一课", ["study"] = "学习台账",
        ["assessments"] = "考核台账", ["findings"] = "问题台账", ["indicators"] = "指标值", ["units"] = "单位信息",
    };

    private string _temp = null!;

    [SetUp]
    public void SetUp() => _temp = Directory.CreateTempSubdirectory("eco-names-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_temp, recursive: true);

    /// <summary>Evaluates <paramref name="dataset"/> into CSV, Markdown and JSON; the JSON without its metadata and checks (which name the input files).</summary>
    private (string Csv, string Markdown, string Json, string Stderr) Evaluate(string dataset, string name)
    {
        var csv = Path.Combine(_temp, name + ".csv");
        var md = Path.Combine(_temp, name + ".md");
        var json = Path.Combine(_temp, name + ".json");
        var r = CliRunner.Run("evaluate", dataset, "-o", csv, "-o", md, "-o", json);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var node = JsonNode.Parse(File.ReadAllText(json))!.AsObject();
        node.Remove("metadata");
        node.Remove("checks");
        return (File.ReadAllText(csv), File.ReadAllText(md), node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), r.Stderr);
    }

    [Test]
    public void AWorkbookWithTheDepartmentsSheetNamesGivesByteIdenticalResults()
    {
        var copy = Path.Combine(_temp, "台账.xlsx");
        File.Copy(Workbook, copy);
        using (var book = SpreadsheetDocument.Open(copy, true))
        {
            foreach (var sheet in book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>())
            {
                var name = sheet.Name!.Value!;
                var table = name.Split('_')[0];
                sheet.Name = Renamed[table] + name[table.Length..];
            }
        }

        var names = ReadSheetNames(copy);
        Assert.That(names, Does.Contain("执纪台账").And.Contain("三会一课台账").And.Contain("党员花名册").And.Not.Contain("问题"), "the sheets really are renamed");

        var original = Evaluate(Workbook, "original");
        var renamed = Evaluate(copy, "renamed");
        Assert.Multiple(() =>
        {
            Assert.That(renamed.Csv, Is.EqualTo(original.Csv));
            Assert.That(renamed.Markdown, Is.EqualTo(original.Markdown));
            Assert.That(renamed.Json, Is.EqualTo(original.Json));
            Assert.That(renamed.Stderr, Does.Not.Contain("ECO0254"), "no sheet is ignored");
        });
    }

    [Test]
    public void ACsvFolderWithTheDepartmentsFileNamesGivesByteIdenticalResults()
    {
        var folder = Path.Combine(_temp, "台账");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Sample, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Renamed[Path.GetFileNameWithoutExtension(file)] + ".csv"));
        }

        Assert.That(File.Exists(Path.Combine(folder, "问题台账.csv")), Is.True);
        var original = Evaluate(Sample, "original");
        var renamed = Evaluate(folder, "renamed");
        Assert.Multiple(() =>
        {
            Assert.That(renamed.Csv, Is.EqualTo(original.Csv));
            Assert.That(renamed.Markdown, Is.EqualTo(original.Markdown));
            Assert.That(renamed.Json, Is.EqualTo(original.Json));
            Assert.That(renamed.Stderr, Does.Not.Contain("ECO0254"), "no file is ignored");
        });
    }

    [Test]
    public void TheDepartmentsWordingsAreReadAsTheirCodes()
    {
        var folder = Path.Combine(_temp, "data");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "支部名册.csv"), "支部编号,支部名称,单位,党员数\nB1,第一支部,机关,10\n");
        File.WriteAllText(Path.Combine(folder, "三会一课台账.csv"),
            "支部编号,会议类型,日期\nB1,支部大会,2024-03-01\nB1,党小组会议,2024-03-02\nB1,支委会议,2024-03-03\n");
        File.WriteAllText(Path.Combine(folder, "执纪台账.csv"),
            "问题编号,支部编号,日期,形态,问题来源\nF1,B1,2024-04-01,第一种形态,中央生态环保督察\nF2,B1,2024-05-01,二,巡视\n");
        var r = CliRunner.Partial("explain", folder, "--branch", "B1", "--period", "2024");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("ECO0203").And.Not.Contain("ECO0254"));
    }

    [Test]
    public void TheUntouchedTemplateIsRefusedAsOnlyExamples()
    {
        var template = Path.Combine(_temp, "input-template.xlsx");
        Assert.That(CliRunner.Run("template", "-o", template).ExitCode, Is.Zero);
        var output = Path.Combine(_temp, "out.csv");
        var r = CliRunner.Partial("evaluate", template, "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("input-template.xlsx: error ECO0261").And.Contain("没有记录：只有模板的示例行"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void TheTemplateWithARealBranchRatesItAndSkipsTheExamples()
    {
        var template = Path.Combine(_temp, "input-template.xlsx");
        Assert.That(CliRunner.Run("template", "-o", template).ExitCode, Is.Zero);
        using (var wb = new XLWorkbook(template))
        {
            var branches = wb.Worksheet("支部");
            Assert.That(branches.Cell(2, 1).GetString(), Does.Contain("示例"), "a clerk sees that the row is an example");
            branches.Cell(3, 1).SetValue("B002");
            branches.Cell(3, 2).SetValue("机关第二党支部");
            branches.Cell(3, 3).SetValue("市生态环境局");
            branches.Cell(3, 6).SetValue(8);
            wb.Save();
        }

        var output = Path.Combine(_temp, "out.csv");
        var r = CliRunner.Partial("evaluate", template, "-o", output, "--period", "2024");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("input-template.xlsx!支部").And.Contain("warning ECO0260").And.Contain("第 2 行是模板的示例行"));
        Assert.That(r.Stderr, Does.Contain("input-template.xlsx!会议").And.Contain("input-template.xlsx!问题"), "every sheet's example is named");
        var rows = CsvText.Parse(File.ReadAllText(output));
        Assert.That(rows.Select(row => row["branch_id"]), Is.EqualTo(new[] { "B002" }));
        Assert.That(rows[0]["rating"], Is.Not.Empty);
    }

    private static string[] ReadSheetNames(string path)
    {
        using var book = SpreadsheetDocument.Open(path, false);
        return [.. book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }
}
