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
/// and the system's state), 排名 (every branch with score, rating and reasons), 明细 (dimension and indicator scores with
/// the raw values), 扣分 (every deduction, bonus and veto that applied), 单位 (政治生态建设状况 per unit), 动态管理
/// (transitions against the previous period, when one was given), 规则 (the rule set as applied) and 说明 (what each
/// column means). Headers are frozen and filtered, ratings and health bands coloured, numbers formatted, column widths
/// set explicitly (no measuring of text, which needs System.Drawing), and text a spreadsheet would run as a formula is
/// neutralised as in the CSV output. Each sheet is written by its own class in <c>Report/</c>; this class orders them.
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
    internal static void Write(Assessment a, Stream stream, Language language, Checks.CheckReport? checks)
    {
        using var buffer = new MemoryStream();
        var rollup = Rollup.Compute(a);
        var streamed = new List<ReportPackage.StreamedSheet>();
        using (var wb = Build(a, language, rollup, streamed, checks))
        {
            wb.SaveAs(buffer);
        }

        var t = new Labels(language);
        ReportCharts.Add(buffer, ReportChartList.For(a, rollup.Units, t), ProfileSheet.Cache(a, t));
        buffer.Position = 0;
        ReportPackage.Write(buffer, streamed, stream);
    }

    /// <summary>
    /// The report as a ClosedXML workbook with every cell in it (the caller disposes it): what <see cref="Write(Assessment, Stream, Language, Checks.CheckReport?)"/> streams,
    /// built the slow way, for comparison.
    /// </summary>
    public static XLWorkbook Build(Assessment a, Language language = Language.Zh) => Build(a, language, Rollup.Compute(a), streamed: null, checks: null);

    /// <summary>
    /// Builds the workbook; with <paramref name="streamed"/>, the sheets with a row per branch get only their frame and a
    /// probe row (see <see cref="ReportParts.Rows"/>), and their rows are added to the list to be streamed.
    /// </summary>
    private static XLWorkbook Build(Assessment a, Language language, (IReadOnlyList<UnitSummary> Units, UnitSummary System) rollup, List<ReportPackage.StreamedSheet>? streamed,
        Checks.CheckReport? checks)
    {
        var t = new Labels(language);
        var wb = new XLWorkbook();
        var (units, system) = rollup;
        SummarySheet.Write(wb.Worksheets.Add(t[Texts.WbSheetSummary]), a, units, system, t);
        RankingSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetRanking]), a, t, streamed);
        DetailSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetDetails]), a, t, streamed);
        DeductionSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetDeductions]), a, t, streamed);
        UnitSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetUnits]), units, system, t);
        if (a.Previous is not null)
        {
            DynamicsSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetTransitions]), a, t, streamed);
        }

        if (a.Period.Kind != PeriodKind.Year && a.Period.End < AnnualWindows.YearEnd(a.Period))
        {
            EarlyWarningSheet.Write(wb.Worksheets.Add(t[Texts.WarnSheet]), EarlyWarnings.Of(a, language), t);
        }

        ChartDataSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetCharts]), a, t);
        ProfileSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetProfile]), a, t);
        RulesSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetRules]), a, t);
        if (checks is not null)
        {
            ChecksSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetChecks]), checks, t);
        }

        NotesSheet.Write(wb.Worksheets.Add(t[Texts.WbSheetNotes]), a, t);
        foreach (var ws in wb.Worksheets)
        {
            SheetStyle.PrintLandscape(ws);
            if (ws.Name != t[Texts.WbSheetSummary] && ws.Name != t[Texts.WbSheetCharts] && ws.Name != t[Texts.WbSheetProfile])
            {
                ws.PageSetup.SetRowsToRepeatAtTop(1, 1);
            }
        }

        return wb;
    }
}
