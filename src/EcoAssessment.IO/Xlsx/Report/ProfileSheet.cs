using System.Globalization;
using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>支部画像 (Profile): one branch's dimensions against its unit and the system, chosen from a drop-down.</summary>
internal static class ProfileSheet
{
    /// <summary>
    /// The 支部画像 sheet: a branch id to choose (a drop-down of every branch), and its dimension scores against its unit's
    /// and the system's averages, looked up from 明细 by formulas, so the radar chart follows the choice.
    /// </summary>
    public static void Write(IXLWorksheet ws, Assessment a, Labels t)
    {
        var details = t[Texts.WbSheetDetails];
        var ranking = t[Texts.WbSheetRanking];
        var last = a.Results.Count + 1;
        var first = FirstBranch(a);
        ws.Cell(1, 1).SetValue(t[Texts.WbColBranch]).Style.Font.Bold = true;
        ws.Cell(1, 2).SetValue(CellText(first?.BranchId ?? string.Empty));
        ws.Cell(1, 2).Style.Fill.BackgroundColor = XLColor.FromHtml("#FFF2CC");
        ws.Cell(1, 3).SetValue(t[Texts.WbProfileHint]);
        if (a.Results.Count > 0)
        {
            var v = ws.Cell(1, 2).SetDataValidation();
            v.List(string.Create(CultureInfo.InvariantCulture, $"'{ranking}'!$B$2:$B${last}"), true);
        }

        var match = $"MATCH($B$1,'{details}'!$A:$A,0)";
        ws.Cell(2, 1).SetValue(t[Texts.WbColName]).Style.Font.Bold = true;
        ws.Cell(2, 2).FormulaA1 = $"IFERROR(INDEX('{details}'!$B:$B,{match}),\"\")";
        ws.Cell(3, 1).SetValue(t[Texts.WbColUnit]).Style.Font.Bold = true;
        ws.Cell(3, 2).FormulaA1 = $"IFERROR(INDEX('{details}'!$C:$C,{match}),\"\")";
        Header(ws, 5, [(t[Texts.WbColDimension], 16), (t[Texts.WbColThisBranch], 30), (t[Texts.WbColUnitAverage], 14), (t[Texts.WbColSystemAverage], 14)]);
        for (var d = 0; d < a.Rules.Dimensions.Count; d++)
        {
            var col = ColumnLetters(DetailSheet.FirstDimension + d);
            var row = 6 + d;
            ws.Cell(row, 1).SetValue(a.Rules.Dimensions[d].Name);
            ws.Cell(row, 2).FormulaA1 = $"IFERROR(INDEX('{details}'!${col}:${col},{match}),\"\")";
            ws.Cell(row, 3).FormulaA1 = $"IFERROR(AVERAGEIF('{details}'!$C:$C,$B$3,'{details}'!${col}:${col}),\"\")";
            ws.Cell(row, 4).FormulaA1 = $"IFERROR(AVERAGE('{details}'!${col}:${col}),\"\")";
            ws.Range(row, 2, row, 4).Style.NumberFormat.Format = "0.00";
        }

        ws.Cell(6 + a.Rules.Dimensions.Count, 1).SetValue(t[Texts.LgProfileUnitNote]);
    }

    /// <summary>The branch the profile shows first: the first rated branch by rank (else the first branch).</summary>
    public static BranchResult? FirstBranch(Assessment a) => a.Results.FirstOrDefault(r => r.Rank is not null) ?? a.Results.FirstOrDefault();

    public static (double? Branch, double? Unit, double? System)[] Values(Assessment a, BranchResult r, ReportUnits units)
    {
        var result = new (double?, double?, double?)[a.Rules.Dimensions.Count];
        for (var d = 0; d < result.Length; d++)
        {
            static double? Mean(IEnumerable<double?> xs) => xs.Where(x => x is not null).Select(x => x!.Value).DefaultIfEmpty(double.NaN).Average() is var m && double.IsNaN(m) ? null : m;
            result[d] = (r.DimensionScore(d),
                Mean(a.Results.Where(x => units.UnitOf(x) == units.UnitOf(r)).Select(x => x.DimensionScore(d))),
                Mean(a.Results.Select(x => x.DimensionScore(d))));
        }

        return result;
    }

    /// <summary>The values the profile's formulas give for the branch shown first, stored as their cached results.</summary>
    public static ReportCharts.CachedCells Cache(Assessment a, Labels t, ReportUnits units)
    {
        var cells = new Dictionary<string, object>(StringComparer.Ordinal);
        if (FirstBranch(a) is { } r)
        {
            cells["B2"] = CellText(r.Branch.Name);
            cells["B3"] = CellText(units.UnitOf(r));
            var values = Values(a, r, units);
            for (var d = 0; d < values.Length; d++)
            {
                var row = (6 + d).ToString(CultureInfo.InvariantCulture);
                cells["B" + row] = values[d].Branch is double b ? b : string.Empty;
                cells["C" + row] = values[d].Unit is double u ? u : string.Empty;
                cells["D" + row] = values[d].System is double s ? s : string.Empty;
            }
        }

        return new ReportCharts.CachedCells(t[Texts.WbSheetProfile], cells);
    }
}
