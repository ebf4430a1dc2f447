using ClosedXML.Excel;
using EcoAssessment.Diagnostics;
using EcoAssessment.Generation;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.IO.Yaml;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Xlsx;

/// <summary>Workbooks as organisational departments keep them (DOMAIN.md §6): read as they are, or refused with a cell.</summary>
public class XlsxDatasetReaderTests
{
    private static (DatasetReadResult Result, DiagnosticBag Bag) Read(string path)
    {
        var bag = new DiagnosticBag();
        return (DatasetReader.Read(path, null, bag, new CsvReadOptions { KeepMeetingRecords = true }), bag);
    }

    private static Dataset ReadOk(string path, out DiagnosticBag bag)
    {
        (var result, bag) = Read(path);
        Assert.That(Diag.Errors(bag), Is.Empty, Diag.Dump(bag));
        Assert.That(result.Dataset, Is.Not.Null);
        return result.Dataset!;
    }

    /// <summary>
    /// A 会议 sheet as a clerk makes it: a merged title row, a two-row header (出席情况 over 应到/实到/请假, the other
    /// captions merged down both rows, one caption wrapped over two lines), real date cells and dates typed as text in
    /// three ways, numbers stored as text and in full-width digits, flags as 是/√/Y, a blank spacer row, a comment and a
    /// 合计 row.
    /// </summary>
    private static void MessyMeetings(XLWorkbook wb)
    {
        var ws = wb.Worksheets.Add("会议");
        ws.Cell("A1").Value = "2024年度三会一课记录表";
        ws.Range("A1:G1").Merge();
        ws.Cell("A2").Value = "支部\n编号";
        ws.Range("A2:A3").Merge();
        ws.Cell("B2").Value = "会议类型";
        ws.Range("B2:B3").Merge();
        ws.Cell("C2").Value = "日期";
        ws.Range("C2:C3").Merge();
        ws.Cell("D2").Value = "出席情况";
        ws.Range("D2:F2").Merge();
        ws.Cell("D3").Value = "应到";
        ws.Cell("E3").Value = "实到";
        ws.Cell("F3").Value = "请假";
        ws.Cell("G2").Value = "是否结合主题党日";
        ws.Range("G2:G3").Merge();

        ws.Cell("A4").SetValue("B1");
        ws.Cell("B4").SetValue("支部党员大会");
        ws.Cell("C4").SetValue(new DateTime(2024, 3, 7));
        ws.Cell("D4").SetValue("5");
        ws.Cell("E4").SetValue("４");
        ws.Cell("F4").Value = 1;
        ws.Cell("G4").SetValue("是");
        ws.Cell("G4").Comment.AddText("与主题党日合并召开");

        ws.Cell("A6").SetValue("B1");
        ws.Cell("B6").SetValue("党课");
        ws.Cell("C6").SetValue("2024/4/9");
        ws.Cell("D6").Value = 5;
        ws.Cell("E6").Value = 5;
        ws.Cell("F6").Value = 0;
        ws.Cell("G6").SetValue("√");

        ws.Cell("A7").SetValue("B2");
        ws.Cell("B7").SetValue("支委会");
        ws.Cell("C7").SetValue("2024年5月6日");
        ws.Cell("D7").Value = 3;
        ws.Cell("E7").Value = 3;
        ws.Cell("G7").SetValue("Y");

        ws.Cell("A8").SetValue("B2");
        ws.Cell("B8").SetValue("主题党日");
        ws.Cell("C8").SetValue("2024.6.1");
        ws.Cell("G8").SetValue("否");

        ws.Cell("A9").SetValue("合计");
        ws.Cell("D9").FormulaA1 = "SUM(D4:D8)";
        ws.Cell("E9").FormulaA1 = "SUM(E4:E8)";
    }

    [Test]
    public void AMessyWorkbookReadsAsItIs()
    {
        using var books = new TempWorkbooks();
        var path = books.Save("台账.xlsx", wb =>
        {
            TempWorkbooks.Branches(wb);
            MessyMeetings(wb);
        });

        var data = ReadOk(path, out var bag);
        Assert.That(bag.Items.Where(d => d.Severity != Severity.Notice), Is.Empty, Diag.Dump(bag));
        var b1 = data.Branches.Single(b => b.BranchId == "B1");
        var b2 = data.Branches.Single(b => b.BranchId == "B2");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b1.Record.HasCommittee, Is.True);
            Assert.That(b2.Record.HasCommittee, Is.False);
            Assert.That(b1.MeetingRecords!.Select(m => (m.Type, m.Date, m.Expected, m.Attendees, m.Excused, m.ThemeDay)), Is.EqualTo(new[]
            {
                (MeetingType.GeneralAssembly, new DateOnly(2024, 3, 7), (int?)5, (int?)4, (int?)1, true),
                (MeetingType.Lecture, new DateOnly(2024, 4, 9), 5, 5, 0, true),
            }));
            Assert.That(b2.MeetingRecords!.Select(m => (m.Type, m.Date, m.Expected, m.Attendees, m.Excused, m.ThemeDay)), Is.EqualTo(new[]
            {
                (MeetingType.Committee, new DateOnly(2024, 5, 6), (int?)3, (int?)3, (int?)null, true),
                (MeetingType.ThemeDay, new DateOnly(2024, 6, 1), null, null, null, false),
            }));
        }
    }

    [Test]
    public void ASheetWithAPictureIsReadWithoutLoadingThePicture()
    {
        using var books = new TempWorkbooks();
        var path = books.Save("台账.xlsx", wb =>
        {
            TempWorkbooks.Branches(wb);
            MessyMeetings(wb);
        });
        TempWorkbooks.AddPicture(path);

        var data = ReadOk(path, out _);
        Assert.That(data.Branches.Sum(b => b.Meetings.Total), Is.EqualTo(4));
    }

    [Test]
    public void ProblemsAreLocatedByWorkbookSheetAndCellAndAllAreListed()
    {
        using var books = new TempWorkbooks();
        var path = books.Save("book.xlsx", wb =>
        {
            TempWorkbooks.Branches(wb);
            var ws = wb.Worksheets.Add("会议");
            ws.Cell("A1").Value = "会议记录";
            ws.Cell("A2").Value = "支部编号";
            ws.Cell("B2").Value = "类型";
            ws.Cell("C2").Value = "日期";
            ws.Cell("D2").Value = "实到";
            ws.Cell("A3").SetValue("B1");
            ws.Cell("B3").SetValue("支委会");
            ws.Cell("C3").SetValue("2024-13-45");
            ws.Cell("A4").SetValue("B9");
            ws.Cell("B4").SetValue("支委会");
            ws.Cell("C4").SetValue(new DateTime(2024, 2, 1));
            ws.Cell("D4").SetValue("-3");
            ws.Cell("A5").SetValue("B1");
            ws.Cell("B5").SetValue("茶话会");
            ws.Cell("C5").SetValue(new DateTime(2024, 2, 1));
        });

        var (result, bag) = Read(path);
        Assert.That(result.Dataset, Is.Null);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[]
        {
            "ECO0201 book.xlsx!会议!C3",
            "ECO0210 book.xlsx!会议!D4",
            "ECO0203 book.xlsx!会议!B5",
        }), Diag.Dump(bag));
    }

    [Test]
    public void ARecordOfAnUnknownBranchIsLocatedAtItsBranchCell()
    {
        using var books = new TempWorkbooks();
        var path = books.Save("book.xlsx", wb =>
        {
            TempWorkbooks.Branches(wb);
            var ws = wb.Worksheets.Add("meetings");
            ws.Cell("A1").Value = "type";
            ws.Cell("B1").Value = "date";
            ws.Cell("C1").Value = "branch_id";
            ws.Cell("A2").SetValue("committee");
            ws.Cell("B2").SetValue("2024-02-01");
            ws.Cell("C2").SetValue("B9");
        });

        var (_, bag) = Read(path);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0207 book.xlsx!meetings!C2" }), Diag.Dump(bag));
    }

    [Test]
    public void AMissingColumnIsReportedAtTheHeaderRow()
    {
        using var books = new TempWorkbooks();
        var path = books.Save("book.xlsx", wb =>
        {
            TempWorkbooks.Branches(wb);
            var ws = wb.Worksheets.Add("会议");
            ws.Cell("A1").Value = "标题";
            ws.Cell("A2").Value = "支部编号";
            ws.Cell("B2").Value = "类型";
            ws.Cell("A3").SetValue("B1");
            ws.Cell("B3").SetValue("支委会");
        });

        var (_, bag) = Read(path);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0204 book.xlsx!会议!2:2" }), Diag.Dump(bag));
        Assert.That(bag.Items.Single(d => d.Severity == Severity.Error).Message, Does.Contain("date"));
    }

    [Test]
    public void AnAmbiguousHeaderIsReportedAtTheSecondCaption()
    {
        using var books = new TempWorkbooks();
        var path = books.Save("book.xlsx", wb =>
        {
            TempWorkbooks.Branches(wb);
            var ws = wb.Worksheets.Add("会议");
            ws.Cell("A1").Value = "支部编号";
            ws.Cell("B1").Value = "类型";
            ws.Cell("C1").Value = "日期";
            ws.Cell("D1").Value = "会议日期";
        });

        var (_, bag) = Read(path);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0206 book.xlsx!会议!D1" }), Diag.Dump(bag));
    }

    [Test]
    public void ASheetWithoutAHeaderAndAWorkbookWithoutBranchesAreRefused()
    {
        using var books = new TempWorkbooks();
        var noHeader = books.Save("a.xlsx", wb =>
        {
            TempWorkbooks.Branches(wb);
            var ws = wb.Worksheets.Add("会议");
            ws.Cell("A1").Value = "这张表还没有填写";
        });
        var noBranches = books.Save("b.xlsx", wb => wb.Worksheets.Add("会议").Cell("A1").Value = "支部编号");

        Assert.That(Diag.Errors(Read(noHeader).Bag), Is.EqualTo(new[] { "ECO0231 a.xlsx!会议" }));
        Assert.That(Diag.Errors(Read(noBranches).Bag), Is.EqualTo(new[] { "ECO0212 b.xlsx" }));
    }

    [TestCase("old.xls", "另存为\"Excel 工作簿 (*.xlsx)\"")]
    [TestCase("locked.xlsx", "有密码保护")]
    public void LegacyAndEncryptedWorkbooksGetAdvice(string name, string advice)
    {
        using var books = new TempWorkbooks();
        var path = books.PathOf(name);
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);
        var (result, bag) = Read(path);
        Assert.That(result.Dataset, Is.Null);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { $"ECO0230 {name}" }));
        Assert.That(bag.Items[0].Message, Does.Contain(advice));
    }

    [TestCase("text", "不是 .xlsx 工作簿")]
    [TestCase("truncated", "已损坏")]
    [TestCase("zip without workbook", "已损坏")]
    public void ANonWorkbookOrADamagedOneIsRefusedWithoutAStackTrace(string kind, string expected)
    {
        using var books = new TempWorkbooks();
        var good = books.Save("good.xlsx", TempWorkbooks.Branches);
        var path = books.PathOf("bad.xlsx");
        switch (kind)
        {
            case "text":
                File.WriteAllText(path, "branch_id,name,unit\nB1,x,y\n");
                break;
            case "truncated":
                var bytes = File.ReadAllBytes(good);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            default:
                using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
                {
                    zip.CreateEntry("hello.txt");
                }

                break;
        }

        var (result, bag) = Read(path);
        Assert.That(result.Dataset, Is.Null);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0230 bad.xlsx" }), Diag.Dump(bag));
        Assert.That(bag.Items[0].Message, Does.Contain(expected));
    }

    [Test]
    public void ADecompressionBombIsRefusedBeforeItIsUnpacked()
    {
        var bomb = TempWorkbooks.Bomb(20L << 20);
        Assert.That(bomb.Length, Is.LessThan(1 << 20), "the bomb is small packed");
        var bag = new DiagnosticBag();
        var result = XlsxDatasetReader.Read(bomb, "bomb.xlsx", null, bag);
        Assert.That(result.Dataset, Is.Null);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0232 bomb.xlsx" }), Diag.Dump(bag));
    }

    [Test]
    public void TheGeneratedWorkbookHoldsTheSameDataAsTheCsvFolder()
    {
        using var books = new TempWorkbooks();
        var options = new GeneratorOptions(40, 11, 2024);
        var folder = books.PathOf("csv");
        var workbook = books.PathOf("data.xlsx");
        EcoAssessment.IO.Generation.CsvDatasetWriter.Generate(options, folder);
        XlsxDatasetWriter.Generate(options, workbook);

        var fromCsv = ReadOk(folder, out _);
        var fromXlsx = ReadOk(workbook, out _);
        var plan = Plan.Create(RuleSetReader.ReadDefault()!.Rules);
        Assert.That(Results(plan.Run(fromXlsx)), Is.EqualTo(Results(plan.Run(fromCsv))));
        Assert.That(fromXlsx.Branches.Sum(b => b.Meetings.Total), Is.EqualTo(fromCsv.Branches.Sum(b => b.Meetings.Total)));
    }

    [Test]
    public void TheGeneratedWorkbookIsTheSameBytesForTheSameSeed()
    {
        using var books = new TempWorkbooks();
        var options = new GeneratorOptions(5, 3, 2024);
        XlsxDatasetWriter.Generate(options, books.PathOf("a.xlsx"));
        XlsxDatasetWriter.Generate(options, books.PathOf("b.xlsx"));
        Assert.That(File.ReadAllBytes(books.PathOf("a.xlsx")), Is.EqualTo(File.ReadAllBytes(books.PathOf("b.xlsx"))));
    }

    [Test]
    public void NotesRowsAreSkippedAndIdsThatExcelTurnedIntoNumbersAreRefused()
    {
        using var books = new TempWorkbooks();
        var path = books.Save("book.xlsx", wb =>
        {
            TempWorkbooks.Branches(wb);
            var ws = wb.Worksheets.Add("问题");
            ws.Cell("A1").Value = "问题编号";
            ws.Cell("B1").Value = "支部编号";
            ws.Cell("C1").Value = "日期";
            ws.Cell("D1").Value = "党员编号";
            ws.Cell("A2").SetValue("F1");
            ws.Cell("B2").SetValue("B1");
            ws.Cell("C2").SetValue(new DateTime(2024, 5, 1));
            ws.Cell("D2").Value = 410324199001011234d; // an ID-card number typed into a General cell
            ws.Cell("A3").SetValue("备注：本表由纪检委员填报");
            ws.Cell("A4").SetValue("填表人：张三    审核人：李四");
        });

        var (_, bag) = Read(path);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0233 book.xlsx!问题!D2" }), Diag.Dump(bag));
        Assert.That(bag.Items.First(d => d.Code == "ECO0233").Message, Does.Contain("E+17").And.Contain("文本"));
    }

    [TestCase("4.10324E+17", true)]
    [TestCase("4.1032419900101126E+17", true)]
    [TestCase("1.2e15", false)]
    [TestCase("12E+3", false)]
    [TestCase("1E+5", true)]
    [TestCase("M0001", false)]
    [TestCase("2024E01", false)]
    [TestCase("E10", false)]
    [TestCase("12", false)]
    public void ScientificNotationIsRecognised(string text, bool scientific) =>
        Assert.That(RowReader.LooksScientific(text), Is.EqualTo(scientific));

    private static string Results(Assessment a)
    {
        using var ms = new MemoryStream();
        ResultCsvWriter.Write(a, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
