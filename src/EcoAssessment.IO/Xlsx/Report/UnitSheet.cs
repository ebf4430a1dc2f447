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
    public static void Write(IXLWorksheet ws, IReadOnlyList<UnitSummary> units, UnitSummary system, Labels t)
    {
        var columns = new (string, double)[]
        {
            (t[Texts.WbColUnit], 34), (t[Texts.WbColBranches], 8), (t[Texts.WbColRated], 8), (t[Texts.WbColMembers], 9), (t[Texts.WbColScore], 9),
            (t[Texts.WbColHealth], 10), ("先锋", 7), ("中间", 7), ("落后", 7), ("未定级", 8), (t[Texts.WbColForm1], 10),
            (t[Texts.WbColForm2], 10), (t[Texts.WbColForm3], 10), (t[Texts.WbColForm4], 10), (t[Texts.WbColRedLinesWarnings], 50), (t[Texts.WbColSignals], 44),
        };
        var tree = IsTree(units);
        if (tree)
        {
            columns = [.. columns, (t[Texts.RollupLevelCaption], 12)];
        }

        Header(ws, 1, columns);
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
            ws.Cell(row, 15).SetValue(CellText(u.DescribeAlerts(t.Language)));
            ws.Cell(row, 16).SetValue(CellText(u.DescribeSignals(t.Language)));
            if (tree)
            {
                ws.Cell(row, 17).SetValue(CellText(LevelOf(u, t.Language)));
            }
        }

        ws.Row(row).Style.Font.Bold = true;
        HealthColour(ws.Range(2, 6, row, 6));
        Table(ws, 1, row - 1, columns.Length, 1);
    }

    /// <summary>Whether the roll-up is more than the flat list of unit names (a level, a depth or a 党总支/党委).</summary>
    public static bool IsTree(IReadOnlyList<UnitSummary> units) => units.Any(u => u.Depth > 0 || u.Level is not null || u.IsOrganisation);

    /// <summary>A node's level: the units table's (厅, 市局, 分局), 党组织 for a 党总支 or 党委, empty otherwise.</summary>
    public static string LevelOf(UnitSummary u, Language language) =>
        u.IsOrganisation ? Texts.RollupOrganisationLevel.Render(language) : u.Level ?? string.Empty;
}
