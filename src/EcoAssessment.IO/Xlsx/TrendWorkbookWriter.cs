using ClosedXML.Excel;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// The trend workbook (<c>eco trend … -o trend.xlsx</c>): 单位趋势 (each unit's and the system's score per period, with a
/// line chart), 评级结构 (the rating mix per period, with a stacked column chart) and 支部趋势 (every branch's score and
/// rating per period and its direction, steady declines first). Chinese by default, English with <see cref="Language.En"/>.
/// </summary>
internal static class TrendWorkbookWriter
{
    private static readonly string[] LineColours =
        ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E", "636363", "997300", "255E91", "43682B", "698ED0", "F1975A", "B7B7B7", "FFCD33"];

    /// <summary>
    /// Writes the trend workbook: a chart per unit, the rating mix per period, the branches' series and, with
    /// <paramref name="hasWarnings"/>, the 预警 sheet of <paramref name="warnings"/> (each period that ends before its year
    /// does, with the period's label).
    /// </summary>
    public static void Write(IReadOnlyList<string> periods, IReadOnlyList<TrendSeries> branches, IReadOnlyList<TrendSeries> units, Stream stream, Language language = Language.Zh,
        decimal threshold = Trend.DefaultDirectionThreshold, IReadOnlyList<(string? Period, EarlyWarning Warning)>? warnings = null, bool hasWarnings = false)
    {
        string T(Entry entry) => entry.Render(language);
        var trendHeader = Texts.TrendColumnWithThreshold.Render(language, T(Texts.WbColTrend), TrendWriter.Threshold(threshold));
        using var buffer = new MemoryStream();
        var unitSheet = T(Texts.WbTrendSheetUnits);
        var mixSheet = T(Texts.WbTrendSheetMix);
        var mix = periods.Select((_, i) => new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated }
            .Select(r => branches.Count(b => b.Points[i].Rating == r)).ToArray()).ToArray();
        using (var wb = new XLWorkbook())
        {
            var ws = wb.Worksheets.Add(unitSheet);
            SheetStyle.Header(ws, 1, [(T(Texts.WbColUnit), 34), .. periods.Select(p => (p, 10.0)), (trendHeader, 14)]);
            for (var u = 0; u < units.Count; u++)
            {
                ws.Cell(u + 2, 1).SetValue(CellLimit.Clamp(Formats.Text(units[u].Id)));
                for (var p = 0; p < periods.Count; p++)
                {
                    if (units[u].Points[p].Score is decimal s)
                    {
                        ws.Cell(u + 2, p + 2).SetValue((double)s);
                        ws.Cell(u + 2, p + 2).Style.NumberFormat.Format = "0.00";
                    }
                }

                ws.Cell(u + 2, periods.Count + 2).SetValue(TrendWriter.Direction(units[u].Direction, language));
            }

            ws.SheetView.Freeze(1, 1);
            ws.PageSetup.AddHorizontalPageBreak(units.Count + 2); // the chart prints on a page of its own

            var m = wb.Worksheets.Add(mixSheet);
            SheetStyle.Header(m, 1, [(T(Texts.WbColPeriod), 12), ("先锋", 8), ("中间", 8), ("落后", 8), ("未定级", 8)]);
            for (var p = 0; p < periods.Count; p++)
            {
                m.Cell(p + 2, 1).SetValue(periods[p]);
                for (var r = 0; r < 4; r++)
                {
                    m.Cell(p + 2, r + 2).SetValue(mix[p][r]);
                }
            }

            var b = wb.Worksheets.Add(T(Texts.WbTrendSheetBranches));
            SheetStyle.Header(b, 1, [(T(Texts.WbColBranch), 12), (T(Texts.WbColName), 28), (T(Texts.WbColUnit), 28),
                .. periods.Select(p => (Texts.WbColPeriodScore.Render(language, p), 12.0)), .. periods.Select(p => (Texts.WbColPeriodRating.Render(language, p), 12.0)), (trendHeader, 14)]);
            var row = 1;
            foreach (var s in branches.OrderBy(x => x.Direction == "declining" ? 0 : x.Direction == "improving" ? 2 : 1))
            {
                row++;
                b.Cell(row, 1).SetValue(CellLimit.Clamp(Formats.Text(s.Id)));
                b.Cell(row, 2).SetValue(CellLimit.Clamp(Formats.Text(s.Name)));
                b.Cell(row, 3).SetValue(CellLimit.Clamp(Formats.Text(s.Unit)));
                for (var p = 0; p < periods.Count; p++)
                {
                    if (s.Points[p].Score is decimal sc)
                    {
                        b.Cell(row, 4 + p).SetValue((double)sc);
                        b.Cell(row, 4 + p).Style.NumberFormat.Format = "0.00";
                    }

                    if (s.Points[p].Rating is Rating r)
                    {
                        b.Cell(row, 4 + periods.Count + p).SetValue(RatingLabels.Chinese(r));
                    }
                }

                b.Cell(row, 4 + (2 * periods.Count)).SetValue(TrendWriter.Direction(s.Direction, language));
            }

            SheetStyle.RatingColour(b.Range(2, 4 + periods.Count, Math.Max(2, row), 3 + (2 * periods.Count)));

            b.Range(2, 4 + (2 * periods.Count), Math.Max(2, row), 4 + (2 * periods.Count)).AddConditionalFormat()
                .WhenEquals($"\"{TrendWriter.Direction("declining", language)}\"").Fill.SetBackgroundColor(XLColor.FromHtml("#FFC7CE"));
            b.SheetView.Freeze(1, 2);
            b.Range(1, 1, Math.Max(1, row), 4 + (2 * periods.Count)).SetAutoFilter();
            if (hasWarnings)
            {
                Report.EarlyWarningSheet.Write(wb.Worksheets.Add(T(Texts.WarnSheet)), warnings ?? [], new Report.Labels(language));
            }

            foreach (var sheet in wb.Worksheets)
            {
                SheetStyle.PrintLandscape(sheet);
            }

            wb.SaveAs(buffer);
        }

        var lastUnit = units.Count + 1;
        var periodRange = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{unitSheet}'!$B$1:${Tables.TableOrigin.ColumnLetters(periods.Count)}$1");
        var charts = new List<ReportCharts.Chart>
        {
            // One line per unit (and 全系统) over the periods: the series run along rows, the categories are the header cells.
            new(unitSheet, ReportCharts.ChartKind.Line, T(Texts.WbChartUnitTrend), periodRange, periods,
                units.Select((u, i) => new ReportCharts.Series(Formats.Text(u.Id), u.Id == Rollup.SystemName ? "000000" : LineColours[i % LineColours.Length],
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{unitSheet}'!$B${i + 2}:${Tables.TableOrigin.ColumnLetters(periods.Count)}${i + 2}"),
                    u.Points.Select(p => p.Score is decimal s ? (double?)s : null).ToArray()) { NameCell = $"'{unitSheet}'!$A${i + 2}" }).ToArray(),
                (0, lastUnit + 2, periods.Count + 6, 30), T(Texts.WbColScore), "0")
            {
                AxisMin = AxisStart(units.SelectMany(u => u.Points).Select(p => p.Score)),
            },
            new(mixSheet, ReportCharts.ChartKind.StackedColumn, T(Texts.WbChartMixPerPeriod),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{mixSheet}'!$A$2:$A${periods.Count + 1}"), periods,
                new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated }.Select((r, i) => new ReportCharts.Series(RatingLabels.Chinese(r),
                    SheetStyle.RatingChartColours[r], string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"'{mixSheet}'!${Tables.TableOrigin.ColumnLetters(i + 1)}$2:${Tables.TableOrigin.ColumnLetters(i + 1)}${periods.Count + 1}"),
                    mix.Select(x => (double?)x[i]).ToArray())).ToArray(),
                (6, 0, 8, 20), T(Texts.WbColBranches)),
        };
        ReportCharts.Add(buffer, charts);
        buffer.Position = 0;
        ReportPackage.Write(buffer, [], stream); // deterministic: fixed entry times and relationship ids, no timestamps

    }

    /// <summary>A round value below the lowest score, so the lines use the chart's height (0 when there is no score).</summary>
    private static double AxisStart(IEnumerable<decimal?> scores)
    {
        var min = scores.Where(s => s is not null).Select(s => (double)s!.Value).DefaultIfEmpty(0).Min();
        return Math.Max(0, Math.Floor((min - 5) / 10) * 10);
    }
}
