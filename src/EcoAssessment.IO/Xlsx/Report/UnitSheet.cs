using ClosedXML.Excel;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>
/// 单位 (Units): 政治生态建设状况 per node of the unit tree and for the system: rating mix, 四种形态, red lines, health band.
/// With a tree (a units table or parent_id) the names are indented by depth and a 层级 column follows the last one.
/// </summary>
internal static class UnitSheet
{
    public static void Write(IXLWorksheet ws, IReadOnlyList<UnitSummary> units, UnitSummary system, Rules.RuleSet rules, Labels t)
    {
        var columns = new (string, double)[]
        {
            (t[Texts.WbColUnit], 20), (t[Texts.WbColBranches], 4), (t[Texts.WbColRated], 4), (t[Texts.WbColMembers], 5), (t[Texts.WbColScore], 6),
            (t[Texts.WbColHealth], 4), ("先锋", 4), ("中间", 4), ("落后", 4), ("未定级", 4), (t[Texts.WbColForm1], 4),
            (t[Texts.WbColForm2], 4), (t[Texts.WbColForm3], 4), (t[Texts.WbColForm4], 4), (t[Texts.WbColRedLinesWarnings], 27), (t[Texts.WbColSignals], 17),
        };
        var tree = IsTree(units);
        if (tree)
        {
            columns = [.. columns, (t[Texts.RollupLevelCaption], 4)];
        }

        Header(ws, 1, columns);
        ws.Row(1).Height = 60;
        var row = 1;
        foreach (var u in units.Append(system))
        {
            row++;
            ws.Cell(row, 1).SetValue(CellText(u.Unit));
            ws.Cell(row, 1).Style.Alignment.Indent = u.Depth;
            ws.Cell(row, 2).SetValue(u.Branches);
            ws.Cell(row, 3).SetValue(u.Rated);
            Number(ws.Cell(row, 4), u.Members, "0");
            Number(ws.Cell(row, 5), u.Score is double s ? Math.Round(s, 2, MidpointRounding.AwayFromZero) : null);
            ws.Cell(row, 6).SetValue(u.Health ?? string.Empty);
            ws.Cell(row, 7).SetValue(u.Ratings[Rating.Vanguard]);
            ws.Cell(row, 8).SetValue(u.Ratings[Rating.Middle]);
            ws.Cell(row, 9).SetValue(u.Ratings[Rating.Laggard]);
            ws.Cell(row, 10).SetValue(u.Ratings[Rating.Unrated]);
            ws.Cell(row, 11).SetValue(u.Forms.Form1);
            ws.Cell(row, 12).SetValue(u.Forms.Form2);
            ws.Cell(row, 13).SetValue(u.Forms.Form3);
            ws.Cell(row, 14).SetValue(u.Forms.Form4);
            ws.Cell(row, 15).SetValue(CellText(ReportUnits.IsRedOrOrange(u) ? ReportUnits.Why(u, rules, t.Language) : u.DescribeAlerts(t.Language)));
            ws.Cell(row, 16).SetValue(CellText(u.DescribeSignals(t.Language)));
            ws.Range(row, 15, row, 16).Style.Alignment.WrapText = true;
            ws.Cell(row, 1).Style.Alignment.WrapText = true;
            var lines = new[] { (1, 20.0 - u.Depth), (15, 27.0), (16, 17.0) }.Max(x => ReportParts.Lines(ws.Cell(row, x.Item1).GetString(), x.Item2));
            if (lines > 1)
            {
                ws.Row(row).Height = 15.0 * lines;
            }
            if (tree)
            {
                ws.Cell(row, 17).SetValue(CellText(LevelOf(u, t.Language)));
            }
        }

        ws.Row(row).Style.Font.Bold = true;
        if (units.Any(u => u.Depth > SummarySheet.ShownDepth))
        {
            ws.Cell(row + 3, 1).SetValue(t.Render(Texts.LgChartTopLevelsNote, SummarySheet.ShownDepth + 1));
        }

        ws.PageSetup.AddHorizontalPageBreak(row + 2); // the chart below the table prints on a page of its own
        HealthColour(ws.Range(2, 6, row, 6));
        Table(ws, 1, row - 1, columns.Length, 1);
    }

    /// <summary>Whether the roll-up is more than the flat list of unit names (a level, a depth or a 党总支/党委).</summary>
    public static bool IsTree(IReadOnlyList<UnitSummary> units) => units.Any(u => u.Depth > 0 || u.Level is not null || u.IsOrganisation);

    /// <summary>A node's level: the units table's (厅, 市局, 分局), 党组织 for a 党总支 or 党委, empty otherwise.</summary>
    public static string LevelOf(UnitSummary u, Language language) =>
        u.IsOrganisation ? Texts.RollupOrganisationLevel.Render(language) : u.Level ?? string.Empty;
}
