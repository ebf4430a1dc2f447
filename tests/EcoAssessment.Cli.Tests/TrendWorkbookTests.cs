using System.Text.Json;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary><c>eco trend … -o trend.xlsx</c>: the unit series with a line chart, the rating mix per period with a stacked chart.</summary>
public class TrendWorkbookTests
{
    [Test]
    public void TheTrendWorkbookHoldsTheSeriesAndItsChartsAndValidates()
    {
        var dir = Directory.CreateTempSubdirectory("eco-trend-").FullName;
        try
        {
            var samples = Path.Combine(CliRunner.RepoRoot, "samples");
            var book = Path.Combine(dir, "trend.xlsx");
            var json = Path.Combine(dir, "trend.json");
            var r = CliRunner.Run("trend", Path.Combine(samples, "provincial-eco-2023"), Path.Combine(samples, "provincial-eco-2024"), "-o", book, "-o", json);
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            var again = Path.Combine(dir, "again.xlsx");
            Thread.Sleep(1100); // a zip entry's time has a resolution of two seconds: a second run must not differ by its clock
            Assert.That(CliRunner.Run("trend", Path.Combine(samples, "provincial-eco-2023"), Path.Combine(samples, "provincial-eco-2024"), "-o", again).ExitCode, Is.Zero);
            Assert.That(File.ReadAllBytes(again), Is.EqualTo(File.ReadAllBytes(book)), "the same inputs give the same workbook, byte for byte");

            using (var doc = SpreadsheetDocument.Open(book, false))
            {
                var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(doc).Select(e => e.Description).ToList();
                Assert.That(errors, Is.Empty);
                var kinds = doc.WorkbookPart!.WorksheetParts.SelectMany(p => p.DrawingsPart?.ChartParts ?? [])
                    .Select(c => c.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.PlotArea>().Single().ChildElements[1].LocalName)
                    .Order(StringComparer.Ordinal).ToArray();
                Assert.That(kinds, Is.EqualTo(new[] { "barChart", "lineChart" }));
            }

            using var wb = new XLWorkbook(book);
            Assert.That(wb.Worksheets.Select(w => w.Name), Is.EqualTo(new[] { "单位趋势", "评级结构", "支部趋势" }));
            var units = JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("units").EnumerateArray().ToArray();
            var sheet = wb.Worksheet("单位趋势");
            Assert.That(sheet.Cell(1, 2).GetString(), Is.EqualTo("2023"));
            for (var i = 0; i < units.Length; i++)
            {
                var points = units[i].GetProperty("series").EnumerateArray().ToArray();
                Assert.That(sheet.Cell(i + 2, 1).GetString(), Is.EqualTo(units[i].GetProperty("unit").GetString()));
                Assert.That(sheet.Cell(i + 2, 3).GetDouble(), Is.EqualTo(points[1].GetProperty("score").GetDouble()));
            }

            var mix = wb.Worksheet("评级结构");
            Assert.That(Enumerable.Range(2, 4).Sum(c => mix.Cell(3, c).GetDouble()), Is.EqualTo(130), "the 2024 mix counts its 130 branches");
            Assert.That(mix.Cell(3, 2).GetDouble(), Is.EqualTo(37), "2024: 37 先锋, as the golden sample says");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
