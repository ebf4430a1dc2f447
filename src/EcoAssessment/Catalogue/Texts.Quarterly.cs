namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the quarterly assessment: annual windows, 未到期 (not yet due) and 预警 (early warning).</summary>
internal static partial class Texts
{
    /// <summary>An annual item held in the window. {0} type code, {1} first day, {2} last day.</summary>
    public static readonly Entry DeriveHeldInWindow = new("{0} 已开（{1} 至 {2}）", "{0} held ({1}..{2})");

    /// <summary>An annual item not held in a rolling window. {0} type code, {1} first day, {2} last day.</summary>
    public static readonly Entry DeriveNotHeldInWindow = new("{0} 未开（{1} 至 {2}）", "{0} not held ({1}..{2})");

    /// <summary>
    /// An annual item not held yet this year, pro-rated. {0} type code, {1} first day, {2} last day, {3} share of the year gone
    /// by, {4} the day it is due, {5} the value it counts.
    /// </summary>
    public static readonly Entry DeriveNotYetHeldProRated = new(
        "{0} 未开（{1} 至 {2}），{4} 前举行即可，按已过全年的 {3} 折算计 {5}",
        "{0} not held ({1}..{2}), due by {4}; pro-rated to the {3} of the year gone by it counts {5}");

    /// <summary>A meeting count over a window. {0} types, {1} first day, {2} last day, {3} count, {4} comparison.</summary>
    public static readonly Entry ConditionMeetingCountInWindow = new("{0} 次数（{1} 至 {2}）= {3} {4}", "count {0} ({1}..{2}) = {3} {4}");

    /// <summary>A shortfall not yet due. {0} types, {1} count, {2} first day, {3} last day, {4} comparison, {5} due day.</summary>
    public static readonly Entry ConditionWindowNotYetDue = new(
        "{0} 次数（{2} 至 {3}）= {1}，{4}，但年度事项 {5} 前举行即可：未到期，本期不判定",
        "count {0} ({2}..{3}) = {1}, {4}, but an annual item is due by {5}: not yet due, not judged this period");

    /// <summary>The reason of a veto not yet due (reason code veto:ID(not_yet_due DATE)). {0} veto name, {1} due day.</summary>
    public static readonly Entry ReasonVetoNotYetDue = new("一票否决「{0}」未到期：{1} 前完成即不触发", "veto '{0}' not yet due: met by {1}, it does not fire");

    /// <summary>The state of a veto not yet due, beside 触发 / 未触发.</summary>
    public static readonly Entry ExplainVetoStateNotYetDue = new("未到期", "not yet due");

    /// <summary>The explanation line of a veto not yet due. {0} veto name, {1} due day.</summary>
    public static readonly Entry ExplainVetoNotYetDue = new("未到期：{0}——{1} 前仍可完成，本期不判定", "not yet due: {0} — can still be met by {1}, not judged this period");

    /// <summary>A window word not known. {0} the key, {1} the value, {2} the words allowed.</summary>
    public static readonly Entry RuleWindowUnknown = new("{0}的取值\"{1}\"不对；须是 {2}（年度事项按哪段日期判定）", "{0} '{1}' must be {2} (over which days an annual item is judged)");

    /// <summary>A window on an indicator whose measure reads no annual item. {0} the key, {1} the indicator id, {2} its measure kind, {3} annual_review.</summary>
    public static readonly Entry RuleWindowNotAnnual = new(
        "{0}只用于度量为 {3} 的指标，指标「{1}」的度量是 {2}，写了也不起作用；请删去这一项",
        "{0} applies only to an indicator measured by {3}; indicator '{1}' is measured by {2}, where it would change nothing: remove it");

    /// <summary>A window on a veto whose condition counts no meetings. {0} the key, {1} the veto id, {2} count: meetings.</summary>
    public static readonly Entry RuleWindowNoCount = new(
        "{0}只用于条件中统计会议次数（{2}）的否决项，否决项「{1}」的条件不统计会议，写了也不起作用；请删去这一项",
        "{0} applies only to a veto whose condition counts meetings ({2}); veto '{1}' counts none, where it would change nothing: remove it");
}
