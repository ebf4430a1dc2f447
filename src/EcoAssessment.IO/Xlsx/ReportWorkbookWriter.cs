using ClosedXML.Excel;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Xlsx.Report;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// The report workbook leadership reads (Chinese by default, English with <see cref="Language.En"/>): 汇总 (the rating mix
/// and the system's state, every 红/橙 unit and why), 排名 (every branch with score, rating and reasons), 明细 (dimension
/// scores, then a sheet per dimension with each indicator's score and actual value, rates as percentages), 扣分 (every deduction, bonus and veto that applied), 单位 (政治生态建设状况 per unit), 动态管理
/// (transitions against the previous period, when one was given), 规则 (the rule set as applied) and 说明 (what each
/// column means). Headers are frozen and filtered, ratings and health bands coloured, numbers formatted, column widths
/// set explicitly (no measuring of text, which needs System.Drawing), and text a spreadsheet would run as a formula is
/// neutralised as in the CSV output. Every sheet prints on A4 at a legible size (no text below 9 pt: a scale of at least
/// 82 %, wide sheets across pages with their first columns repeated, never shrunk to one page), header rows repeated and
/// a page number on each page; units appear in the tree's order. Each sheet is written by its own class in <c>Report/</c>; this class orders them.
/// </summary>
internal static class ReportWorkbookWriter
{
    /// <summary>
    /// Writes the report, with its native charts, to <paramref name="stream"/>. ClosedXML builds the small sheets and the
    /// frame of the sheets with a row per branch (header, widths, filters, colours, print set-up); those sheets' rows are
    /// then streamed into the package (<see cref="ReportPackage"/>), so no cell objects are held for them.
    /// </summary>
    public static void Write(Assessment a, Stream stream, Language language = Language.Zh) => Write(a, stream, language, checks: null);

    /// <summary>As <see cref="Write(Assessment, Stream, Language)"/>, with the 数据检查 sheet of the data the ratings rest on.</summary>
    internal static void Write(Assessment a, Stream stream, Language language, Checks.CheckReport? checks) =>
        Write(a, Rollup.Compute(a), stream, language, checks, pack: null);

    /// <summary>
    /// As <see cref="Write(Assessment, Stream, Language, Checks.CheckReport?)"/>, with the roll-up given: a unit's pack
    /// (<see cref="UnitPacks"/>) passes the run restricted to its branches, its subtree and, as the total, its own node;
    /// <paramref name="pack"/> names the unit in the 说明 sheet.
    /// </summary>
    internal static void Write(Assessment a, (IReadOnlyList<UnitSummary> Units, UnitSummary System) rollup, Stream stream, Language language, Checks.CheckReport? checks,
        string? pack)
    {
        using var buffer = new MemoryStream();
        var streamed = new List<ReportPackage.StreamedSheet>();
        var units = new ReportUnits(a);
        Dictionary<string, int> scales;
        using (var wb = Build(a, language, rollup, streamed, checks, units, pack))
        {
            scales = wb.Worksheets.ToDictionary(w => w.Name, w => w.PageSetup.Scale, StringComparer.Ordinal);
            wb.SaveAs(buffer);
        }

        var t = new Labels(language);
        // A chart's labels print at 9 pt at least: larger on a sheet printed below 100 %.
        var charts = ReportChartList.For(a, rollup.Units, t, units)
            .Select(c => c with { TextSize = (int)Math.Ceiling(900.0 * 100 / Math.Max(SheetStyle.MinimumScale, scales.GetValueOrDefault(c.Sheet, 100)) / 100) * 100 })
            .ToList();
        ReportCharts.Add(buffer, charts, ProfileSheet.Cache(a, t, units));
        buffer.Position = 0;
        ReportPackage.Write(buffer, streamed, stream);
    }

    /// <summary>
    /// The report as a ClosedXML workbook with every cell in it (the caller disposes it): what <see cref="Write(Assessment, Stream, Language, Checks.CheckReport?)"/> streams,
    /// built the slow way, for comparison.
    /// </summary>
    public static XLWorkbook Build(Assessment a, Language language = Language.Zh) =>
        Build(a, language, Rollup.Compute(a), streamed: null, checks: null, new ReportUnits(a), pack: null);

    /// <summary>
    /// Builds the workbook; with <paramref name="streamed"/>, the sheets with a row per branch get only their frame and a
    /// probe row (see <see cref="ReportParts.Rows"/>), and their rows are added to the list to be streamed.
    /// </summary>
    private static XLWorkbook Build(Assessment a, Language language, (IReadOnlyList<UnitSummary> Units, UnitSummary System) rollup, List<ReportPackage.StreamedSheet>? streamed,
        Checks.CheckReport? checks, ReportUnits branchUnits, string? pack)
    {
        var t = new Labels(language);
        var wb = new XLWorkbook();
        var (units, system) = rollup;
        SummarySheet.Write(wb.Worksheets.Add(t[Texts.WbSheetSummary]), a, units, system, t, pack);
        RankingSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetRanking]), a, t, branchUnits, streamed);
        DetailSheet.Write(wb, a, t, branchUnits, streamed);
        DeductionSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetDeductions]), a, t, streamed);
        UnitSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetUnits]), units, system, a.Rules, t);
        if (a.Previous is not null)
        {
            DynamicsSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetTransitions]), a, t, streamed);
        }

        if (AnnualWindows.EndsBeforeYear(a.Period))
        {
            EarlyWarningSheet.Write(wb.Worksheets.Add(t[Texts.WarnSheet]), EarlyWarnings.Of(a, language), t);
        }

        ChartDataSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetCharts]), a, t, branchUnits);
        ProfileSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetProfile]), a, t);
        RulesSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetRules]), a, t);
        if (checks is not null)
        {
            ChecksSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetChecks]), checks, t);
        }

        NotesSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetNotes]), a, t);
        // Printed to be read: the columns (and the charts) a sheet spans fix its scale, never below 9 pt; a page number on every page.
        var charts = ReportChartList.For(a, units, t, branchUnits).GroupBy(c => c.Sheet).ToDictionary(g => g.Key, g => g.Max(c => c.Anchor.Column + c.Anchor.Columns));
        var footer = t.Render(Texts.LgFooter, "&A", "&P", "&N");
        foreach (var ws in wb.Worksheets)
        {
            var last = Math.Max(ws.LastColumnUsed()?.ColumnNumber() ?? 1, charts.GetValueOrDefault(ws.Name));
            var table = ws.Name != t[Texts.WbSheetSummary] && ws.Name != t[Texts.WbSheetCharts] && ws.Name != t[Texts.WbSheetProfile];
            var perBranch = ws.Name == t[Texts.WbSheetRanking] || ws.Name == t[Texts.WbSheetDetails] || ws.Name == t[Texts.WbSheetDeductions]
                || ws.Name == t[Texts.WbSheetTransitions] || DetailSheet.DimensionSheets(a, t).Contains(ws.Name);
            SheetStyle.PrintReadable(ws, last, footer, portrait: ws.Name == t[Texts.WbSheetCharts], keepLeft: perBranch ? 3 : 1);
            if (table)
            {
                ws.PageSetup.SetRowsToRepeatAtTop(1, 1);
            }
        }

        return wb;
    }
}
