using ClosedXML.Excel;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>说明 (Notes): what each sheet and column means.</summary>
internal static class NotesSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t)
    {
        Header(ws, 1, [(t["工作表", "Sheet"], 12), (t["列", "Column"], 20), (t["含义", "Meaning"], 100)]);
        var notes = new (string Sheet, string Column, string Zh, string En)[]
        {
            ("汇总", string.Empty, "规则、期间、支部数和评级结构；全系统得分为参评支部按党员数加权的平均分。", "Rule set, period, branch count and rating mix; the system score is the member-weighted mean of rated branches."),
            ("排名", "排名", "按得分从高到低的名次，得分相同按规则的并列规则区分；未定级支部无名次。", "Place by score, ties broken by the rule set's tie-break keys; unrated branches have none."),
            ("排名", "得分", "百分制决策得分（保留两位小数），含扣分与加分。", "Decision score out of 100 (2 decimals), after deductions and bonuses."),
            ("排名", "评级", "先锋、中间、落后或未定级（临时支部、覆盖率不足）。", "先锋, 中间, 落后 or 未定级 (temporary branches, coverage below the minimum)."),
            ("排名", "覆盖率", "有数据的指标所占权重之和；低于规则的最低覆盖率则不定级。", "Share of the weight held by indicators with data; below the minimum the branch is not rated."),
            ("排名", "原因", "评级的每一步：阈值、否决、比例限制、动态调整，格式为 代码:说明。", "Each step of the rating: threshold, vetoes, quota, dynamic limit, as code:detail."),
            ("明细", "维度", "各维度 0–100 得分。", "Each dimension's 0–100 score."),
            ("明细", "指标", "每个指标标准化后的 0–100 得分，以及原始值（比例以小数表示）。", "Each indicator's normalised 0–100 score and its raw value (rates as fractions)."),
            ("扣分", string.Empty, "实际发生的扣分、加分与否决，依据列出对应的记录。", "The deductions, bonuses and vetoes that applied, with the records behind them."),
            ("单位", string.Empty, "政治生态建设状况：支部评级结构、四种形态结构、红线与抓早抓小提示、生态等级（绿/黄/橙/红）。", "政治生态建设状况: rating mix, 四种形态 mix, red lines and warnings, health band (绿/黄/橙/红)."),
            ("动态管理", string.Empty, "与上期评级比较：升级、降级、持平、新参评、撤销；列入整顿的支部排在最前。", "Against the previous period: up, down, same, new, removed; branches listed for 整顿 first."),
            ("规则", string.Empty, "本次评价所用的指标体系、权重、阈值、否决项与扣分项，规则位置指向规则文件的行。", "The indicator system, weights, thresholds, vetoes and deductions applied, with their rule-file lines."),
        };
        var row = 1;
        foreach (var n in notes)
        {
            if (n.Sheet == "动态管理" && a.Previous is null)
            {
                continue;
            }

            row++;
            ws.Cell(row, 1).SetValue(t.English ? SheetEnglish(n.Sheet) : n.Sheet);
            ws.Cell(row, 2).SetValue(t.English ? ColumnEnglish(n.Column) : n.Column);
            ws.Cell(row, 3).SetValue(t.English ? n.En : n.Zh);
            ws.Cell(row, 3).Style.Alignment.WrapText = true;
        }

        ws.SheetView.Freeze(1, 0);
    }

    private static string SheetEnglish(string zh) => zh switch
    {
        "汇总" => "Summary",
        "排名" => "Ranking",
        "明细" => "Details",
        "扣分" => "Deductions",
        "单位" => "Units",
        "动态管理" => "Transitions",
        "规则" => "Rules",
        _ => zh,
    };

    private static string ColumnEnglish(string zh) => zh switch
    {
        "排名" => "Rank",
        "得分" => "Score",
        "评级" => "Rating",
        "覆盖率" => "Coverage",
        "原因" => "Reasons",
        "维度" => "Dimensions",
        "指标" => "Indicators",
        _ => zh,
    };
}
