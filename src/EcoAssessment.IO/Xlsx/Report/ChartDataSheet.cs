using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>图表 (Charts): the tables the charts read: the score distribution per dimension and, with a previous period, the rating trend per unit.</summary>
internal static class ChartDataSheet
{
    public static readonly string[] ScoreBands = ["<60", "60–70", "70–80", "80–90", "≥90"];

    private static int Band(double score) => score < 60 ? 0 : score < 70 ? 1 : score < 80 ? 2 : score < 90 ? 3 : 4;

    /// <summary>Branches per score band and dimension (every branch with a score for the dimension).</summary>
    public static int[,] Distribution(Assessment a)
    {
        var counts = new int[ScoreBands.Length, a.Rules.Dimensions.Count];
        foreach (var r in a.Results)
        {
            for (var d = 0; d < r.Dimensions.Count; d++)
            {
                if (r.Dimensions[d].Score is double s)
                {
                    counts[Band(s), d]++;
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// Per unit (current units): branches 先锋 and 落后 in the previous period and now, and the mean score of the branches
    /// that have a score in both periods, then and now (null when the previous file has no scores).
    /// </summary>
    public sealed record UnitTrend(string Unit, int PrevVanguard, int Vanguard, int PrevLaggard, int Laggard, double? PrevScore, double? Score);

    /// <summary>The rows a chart of the sheet takes: a page of A4 portrait each.</summary>
    public const int ChartRows = 46;

    /// <summary>The row (0-based) where the sheet's charts start: below its tables, a page each (page breaks before each).</summary>
    public static int ChartsRow(Assessment a, ReportUnits units) => a.Previous is null ? ScoreBands.Length + 2 : TrendTop + RatingTrend(a, units).Length + 1;

    /// <summary>The row of the trend table's header.</summary>
    public const int TrendTop = 9;

    /// <summary>
    /// The trend per unit: each branch counts in its own unit (<see cref="ReportUnits"/>, the unit the 支部画像 average is
    /// of too), the units in the tree's order.
    /// </summary>
    public static UnitTrend[] RatingTrend(Assessment a, ReportUnits units) =>
        a.Results.GroupBy(r => units.UnitOf(r), StringComparer.Ordinal).OrderBy(g => units.OrderOf(g.First())).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var both = g.Where(r => r.Score is not null && a.Previous!.Branches.TryGetValue(r.BranchId, out var p) && p.Score is not null).ToArray();
                return new UnitTrend(g.Key, g.Count(r => r.PreviousRating == Rating.Vanguard), g.Count(r => r.Rating == Rating.Vanguard),
                    g.Count(r => r.PreviousRating == Rating.Laggard), g.Count(r => r.Rating == Rating.Laggard),
                    both.Length == 0 ? null : both.Average(r => a.Previous!.Branches[r.BranchId].Score!.Value),
                    both.Length == 0 ? null : both.Average(r => (double)r.Score!.Value));
            })
            .ToArray();

    public static bool HasPreviousScores(Assessment a) => a.Previous?.Branches.Values.Any(p => p.Score is not null) == true;

    /// <summary>The 图表 sheet's tables: the score distribution per dimension and, with a previous period, the rating trend.</summary>
    public static void Write(IXLWorksheet ws, Assessment a, Labels t, ReportUnits units)
    {
        var dims = a.Rules.Dimensions;
        Header(ws, 1, [(t[Texts.WbColScoreBand], 20.0), .. dims.Select(d => (d.Name, 6.0))]);
        var counts = Distribution(a);
        for (var b = 0; b < ScoreBands.Length; b++)
        {
            ws.Cell(b + 2, 1).SetValue(ScoreBands[b]);
            for (var d = 0; d < dims.Count; d++)
            {
                ws.Cell(b + 2, d + 2).SetValue(counts[b, d]);
            }
        }

        if (a.Previous is not null)
        {
            var trend = RatingTrend(a, units);
            const int top = TrendTop;
            ws.Cell(top - 1, 1).SetValue(t[Texts.LgTrendNote]);
            Header(ws, top, [(t[Texts.WbColUnit], 20), (t[Texts.WbColVanguardBefore], 6), (t[Texts.WbColVanguardNow], 6), (t[Texts.WbColLaggardBefore], 6),
                (t[Texts.WbColLaggardNow], 6), (t[Texts.WbColMeanBefore], 6), (t[Texts.WbColMeanNow], 6), (t[Texts.LgColChartLabel], 10)]);
            ws.Row(top).Height = 30;
            var names = trend.Select(x => x.Unit).ToArray();
            for (var i = 0; i < trend.Length; i++)
            {
                ws.Cell(top + 1 + i, 1).SetValue(CellText(trend[i].Unit));
                ws.Cell(top + 1 + i, 1).Style.Alignment.WrapText = true;
                if (Math.Max(Lines(trend[i].Unit, 20), Lines(Short(trend[i].Unit, names), 10)) is > 1 and var lines)
                {
                    ws.Row(top + 1 + i).Height = 15.0 * lines;
                }

                ws.Cell(top + 1 + i, 2).SetValue(trend[i].PrevVanguard);
                ws.Cell(top + 1 + i, 3).SetValue(trend[i].Vanguard);
                ws.Cell(top + 1 + i, 4).SetValue(trend[i].PrevLaggard);
                ws.Cell(top + 1 + i, 5).SetValue(trend[i].Laggard);
                Number(ws.Cell(top + 1 + i, 6), trend[i].PrevScore);
                Number(ws.Cell(top + 1 + i, 7), trend[i].Score);
                ws.Cell(top + 1 + i, 8).SetValue(CellText(Short(trend[i].Unit, names)));
                ws.Cell(top + 1 + i, 8).Style.Alignment.WrapText = true;
            }
        }

        var first = ChartsRow(a, units);
        for (var k = 0; k < 3; k++)
        {
            ws.PageSetup.AddHorizontalPageBreak(first + (k * ChartRows));
        }
    }

    /// <summary>A unit's name as a chart's axis shows it: without the name of the unit above when it starts with it (上城分局, not 杭州市生态环境局上城分局).</summary>
    public static string Short(string name, IReadOnlyList<string> others)
    {
        var parent = others.Where(o => o.Length + 3 <= name.Length && name.StartsWith(o, StringComparison.Ordinal)).MaxBy(o => o.Length);
        return parent is null ? name : name[parent.Length..];
    }
}
