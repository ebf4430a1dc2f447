using System.Globalization;
using ClosedXML.Excel;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>规则 (Rules): the indicator system, weights, rating rules, vetoes and adjustments as applied, with their rule-file lines.</summary>
internal static class RulesSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t)
    {
        var rules = a.Rules;
        var columns = new (string, double)[]
        {
            (t["维度", "Dimension"], 22), (t["维度权重", "Dimension weight"], 10), (t["指标编号", "Indicator"], 10), (t["指标名称", "Name"], 34),
            (t["方向", "Direction"], 8), (t["标准化", "Normalisation"], 14), (t["权重", "Weight"], 10), (t["规则位置", "Rule"], 16),
        };
        Header(ws, 1, columns);
        var row = 1;
        var dimWeights = rules.Dimensions.Sum(d => d.Weight);
        foreach (var d in rules.Dimensions)
        {
            var indWeights = d.Indicators.Sum(i => i.Weight);
            foreach (var i in d.Indicators)
            {
                row++;
                ws.Cell(row, 1).SetValue(CellText($"{d.Name} ({d.Id})"));
                Number(ws.Cell(row, 2), dimWeights > 0 ? d.Weight / dimWeights : null, "0.0%");
                ws.Cell(row, 3).SetValue(CellText(i.Id));
                ws.Cell(row, 4).SetValue(CellText(i.Name));
                ws.Cell(row, 5).SetValue(i.Direction == Direction.Higher ? t["越高越好", "higher"] : t["越低越好", "lower"]);
                ws.Cell(row, 6).SetValue(i.Normalisation.Method);
                Number(ws.Cell(row, 7), indWeights > 0 ? i.Weight / indWeights : null, "0.0%");
                ws.Cell(row, 8).SetValue(Formats.RuleRef(i.Location));
            }
        }

        var inv = CultureInfo.InvariantCulture;
        row += 2;
        ws.Cell(row, 1).SetValue(t["评级规则", "Rating rules"]).Style.Font.Bold = true;
        var th = rules.Rating.Thresholds;
        var lines = new List<(string, string)>
        {
            (t["先锋", "先锋 from"], string.Create(inv, $"≥ {th.VanguardMin:0.##}")),
            (t["落后", "落后 below"], string.Create(inv, $"< {th.LaggardBelow:0.##}")),
            (t["最低覆盖率", "Minimum coverage"], string.Create(inv, $"{rules.Rating.MinCoverage:0.##}")),
            (t["先锋比例上限", "先锋 quota"], rules.Rating.VanguardQuota is decimal q ? string.Create(inv, $"{q:0.##}") : t["无", "none"]),
            (t["权重方法", "Weighting"], rules.Weighting.Method.ToString()),
            (t["合成方法", "Aggregation"], rules.Aggregation.ToString()),
        };
        foreach (var (label, value) in lines)
        {
            row++;
            ws.Cell(row, 1).SetValue(label);
            ws.Cell(row, 2).SetValue(value);
        }

        row += 2;
        var vetoHeader = row;
        Header(ws, row, [(t["否决项", "Veto"], 22), (t["效果", "Effect"], 10), (t["名称", "Name"], 34), (t["规则位置", "Rule"], 16)]);
        ws.Column(1).Width = 22;
        foreach (var v in rules.Rating.Vetoes)
        {
            row++;
            ws.Cell(row, 1).SetValue(CellText(v.Id));
            ws.Cell(row, 2).SetValue($"{(v.Effect == VetoEffect.Force ? t["直接定为", "force"] : t["最高", "cap at"])} {RatingLabels.Chinese(v.Tier)}");
            ws.Cell(row, 3).SetValue(CellText(v.Name));
            ws.Cell(row, 4).SetValue(Formats.RuleRef(v.Location));
        }

        row += 2;
        Header(ws, row, [(t["扣分/加分", "Deduction/bonus"], 22), (t["分值", "Points"], 10), (t["名称", "Name"], 34), (t["规则位置", "Rule"], 16)]);
        foreach (var (x, deduction) in rules.Adjustments.Deductions.Select(x => (x, true)).Concat(rules.Adjustments.Bonuses.Select(x => (x, false))))
        {
            row++;
            ws.Cell(row, 1).SetValue(CellText(x.Id));
            Number(ws.Cell(row, 2), deduction ? -x.Points : x.Points, "+0.##;-0.##;0");
            ws.Cell(row, 3).SetValue(CellText(x.Name));
            ws.Cell(row, 4).SetValue(Formats.RuleRef(x.Location));
        }

        _ = vetoHeader;
        ws.SheetView.Freeze(1, 0);
    }
}
