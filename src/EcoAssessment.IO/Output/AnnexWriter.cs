using System.Globalization;
using System.Text;
using EcoAssessment.Analysis;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Output;

/// <summary>
/// The statistical annexes of the reports a 党组 files: the quarterly integrity statistics (党风廉政建设季报: findings by
/// unit × 四种形态 × category, rectification on time) and the annual summary (主体责任落实情况年度报告: rating mix,
/// transitions, the 整顿 list, exemptions granted), as Markdown.
/// </summary>
internal static class AnnexWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly FindingCategory?[] Categories = [.. Enum.GetValues<FindingCategory>().Select(c => (FindingCategory?)c), null];

    private static string CategoryName(FindingCategory? c) => c is FindingCategory x ? InputCatalogue.FindingCategories.Entries[(int)x].Chinese : "未分类";

    /// <summary>党风廉政建设季报: the period's findings per unit by form and category, and rectification on time.</summary>
    public static string Integrity(Assessment a)
    {
        var sb = new StringBuilder();
        sb.Append(Inv, $"## 党风廉政建设统计 · {a.Period.Label}\n\n");
        var units = a.Branches.GroupBy(b => b.Record.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        sb.Append("### 四种形态与问题类别\n\n| 单位 | 第一种 | 第二种 | 第三种 | 第四种 | 整改事项 | ")
            .Append(string.Join(" | ", Categories.Select(CategoryName))).Append(" | 合计 |\n|---|")
            .Append(string.Concat(Enumerable.Repeat("---:|", 6 + Categories.Length))).Append('\n');
        var all = new List<FindingRecord>();
        foreach (var g in units)
        {
            var findings = g.SelectMany(b => b.Findings).Where(f => a.Period.Contains(f.Date)).ToArray();
            all.AddRange(findings);
            sb.Append(Row(g.Key, findings));
        }

        sb.Append(Row("合计", all));

        sb.Append("\n### 整改\n\n| 单位 | 期内到期 | 按期办结 | 按期率 | 逾期未办结 |\n|---|---:|---:|---:|---:|\n");
        int dueAll = 0, onTimeAll = 0, overdueAll = 0;
        foreach (var g in units)
        {
            var findings = g.SelectMany(b => b.Findings).ToArray();
            var due = findings.Count(f => f.DueDate is DateOnly d && a.Period.Contains(d));
            var onTime = findings.Count(f => f.DueDate is DateOnly d && a.Period.Contains(d) && f.ClosedDate is DateOnly c && c <= d);
            var overdue = findings.Count(f => f.IsOverdue(a.Period) && f.IsOpen(a.Period));
            dueAll += due;
            onTimeAll += onTime;
            overdueAll += overdue;
            sb.Append(Inv, $"| {g.Key} | {due} | {onTime} | {Rate(onTime, due)} | {overdue} |\n");
        }

        sb.Append(Inv, $"| 合计 | {dueAll} | {onTimeAll} | {Rate(onTimeAll, dueAll)} | {overdueAll} |\n");
        return sb.ToString();
    }

    private static string Row(string unit, IReadOnlyCollection<FindingRecord> findings)
    {
        var forms = Enumerable.Range(1, 4).Select(f => findings.Count(x => x.Form == f).ToString(Inv));
        var items = findings.Count(x => x.Form is null);
        var categories = Categories.Select(c => findings.Count(x => x.Category == c).ToString(Inv));
        return $"| {unit} | {string.Join(" | ", forms)} | {items} | {string.Join(" | ", categories)} | {findings.Count} |\n";
    }

    private static string Rate(int part, int whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", Inv) + "%";

    /// <summary>主体责任落实情况年度报告 annex: rating mix per unit, transitions, the 整顿 list and the exemptions granted.</summary>
    public static string Annual(Assessment a)
    {
        var sb = new StringBuilder();
        sb.Append(Inv, $"## 年度党组织评定情况 · {a.Period.Label} · {a.Rules.Name}\n\n");
        sb.Append(ResultMarkdownWriter.UnitTable(a)).Append('\n');
        if (a.Previous is { } previous)
        {
            var counts = new[] { "up", "same", "down", "new" }.Select(t => (t, a.Results.Count(r => r.Transition == t))).ToArray();
            sb.Append(Inv, $"### 动态管理(与 {previous.PeriodLabel ?? "上期"} 相比)\n\n");
            sb.Append(Inv, $"晋位升级 {counts[0].Item2} 个,保持 {counts[1].Item2} 个,降级 {counts[2].Item2} 个,新增 {counts[3].Item2} 个;");
            sb.Append(Inv, $"撤并 {a.Removed.Count} 个{(a.Removed.Count > 0 ? $"({string.Join("、", a.Removed)})" : string.Empty)}。\n\n");
            var rectify = a.Results.Where(r => r.Rectification == true).ToArray();
            sb.Append(Inv, $"### 整顿名单({rectify.Length} 个:连续两期评为落后)\n\n");
            if (rectify.Length > 0)
            {
                sb.Append("| 支部编号 | 支部名称 | 单位 | 得分 | 原因 |\n|---|---|---|---:|---|\n");
                foreach (var r in rectify)
                {
                    sb.Append(Inv, $"| {r.BranchId} | {r.Branch.Name} | {r.Branch.Unit} | {Formats.Score(r.Score)} | {Formats.Reasons(r)} |\n");
                }
            }
        }
        else
        {
            sb.Append("### 动态管理\n\n未提供上期评级(`--previous`),不列晋位、降级与整顿名单。\n");
        }

        var tolerated = a.Branches.SelectMany(b => b.Findings.Where(f => a.Period.Contains(f.Date) && f.Tolerance != Tolerance.None).Select(f => (b, f)))
            .OrderBy(x => x.f.FindingId, StringComparer.Ordinal).ToArray();
        sb.Append(Inv, $"\n### 容错免责与从轻减轻({tolerated.Length} 件)\n\n");
        if (tolerated.Length > 0)
        {
            sb.Append("| 问题编号 | 支部 | 单位 | 形态 | 处理 | 整改 |\n|---|---|---|---:|---|---|\n");
            foreach (var (b, f) in tolerated)
            {
                var rect = f.DueDate is null ? "—" : f.IsOpen(a.Period) ? (f.IsOverdue(a.Period) ? "逾期未办结" : "未办结") : f.IsOverdue(a.Period) ? "逾期办结" : "按期办结";
                sb.Append(Inv, $"| {f.FindingId} | {b.Record.Name} | {b.Record.Unit} | {f.Form?.ToString(Inv) ?? "—"} | {InputCatalogue.Tolerances.Entries[(int)f.Tolerance].Chinese} | {rect} |\n");
            }
        }

        return sb.ToString();
    }
}
