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

    /// <summary>预警: a veto not yet due. {0} veto name, {1} its effect (定为 落后).</summary>
    public static readonly Entry WarnVetoRisk = new("年底将触发一票否决「{0}」（{1}）", "will trip the veto '{0}' ({1}) at year end");

    /// <summary>预警: what prevents an annual item's loss or veto. {0} the day, {1} the meeting types.</summary>
    public static readonly Entry WarnHold = new("{0} 前召开{1}", "hold {1} by {0}");

    /// <summary>预警: annual items not held yet. {0} indicator name, {1} the meeting types.</summary>
    public static readonly Entry WarnAnnualRisk = new("「{0}」中的{1}今年尚未召开，年底前不开将失分", "'{0}': {1} not held yet this year, points lost at year end unless held");

    /// <summary>预警: falls a tier. {0} projected score, {1} tier now, {2} its line, {3} tier then.</summary>
    public static readonly Entry WarnTierRisk = new(
        "年度事项都不补开，年底预计得分 {0}，低于{1}线 {2}，将由{1}降为{3}",
        "with no annual item held, the score at year end would be about {0}, below the {1} line {2}: {1} falls to {3}");

    /// <summary>预警: a rectification falling due. {0} finding id, {1} due day, {2} what applies when overdue.</summary>
    public static readonly Entry WarnRectifyRisk = new("问题「{0}」整改期限为 {1}，尚未整改完成；逾期{2}", "finding '{0}' is due for rectification on {1} and still open; once overdue {2}");

    /// <summary>预警: the veto an overdue finding trips. {0} veto names.</summary>
    public static readonly Entry WarnRectifyVeto = new("将触发一票否决「{0}」", "it trips the veto '{0}'");

    /// <summary>预警: the deduction an overdue finding brings. {0} deduction names.</summary>
    public static readonly Entry WarnRectifyDeduction = new("将扣分（{0}）", "it is deducted ({0})");

    /// <summary>预警: prevent an overdue finding. {0} due day, {1} finding id.</summary>
    public static readonly Entry WarnRectifyPrevent = new("{0} 前完成问题「{1}」的整改并销号", "rectify and close finding '{1}' by {0}");

    /// <summary>预警: study below target. {0} hours per member, {1} months, {2} projected year, {3} target.</summary>
    public static readonly Entry WarnStudyRisk = new(
        "人均学时 {0} 小时（{1} 个月），按此进度全年约 {2} 小时，达不到 {3} 小时",
        "{0} study hours per member ({1} months): at this pace about {2} hours in the year, short of {3}");

    /// <summary>预警: prevent study below target. {0} the day, {1} hours a month per member, {2} target.</summary>
    public static readonly Entry WarnStudyPrevent = new("此后到 {0} 人均每月至少学习 {1} 小时，全年达到 {2} 小时", "from now to {0} at least {1} hours a month per member, to reach {2} in the year");

    /// <summary>预警: attendance below the warning line. {0} indicator name, {1} attendance, {2} the line.</summary>
    public static readonly Entry WarnAttendanceRisk = new("「{0}」为 {1}，低于预警线 {2}", "'{0}' is {1}, below the warning line {2}");

    /// <summary>预警: prevent low attendance. {0} the day, {1} attendance needed from now, {2} the line.</summary>
    public static readonly Entry WarnAttendancePrevent = new(
        "此后到 {0} 各次会议参会率至少 {1}，全年回到 {2} 以上", "attendance of at least {1} at every meeting from now to {0}, to end the year above {2}");

    /// <summary>预警: secretary post vacant. {0} days vacant, {1} the day the limit is passed, {2} veto name.</summary>
    public static readonly Entry WarnSecretaryRisk = new("书记已空缺 {0} 天，{1} 起将触发一票否决「{2}」", "the secretary post has been vacant {0} days; from {1} it trips the veto '{2}'");

    /// <summary>预警: prevent the secretary veto. {0} the last day.</summary>
    public static readonly Entry WarnSecretaryPrevent = new("{0} 前选配（或补选）支部书记", "appoint (or elect) a secretary by {0}");

    /// <summary>The 预警 heading. {0} period label, {1} count.</summary>
    public static readonly Entry WarnHeading = new("预警（{0}，{1} 条）：年底前不采取措施将触发一票否决或降级、失分", "Early warning ({0}, {1}): by year end, unless something is done, a veto, a lower tier or lost points");

    /// <summary>The 预警 of none. {0} period label.</summary>
    public static readonly Entry WarnNone = new("预警（{0}）：无", "Early warning ({0}): none");

    /// <summary>The kinds of 预警, in the order of the enum.</summary>
    public static readonly Entry[] WarnKinds =
    [
        new("一票否决", "veto"), new("年度事项", "annual item"), new("降级", "tier"), new("整改到期", "rectification"),
        new("学习进度", "study"), new("参会率", "attendance"), new("书记空缺", "secretary"),
    ];

    /// <summary>预警 columns: branch, name, unit, kind, risk, prevent, by.</summary>
    public static readonly Entry WarnColKind = new("类别", "kind");

    public static readonly Entry WarnColRisk = new("风险", "risk");

    public static readonly Entry WarnColPrevent = new("避免措施", "what would prevent it");

    public static readonly Entry WarnColBy = new("截止日期", "by");

    /// <summary>The 预警 sheet's name.</summary>
    public static readonly Entry WarnSheet = new("预警", "Early warning");

    /// <summary>A rule test whose 预警 differ. {0} branch, {1} kinds found, {2} kinds expected, {3} the warnings.</summary>
    public static readonly Entry RuleTestWarnings = new("{0}：预警为 [{1}]，预期为 [{2}]（{3}）", "{0}: early warnings [{1}], expected [{2}] ({3})");
}
