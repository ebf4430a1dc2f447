using System.Globalization;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>The report's charts: where each goes, what it reads and how it looks (written by <see cref="ReportCharts"/>).</summary>
internal static class ReportChartList
{
    private static readonly string[] FormColours = ["9DC3E6", "F4B183", "ED7D31", "C00000"];

    private static readonly string[] DimensionColours = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

    private static string Ref(string sheet, string column, int first, int last) =>
        string.Create(CultureInfo.InvariantCulture, $"'{sheet}'!${column}${first}:${column}${last}");

    /// <summary>The report's charts: where each goes, what it reads and how it looks.</summary>
    public static List<ReportCharts.Chart> For(Assessment a, IReadOnlyList<UnitSummary> units, Labels t, ReportUnits branchUnits)
    {
        var charts = new List<ReportCharts.Chart>();
        var unitSheet = t[Texts.WbSheetUnits];
        var below = units.Count + 5;
        if (units.Count > 0)
        {
            var ratings = new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated };
            var summary = t[Texts.WbSheetSummary];
            var top = SummarySheet.UnitHeader + 1;
            var shown = SummarySheet.Shown(units);
            var bottom = SummarySheet.UnitHeader + shown.Count;
            if (shown.Count > 1 && shown.Count(u => u.Depth == 0) == 1 && shown[0].Depth == 0)
            {
                // A single top unit (the 厅) covers every branch: its bar would dwarf the others; the 全系统 row says it.
                top++;
                shown = shown.Skip(1).ToArray();
            }

            charts.Add(new ReportCharts.Chart(summary, ReportCharts.ChartKind.StackedBar, t[Texts.WbChartRatingsPerUnit],
                Ref(summary, "A", top, bottom), shown.Select(u => CellText(u.Unit)).ToArray(),
                ratings.Select((r, i) => new ReportCharts.Series(RatingLabels.Chinese(r), RatingChartColours[r], Ref(summary, ColumnLetters(5 + i), top, bottom),
                    shown.Select(u => (double?)u.Ratings[r]).ToArray())).ToArray(),
                (0, SummarySheet.ChartRow(units) + 1, 8, Math.Clamp(shown.Count + 6, 16, 28)), t[Texts.WbColBranches]));
            var formNames = new[] { t[Texts.WbColForm1], t[Texts.WbColForm2], t[Texts.WbColForm3], t[Texts.WbColForm4] };
            charts.Add(new ReportCharts.Chart(unitSheet, ReportCharts.ChartKind.StackedBar, t[Texts.WbChartFormsPerUnit],
                Ref(summary, "A", top, bottom), shown.Select(u => CellText(u.Unit)).ToArray(),
                formNames.Select((f, i) => new ReportCharts.Series(f, FormColours[i], Ref(summary, ColumnLetters(9 + i), top, bottom),
                    shown.Select(u => (double?)(i switch { 0 => u.Forms.Form1, 1 => u.Forms.Form2, 2 => u.Forms.Form3, _ => u.Forms.Form4 })).ToArray())).ToArray(),
                (0, below, 12, Math.Clamp(shown.Count + 6, 14, 28)), t[Texts.WbAxisCases]));
        }

        var dataSheet = t[Texts.WbSheetCharts];
        var counts = ChartDataSheet.Distribution(a);
        charts.Add(new ReportCharts.Chart(dataSheet, ReportCharts.ChartKind.ClusteredColumn, t[Texts.WbChartDistribution],
            Ref(dataSheet, "A", 2, ChartDataSheet.ScoreBands.Length + 1), ChartDataSheet.ScoreBands,
            a.Rules.Dimensions.Select((d, i) => new ReportCharts.Series(d.Name, DimensionColours[i % DimensionColours.Length], Ref(dataSheet, ColumnLetters(2 + i), 2, ChartDataSheet.ScoreBands.Length + 1),
                Enumerable.Range(0, ChartDataSheet.ScoreBands.Length).Select(b => (double?)counts[b, i]).ToArray())).ToArray(),
            (0, ChartDataSheet.ChartsRow(a, branchUnits), 8, 18), t[Texts.WbColBranches]));
        if (a.Previous is not null && units.Count > 0)
        {
            var trend = ChartDataSheet.RatingTrend(a, branchUnits);
            var names = trend.Select(x => x.Unit).ToArray();
            var labels = trend.Select(x => CellText(ChartDataSheet.Short(x.Unit, names))).ToArray();
            const int top = ChartDataSheet.TrendTop;
            var chartTop = ChartDataSheet.ChartsRow(a, branchUnits) + ChartDataSheet.ChartRows;
            var tall = Math.Clamp(trend.Length + 6, 18, ChartDataSheet.ChartRows);
            var captions = new[] { t[Texts.WbColVanguardBefore], t[Texts.WbColVanguardNow], t[Texts.WbColLaggardBefore], t[Texts.WbColLaggardNow] };
            var colours = new[] { "C5E0B4", RatingChartColours[Rating.Vanguard], "F4B6B6", RatingChartColours[Rating.Laggard] };
            charts.Add(new ReportCharts.Chart(dataSheet, ReportCharts.ChartKind.ClusteredBar, t[Texts.WbChartRatingTrend],
                Ref(dataSheet, "H", top + 1, top + trend.Length), labels,
                captions.Select((c, i) => new ReportCharts.Series(c, colours[i], Ref(dataSheet, ColumnLetters(2 + i), top + 1, top + trend.Length),
                    trend.Select(x => (double?)(i switch { 0 => x.PrevVanguard, 1 => x.Vanguard, 2 => x.PrevLaggard, _ => x.Laggard })).ToArray())).ToArray(),
                (0, chartTop, 8, tall), t[Texts.WbColBranches]));
            if (ChartDataSheet.HasPreviousScores(a))
            {
                var scoreCaptions = new[] { t[Texts.WbColMeanBefore], t[Texts.WbColMeanNow] };
                var scoreColours = new[] { "B4C7E7", "4472C4" };
                charts.Add(new ReportCharts.Chart(dataSheet, ReportCharts.ChartKind.ClusteredBar, t[Texts.WbChartScoreTrend],
                    Ref(dataSheet, "H", top + 1, top + trend.Length), labels,
                    scoreCaptions.Select((c, i) => new ReportCharts.Series(c, scoreColours[i], Ref(dataSheet, ColumnLetters(6 + i), top + 1, top + trend.Length),
                        trend.Select(x => i == 0 ? x.PrevScore : x.Score).ToArray())).ToArray(),
                    (0, chartTop + ChartDataSheet.ChartRows, 8, tall), t[Texts.WbColScore], "0"));
            }
        }

        if (ProfileSheet.FirstBranch(a) is { } first)
        {
            var profile = t[Texts.WbSheetProfile];
            var last = 5 + a.Rules.Dimensions.Count;
            var values = ProfileSheet.Values(a, first, branchUnits);
            var series = new[] { (t[Texts.WbColThisBranch], "4472C4"), (t[Texts.WbColUnitAverage], "ED7D31"), (t[Texts.WbColSystemAverage], "7F7F7F") };
            charts.Add(new ReportCharts.Chart(profile, ReportCharts.ChartKind.Radar, t[Texts.WbChartProfile],
                Ref(profile, "A", 6, last), a.Rules.Dimensions.Select(d => d.Name).ToArray(),
                series.Select((x, i) => new ReportCharts.Series(x.Item1, x.Item2, Ref(profile, ColumnLetters(2 + i), 6, last),
                    values.Select(v => i switch { 0 => v.Branch, 1 => v.Unit, _ => v.System }).ToArray())).ToArray(),
                (0, last + 1, 5, 22), null, "0"));
        }

        return charts;
    }
}
