using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Xlsx;

/// <summary>
/// The report's sheets with a row per branch are streamed, not built cell by cell in ClosedXML: they must hold exactly
/// what ClosedXML would have written (values, types, formats, styles, frame), and the package must be deterministic.
/// </summary>
public class ReportStreamingTests
{
    /// <summary>Branch names a spreadsheet writer must encode: line breaks, ClosedXML's own escapes, a surrogate pair, edge spaces.</summary>
    private static readonly string[] OddNames =
    [
        "第一\n支部", "第二\r\n支部", "_x0041_支部", "_X0041_支部", "表情😀支部", " 前空格支部", "后空格支部 ", "制表\t支部", "a<b&c>\"d'支部", "=1+1",
    ];

    private static TempDataset OddDataset()
    {
        var ds = new TempDataset();
        var names = OddNames.Select((n, i) => $"B{i + 1},\"{n.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{(i % 2 == 0 ? "甲单位" : "_x0042_单位")}");
        ds.Csv("branches.csv", ["branch_id,name,unit", .. names]);
        ds.Csv("indicators.csv", ["branch_id,study_rate", .. OddNames.Select((_, i) => $"B{i + 1},{(0.1 * i) + (1.0 / 3):R}")]);
        ds.Csv("assessments.csv", ["branch_id,item,score,max_score", .. OddNames.Select((_, i) => $"B{i + 1},OR-01,{i},10")]);
        ds.Csv("findings.csv", ["finding_id,branch_id,date,form", "F1,B2,2024-05-10,1", "F2,B3,2024-06-01,4"]);
        return ds;
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("provincial with previous", Language.Zh).SetName("ProvincialWithPrevious");
        yield return new TestCaseData("provincial", Language.En).SetName("ProvincialEnglish");
        yield return new TestCaseData("odd", Language.Zh).SetName("OddTexts");
    }

    private static Assessment Assessment(string which, out TempDataset? ds)
    {
        ds = null;
        switch (which)
        {
            case "provincial with previous":
                return Repo.Provincial(withPrevious: true);
            case "provincial":
                return Repo.Provincial(withPrevious: false);
            default:
                ds = OddDataset();
                return SmallRun.Run(ds).Assessment;
        }
    }

    private static byte[] Streamed(Assessment a, Language language)
    {
        using var ms = new MemoryStream();
        ReportWorkbookWriter.Write(a, ms, language);
        return ms.ToArray();
    }

    private static byte[] AllInClosedXml(Assessment a, Language language)
    {
        using var wb = ReportWorkbookWriter.Build(a, language);
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    [TestCaseSource(nameof(Cases))]
    public void TheStreamedReportHoldsWhatClosedXmlWouldHaveWritten(string which, Language language)
    {
        var a = Assessment(which, out var ds);
        using (ds)
        {
            using var expected = new XLWorkbook(new MemoryStream(AllInClosedXml(a, language)));
            using var actual = new XLWorkbook(new MemoryStream(Streamed(a, language)));
            Assert.That(actual.Worksheets.Select(w => w.Name), Is.EqualTo(expected.Worksheets.Select(w => w.Name)));
            var compared = 0;
            foreach (var e in expected.Worksheets)
            {
                var s = actual.Worksheet(e.Name);
                Assert.That(s.RangeUsed()?.RangeAddress.ToString(), Is.EqualTo(e.RangeUsed()?.RangeAddress.ToString()), e.Name);
                var expectedCells = e.CellsUsed(XLCellsUsedOptions.All).ToDictionary(c => c.Address.ToString()!);
                var actualCells = s.CellsUsed(XLCellsUsedOptions.All).ToDictionary(c => c.Address.ToString()!);
                Assert.That(actualCells.Keys.Order(), Is.EqualTo(expectedCells.Keys.Order()), $"{e.Name}: the same cells");
                foreach (var (address, x) in expectedCells)
                {
                    var y = actualCells[address];
                    var where = $"{e.Name}!{address}";
                    Assert.That(y.DataType, Is.EqualTo(x.DataType), where);
                    Assert.That(y.HasFormula ? "=" + y.FormulaA1 : y.GetString(), Is.EqualTo(x.HasFormula ? "=" + x.FormulaA1 : x.GetString()), where);
                    Assert.That(Style(y.Style), Is.EqualTo(Style(x.Style)), where);
                    compared++;
                }

                Assert.That(Frame(s), Is.EqualTo(Frame(e)), e.Name);
            }

            Assert.That(compared, Is.GreaterThan(a.Results.Count * 5));
            if (which == "odd")
            {
                var names = actual.Worksheet("排名").Column(3).CellsUsed().Skip(1).Select(c => c.GetString()).ToArray();
                Assert.That(names, Does.Contain("表情😀支部").And.Contain("第一\n支部").And.Contain("'=1+1"));
                Assert.That(actual.Worksheet("排名").Column(3).CellsUsed().Single(c => c.GetString() == "第一\n支部").Style.Alignment.WrapText, Is.True,
                    "text with a line break wraps, as ClosedXML sets it");
            }
        }
    }

    private static string Style(IXLStyle s) => string.Join("|", s.NumberFormat.Format, s.NumberFormat.NumberFormatId, s.Font.Bold, s.Font.FontSize, s.Font.FontColor,
        s.Fill.BackgroundColor, s.Alignment.WrapText, s.Alignment.Vertical, s.Alignment.Horizontal, s.Border.BottomBorder);

    /// <summary>What a sheet has besides its cells: widths, frozen panes, filter, conditional formats, print set-up, validations, merges.</summary>
    private static string Frame(IXLWorksheet ws) => string.Join("\n",
        string.Join(",", Enumerable.Range(1, 60).Select(c => ws.Column(c).Width)),
        $"{ws.SheetView.SplitRow}:{ws.SheetView.SplitColumn}",
        ws.AutoFilter.IsEnabled ? ws.AutoFilter.Range.RangeAddress.ToString() : "-",
        string.Join("|", ws.ConditionalFormats.Select(f => $"{f.Range.RangeAddress} {f.ConditionalFormatType} {string.Join(",", f.Values.Values.Select(v => v.Value))} {f.Style.Fill.BackgroundColor} {f.Style.Font.FontColor}")),
        $"{ws.PageSetup.PageOrientation} {ws.PageSetup.PaperSize} {ws.PageSetup.PagesWide}x{ws.PageSetup.PagesTall} {ws.PageSetup.FirstRowToRepeatAtTop}-{ws.PageSetup.LastRowToRepeatAtTop} {string.Join(",", ws.PageSetup.RowBreaks)}",
        string.Join("|", ws.DataValidations.Select(v => $"{string.Join(",", v.Ranges.Select(r => r.RangeAddress))} {v.AllowedValues} {v.Value}")),
        string.Join("|", ws.MergedRanges.Select(r => r.RangeAddress)),
        ws.Row(1).Height);

    [Test]
    public void TheSheetDimensionsNameTheRowsWritten()
    {
        var a = Repo.Provincial(withPrevious: true);
        using var zip = new ZipArchive(new MemoryStream(Streamed(a, Language.Zh)));
        var ranking = Sheet(zip, "xl/worksheets/sheet2.xml");
        Assert.That(ranking, Does.Contain($"<x:dimension ref=\"A1:J{a.Results.Count + 1}\" />").Or.Contain($"<x:dimension ref=\"A1:K{a.Results.Count + 1}\" />"));
        Assert.That(Regex.Matches(ranking, "<x:row ").Count, Is.EqualTo(a.Results.Count + 1), "the probe row is gone, a row per branch is there");
        Assert.That(ranking, Does.Not.Contain(">p<"));
    }

    private static string Sheet(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Test]
    public void TheReportIsTheSameBytesEachTimeAndCarriesNoRandomNamesOrTimes()
    {
        var a = Repo.Provincial(withPrevious: true);
        var first = Streamed(a, Language.Zh);
        var second = Streamed(a, Language.Zh);
        Assert.That(second, Is.EqualTo(first), "same input, same bytes");
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.That(zip.Entries.Select(e => e.FullName), Has.None.EndsWith(".psmdcp"), "no core properties with creation times");
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.Year).Distinct(), Is.EqualTo(new[] { 1980 }));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            Assert.That(Sheet(zip, entry.FullName), Does.Not.Match("Id=\"R[0-9a-f]{16}\""), entry.FullName);
        }
    }

    [Test]
    public void SharedStringsAreEncodedAsClosedXmlEncodesThem()
    {
        string[] texts =
        [
            "plain", "中文", "m\nn", "x\r\ny", "p\rq", "\nlead", "trail\n", " lead", "trail ", "\u0085x", "x\u00A0", "t\tb", "_x0041_", "__x0041__", "_X0041_",
            "a_x00zz_", "a\u0001b", "a\uFFFEb", "😀", "a\uD800b", "<&>\"'", "]]>", "\u001F", "x\u001F",
        ];
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("s");
        for (var i = 0; i < texts.Length; i++)
        {
            ws.Cell(i + 1, 1).SetValue(texts[i]);
        }

        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        using var zip = new ZipArchive(new MemoryStream(ms.ToArray()));
        var closedXml = Sheet(zip, "xl/sharedStrings.xml");
        var expected = Regex.Matches(closedXml, "<x:si>.*?</x:si>", RegexOptions.Singleline).Select(m => m.Value).ToArray();

        var table = ReportPackage.SharedStrings.Load("<?xml version=\"1.0\" encoding=\"utf-8\"?><x:sst count=\"0\" uniqueCount=\"0\" xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"></x:sst>");
        var indices = texts.Select(table.Index).ToArray();
        using var ours = new MemoryStream();
        table.Write(ours);
        var actual = Regex.Matches(System.Text.Encoding.UTF8.GetString(ours.ToArray()), "<x:si>.*?</x:si>", RegexOptions.Singleline).Select(m => m.Value).ToArray();
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(indices, Is.EqualTo(Enumerable.Range(0, texts.Length)));
    }
}
