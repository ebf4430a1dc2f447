using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>动态管理 (Transitions): each branch against the previous period, branches listed for 整顿 first, then removed ones.</summary>
internal static class DynamicsSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t, List<ReportPackage.StreamedSheet>? streamed)
    {
        var columns = new (string, double)[]
        {
            (t[Texts.WbColBranch], 7), (t[Texts.WbColName], 16), (t[Texts.WbColUnit], 20), (t[Texts.WbColPreviousRating], 6), (t[Texts.WbColCurrentRating], 6),
            (t[Texts.WbColTransition], 6), (t[Texts.WbColRectification], 6), (t[Texts.WbColDynamic], 50),
        };
        Header(ws, 1, columns);
        ws.Row(1).Height = 30;
        ReportParts.Rows(ws, columns.Length, Rows(a, t), streamed);
        var row = 1 + a.Results.Count + a.Removed.Count;
        RatingColour(ws.Range(2, 4, Math.Max(2, row), 5));
        Table(ws, 1, row, columns.Length, 2);
    }

    private static IEnumerable<ReportCell[]> Rows(Assessment a, Labels t)
    {
        foreach (var r in a.Results.OrderBy(r => r.Rectification == true ? 0 : 1).ThenBy(r => TransitionOrder(r.Transition)).ThenBy(r => r.BranchId, StringComparer.Ordinal))
        {
            var cells = Common(r, 8);
            cells[3] = ReportCell.Of(r.PreviousRating is Rating p ? RatingLabels.Chinese(p) : string.Empty);
            cells[4] = ReportCell.Of(RatingLabels.Chinese(r.Rating));
            cells[5] = ReportCell.Of(TransitionLabel(r.Transition, t));
            cells[6] = ReportCell.Of(r.Rectification == true ? t[Texts.WbYes] : string.Empty);
            cells[7] = ReportCell.Wrapped(CellText(r.Dynamic ?? string.Empty));
            yield return cells;
        }

        foreach (var removed in a.Removed)
        {
            var cells = new ReportCell[8];
            cells[0] = ReportCell.Of(CellText(removed));
            cells[3] = ReportCell.Of(a.Previous!.Branches.TryGetValue(removed, out var p) ? RatingLabels.Chinese(p.Rating) : string.Empty);
            cells[5] = ReportCell.Of(t[Texts.WbTransitionRemoved]);
            yield return cells;
        }
    }

    private static int TransitionOrder(string? transition) => transition switch
    {
        "down" => 0,
        "up" => 1,
        "new" => 2,
        "same" => 3,
        _ => 4,
    };

    private static string TransitionLabel(string? transition, Labels t) =>
        Texts.Transition(transition) is { } entry ? t[entry] : transition ?? string.Empty;
}
