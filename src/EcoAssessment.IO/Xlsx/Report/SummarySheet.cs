using ClosedXML.Excel;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>汇总 (Summary): the rule set, the period, the rating mix and the system's state, then the rating mix per unit.</summary>
internal static class SummarySheet
{
    /// <summary>The first row of the 汇总 sheet's per-unit table (its header).</summary>
    public const int UnitHeader = 17;

    public static void Write(IXLWorksheet ws, Assessment a, IReadOnlyList<UnitSummary> units, UnitSummary system, Labels t)
    {
        var period = a.Previous is null ? a.Period.Label : $"{a.Period.Label} · {Stages.Comparison.PreviousPeriodCheck.Beside(a.Previous, t.Language)}";
        ws.Cell(1, 1).SetValue(CellText($"{a.Rules.Name} · {period}"));
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 16;
        ws.Range(1, 1, 1, 6).Merge();
        var facts = new (string, object)[]
        {
            (t[Texts.WbFactRuleSet], $"{a.Rules.Id} {a.Rules.Version}"),
            (t[Texts.WbFactPeriod], period),
            (t[Texts.WbColBranches], a.Results.Count),
            (t[Texts.WbFactRated], a.Results.Count(r => r.Rating != Rating.Unrated)),
            (t[Texts.WbFactSystemScore], system.Score is double s ? Math.Round(s, 2, MidpointRounding.AwayFromZero) : string.Empty),
            (t[Texts.WbFactHealth], system.Health ?? string.Empty),
            (t[Texts.WbFactRedLines], system.DescribeAlerts(t.Language)),
        };
        var row = 3;
        foreach (var (label, value) in facts)
        {
            ws.Cell(row, 1).SetValue(label).Style.Font.Bold = true;
            switch (value)
            {
                case int n:
                    ws.Cell(row, 2).SetValue(n);
                    break;
                case double d:
                    Number(ws.Cell(row, 2), d);
                    break;
                default:
                    ws.Cell(row, 2).SetValue(CellText((string)value));
                    break;
            }

            row++;
        }

        HealthColour(ws.Range(8, 2, 8, 2));
        row++;
        var mixHeader = row;
        Header(ws, row, [(t[Texts.WbColRating], 14), (t[Texts.WbColBranches], 12), (t[Texts.WbColShareOfRated], 14)]);
        var rated = Math.Max(1, a.Results.Count(r => r.Rating != Rating.Unrated));
        foreach (var rating in new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated })
        {
            row++;
            var count = a.Results.Count(r => r.Rating == rating);
            ws.Cell(row, 1).SetValue(RatingLabels.Chinese(rating));
            ws.Cell(row, 2).SetValue(count);
            if (rating != Rating.Unrated)
            {
                Number(ws.Cell(row, 3), (double)count / rated, "0.0%");
            }
        }

        RatingColour(ws.Range(mixHeader + 1, 1, row, 1));

        // The rating mix per unit, which the 汇总 chart draws.
        row = UnitHeader;
        Header(ws, row, [(t[Texts.WbColUnit], 32), (t[Texts.WbColBranches], 24), (t[Texts.WbColScore], 14), (t[Texts.WbColHealth], 10), ("先锋", 7), ("中间", 7),
            ("落后", 7), ("未定级", 8)]);
        foreach (var u in units.Append(system))
        {
            row++;
            ws.Cell(row, 1).SetValue(CellText(u.Unit));
            ws.Cell(row, 1).Style.Alignment.Indent = u.Depth;
            ws.Cell(row, 2).SetValue(u.Branches);
            Number(ws.Cell(row, 3), u.Score is double us ? Math.Round(us, 2, MidpointRounding.AwayFromZero) : null);
            ws.Cell(row, 4).SetValue(u.Health ?? string.Empty);
            ws.Cell(row, 5).SetValue(u.Ratings[Rating.Vanguard]);
            ws.Cell(row, 6).SetValue(u.Ratings[Rating.Middle]);
            ws.Cell(row, 7).SetValue(u.Ratings[Rating.Laggard]);
            ws.Cell(row, 8).SetValue(u.Ratings[Rating.Unrated]);
        }

        ws.Row(row).Style.Font.Bold = true;
        HealthColour(ws.Range(UnitHeader + 1, 4, row, 4));
        ws.PageSetup.AddHorizontalPageBreak(row + 1); // the chart below the table prints on a page of its own
        ws.Column(1).Width = 32;
        ws.Column(2).Width = 24;
        ws.SheetView.Freeze(0, 0);
    }
}
