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

    public static UnitTrend[] RatingTrend(Assessment a) =>
        a.Results.GroupBy(r => r.Branch.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
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
    public static void Write(IXLWorksheet ws, Assessment a, Labels t)
    {
        var dims = a.Rules.Dimensions;
        Header(ws, 1, [(t[Texts.WbColScoreBand], 10.0), .. dims.Select(d => (d.Name, 10.0))]);
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
            var trend = RatingTrend(a);
            const int top = 9;
            Header(ws, top, [(t[Texts.WbColUnit], 30), (t[Texts.WbColVanguardBefore], 10), (t[Texts.WbColVanguardNow], 10), (t[Texts.WbColLaggardBefore], 10),
                (t[Texts.WbColLaggardNow], 10), (t[Texts.WbColMeanBefore], 12), (t[Texts.WbColMeanNow], 12)]);
            for (var i = 0; i < trend.Length; i++)
            {
                ws.Cell(top + 1 + i, 1).SetValue(CellText(trend[i].Unit));
                ws.Cell(top + 1 + i, 2).SetValue(trend[i].PrevVanguard);
                ws.Cell(top + 1 + i, 3).SetValue(trend[i].Vanguard);
                ws.Cell(top + 1 + i, 4).SetValue(trend[i].PrevLaggard);
                ws.Cell(top + 1 + i, 5).SetValue(trend[i].Laggard);
                Number(ws.Cell(top + 1 + i, 6), trend[i].PrevScore);
                Number(ws.Cell(top + 1 + i, 7), trend[i].Score);
            }
        }

        ws.Column(1).Width = 30;
    }
}
