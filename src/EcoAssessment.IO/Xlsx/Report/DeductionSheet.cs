using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>扣分 (Deductions): every deduction, bonus and veto that applied, with the records behind it.</summary>
internal static class DeductionSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t, List<ReportPackage.StreamedSheet>? streamed)
    {
        var columns = new (string, double)[]
        {
            (t[Texts.WbColBranch], 7), (t[Texts.WbColName], 12), (t[Texts.WbColUnit], 14), (t[Texts.WbColKind], 5),
            (t[Texts.WbColItemName], 16), (t[Texts.WbColPointsEffect], 10), (t[Texts.WbColTrace], 38), (t[Texts.WbColRule], 11), (t[Texts.WbColItem], 9),
        };
        Header(ws, 1, columns);
        ws.Row(1).Height = 30;
        ReportParts.Rows(ws, columns.Length, Rows(a, t), streamed);
        var row = 1 + a.Results.Sum(r => r.Adjustments.Count(x => x.Matches > 0 && x.Points != 0) + r.VetoTraces.Count(v => v.Fired));
        Table(ws, 1, row, columns.Length, 2);
    }

    /// <summary>
    /// The rows: the item's name, its points or effect and the trace with its keys named (ReadableTrace) first, where a
    /// reader looks; the rule's place and its id last, for whoever maintains the rule file.
    /// </summary>
    private static IEnumerable<ReportCell[]> Rows(Assessment a, Labels t)
    {
        var names = ReadableTrace.Names(a.Rules);
        foreach (var r in a.Results)
        {
            foreach (var x in r.Adjustments.Where(x => x.Matches > 0 && x.Points != 0))
            {
                var cells = Common(r, 9);
                cells[3] = ReportCell.Of(x.IsDeduction ? t[Texts.WbKindDeduction] : t[Texts.WbKindBonus]);
                cells[4] = ReportCell.Wrapped(CellText(x.Name));
                cells[5] = ReportCell.Of(x.IsDeduction ? -x.Points : x.Points, "+0.##;-0.##;0");
                cells[6] = ReportCell.Wrapped(CellText(ReadableTrace.Of(x.Trace, names, t.Language)));
                cells[7] = ReportCell.Wrapped(Formats.RuleRef(x.Rule));
                cells[8] = ReportCell.Wrapped(CellText(x.Id));
                yield return cells;
            }

            foreach (var v in r.VetoTraces.Where(v => v.Fired))
            {
                var cells = Common(r, 9);
                cells[3] = ReportCell.Of(t[Texts.WbKindVeto]);
                cells[4] = ReportCell.Wrapped(CellText(v.Name));
                var effect = t.Render(v.Effect == VetoEffect.Force ? Texts.WbVetoForce : Texts.WbVetoCap, RatingLabels.Chinese(v.Tier));
                cells[5] = ReportCell.Wrapped(v.Changed ? effect : effect + t[Texts.WbVetoNoEffect]);
                cells[6] = ReportCell.Wrapped(CellText(ReadableTrace.Of(v.Trace, names, t.Language)));
                cells[7] = ReportCell.Wrapped(Formats.RuleRef(v.Rule));
                cells[8] = ReportCell.Wrapped(CellText(v.Id));
                yield return cells;
            }
        }
    }
}
