using System.IO.Compression;
using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Previous;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Xlsx;

/// <summary>The report workbook: its sheets, what they hold, how they look, and that nothing in it runs as a formula.</summary>
public class ReportWorkbookTests
{
    private static XLWorkbook SavedAndReloaded(Assessment a, Language language, out byte[] bytes)
    {
        using var ms = new MemoryStream();
        ReportWorkbookWriter.Write(a, ms, language);
        bytes = ms.ToArray();
        return new XLWorkbook(new MemoryStream(bytes));
    }

    [Test]
    public void TheReportHasTheSheetsLeadershipReadsInChineseAndEnglish()
    {
        using (var zh = SavedAndReloaded(Repo.Provincial(withPrevious: true), Language.Zh, out _))
        {
            Assert.That(zh.Worksheets.Select(w => w.Name), Is.EqualTo(new[]
            {
                "汇总", "排名", "明细", "明细·政治强", "明细·本领高", "明细·作风硬", "明细·敢担当", "扣分", "单位", "动态管理", "图表", "支部画像", "规则", "说明",
            }), "明细 splits into a sheet per dimension");
        }

        using var en = SavedAndReloaded(Repo.Provincial(withPrevious: false), Language.En, out _);
        Assert.That(en.Worksheets.Select(w => w.Name), Is.EqualTo(new[]
            {
                "Summary", "Ranking", "Details", "Details·政治强", "Details·本领高", "Details·作风硬", "Details·敢担当", "Deductions", "Units", "Charts", "Profile", "Rules", "Notes",
            }),
            "no transitions sheet without a previous period");
        Assert.That(en.Worksheet("Ranking").Cell(1, 6).GetString(), Is.EqualTo("Rating"));
        Assert.That(en.Worksheet("Ranking").Cell(2, 6).GetString(), Is.EqualTo("先锋"), "rating values never change with the language");
    }

    [Test]
    public void TheRankingSheetHoldsEveryBranchAsTheResultsDo()
    {
        var a = Repo.Provincial(withPrevious: true);
        using var wb = SavedAndReloaded(a, Language.Zh, out _);
        var ws = wb.Worksheet("排名");
        Assert.That(ws.LastRowUsed()!.RowNumber(), Is.EqualTo(a.Results.Count + 1));
        for (var i = 0; i < a.Results.Count; i++)
        {
            var r = a.Results[i];
            var row = ws.Row(i + 2);
            Assert.That(row.Cell(2).GetString(), Is.EqualTo(r.BranchId));
            Assert.That(row.Cell(6).GetString(), Is.EqualTo(RatingLabels.Chinese(r.Rating)));
            if (r.Score is decimal s)
            {
                Assert.That(row.Cell(5).GetDouble(), Is.EqualTo((double)s));
                Assert.That(row.Cell(5).Style.NumberFormat.Format, Is.EqualTo("0.00"));
            }

            if (r.Rank is int rank)
            {
                Assert.That(row.Cell(1).GetDouble(), Is.EqualTo(rank));
            }
        }

        var moves = wb.Worksheet("动态管理");
        Assert.That(moves.Column(6).CellsUsed().Select(c => c.GetString()).Skip(1).Count(v => v == "撤销"), Is.EqualTo(a.Removed.Count));
        Assert.That(moves.Column(7).CellsUsed().Skip(1).Count(c => c.GetString() == "是"), Is.EqualTo(a.Results.Count(r => r.Rectification == true)));
    }

    [Test]
    public void TheRuleSheetNotesAndReasonsAreInTheReadersLanguage()
    {
        var a = Repo.Provincial(withPrevious: false);
        using (var zh = SavedAndReloaded(a, Language.Zh, out _))
        {
            var rules = zh.Worksheet("规则");
            var texts = rules.CellsUsed().Select(c => c.GetString()).ToArray();
            Assert.That(rules.Cell(1, 6).GetString(), Is.EqualTo("标准化"));
            Assert.That(rules.Column(6).CellsUsed().Skip(1).Select(c => c.GetString()).Distinct(), Is.SubsetOf(new[] { "阈值法", "极差法", "标准分数法", "排序法", "百分位法", "不标准化" }));
            Assert.That(texts, Does.Contain("手动").And.Contain("算术平均"), "the weighting and aggregation methods in Chinese");
            Assert.That(texts, Has.None.Matches<string>(t => t is "Manual" or "Arithmetic" or "goalposts" or "minmax" or "higher" or "lower"));
            var notes = zh.Worksheet("说明");
            var reasons = notes.RowsUsed().Single(r => r.Cell(2).GetString() == "原因").Cell(3).GetString();
            Assert.That(reasons, Does.Contain("reason_codes").And.Not.Contain("代码:说明"));
            var ranking = zh.Worksheet("排名");
            var column = ranking.Row(1).CellsUsed().Single(c => c.GetString() == "原因").Address.ColumnNumber;
            for (var i = 0; i < a.Results.Count; i++)
            {
                Assert.That(ranking.Cell(i + 2, column).GetString(), Is.EqualTo(EcoAssessment.IO.Output.Formats.Text(a.Results[i].DescribeReasons(Language.Zh))));
            }
        }

        using var en = SavedAndReloaded(a, Language.En, out _);
        var enTexts = en.Worksheet("Rules").CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.That(enTexts, Does.Contain("Manual").And.Contain("Arithmetic"), "English keeps today's English");
        var enRanking = en.Worksheet("Ranking");
        var enColumn = enRanking.Row(1).CellsUsed().Single(c => c.GetString() == "Reasons").Address.ColumnNumber;
        Assert.That(enRanking.Cell(2, enColumn).GetString(), Is.EqualTo(EcoAssessment.IO.Output.Formats.Text(a.Results[0].DescribeReasons(Language.En))));
    }

    [Test]
    public void HeadersAreFrozenAndFilteredAndColumnsHaveWidthsAndRatingsColours()
    {
        using var wb = SavedAndReloaded(Repo.Provincial(withPrevious: false), Language.Zh, out _);
        foreach (var name in new[] { "排名", "明细", "扣分", "单位" })
        {
            var ws = wb.Worksheet(name);
            Assert.That(ws.SheetView.SplitRow, Is.EqualTo(1), name);
            Assert.That(ws.AutoFilter.IsEnabled, Is.True, name);
            Assert.That(ws.Column(2).Width, Is.Not.EqualTo(ws.ColumnWidth), name);
        }

        var ranking = wb.Worksheet("排名");
        Assert.That(ranking.ConditionalFormats.Count(), Is.EqualTo(4), "one colour per rating");
        Assert.That(ranking.PageSetup.PageOrientation, Is.EqualTo(XLPageOrientation.Landscape));
    }

    [Test]
    public void TextThatASpreadsheetWouldRunIsNeutralisedAndNoCellHoldsAFormula()
    {
        using var ds = SmallRun.Write();
        var (a, _) = SmallRun.Run(ds);
        using var wb = SavedAndReloaded(a, Language.Zh, out var bytes);
        var names = wb.Worksheet("排名").Column(3).CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.That(names, Does.Contain("'=2+3").And.Contain("'-减分支部").And.Contain("'@提醒支部"));
        Assert.That(wb.Worksheet("排名").Column(4).CellsUsed().Select(c => c.GetString()), Does.Contain("'+乙单位"));
        Assert.That(wb.Worksheets.Where(w => w.Name != "支部画像").SelectMany(w => w.CellsUsed()).Where(c => c.HasFormula), Is.Empty,
            "no text becomes a formula; only the profile's own lookups are formulas");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = reader.ReadToEnd();
            if (!xml.Contains("IFERROR(", StringComparison.Ordinal))
            {
                Assert.That(xml, Does.Not.Contain("<x:f>").And.Not.Contain("<f>"), sheet.FullName);
            }
        }
    }

    [Test]
    public void TheTemplateHasASheetPerTableWhoseCaptionsTheReaderAccepts()
    {
        using var wb = TemplateWorkbookWriter.Build();
        Assert.That(wb.Worksheets.Select(w => w.Name), Is.EqualTo(new[] { "说明" }.Concat(InputCatalogue.Tables.Select(t => t.Chinese))));
        foreach (var table in InputCatalogue.Tables)
        {
            var ws = wb.Worksheet(table.Chinese);
            var captions = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToArray();
            Assert.That(captions.Select(c => InputCatalogue.FindColumn(table, c)?.Name), Is.EqualTo(table.Columns.Select(c => c.Name)), table.Name);
            Assert.That(captions.All(c => c.Any(ch => ch >= 0x4E00)), Is.True, $"{table.Name}: Chinese captions");
            foreach (var (col, i) in table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Type == ColumnType.Code))
            {
                Assert.That(ws.Cell(3, i + 1).HasDataValidation, Is.True, $"{table.Name}.{col.Name}");
                var validation = ws.Cell(3, i + 1).DataValidation;
                Assert.That(validation.AllowedValues, Is.EqualTo(XLAllowedValues.List), $"{table.Name}.{col.Name}");
                Assert.That(validation.Value, Is.EqualTo("\"" + string.Join(",", col.Codes!.Entries.Select(e => e.Chinese)) + "\""));
            }
        }

        var notes = wb.Worksheet("说明");
        Assert.That(notes.Column(3).CellsUsed().Count() - 1, Is.EqualTo(InputCatalogue.Tables.Sum(t => t.Columns.Count)), "a line for every column");
    }

    [Test]
    public void TheTemplateNotesSayWhatEachColumnMeansInTheReadersLanguage()
    {
        using (var wb = TemplateWorkbookWriter.Build())
        {
            var notes = wb.Worksheet("说明");
            Assert.That(notes.Row(1).CellsUsed().Select(c => c.GetString()), Is.EqualTo(new[] { "工作表", "列标题", "英文列名", "类型", "必填", "含义", "可填写的值" }));
            var meanings = notes.Column(6).CellsUsed().Skip(1).Select(c => c.GetString()).ToArray();
            Assert.That(meanings, Has.Length.EqualTo(InputCatalogue.Tables.Sum(t => t.Columns.Count)));
            Assert.That(meanings.Where(m => !m.Any(ch => ch >= 0x4E00)), Is.Empty, "every column's 含义 in Chinese");
            Assert.That(meanings, Has.None.EqualTo("Unique branch id."));
            Assert.That(wb.Worksheet("支部").Cell(1, 1).Comment.Text, Does.StartWith("branch_id: 支部的唯一编号"));
            Assert.That(wb.Worksheet("支部").Cell(3, 4).DataValidation.ErrorTitle, Is.EqualTo("不在列表中"));
        }

        using var en = TemplateWorkbookWriter.Build(Language.En);
        var enNotes = en.Worksheet("notes");
        Assert.That(enNotes.Row(1).CellsUsed().Select(c => c.GetString()), Is.EqualTo(new[] { "Sheet", "Column", "Name", "Type", "Required", "Meaning", "Accepted values" }));
        Assert.That(enNotes.Cell(2, 6).GetString(), Is.EqualTo("Unique branch id."));
        Assert.That(en.Worksheet("branches").Cell(1, 1).Comment.Text, Is.EqualTo("Unique branch id."));
    }

    [Test]
    public void TheTemplatesExampleRowsAreMarkedAndNeverCount()
    {
        using var ms = new MemoryStream();
        TemplateWorkbookWriter.Write(ms);
        var bag = new DiagnosticBag();
        var result = XlsxDatasetReader.Read(ms.ToArray(), "input-template.xlsx", null, bag, options: new CsvReadOptions { KeepMeetingRecords = true });
        Assert.That(result.Dataset, Is.Null);
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0261 input-template.xlsx" }), Diag.Dump(bag));
        Assert.That(bag.Items.Where(d => d.Code == DiagnosticCodes.ExampleRowsSkipped.Id).Select(d => (d.Location?.Sheet, d.Location?.Line)),
            Is.EqualTo(InputCatalogue.Tables.Select(t => ((string?)t.Chinese, (int?)2))), "each sheet's example row, named");
        Assert.That(TemplateWorkbookWriter.Examples.Values.All(e => e.Values.OfType<string>().Any(v => v.Contains("示例", StringComparison.Ordinal))), Is.True,
            "every example row carries the marker 示例");

        using var en = new MemoryStream();
        TemplateWorkbookWriter.Write(en, Language.En);
        var enBag = new DiagnosticBag();
        Assert.That(XlsxDatasetReader.Read(en.ToArray(), "template-en.xlsx", null, enBag).Dataset, Is.Null);
        Assert.That(Diag.Errors(enBag), Is.EqualTo(new[] { "ECO0261 template-en.xlsx" }), Diag.Dump(enBag));
    }

    [Test]
    public void AnEditedExampleRowIsARecord()
    {
        using var wb = TemplateWorkbookWriter.Build();
        wb.Worksheet("支部").Cell(2, 2).SetValue("机关第二党支部");
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        var bag = new DiagnosticBag();
        var result = XlsxDatasetReader.Read(ms.ToArray(), "input-template.xlsx", Period.Year(2024), bag);
        Assert.That(Diag.Errors(bag), Is.Empty, Diag.Dump(bag));
        Assert.That(result.Dataset!.Branches.Select(b => b.Record.Name), Is.EqualTo(new[] { "机关第二党支部" }), "no longer what the template wrote: counted");
        Assert.That(result.Dataset.Branches.Single().Findings, Is.Empty, "the other sheets' examples are still skipped");
    }
}
