using System.Text.Json;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// 预警 (early warning) where a clerk reads it: <c>eco evaluate</c> on the screen, in the JSON and in the report's 预警
/// sheet; <c>eco trend</c> in the Markdown and in the trend workbook. Only for a period that ends before the year does.
/// </summary>
public class EarlyWarningOutputTests
{
    private static readonly string Sample = Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");
    private static readonly string Quarterly = Path.Combine(CliRunner.RepoRoot, "scoring-rules", "quarterly.yaml");

    [Test]
    public void EvaluateOfAQuarterListsTheWarningsWithWhatPreventsThemAndByWhen()
    {
        var json = CliRunner.Run("evaluate", Sample, "--period", "2024Q3", "--rules", Quarterly, "--format", "json");
        Assert.That(json.ExitCode, Is.Zero, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        var warnings = doc.RootElement.GetProperty("early_warnings").EnumerateArray().ToArray();
        Assert.That(warnings, Is.Not.Empty);
        var kinds = warnings.Select(w => w.GetProperty("kind").GetString()).Distinct().ToArray();
        Assert.That(kinds, Is.SupersetOf(new[] { "veto", "rectification", "study", "secretary" }));
        var dates = warnings.Select(w => DateOnly.Parse(w.GetProperty("by").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.That(dates, Is.Ordered, "by the day they must be acted on");
        Assert.That(dates, Has.All.InRange(new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 31)), "after the quarter, by year end");

        // A branch warned of the veto is one whose 组织生活会 is not yet held: 未到期 in its veto trace.
        var warned = warnings.First(w => w.GetProperty("kind").GetString() == "veto").GetProperty("branch_id").GetString();
        var branch = doc.RootElement.GetProperty("branches").EnumerateArray().Single(b => b.GetProperty("branch_id").GetString() == warned);
        var veto = branch.GetProperty("trace").GetProperty("vetoes").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "no_org_life");
        Assert.That(veto.GetProperty("fired").GetBoolean(), Is.False);
        Assert.That(veto.GetProperty("not_yet_due_by").GetString(), Is.EqualTo("2024-12-31"));

        var screen = CliRunner.Run("evaluate", Sample, "--period", "2024Q3", "--rules", Quarterly);
        Assert.That(screen.ExitCode, Is.Zero, screen.Stderr);
        Assert.That(screen.Stdout, Does.Contain($"预警（2024Q3，{warnings.Length} 条）").And.Contain("→ 2024-12-31 前召开组织生活会"));
    }

    [Test]
    public void AYearHasNoWarningsAndTheYearlyOutputsDoNotChange()
    {
        var json = CliRunner.Run("evaluate", Sample, "--format", "json");
        Assert.That(json.ExitCode, Is.Zero, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.That(doc.RootElement.TryGetProperty("early_warnings", out _), Is.False);
        Assert.That(CliRunner.Run("evaluate", Sample).Stdout, Does.Not.Contain("预警（"));
        var q4 = CliRunner.Run("evaluate", Sample, "--period", "2024Q4", "--rules", Quarterly, "--format", "json");
        using var q4doc = JsonDocument.Parse(q4.Stdout);
        Assert.That(q4doc.RootElement.TryGetProperty("early_warnings", out _), Is.False, "the fourth quarter ends with the year");
    }

    [Test]
    public void TheReportAndTheTrendWorkbookHaveAWarningSheet()
    {
        var dir = Directory.CreateTempSubdirectory("eco-warn-").FullName;
        try
        {
            var report = Path.Combine(dir, "report.xlsx");
            Assert.That(CliRunner.Run("evaluate", Sample, "--period", "2024Q2", "--rules", Quarterly, "-o", report).ExitCode, Is.Zero);
            using (var wb = new XLWorkbook(report))
            {
                var sheet = wb.Worksheet("预警");
                Assert.That(sheet.Cell(1, 1).GetString(), Is.EqualTo("截止日期"));
                Assert.That(sheet.LastRowUsed()!.RowNumber(), Is.GreaterThan(1));
            }

            var trend = Path.Combine(dir, "trend.xlsx");
            var r = CliRunner.Run("trend", Sample, "--periods", "2024Q1,2024Q2,2024Q3", "--rules", Quarterly, "-o", trend);
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            Assert.That(r.Stdout, Does.Contain("### 预警（2024Q3，"), "the Markdown lists the latest quarter's warnings");
            var json = CliRunner.Run("trend", Sample, "--periods", "2024Q2,2024Q3", "--rules", Quarterly, "--format", "json");
            using (var doc = JsonDocument.Parse(json.Stdout))
            {
                var inJson = doc.RootElement.GetProperty("early_warnings").EnumerateArray().Select(w => w.GetProperty("period").GetString()).Distinct();
                Assert.That(inJson, Is.EqualTo(new[] { "2024Q2", "2024Q3" }));
                var fields = doc.RootElement.GetProperty("early_warnings").EnumerateArray().First().EnumerateObject().Select(p => p.Name);
                Assert.That(fields, Is.EqualTo(new[] { "period", "branch_id", "name", "unit", "kind", "risk", "prevent", "by" }),
                    "a warning has evaluate's fields, its period first");
            }

            using (var yearly = JsonDocument.Parse(CliRunner.Run("trend", Sample, "--periods", "2024Q3,2024Q4", "--rules", Quarterly, "--format", "json").Stdout))
            {
                Assert.That(yearly.RootElement.GetProperty("early_warnings").EnumerateArray().All(w => w.GetProperty("period").GetString() == "2024Q3"), Is.True,
                    "the fourth quarter has none");
            }
            using var tb = new XLWorkbook(trend);
            var ws = tb.Worksheet("预警");
            Assert.That(ws.Cell(1, 1).GetString(), Is.EqualTo("期间"));
            var periods = Enumerable.Range(2, ws.LastRowUsed()!.RowNumber() - 1).Select(i => ws.Cell(i, 1).GetString()).Distinct().ToArray();
            Assert.That(periods, Is.EqualTo(new[] { "2024Q1", "2024Q2", "2024Q3" }));
            foreach (var book in new[] { report, trend })
            {
                using var doc = SpreadsheetDocument.Open(book, false);
                var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(doc).Select(e => e.Description).ToList();
                Assert.That(errors, Is.Empty, book);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
