using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>明细 (Details): each branch's dimension scores, and each indicator's normalised score and raw value.</summary>
internal static class DetailSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t, List<ReportPackage.StreamedSheet>? streamed)
    {
        var columns = new List<(string, double)> { (t[Texts.WbColBranch], 12), (t[Texts.WbColName], 30), (t[Texts.WbColUnit], 26), (t[Texts.WbColScore], 9), (t[Texts.WbColRating], 9) };
        columns.AddRange(a.Rules.Dimensions.Select(d => ($"{d.Name}", 12.0)));
        foreach (var i in a.Indicators)
        {
            columns.Add(($"{i.Id} {i.Name}", 16));
            columns.Add(($"{i.Id} {t[Texts.WbColRaw]}", 12));
        }

        Header(ws, 1, columns);
        ws.Row(1).Height = 45;
        ReportParts.Rows(ws, columns.Count, Rows(a, columns.Count), streamed);
        var row = a.Results.Count + 1;
        RatingColour(ws.Range(2, 5, Math.Max(2, row), 5));
        Table(ws, 1, row, columns.Count, 2);
    }

    private static IEnumerable<ReportCell[]> Rows(Assessment a, int columns)
    {
        foreach (var r in a.Results)
        {
            var cells = new ReportCell[Math.Max(columns, 5 + r.Dimensions.Count + (2 * r.Indicators.Count))];
            cells[0] = ReportCell.Of(CellText(r.BranchId));
            cells[1] = ReportCell.Of(CellText(r.Branch.Name));
            cells[2] = ReportCell.Of(CellText(r.Branch.Unit));
            cells[3] = ReportCell.Of(r.Score is decimal s ? (double)s : null);
            cells[4] = ReportCell.Of(RatingLabels.Chinese(r.Rating));
            var c = 4;
            foreach (var d in r.Dimensions)
            {
                cells[++c] = ReportCell.Of(d.Score);
            }

            foreach (var i in r.Indicators)
            {
                cells[++c] = ReportCell.Of(i.Normalised);
                cells[++c] = ReportCell.Of(i.Raw, "0.####");
            }

            yield return cells;
        }
    }
}
