using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Generation;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Previous;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Xlsx;

/// <summary>The report's native charts: which exist, what they read, their language and colours, and schema validity.</summary>
public class ReportChartTests
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static byte[] Report(Assessment a, Language language = Language.Zh)
    {
        using var ms = new MemoryStream();
        ReportWorkbookWriter.Write(a, ms, language);
        return ms.ToArray();
    }

    /// <summary>Each chart part: the sheet it is drawn on, its title and its series (name, colour, value formula).</summary>
    private static List<(string Sheet, string Title, string Kind, List<(string Name, string Colour, string Values)> Series)> Charts(byte[] xlsx)
    {
        var result = new List<(string, string, string, List<(string, string, string)>)>();
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        foreach (var sheet in doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
            foreach (var chart in part.DrawingsPart?.ChartParts ?? [])
            {
                using var stream = chart.GetStream();
                var x = XDocument.Load(stream);
                var title = string.Concat(x.Descendants(C + "title").First().Descendants(A + "t").Select(t => t.Value));
                var plot = x.Descendants(C + "plotArea").Elements().First(e => e.Name.LocalName.EndsWith("Chart", StringComparison.Ordinal));
                var series = plot.Elements(C + "ser").Select(s => (
                    s.Element(C + "tx")!.Descendants(C + "v").First().Value,
                    s.Descendants(A + "srgbClr").First().Attribute("val")!.Value,
                    s.Element(C + "val")!.Descendants(C + "f").First().Value)).ToList();
                result.Add((sheet.Name!, title, plot.Name.LocalName, series));
            }
        }

        return result;
    }

    private static Dictionary<string, double> PreviousScores(string path)
    {
        using var csv = CsvHelper.CsvReader.FromText(File.ReadAllText(path), new CsvHelper.CsvReaderOptions { Separator = ',' });
        csv.ReadHeader();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (csv.GetString(4) is { Length: > 0 } score)
            {
                scores[csv.GetString(1)] = double.Parse(score, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return scores;
    }

    private static double Cached(IXLCell cell) => double.Parse(cell.CachedValue.ToString()!, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void TheReportHasTheRatingFormDistributionTrendAndProfileCharts()
    {
        var charts = Charts(Report(Repo.Provincial(withPrevious: true)));
        Assert.That(charts.Select(c => (c.Sheet, c.Title, c.Kind)), Is.EqualTo(new[]
        {
            ("汇总", "各单位支部评级结构", "barChart"),
            ("单位", "各单位四种形态结构", "barChart"),
            ("图表", "各维度得分分布", "barChart"),
            ("图表", "各单位评级变化（上期→本期）", "barChart"),
            ("图表", "各单位平均得分（上期→本期）", "barChart"),
            ("支部画像", "支部四个维度得分与单位、全系统平均", "radarChart"),
        }));
        var ratings = charts[0].Series;
        Assert.That(ratings.Select(s => s.Name), Is.EqualTo(new[] { "先锋", "中间", "落后", "未定级" }));
        Assert.That(ratings.Select(s => s.Colour), Is.EqualTo(new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated }
            .Select(r => SheetStyle.RatingChartColours[r])), "colours follow the rating colours");
        Assert.That(ratings[0].Values, Is.EqualTo("'汇总'!$E$19:$E$34"),
            "the chart reads the 汇总 sheet's 先锋 column at the second level only (厅机关, 11 市局, 4 centres: 16 bars, not the tree's 50 nodes; the 厅 covers them all)");
    }

    [Test]
    public void WithoutAPreviousPeriodThereIsNoTrendChartAndEnglishReportsHaveEnglishTitles()
    {
        var charts = Charts(Report(Repo.Provincial(withPrevious: false), Language.En));
        Assert.That(charts.Select(c => c.Title), Is.EqualTo(new[]
        {
            "Ratings per unit", "The four forms per unit", "Dimension score distribution", "The branch's dimensions against its unit and the system",
        }));
        Assert.That(charts[3].Series.Select(s => s.Name), Is.EqualTo(new[] { "Branch", "Unit average", "System average" }));
    }

    [Test]
    public void TheChartDataAndTheProfileHoldTheRightNumbers()
    {
        var a = Repo.Provincial(withPrevious: true);
        using var wb = new XLWorkbook(new MemoryStream(Report(a)));
        var data = wb.Worksheet("图表");
        for (var d = 0; d < a.Rules.Dimensions.Count; d++)
        {
            var scores = a.Results.Select(r => r.Dimensions[d].Score).Where(s => s is not null).Select(s => s!.Value).ToArray();
            var column = Enumerable.Range(2, 5).Select(row => data.Cell(row, d + 2).GetDouble()).ToArray();
            Assert.That(column.Sum(), Is.EqualTo(scores.Length), "every branch with a score falls in one band");
            Assert.That(column[4], Is.EqualTo(scores.Count(s => s >= 90)));
            Assert.That(column[0], Is.EqualTo(scores.Count(s => s < 60)));
        }

        // The score trend: per unit, the mean of the branches scored in both periods, then and now.
        var previousScores = PreviousScores(Path.Combine(Repo.Root, "samples", "provincial-eco-2023", "expected", "results.csv"));
        var unit = data.Cell(10, 1).GetString();
        var both = a.Results.Where(r => r.Branch.Unit == unit && r.Score is not null && previousScores.ContainsKey(r.BranchId)).ToArray();
        Assert.That(data.Cell(9, 6).GetString(), Is.EqualTo("上期平均分"));
        Assert.That(data.Cell(10, 6).GetDouble(), Is.EqualTo(both.Average(r => previousScores[r.BranchId])).Within(1e-9));
        Assert.That(data.Cell(10, 7).GetDouble(), Is.EqualTo(both.Average(r => (double)r.Score!.Value)).Within(1e-9));

        // The profile's formulas carry cached results for the first-ranked branch, equal to what they compute.
        var top = a.Results.First(r => r.Rank == 1);
        var profile = wb.Worksheet("支部画像");
        Assert.That(profile.Cell(1, 2).GetString(), Is.EqualTo(top.BranchId));
        Assert.That(profile.Cell(6, 2).FormulaA1, Does.Contain("INDEX"));
        Assert.That(Cached(profile.Cell(6, 2)), Is.EqualTo(top.Dimensions[0].Score));
        var unitMean = a.Results.Where(r => r.Branch.Unit == top.Branch.Unit && r.Dimensions[0].Score is not null).Average(r => r.Dimensions[0].Score!.Value);
        Assert.That(Cached(profile.Cell(6, 3)), Is.EqualTo(unitMean).Within(1e-9));
        Assert.That(profile.Cell(3, 2).CachedValue.ToString(), Is.EqualTo(top.Branch.Unit));
    }

    [Test]
    public void TheReportTheTemplateAndTheDatasetWorkbookValidateAgainstTheOpenXmlSchema()
    {
        using var template = new MemoryStream();
        TemplateWorkbookWriter.Write(template);
        using var books = new TempWorkbooks();
        XlsxDatasetWriter.Generate(new GeneratorOptions(8, 5, 2024), books.PathOf("data.xlsx"));
        foreach (var (name, bytes) in new[]
                 {
                     ("report", Report(Repo.Provincial(withPrevious: true))), ("report en", Report(Repo.Provincial(withPrevious: false), Language.En)),
                     ("template", template.ToArray()), ("dataset", File.ReadAllBytes(books.PathOf("data.xlsx"))),
                 })
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(doc)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.That(errors, Is.Empty, name);
        }
    }

    [Test]
    public void OnlyTheProfileHoldsFormulasAndTheyAreOurOwn()
    {
        using var ds = SmallRun.Write();
        var (a, _) = SmallRun.Run(ds);
        using var wb = new XLWorkbook(new MemoryStream(Report(a)));
        var formulas = wb.Worksheets.SelectMany(w => w.CellsUsed().Where(c => c.HasFormula).Select(c => (w.Name, c.FormulaA1))).ToList();
        Assert.That(formulas.Select(f => f.Name).Distinct(), Is.EqualTo(new[] { "支部画像" }));
        Assert.That(formulas.All(f => f.FormulaA1.StartsWith("IFERROR(", StringComparison.Ordinal)), Is.True);
        using var zip = new ZipArchive(new MemoryStream(Report(a)));
        Assert.That(zip.Entries.Count(e => e.FullName.Contains("/charts/chart", StringComparison.Ordinal)), Is.EqualTo(4), string.Join(", ", zip.Entries.Select(e => e.FullName)));
    }
}
