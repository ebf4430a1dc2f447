using ClosedXML.Excel;
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
            (t["支部编号", "Branch"], 12), (t["支部名称", "Name"], 30), (t["单位", "Unit"], 26), (t["类别", "Kind"], 8), (t["项目", "Item"], 18),
            (t["名称", "Name of the item"], 30), (t["分值/效果", "Points / effect"], 14), (t["依据", "Trace"], 70), (t["规则位置", "Rule"], 16),
        };
        Header(ws, 1, columns);
        ReportParts.Rows(ws, columns.Length, Rows(a, t), streamed);
        var row = 1 + a.Results.Sum(r => r.Adjustments.Count(x => x.Matches > 0 && x.Points != 0) + r.VetoTraces.Count(v => v.Fired));
        Table(ws, 1, row, columns.Length, 2);
    }

    private static IEnumerable<ReportCell[]> Rows(Assessment a, Labels t)
    {
        foreach (var r in a.Results)
        {
            foreach (var x in r.Adjustments.Where(x => x.Matches > 0 && x.Points != 0))
            {
                var cells = Common(r, 9);
                cells[3] = ReportCell.Of(x.IsDeduction ? t["扣分", "deduction"] : t["加分", "bonus"]);
                cells[4] = ReportCell.Of(CellText(x.Id));
                cells[5] = ReportCell.Of(CellText(x.Name));
                cells[6] = ReportCell.Of(x.IsDeduction ? -x.Points : x.Points, "+0.##;-0.##;0");
                cells[7] = ReportCell.Of(CellText(x.Trace));
                cells[8] = ReportCell.Of(Formats.RuleRef(x.Rule));
                yield return cells;
            }

            foreach (var v in r.VetoTraces.Where(v => v.Fired))
            {
                var cells = Common(r, 9);
                cells[3] = ReportCell.Of(t["否决", "veto"]);
                cells[4] = ReportCell.Of(CellText(v.Id));
                cells[5] = ReportCell.Of(CellText(v.Name));
                var effect = v.Effect == VetoEffect.Force ? t["直接定为", "force"] : t["最高", "cap at"];
                cells[6] = ReportCell.Of($"{effect} {RatingLabels.Chinese(v.Tier)}{(v.Changed ? string.Empty : t["（未改变评级）", " (no effect)"])}");
                cells[7] = ReportCell.Of(CellText(v.Trace));
                cells[8] = ReportCell.Of(Formats.RuleRef(v.Rule));
                yield return cells;
            }
        }
    }
}
