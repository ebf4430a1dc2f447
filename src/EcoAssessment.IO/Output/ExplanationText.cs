using System.Globalization;
using System.Text;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Output;

/// <summary>
/// The whole path of one branch's rating as text a clerk can follow (Chinese by default): each indicator's raw value and
/// how it was derived, normalised value, weight and contribution; each dimension; deductions with the findings behind
/// them; every veto considered and whether it fired; coverage, thresholds, dynamic limit and quota; the rating.
/// </summary>
internal static class ExplanationText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string N(double? v, int decimals = 4) =>
        v is double d && double.IsFinite(d) ? Math.Round(d, decimals).ToString("0.####", Inv) : "—";

    private static string Pct(double? v) => v is double d ? (d * 100).ToString("0.#", Inv) + "%" : "—";

    public static string Render(Assessment a, BranchResult r, bool english = false)
    {
        string T(string zh, string en) => english ? en : zh;
        static string L(Rating x) => RatingLabels.Chinese(x); // rating values never change with the language
        var rated = a.Results.Count(x => x.Rating != Rating.Unrated);
        var sb = new StringBuilder();
        sb.Append(Inv, $"{r.Branch.Name} ({r.BranchId}) · {r.Branch.Unit} · {a.Period.Label}\n");
        sb.Append(Inv, $"{T("规则", "Rules")}: {a.Rules.Name} ({a.Rules.Id} {a.Rules.Version})\n");
        sb.Append(Inv, $"{T("评级", "Rating")}: {L(r.Rating)}   {T("得分", "Score")}: {Formats.Score(r.Score)} ({T("未取整", "unrounded")} {N(r.ScoreUnrounded, 6)})   ");
        sb.Append(Inv, $"{T("排名", "Rank")}: {(r.Rank is int rank ? $"{rank} / {rated}" : "—")}   {T("覆盖率", "Coverage")}: {N(r.Coverage)}\n\n");

        sb.Append(T("一、指标\n", "1. Indicators\n"));
        var indicators = r.Indicators; // built once: a result of Plan.Run builds its traces each time they are read
        var vetoTraces = r.VetoTraces;
        foreach (var d in r.Dimensions)
        {
            sb.Append(Inv, $"{d.Name} ({d.Id}): {N(d.Score, 2)}   {T("在总分中的权重", "weight in the total")} {Pct(d.Weight)}\n");
            foreach (var i in indicators.Where(x => x.Dimension == d.Id))
            {
                sb.Append(Inv, $"  {i.Name} ({i.Id})   [{Formats.RuleRef(i.Rule)}]\n");
                sb.Append(Inv, $"      {T("原始值", "raw")} {N(i.Raw)}   {T("标准化", "normalised")} {N(i.Normalised, 2)}   ");
                sb.Append(Inv, $"{T("维度内权重", "weight in dimension")} {Pct(i.WeightInDimension)}   {T("对总分贡献", "contribution")} {N(i.Contribution)}   ");
                sb.Append(Inv, $"{T("设定份额", "declared share")} {Pct(i.DeclaredShare)}\n");
                sb.Append(Inv, $"      {i.Detail}\n");
            }
        }

        sb.Append(Inv, $"{T("加权合计", "Aggregate")}: {N(r.Aggregate)}\n\n");

        sb.Append(T("二、扣分与加分\n", "2. Deductions and bonuses\n"));
        var adjustments = r.Adjustments;
        if (adjustments.Count == 0)
        {
            sb.Append(T("  (规则未设扣分或加分)\n", "  (the rule set declares none)\n"));
        }

        foreach (var x in adjustments)
        {
            var sign = x.IsDeduction ? "−" : "+";
            sb.Append(Inv, $"  {x.Name} ({x.Id}): {sign}{N(x.Points)}   {x.Trace}   [{Formats.RuleRef(x.Rule)}]\n");
        }

        sb.Append(Inv, $"  {T("得分", "Score")} = clamp({N(r.Aggregate)} − {N(r.Deductions)} + {N(r.Bonuses)}) = {N(r.ScoreUnrounded, 6)} → {Formats.Score(r.Score)}\n\n");

        sb.Append(T("三、一票否决\n", "3. Vetoes\n"));
        if (vetoTraces.Count == 0)
        {
            sb.Append(T("  (规则未设一票否决)\n", "  (the rule set declares none)\n"));
        }

        foreach (var v in vetoTraces)
        {
            var state = v.Fired ? T("触发", "fired") : T("未触发", "not fired");
            var effect = $"{(v.Effect == VetoEffect.Force ? T("定为", "force") : T("最高", "cap"))} {L(v.Tier)}";
            var changed = v.Fired ? (v.Changed ? T("; 改变了评级", "; changed the rating") : T("; 未改变评级", "; did not change the rating")) : string.Empty;
            sb.Append(Inv, $"  [{state}] {v.Name} ({v.Id}, {effect}){changed}   [{Formats.RuleRef(v.Rule)}]\n      {v.Trace}\n");
        }

        sb.Append('\n').Append(T("四、评级步骤\n", "4. Rating steps\n"));
        var min = a.Rules.Rating.MinCoverage;
        var step = 1;
        sb.Append(Inv, $"  {step++}. {T("覆盖率", "coverage")} {N(r.Coverage)} {(Math.Round(r.Coverage, 9) < min ? "<" : "≥")} {N(min)}\n");
        if (r.ThresholdRating is Rating t)
        {
            sb.Append(Inv, $"  {step++}. {T("分档", "thresholds")}: {L(t)} ({T("先锋", "vanguard")} ≥ {a.Rules.Rating.Thresholds.VanguardMin.ToString("0.##", Inv)}, {T("落后", "laggard")} < {a.Rules.Rating.Thresholds.LaggardBelow.ToString("0.##", Inv)})   [{Formats.RuleRef(a.Rules.Rating.Thresholds.Location)}]\n");
        }

        var fired = vetoTraces.Where(v => v.Fired).Select(v => v.Id).ToArray();
        sb.Append(Inv, $"  {step++}. {T("一票否决", "vetoes")}: {(fired.Length == 0 ? T("无", "none") : string.Join(", ", fired))}\n");
        var dynamic = r.Dynamic ?? (a.Previous is null ? T("未提供上期评级", "no previous rating given")
            : r.PreviousRating is null ? T("上期无评级(新支部)", "no previous rating (new branch)") : T("不适用", "does not apply"));
        sb.Append(Inv, $"  {step++}. {T("动态管理", "dynamic limit")}: {dynamic}\n");
        sb.Append(Inv, $"  {step++}. {T("名额", "quota")}: {r.Quota ?? T("未参与(不是先锋候选)", "did not take part (not a 先锋 candidate)")}\n");
        if (r.Transition is { } tr)
        {
            sb.Append(Inv, $"  {T("与上期相比", "against the previous period")}: {tr}{(r.Rectification == true ? T("; 连续落后,列入整顿", "; 落后 twice in a row: listed for 整顿") : string.Empty)}\n");
        }

        sb.Append(Inv, $"  {T("依据", "reasons")}: {Formats.Reasons(r)}\n");
        sb.Append(Inv, $"{T("结论", "Result")}: {L(r.Rating)}\n");
        return sb.ToString();
    }
}
