using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Class 4 of issue 25, workbook package problems: a broken part is named by its sheet (book.xlsx!会议: error
/// ECO0353) and said in plain Chinese, never with the library's message. Before the change a DTD in a sheet gave "To
/// enable DTD processing set the DtdProcessing property…" and a missing relationship "Specified argument was out of the
/// range … (Parameter 'id')", both named only by the file.
/// </summary>
[NonParallelizable]
public class WorkbookPackageTests
{
    private static readonly string[] LibraryWords = ["DtdProcessing", "Parameter", "Specified argument", "XmlReaderSettings", "exception", "Exception", "package is invalid"];
    private HostileCase _case = null!;

    [SetUp]
    public void SetUp() => _case = new HostileCase();

    [TearDown]
    public void TearDown() => _case.Dispose();

    private CliResult Refused(MiniWorkbook book, params string[] expected)
    {
        var path = _case.At("book.xlsx");
        File.WriteAllBytes(path, book.Bytes());
        var r = _case.Refused(ExitCodes.InputError, ["evaluate", path, "--period", "2024", "--allow-missing", CliRunner.AllTables, "-o", _case.At("out.csv")], expected);
        foreach (var word in LibraryWords)
        {
            Assert.That(r.Stderr, Does.Not.Contain(word));
        }

        return r;
    }

    private const string Dtd = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"xxxxxxxxxx\"><!ENTITY y \"&x;&x;&x;&x;&x;&x;&x;&x;\">]>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&y;</t></is></c></row></sheetData></worksheet>";

    [Test]
    public void ADtdInASheetIsNamedBySheet()
    {
        var book = MiniWorkbook.Valid();
        book.Replace["xl/worksheets/sheet2.xml"] = Dtd;
        Refused(book, "book.xlsx!会议: error ECO0353", "文档类型定义");
    }

    [Test]
    public void MalformedXmlInASheetIsNamedBySheetWithItsPlace()
    {
        var book = MiniWorkbook.Valid();
        book.Replace["xl/worksheets/sheet2.xml"] = MiniWorkbook.SheetXml([["branch_id", "type"]]).Replace("</sheetData>", "<row><c>", StringComparison.Ordinal);
        Refused(book, "book.xlsx!会议: error ECO0353", "写法不合规", "第 1 行");
    }

    [Test]
    public void AMissingRelationshipIsNamedBySheet()
    {
        var book = MiniWorkbook.Valid();
        book.Replace["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
        Refused(book, "book.xlsx!会议: error ECO0353", "链接");
    }

    [Test]
    public void AMissingSheetPartIsRefusedInPlainWords()
    {
        var book = MiniWorkbook.Valid();
        book.Replace["xl/worksheets/sheet2.xml"] = null;
        Refused(book, "book.xlsx!会议: error ECO0353", "缺失");
    }

    [Test]
    public void ADtdInTheWorkbookListIsRefusedInPlainWords()
    {
        var book = MiniWorkbook.Valid();
        book.Replace["xl/workbook.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY x \"x\">]><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>";
        Refused(book, "book.xlsx: error ECO0230", "文档类型定义");
    }

    [Test]
    public void ADtdInTheSharedStringsIsRefusedInPlainWords()
    {
        var book = new MiniWorkbook().Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", "s:0", "机关", "10"]);
        book.Shared.Add("一支部");
        book.Replace["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x \"x\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>";
        Refused(book, "book.xlsx: error ECO0230", "共享文字", "文档类型定义");
    }

    [Test]
    public void AnElementInsideACellTextIsMalformed()
    {
        var book = MiniWorkbook.Valid();
        book.Replace["xl/worksheets/sheet1.xml"] = MiniWorkbook.SheetXml([["branch_id", "name", "unit", "members"], ["B1", "一支部", "机关", "10"]])
            .Replace("<t>一支部</t>", "<t>一<b/>支部</t>", StringComparison.Ordinal);
        Refused(book, "book.xlsx!支部: error ECO0353");
    }

    [Test]
    public void AZipWithoutAWorkbookListIsRefusedInPlainWords()
    {
        var book = MiniWorkbook.Valid();
        book.Replace["xl/workbook.xml"] = null;
        Refused(book, "book.xlsx: error ECO0230");
    }
}
