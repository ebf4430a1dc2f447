using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Xlsx;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Xlsx;

/// <summary>The report's 单位 sheet follows the unit tree: every level in the tree's order, indented by depth, with a 层级 column.</summary>
public class ReportUnitTreeTests
{
    private static XLWorkbook Report(Language language = Language.Zh)
    {
        var ms = new MemoryStream();
        ReportWorkbookWriter.Write(Repo.Provincial(withPrevious: false), ms, language);
        ms.Position = 0;
        return new XLWorkbook(ms);
    }

    [Test]
    public void TheUnitSheetShowsThreeLevelsIndentedWithTheirLevel()
    {
        using var wb = Report();
        var ws = wb.Worksheet("单位");
        Assert.That(ws.Cell(1, 17).GetString(), Is.EqualTo("层级"));
        var rows = Enumerable.Range(2, 51)
            .Select(r => (Name: ws.Cell(r, 1).GetString(), Indent: ws.Cell(r, 1).Style.Alignment.Indent, Level: ws.Cell(r, 17).GetString(), Branches: ws.Cell(r, 2).GetDouble()))
            .ToArray();
        Assert.That(rows[0], Is.EqualTo(("浙江省生态环境厅", 0, "厅", 130.0)));
        Assert.That(rows[1], Is.EqualTo(("浙江省生态环境厅机关", 1, "厅机关", 16.0)));
        Assert.That(rows[2], Is.EqualTo(("杭州市生态环境局", 1, "市局", 9.0)));
        Assert.That(rows[3..6].Select(r => (r.Name, r.Indent, r.Level)), Is.EqualTo(new[]
        {
            ("杭州市生态环境局上城分局", 2, "分局"), ("杭州市生态环境局拱墅分局", 2, "分局"), ("杭州市生态环境局西湖分局", 2, "分局"),
        }));
        Assert.That(rows[^1].Name, Is.EqualTo("全系统"));
        Assert.That(rows.Length, Is.EqualTo(51));
        Assert.That(ws.Cell(2, 5).GetDouble(), Is.EqualTo(ws.Cell(52, 5).GetDouble()), "the province covers every branch: its score is the system's");
    }

    [Test]
    public void TheEnglishReportNamesTheLevelColumnInEnglish()
    {
        using var wb = Report(Language.En);
        var ws = wb.Worksheets.Single(w => w.Cell(1, 17).GetString() == "Level");
        Assert.That(ws.Cell(2, 17).GetString(), Is.EqualTo("厅"), "the level is data, as the units table writes it");
    }
}
