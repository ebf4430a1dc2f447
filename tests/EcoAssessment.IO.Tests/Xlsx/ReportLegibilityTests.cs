using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Xlsx;

/// <summary>
/// The report as a leader prints and reads it: no sheet shrunk below 9 pt, A4 with page numbers and repeated headers,
/// indicators by their names with rates as percentages, units in the tree's order, every 红/橙 unit with its reasons in
/// sentences; and one pack per unit that holds nothing of another unit.
/// </summary>
public class ReportLegibilityTests
{
    private static Assessment? _provincial;

    private static Assessment Provincial => _provincial ??= Repo.Provincial(withPrevious: true);

    private static XLWorkbook Report(Assessment a)
    {
        var ms = new MemoryStream();
        ReportWorkbookWriter.Write(a, ms);
        ms.Position = 0;
        return new XLWorkbook(ms);
    }

    [Test]
    public void EverySheetPrintsOnA4AtNinePointsOrMoreWithPageNumbers()
    {
        using var wb = Report(Provincial);
        foreach (var ws in wb.Worksheets)
        {
            Assert.That(ws.PageSetup.PaperSize, Is.EqualTo(XLPaperSize.A4Paper), ws.Name);
            Assert.That(ws.PageSetup.PagesWide, Is.Zero, $"{ws.Name}: not fitted to a page's width (that shrinks the text)");
            Assert.That(ws.PageSetup.PagesTall, Is.Zero, ws.Name);
            Assert.That(ws.PageSetup.Scale, Is.InRange(82, 100), $"{ws.Name}: 11 pt text prints at 9 pt or more");
        }

        // Page numbers in every sheet's footer (as the file holds them: &P of &N).
        using var ms = new MemoryStream();
        ReportWorkbookWriter.Write(Provincial, ms);
        ms.Position = 0;
        using var zip = new ZipArchive(ms);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToArray();
        Assert.That(sheets, Has.Length.EqualTo(wb.Worksheets.Count));
        foreach (var sheet in sheets)
        {
            using var reader = new StreamReader(sheet.Open());
            var footer = Regex.Match(reader.ReadToEnd(), "<x:oddFooter>(.*?)</x:oddFooter>").Groups[1].Value;
            Assert.That(footer, Does.Contain("&amp;P").And.Contain("&amp;N").And.Contain("页"), $"{sheet.FullName}: page numbers");
        }

        foreach (var name in new[] { "排名", "明细", "明细·政治强", "扣分", "单位", "动态管理" })
        {
            Assert.That(wb.Worksheet(name).PageSetup.FirstRowToRepeatAtTop, Is.EqualTo(1), $"{name} repeats its header row on every page");
            Assert.That(wb.Worksheet(name).PageSetup.FirstColumnToRepeatAtLeft, Is.Zero, $"{name} fits the page's width at 82 % or more: no columns repeated on pages across");
        }
    }

    [Test]
    public void TheDetailsAreASheetPerDimensionWithIndicatorNamesAndRatesAsPercentages()
    {
        var a = Provincial;
        using var wb = Report(a);
        var political = a.Rules.Dimensions[0];
        var ws = wb.Worksheet("明细·" + political.Name);
        var headers = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToArray();
        var first = political.Indicators[0];
        Assert.That(headers, Does.Contain(first.Name + "（得分）").And.Contain(first.Name + "（实际值）"));
        Assert.That(wb.Worksheets.SelectMany(w => w.Row(1).CellsUsed()).Select(c => c.GetString()).Where(h => a.Indicators.Any(i => h.Contains(i.Id, StringComparison.Ordinal))),
            Is.Empty, "no header names an indicator by its id");
        Assert.That(headers.Length, Is.EqualTo(4 + (2 * political.Indicators.Count)), "only this dimension's indicators");

        // 三会一课完成率 is a rate: a number, shown as 91.7%; every branch's value is the run's raw value.
        var column = Array.IndexOf(headers, first.Name + "（实际值）") + 1;
        var index = a.Indicators.ToList().FindIndex(i => i.Id == first.Id);
        foreach (var row in ws.Rows(2, a.Results.Count + 1))
        {
            var r = a.Find(row.Cell(1).GetString())!;
            var cell = row.Cell(column);
            if (r.Indicators[index].Raw is double raw)
            {
                Assert.That(cell.DataType, Is.EqualTo(XLDataType.Number), r.BranchId);
                Assert.That(cell.GetDouble(), Is.EqualTo(raw).Within(1e-12), r.BranchId);
                Assert.That(cell.Style.NumberFormat.Format, Is.EqualTo("0.0%"), r.BranchId);
            }
        }
    }

    [Test]
    public void TheDeductionsSheetNamesWhatATraceReadsAndKeepsTheRuleIdsLast()
    {
        using var wb = Report(Provincial);
        var ws = wb.Worksheet("扣分");
        var header = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.That(header[4], Is.EqualTo("名称"), "the item's name where a reader looks");
        Assert.That(header[^1], Is.EqualTo("项目"), "the rule id last, for whoever maintains the rule file");
        var traces = ws.Column(7).CellsUsed().Skip(1).Select(c => c.GetString()).ToArray();
        Assert.That(traces, Has.Some.Contains("书记空缺天数 = 120 > 90"), "TZ008's vacancy, by the column's name");
        Assert.That(traces, Has.Some.Contains("三会一课完成率 = ").And.Some.Contains("组织生活会 次数 = 0"));
        Assert.That(traces, Has.None.Contains("secretary_vacant_days").And.None.Contains("org_life_completion").And.None.Contains("org_life_review"));
    }

    [Test]
    public void BranchesAndUnitsGoInTheTreesOrder()
    {
        var a = Provincial;
        using var wb = Report(a);
        var (nodes, _) = Rollup.Compute(a);
        var treeOrder = nodes.Select(n => n.Unit).ToList();
        var details = wb.Worksheet("明细");
        var units = details.Rows(2, a.Results.Count + 1).Select(r => r.Cell(3).GetString()).ToArray();
        Assert.That(units[0], Is.EqualTo("浙江省生态环境厅机关"), "厅机关 first");
        var seen = units.Distinct().ToArray();
        Assert.That(seen.Select(u => treeOrder.IndexOf(u)), Is.Ordered.And.All.GreaterThanOrEqualTo(0), "each branch under its own unit, the units in the tree's order");
        for (var i = 1; i < units.Length; i++)
        {
            if (units[i] != units[i - 1])
            {
                Assert.That(units[..i], Does.Not.Contain(units[i]), $"{units[i]}'s branches are together");
            }
        }

        var charts = wb.Worksheet("图表");
        var trendUnits = Enumerable.Range(10, seen.Length).Select(r => charts.Cell(r, 1).GetString()).ToArray();
        Assert.That(trendUnits, Is.EqualTo(seen), "the trend table counts each branch in its own unit, in the tree's order");
        Assert.That(charts.Cell(10, 8).GetString(), Is.EqualTo("浙江省生态环境厅机关"));
        Assert.That(charts.Cell(12, 8).GetString(), Is.EqualTo("上城分局"), "the chart's label drops the city's name above the 分局");
    }

    [Test]
    public void EveryRedOrOrangeUnitHasItsReasonsInSentences()
    {
        var a = Provincial;
        using var wb = Report(a);
        var (nodes, _) = Rollup.Compute(a);
        var red = nodes.Where(n => n.Health is "红" or "橙").ToArray();
        Assert.That(red, Is.Not.Empty, "the provincial sample has 红 units");
        var summary = wb.Worksheet("汇总");
        var title = summary.CellsUsed().Single(c => c.GetString() == "红色、橙色单位及原因").Address.RowNumber;
        var listed = Enumerable.Range(title + 2, red.Length).Select(r => (Unit: summary.Cell(r, 1).GetString(), Band: summary.Cell(r, 2).GetString(), Why: summary.Cell(r, 3).GetString())).ToArray();
        Assert.That(listed.Select(x => x.Unit), Is.EqualTo(red.Select(n => n.Unit)));
        Assert.That(listed.Select(x => x.Band), Is.EqualTo(red.Select(n => n.Health)));
        var unitSheet = wb.Worksheet("单位");
        foreach (var (unit, _, why) in listed)
        {
            Assert.That(why, Is.Not.Empty, unit);
            Assert.That(why, Does.Not.Match("[a-z_]+:"), $"{unit}: no reason code such as laggard_share:… — {why}");
            Assert.That(why, Does.Match("[\u4e00-\u9fff]"), unit);
            var row = unitSheet.Column(1).CellsUsed().First(c => c.GetString() == unit).Address.RowNumber;
            Assert.That(unitSheet.Cell(row, 15).GetString(), Is.EqualTo(why), $"{unit}: the 单位 sheet gives the same reasons");
        }

        Assert.That(wb.Worksheets.SelectMany(w => w.CellsUsed()).Where(c => !c.HasFormula).Select(c => c.GetString()).Where(s => Regex.IsMatch(s, @"\b(laggard_share|leader_form4|early_care):")),
            Is.Empty, "no reason code anywhere a person reads");
    }

    [Test]
    public void TheOrangeReasonNamesTheBandLineTheScoreIsBelow()
    {
        var u = new UnitSummary("某单位", 3, 3, 30, 62.5, "橙", new Dictionary<Model.Rating, int>(), new FormMix(0, 0, 0, 0),
            new Dictionary<Model.ResponsibleRole, int>(), [], [], []);
        var why = EcoAssessment.IO.Xlsx.Report.ReportUnits.Why(u, Provincial.Rules, Language.Zh);
        Assert.That(why, Is.EqualTo("平均得分 62.5 分，低于「黄」档线 75 分"));
    }

    [Test]
    public void TheProfilesUnitAverageIsOfTheBranchsOwnUnit()
    {
        var a = Provincial;
        using var wb = Report(a);
        var ws = wb.Worksheet("支部画像");
        var first = a.Results.First(r => r.Rank is not null);
        Assert.That(ws.Cell(3, 2).CachedValue.ToString(), Is.EqualTo("宁波市生态环境局"), "NB002's own unit, not the 厅");
        var own = a.Results.Where(r => r.Branch.Unit == "宁波市生态环境局" && r.DimensionScore(0) is not null).Average(r => r.DimensionScore(0)!.Value);
        Assert.That(first.BranchId, Is.EqualTo("NB002"));
        Assert.That(Convert.ToDouble(ws.Cell(6, 3).CachedValue, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(own).Within(1e-9));
        Assert.That(ws.CellsUsed().Where(c => !c.HasFormula).Select(c => c.GetString()), Has.Some.Contains("本支部所在单位"), "the sheet says which unit");
    }

    [Test]
    public void EachUnitsPackHoldsOnlyItsOwnBranchesAndNothingOfAnotherUnit()
    {
        var a = Provincial;
        var packs = UnitPacks.Split(a);
        Assert.That(packs.Select(p => p.Unit).Take(3), Is.EqualTo(new[] { "浙江省生态环境厅机关", "杭州市生态环境局", "宁波市生态环境局" }), "in the tree's order");
        Assert.That(packs, Has.Count.EqualTo(16), "厅机关, 11 市局, 4 直属单位");
        Assert.That(packs.SelectMany(p => p.BranchIds), Is.EquivalentTo(a.Results.Select(r => r.BranchId)), "every branch in exactly one pack");
        Assert.That(packs[1].FileName, Is.EqualTo("02-HZ-杭州市生态环境局.xlsx"));
        var all = a.Results.Select(r => r.BranchId).ToArray();
        foreach (var pack in new[] { packs[0], packs[1], packs[13] })
        {
            using var ms = new MemoryStream();
            UnitPacks.Write(pack, ms);
            ms.Position = 0;
            using var zip = new ZipArchive(ms);
            var text = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }));
            var others = all.Except(pack.BranchIds).Where(id => Regex.IsMatch(text, $"(?<![A-Z0-9]){id}(?![0-9])")).ToArray();
            Assert.That(others, Is.Empty, $"{pack.FileName} holds other units' branch ids");
            Assert.That(pack.BranchIds.All(id => text.Contains(id, StringComparison.Ordinal)), Is.True, $"{pack.FileName} holds its own branches");
            var otherUnits = packs.Where(p => p != pack && !p.Unit.StartsWith(pack.Unit, StringComparison.Ordinal)).Select(p => p.Unit).Where(u => text.Contains(u, StringComparison.Ordinal));
            Assert.That(otherUnits, Is.Empty, $"{pack.FileName} names another unit");
            ms.Position = 0;
            using var wb = new XLWorkbook(ms);
            Assert.That(wb.Worksheet("排名").RowsUsed().Count(), Is.EqualTo(pack.BranchIds.Count + 1), pack.FileName);
            var unitNames = wb.Worksheet("单位").Column(1).CellsUsed().Select(c => c.GetString()).ToArray();
            Assert.That(unitNames, Does.Contain(pack.Unit).And.Not.Contain("全系统"), $"{pack.FileName}: the unit itself is the total, not the whole system");
            var summary = wb.Worksheet("汇总");
            Assert.That(summary.Cell(2, 1).GetString(), Does.Contain(pack.Unit).And.Contain("全系统统一评定"), "the pack says what it holds");
            Assert.That(summary.Column(1).CellsUsed().Select(c => c.GetString()), Does.Contain("本单位得分").And.Not.Contain("全系统得分"));
        }
    }

    [Test]
    public void APacksFileNameIsSafeOnEverySystem() =>
        Assert.That(UnitPacks.FileName(3, "A/B", "甲:乙*丙?"), Is.EqualTo("03-A_B-甲_乙_丙_.xlsx"));
}
