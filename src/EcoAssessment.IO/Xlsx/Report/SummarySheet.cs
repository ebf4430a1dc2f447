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

    /// <summary>The deepest level the per-unit table and its chart show (0 the top): the 厅, 厅机关, the 市局 and 直属单位.</summary>
    public const int ShownDepth = 1;

    /// <summary>The units the per-unit table and its chart show: those at <see cref="ShownDepth"/> or above, in the tree's order.</summary>
    public static IReadOnlyList<UnitSummary> Shown(IReadOnlyList<UnitSummary> units) => units.Where(u => u.Depth <= ShownDepth).ToArray();

    /// <summary>The 红 and 橙 units of the whole tree, in its order.</summary>
    public static IReadOnlyList<UnitSummary> RedOrOrange(IReadOnlyList<UnitSummary> units) => units.Where(ReportUnits.IsRedOrOrange).ToArray();

    /// <summary>The row (0-based) the rating-mix chart starts at: below the per-unit table, its note and the 红/橙 table, on a page of its own.</summary>
    public static int ChartRow(IReadOnlyList<UnitSummary> units) => UnitHeader + Shown(units).Count + 1 + 2 + 1 + Math.Max(1, RedOrOrange(units).Count) + 1;

    /// <summary>Writes the sheet; with <paramref name="pack"/> (a unit's pack) the total is that unit's, and row 2 says what the pack holds.</summary>
    public static void Write(IXLWorksheet ws, Assessment a, IReadOnlyList<UnitSummary> units, UnitSummary system, Labels t, string? pack = null)
    {
        var period = a.Previous is null ? a.Period.Label : $"{a.Period.Label} · {Stages.Comparison.PreviousPeriodCheck.Beside(a.Previous, t.Language)}";
        ws.Cell(1, 1).SetValue(CellText($"{a.Rules.Name} · {period}"));
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(1, 1).Style.Font.FontSize = 16;
        ws.Range(1, 1, 1, 6).Merge();
        if (pack is not null)
        {
            ws.Cell(2, 1).SetValue(CellText(t.Render(Texts.LgPackNote, pack)));
        }

        var facts = new (string, object)[]
        {
            (t[Texts.WbFactRuleSet], $"{a.Rules.Id} {a.Rules.Version}"),
            (t[Texts.WbFactPeriod], period),
            (t[Texts.WbColBranches], a.Results.Count),
            (t[Texts.WbFactRated], a.Results.Count(r => r.Rating != Rating.Unrated)),
            (pack is null ? t[Texts.WbFactSystemScore] : t[Texts.LgFactUnitScore], system.Score is double s ? Math.Round(s, 2, MidpointRounding.AwayFromZero) : string.Empty),
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
                    var merged = ws.Range(row, 2, row, 12).Merge();
                    merged.Style.Alignment.WrapText = true;
                    ws.Row(row).Height = 15.0 * ReportParts.Lines((string)value, 80);
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
        Header(ws, row, [(t[Texts.WbColUnit], 28), (t[Texts.WbColBranches], 12), (t[Texts.WbColScore], 8), (t[Texts.WbColHealth], 6), ("先锋", 5), ("中间", 5),
            ("落后", 5), ("未定级", 5), (t[Texts.WbColForm1], 6), (t[Texts.WbColForm2], 6), (t[Texts.WbColForm3], 6), (t[Texts.WbColForm4], 6)]);
        ws.Row(row).Height = 45;
        var shown = Shown(units);
        foreach (var u in shown.Append(system))
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
            ws.Cell(row, 9).SetValue(u.Forms.Form1);
            ws.Cell(row, 10).SetValue(u.Forms.Form2);
            ws.Cell(row, 11).SetValue(u.Forms.Form3);
            ws.Cell(row, 12).SetValue(u.Forms.Form4);
        }

        ws.Row(row).Style.Font.Bold = true;
        HealthColour(ws.Range(UnitHeader + 1, 4, row, 4));
        row++;
        if (shown.Count < units.Count)
        {
            ws.Cell(row, 1).SetValue(t.Render(Texts.LgTopLevelsNote, ShownDepth + 1));
        }

        // Every 红 and 橙 unit of the tree (not only those the table shows), with its reasons in sentences.
        row += 2;
        ws.Cell(row, 1).SetValue(t[Texts.LgRedOrangeTitle]).Style.Font.Bold = true;
        row++;
        Header(ws, row, [(t[Texts.WbColUnit], 28), (t[Texts.WbColHealth], 12), (t[Texts.LgColWhy], 8)]);
        ws.Range(row, 3, row, 12).Merge();
        var red = RedOrOrange(units);
        if (red.Count == 0)
        {
            ws.Cell(row + 1, 1).SetValue(t[Texts.LgRedOrangeNone]);
        }

        foreach (var u in red)
        {
            row++;
            ws.Cell(row, 1).SetValue(CellText(u.Unit));
            ws.Cell(row, 2).SetValue(u.Health ?? string.Empty);
            ws.Cell(row, 3).SetValue(CellText(ReportUnits.Why(u, a.Rules, t.Language)));
            var why = ws.Range(row, 3, row, 12).Merge();
            why.Style.Alignment.WrapText = true;
            ws.Range(row, 1, row, 2).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            why.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            ws.Row(row).Height = 15.0 * Math.Max(ReportParts.Lines(ws.Cell(row, 1).GetString(), 28), ReportParts.Lines(ws.Cell(row, 3).GetString(), 57));
            ws.Cell(row, 1).Style.Alignment.WrapText = true;
        }

        if (red.Count > 0)
        {
            HealthColour(ws.Range(row - red.Count + 1, 2, row, 2));
        }

        ws.PageSetup.AddHorizontalPageBreak(ChartRow(units)); // the chart below the tables prints on a page of its own
        ws.SheetView.Freeze(0, 0);
    }
}
