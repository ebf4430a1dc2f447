using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>
/// 明细 (Details): each branch's dimension scores on one sheet, then a sheet per dimension (明细·政治强, …) with each of
/// its indicators' score and actual value under the indicator's name from the rule file, rates as percentages (91.7%).
/// Branches go by their own unit in the tree's order (厅机关 first, then the cities as declared), by rank within a unit,
/// so that each sheet prints at a legible size: a few columns, never the whole rule set on one page.
/// </summary>
internal static class DetailSheet
{
    /// <summary>The first column of the dimension scores on 明细 (the 支部画像 sheet reads them there).</summary>
    public const int FirstDimension = 6;

    /// <summary>The names of the per-dimension sheets, in the rule set's order (at most 31 characters, none a sheet name may not hold).</summary>
    public static IReadOnlyList<string> DimensionSheets(Assessment a, Labels t) =>
        a.Rules.Dimensions.Select((d, i) => SheetName(t.Render(Texts.LgSheetDetailsOf, d.Name), i)).ToArray();

    public static void Write(XLWorkbook wb, Assessment a, Labels t, ReportUnits units, List<ReportPackage.StreamedSheet>? streamed)
    {
        var ws = wb.Worksheets.Add(t[Texts.WbSheetDetails]);
        var ordered = units.InTreeOrder(a.Results).ToArray();
        var columns = new List<(string, double)> { (t[Texts.WbColBranch], 7), (t[Texts.WbColName], 16), (t[Texts.WbColUnit], 18), (t[Texts.WbColScore], 7), (t[Texts.WbColRating], 6) };
        columns.AddRange(a.Rules.Dimensions.Select(d => (d.Name, 9.0)));
        Header(ws, 1, columns);
        ws.Row(1).Height = 32;
        ReportParts.Rows(ws, columns.Count, Overview(ordered, columns.Count, units), streamed);
        var row = ordered.Length + 1;
        RatingColour(ws.Range(2, 5, Math.Max(2, row), 5));
        Table(ws, 1, row, columns.Count, 2);
        ws.Cell(row + 2, 1).SetValue(t[Texts.LgDetailsNote]);

        var sheets = DimensionSheets(a, t);
        for (var d = 0; d < a.Rules.Dimensions.Count; d++)
        {
            var dimension = a.Rules.Dimensions[d];
            var indicators = a.Indicators.Select((i, k) => (i, k)).Where(x => dimension.Indicators.Any(di => di.Id == x.i.Id)).ToArray();
            var sheet = wb.Worksheets.Add(sheets[d]);
            var cols = new List<(string, double)> { (t[Texts.WbColBranch], 7), (t[Texts.WbColName], 12), (t[Texts.WbColUnit], 14), (dimension.Name, 7) };
            foreach (var (i, _) in indicators)
            {
                cols.Add((t.Render(Texts.LgColScoreOf, i.Name), 7));
                cols.Add((t.Render(Texts.LgColRawOf, i.Name), 7));
            }

            Header(sheet, 1, cols);
            sheet.Row(1).Height = 15.0 * cols.Max(c => Lines(c.Item1, c.Item2));
            ReportParts.Rows(sheet, cols.Count, OfDimension(ordered, d, indicators.Select(x => (x.i, x.k)).ToArray(), cols.Count, units), streamed);
            Table(sheet, 1, ordered.Length + 1, cols.Count, 2);
        }
    }

    private static IEnumerable<ReportCell[]> Overview(IEnumerable<BranchResult> results, int columns, ReportUnits units)
    {
        foreach (var r in results)
        {
            var cells = new ReportCell[Math.Max(columns, FirstDimension - 1 + r.DimensionCount)];
            cells[0] = ReportCell.Of(CellText(r.BranchId));
            cells[1] = ReportCell.Wrapped(CellText(r.Branch.Name));
            cells[2] = ReportCell.Wrapped(CellText(units.UnitOf(r)));
            cells[3] = ReportCell.Of(r.Score is decimal s ? (double)s : null);
            cells[4] = ReportCell.Of(RatingLabels.Chinese(r.Rating));
            var c = FirstDimension - 2;
            for (var d = 0; d < r.DimensionCount; d++)
            {
                cells[++c] = ReportCell.Of(r.DimensionScore(d));
            }

            yield return cells;
        }
    }

    private static IEnumerable<ReportCell[]> OfDimension(IEnumerable<BranchResult> results, int dimension, (Rules.IndicatorRule Rule, int Index)[] indicators, int columns,
        ReportUnits units)
    {
        foreach (var r in results)
        {
            var cells = new ReportCell[columns];
            cells[0] = ReportCell.Of(CellText(r.BranchId));
            cells[1] = ReportCell.Wrapped(CellText(r.Branch.Name));
            cells[2] = ReportCell.Wrapped(CellText(units.UnitOf(r)));
            cells[3] = ReportCell.Of(r.DimensionScore(dimension));
            var c = 3;
            var traces = r.Indicators;
            foreach (var (rule, index) in indicators)
            {
                var i = traces[index];
                cells[++c] = ReportCell.Of(i.Normalised);
                cells[++c] = ReportCell.Of(i.Raw, ReportUnits.RawFormat(rule));
            }

            yield return cells;
        }
    }

    /// <summary>A sheet name: the characters a sheet name may not hold replaced, at most 31 characters, unique by the dimension's place.</summary>
    private static string SheetName(string name, int index)
    {
        var safe = new string(name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '_' : ch).ToArray());
        return safe.Length <= 31 ? safe : string.Concat(safe.AsSpan(0, 28), "~", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
