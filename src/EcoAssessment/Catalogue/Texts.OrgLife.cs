namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of organisational life over a branch's lifetime (founding, dissolution) and 谈心谈话.</summary>
internal static partial class Texts
{
    public static readonly Entry ColumnFounded = new(
        "党组织成立的日期（可只写年月，即当月1日）；各项应开、应达的要求从这一天起按月折算。不填时：临时党支部以最早的一次会议或问题记录所在月的1日为准，其他支部视为整个考核期都存在。",
        "Date the branch was set up (a month alone means its first day); expectations are pro-rated from this day. When empty, a temporary branch counts from the first day of the month of its earliest meeting or finding, any other branch as existing the whole period.");

    public static readonly Entry ColumnDissolved = new(
        "党组织撤销的日期，即存在的最后一天（可只写年月，即当月最后一天）；各项要求到这一天为止。仍存在的支部不填。",
        "Date the branch was dissolved, its last day (a month alone means its last day); expectations end on this day. Empty for a branch that still exists.");

    /// <summary>A dissolved date before the founded date. {0} dissolved header, {1} its date, {2} founded header, {3} its date.</summary>
    public static readonly Entry DissolvedBeforeFounded = new(
        "「{0}」{1}早于「{2}」{3}：撤销日期是支部存在的最后一天，不能早于成立日期；请更正录错的一项，仍存在的支部「{0}」不填",
        "'{0}' {1} is before '{2}' {3}: the dissolved date is the branch's last day and cannot come before its founding; correct whichever was mistyped, and leave '{0}' empty for a branch that still exists");

    /// <summary>A branch founded after the period. {0} branch id, {1} founded, {2} period label.</summary>
    public static readonly Entry BranchFoundedAfterPeriod = new(
        "支部「{0}」成立于{1}，在考核期{2}结束之后：本期对它没有任何要求，不参加本期考评（不定级，也不计入所在单位）；若日期录错，请更正「成立日期」",
        "branch '{0}' was founded on {1}, after the period {2} ended: nothing is expected of it this period, so it is left out of the assessment (no rating, not counted in its unit); if the date was mistyped, correct founded");

    /// <summary>A branch dissolved before the period. {0} branch id, {1} dissolved, {2} period label.</summary>
    public static readonly Entry BranchDissolvedBeforePeriod = new(
        "支部「{0}」已于{1}撤销，在考核期{2}开始之前：本期对它没有任何要求，不参加本期考评（不定级，也不计入所在单位）；若日期录错，请更正「撤销日期」",
        "branch '{0}' was dissolved on {1}, before the period {2} began: nothing is expected of it this period, so it is left out of the assessment (no rating, not counted in its unit); if the date was mistyped, correct dissolved");

    /// <summary>An annual item not held by a branch that existed less than half the period. {0} meeting type code.</summary>
    public static readonly Entry DeriveAnnualNotYetDue = new("{0} 未开，支部存在不足考核期一半，不计入", "{0} not held, not counted: the branch existed less than half the period");

    /// <summary>No annual item counts. {0} the part of the period the branch existed, {1} the period label.</summary>
    public static readonly Entry DeriveAnnualNoneDue = new(
        "支部在考核期{1}内只存在{0}，不足一半，年度事项尚不应开", "the branch existed only {0} of the period {1}, less than half: no annual item is due yet");

    /// <summary>The part of the period a branch existed, from its founded or dissolved column. {0} first day, {1} last day.</summary>
    public static readonly Entry DeriveLifetime = new("（按支部存在的 {0} 至 {1} 折算）", " (pro-rated to {0}..{1}, while the branch existed)");

    /// <summary>The same, founding taken from the branch's first meeting or finding. {0} first day, {1} last day.</summary>
    public static readonly Entry DeriveLifetimeFromRecords = new(
        "（按支部存在的 {0} 至 {1} 折算；临时党支部未填成立日期，以最早的会议或问题记录所在月为成立月）",
        " (pro-rated to {0}..{1}, while the branch existed; a temporary branch without a founded date counts from the month of its earliest meeting or finding)");

    // ---- The report's 规则 sheet: the quota's rounding and minimum, the 落后 red line's count ----

    public static readonly Entry WbRuleQuotaRounding = new("先锋名额取整", "先锋 places rounding");

    public static readonly Entry WbRuleQuotaMin = new("先锋名额最少", "fewest 先锋 places");

    public static readonly Entry WbRuleLaggardMinCount = new("单位红线：落后支部数", "unit red line: 落后 branches");

    /// <summary>{0} the fewest 落后 branches.</summary>
    public static readonly Entry WbRuleLaggardMinCountValue = new("落后占比超过 10% 且至少 {0} 个", "share above 10 % and at least {0}");

    public static readonly Entry WbQuotaRoundingFloor = new("向下取整（比例×定级支部数，舍去小数）", "floor ⌊q×N⌋");

    public static readonly Entry WbQuotaRoundingRound = new("四舍五入（比例×定级支部数）", "to the nearest, halves up");

    public static readonly Entry WbQuotaRoundingCeiling = new("向上取整（比例×定级支部数，有小数即进一）", "ceiling ⌈q×N⌉");

    // ---- The trend's direction threshold in the rule file ----

    /// <summary>A direction threshold that is not above 0. {0} the key, {1} the value.</summary>
    public static readonly Entry TrendThresholdInvalid = new(
        "{0} 为 {1}；请给出大于 0 的分数（末期分数较首期至少变动几分算「上升」或「下降」），默认 3",
        "{0} is {1}; give a number of points above 0 (the smallest move of the score that counts as improving or declining), 3 by default");

    /// <summary>Where the trend's threshold came from, as the trend outputs name it. {0} the rule file, {1} the key.</summary>
    public static readonly Entry TrendThresholdFromRules = new("取自规则文件 {0} 的 {1}", "from {1} of the rule file {0}");

    /// <summary>{0} the option.</summary>
    public static readonly Entry TrendThresholdFromOption = new("由 {0} 指定", "given by {0}");

    /// <summary>{0} the rule-file key that would set it, {1} the option.</summary>
    public static readonly Entry TrendThresholdDefault = new("默认值；可在规则文件中用 {0} 或用 {1} 更改", "the default; {0} in the rule file or {1} changes it");

    /// <summary>After the direction rule. {0} one of the sources above.</summary>
    public static readonly Entry TrendThresholdSource = new("阈值：{0}。", " Threshold: {0}.");

    /// <summary>A meetings shortfall not judged for a branch that existed less than half the period. {0} types, {1} held, {2} its part, {3} the period.</summary>
    public static readonly Entry ConditionMeetingCountNotYetDue = new(
        "会议 {0} 共 {1} 次；支部在考核期{3}内只存在{2}，不足一半，不按全期要求判断，不成立",
        "meetings {0}: {1}; the branch existed only {2} of the period {3}, less than half, so the period's requirement is not applied: does not hold");
}
