namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of rating reasons, explanations, notes of the rating and roll-up.</summary>
internal static partial class Texts
{
    // ---- eco explain: the layout of one branch's explanation (ExplanationText) ----

    /// <summary>Explanation: the rule set line.</summary>
    public static readonly Entry ExplainRules = new("规则：{0} ({1} {2})", "Rules: {0} ({1} {2})");

    /// <summary>Explanation: the rating and score at the top.</summary>
    public static readonly Entry ExplainRatingScore = new("评级：{0}   得分：{1}(未取整 {2})   ", "Rating: {0}   Score: {1} (unrounded {2})   ");

    /// <summary>Explanation: the rank and coverage at the top.</summary>
    public static readonly Entry ExplainRankCoverage = new("排名：{0}   覆盖率：{1}", "Rank: {0}   Coverage: {1}");

    /// <summary>Explanation: heading of the indicators part.</summary>
    public static readonly Entry ExplainIndicatorsHeading = new("一、指标", "1. Indicators");

    /// <summary>Explanation: a dimension's score and weight.</summary>
    public static readonly Entry ExplainDimension = new("{0} ({1})：{2}   在总分中的权重 {3}", "{0} ({1}): {2}   weight in the total {3}");

    /// <summary>Explanation: an indicator's values.</summary>
    public static readonly Entry ExplainIndicatorValues = new(
        "原始值 {0}   标准化 {1}   维度内权重 {2}   对总分贡献 {3}   设定份额 {4}",
        "raw {0}   normalised {1}   weight in dimension {2}   contribution {3}   declared share {4}");

    /// <summary>Explanation: the aggregate before adjustments.</summary>
    public static readonly Entry ExplainAggregate = new("加权合计：{0}", "Aggregate: {0}");

    /// <summary>Explanation: heading of the deductions and bonuses part.</summary>
    public static readonly Entry ExplainAdjustmentsHeading = new("二、扣分与加分", "2. Deductions and bonuses");

    /// <summary>Explanation: the rule set declares no deduction or bonus.</summary>
    public static readonly Entry ExplainNoAdjustments = new("(规则未设扣分或加分)", "(the rule set declares none)");

    /// <summary>Explanation: one deduction or bonus. {0} name, {1} id, {2} sign and points, {3} trace, {4} rule location.</summary>
    public static readonly Entry ExplainAdjustment = new("{0} ({1})：{2}   {3}   [{4}]", "{0} ({1}): {2}   {3}   [{4}]");

    /// <summary>Explanation: how the score follows from the aggregate and the adjustments.</summary>
    public static readonly Entry ExplainScoreFormula = new(
        "得分 = {0} − {1} + {2}(限于分值上下限)= {3} → {4}",
        "Score = clamp({0} − {1} + {2}) = {3} → {4}");

    /// <summary>Explanation: heading of the vetoes part.</summary>
    public static readonly Entry ExplainVetoesHeading = new("三、一票否决", "3. Vetoes");

    /// <summary>Explanation: the rule set declares no veto.</summary>
    public static readonly Entry ExplainNoVetoes = new("(规则未设一票否决)", "(the rule set declares none)");

    /// <summary>Explanation: a veto that fired.</summary>
    public static readonly Entry ExplainVetoFired = new("触发", "fired");

    /// <summary>Explanation: a veto that did not fire.</summary>
    public static readonly Entry ExplainVetoNotFired = new("未触发", "not fired");

    /// <summary>Explanation: a veto that sets the rating.</summary>
    public static readonly Entry ExplainVetoForce = new("定为 {0}", "force {0}");

    /// <summary>Explanation: a veto that caps the rating.</summary>
    public static readonly Entry ExplainVetoCap = new("最高 {0}", "cap {0}");

    /// <summary>Explanation: the fired veto changed the rating.</summary>
    public static readonly Entry ExplainVetoChanged = new("；改变了评级", "; changed the rating");

    /// <summary>Explanation: the fired veto did not change the rating.</summary>
    public static readonly Entry ExplainVetoUnchanged = new("；未改变评级", "; did not change the rating");

    /// <summary>Explanation: heading of the rating steps.</summary>
    public static readonly Entry ExplainStepsHeading = new("四、评级步骤", "4. Rating steps");

    /// <summary>Explanation step: coverage against the minimum.</summary>
    public static readonly Entry ExplainStepCoverage = new("覆盖率 {0} {1} {2}", "coverage {0} {1} {2}");

    /// <summary>Explanation step: the rating by thresholds.</summary>
    public static readonly Entry ExplainStepThresholds = new("分档：{0}(先锋 ≥ {1}，落后 < {2})", "thresholds: {0} (vanguard ≥ {1}, laggard < {2})");

    /// <summary>Explanation step: the vetoes that fired.</summary>
    public static readonly Entry ExplainStepVetoes = new("一票否决：{0}", "vetoes: {0}");

    /// <summary>Explanation step: no veto fired.</summary>
    public static readonly Entry ExplainNone = new("无", "none");

    /// <summary>Explanation step: the dynamic limit.</summary>
    public static readonly Entry ExplainStepDynamic = new("动态管理：{0}", "dynamic limit: {0}");

    /// <summary>Explanation step: no previous ratings were given.</summary>
    public static readonly Entry ExplainNoPreviousGiven = new("未提供上期评级", "no previous rating given");

    /// <summary>Explanation step: the branch has no previous rating.</summary>
    public static readonly Entry ExplainNewBranch = new("上期无评级(新支部)", "no previous rating (new branch)");

    /// <summary>Explanation step: the dynamic limit does not apply.</summary>
    public static readonly Entry ExplainDoesNotApply = new("不适用", "does not apply");

    /// <summary>Explanation step: the quota.</summary>
    public static readonly Entry ExplainStepQuota = new("名额：{0}", "quota: {0}");

    /// <summary>Explanation step: the branch did not take part in the quota.</summary>
    public static readonly Entry ExplainNotInQuota = new("未参与(不是先锋候选)", "did not take part (not a 先锋 candidate)");

    /// <summary>Explanation: the change against the previous period.</summary>
    public static readonly Entry ExplainTransition = new("与上期相比：{0}{1}", "against the previous period: {0}{1}");

    /// <summary>Explanation: 落后 twice in a row.</summary>
    public static readonly Entry ExplainRectification = new("；连续落后，列入整顿", "; 落后 twice in a row: listed for rectification");

    /// <summary>Transition: rated higher than in the previous period.</summary>
    public static readonly Entry TransitionUp = new("上升", "up");

    /// <summary>Transition: rated lower than in the previous period.</summary>
    public static readonly Entry TransitionDown = new("下降", "down");

    /// <summary>Transition: rated the same as in the previous period.</summary>
    public static readonly Entry TransitionSame = new("持平", "same");

    /// <summary>Transition: no rating in the previous period.</summary>
    public static readonly Entry TransitionNew = new("新参评", "new");

    /// <summary>The entry of a transition token (up, down, same, new) for explain and the report's 动态 sheet; null for any other token.</summary>
    public static Entry? Transition(string? token) => token switch
    {
        "up" => TransitionUp,
        "down" => TransitionDown,
        "same" => TransitionSame,
        "new" => TransitionNew,
        _ => null,
    };

    /// <summary>Explanation: the reasons line.</summary>
    public static readonly Entry ExplainReasons = new("依据：{0}", "reasons: {0}");

    /// <summary>Explanation: the final rating.</summary>
    public static readonly Entry ExplainResult = new("结论：{0}", "Result: {0}");
}

/// <summary>The notes of the dynamic limit and the quota (the rating step, RatingStage).</summary>
internal static partial class Texts
{
    /// <summary>Dynamic limit: the rating was lowered to the highest one allowed. {0} before, {1} after, {2} previous, {3} tiers.</summary>
    public static readonly Entry DynamicLimitedNote = new("由{0}调为{1}：上期为{2}，本期最多上升 {3} 级", "{0} limited to {1}: previous {2}, at most {3} tier(s) up");

    /// <summary>Dynamic limit: the rating is within the allowed rise. {0} previous, {1} the rating, {2} tiers.</summary>
    public static readonly Entry DynamicWithinNote = new("上期为{0}，本期{1}，在最多上升 {2} 级之内", "previous {0}; {1} is within {2} tier(s) up");

    /// <summary>Quota: every 先锋 fits the quota. {0} how many, {1} the quota formula.</summary>
    public static readonly Entry QuotaWithinNote = new("先锋 {0} 个，未超出名额 {1}", "先锋 {0} within quota {1}");

    /// <summary>Quota: a 先锋 candidate's place within the quota. {0} place, {1} candidates, {2} the quota formula.</summary>
    public static readonly Entry QuotaPlaceWithinNote = new("先锋候选第 {0} 位(共 {1} 个)，在名额 {2} 之内", "先锋 place {0} of {1} within quota {2}");

    /// <summary>Quota: a 先锋 candidate's place beyond the quota. {0} place, {1} candidates, {2} the quota formula.</summary>
    public static readonly Entry QuotaPlaceBeyondNote = new("先锋候选第 {0} 位(共 {1} 个)，超出名额 {2} → 中间", "先锋 place {0} of {1} beyond quota {2} → 中间");

    /// <summary>Quota: the last branch within the quota and what put it ahead of the next. {0} branch id, {1} the deciding key.</summary>
    public static readonly Entry QuotaAheadOf = new("；凭 {1} 排在 {0} 之前", "; ahead of {0} by {1}");

    /// <summary>Quota: the first branch beyond the quota and what put it behind the last one within. {0} branch id, {1} the deciding key.</summary>
    public static readonly Entry QuotaBehind = new("；因 {1} 排在 {0} 之后", "; behind {0} by {1}");

    /// <summary>Quota: the tie-break key that decided, with both branches' values. {0} key, {1} and {2} values.</summary>
    public static readonly Entry QuotaDecider = new("{0}({1} 对 {2})", "{0} ({1} vs {2})");

    /// <summary>Quota: the tie-break key when the branch ids decided.</summary>
    public static readonly Entry QuotaDeciderBranchId = new("支部编号", "branch_id");

    /// <summary>Quota: the tie-break key of the score.</summary>
    public static readonly Entry QuotaKeyScore = new("得分", "score");

    /// <summary>Quota: the tie-break key of a dimension's score. {0} the dimension id.</summary>
    public static readonly Entry QuotaKeyDimension = new("维度 {0}", "dimension.{0}");

    /// <summary>Quota: the tie-break key of an indicator's normalised value. {0} the indicator id.</summary>
    public static readonly Entry QuotaKeyIndicator = new("指标 {0}", "indicator.{0}");

    /// <summary>Quota: a tie-break value that is not available.</summary>
    public static readonly Entry QuotaValueNotAvailable = new("无数据", "n/a");
}

/// <summary>How a raw value was derived (the derivation traces of Derivation, the 明细 of explanations).</summary>
internal static partial class Texts
{
    /// <summary>Derivation: the table a measure reads is absent. {0} the table.</summary>
    public static readonly Entry DeriveTableAbsent = new("缺少 {0} 表", "{0} table absent");

    /// <summary>Derivation: not known whether the branch has a committee. {0} the meeting type.</summary>
    public static readonly Entry DeriveCommitteeUnknown = new("{0}：不明是否设支委会，不计入", "{0}: unknown whether a committee exists, left out");

    /// <summary>Derivation: the branch has no committee. {0} the meeting type.</summary>
    public static readonly Entry DeriveNoCommittee = new("{0}：未设支委会，不计入", "{0}: no committee, left out");

    /// <summary>Derivation: the branch has no party group. {0} the meeting type.</summary>
    public static readonly Entry DeriveNoPartyGroup = new("{0}：未设党小组，不计入", "{0}: no party group, left out");

    /// <summary>Derivation: no meeting type is expected of the branch.</summary>
    public static readonly Entry DeriveNoMeetingExpected = new("本支部无应开的会议类型", "no meeting type is expected of this branch");

    /// <summary>Derivation: meeting completion. {0} the types held/expected, {1} the value.</summary>
    public static readonly Entry DeriveMeetingCompletion = new("各类会议完成比(已开/应开，最高为 1)的平均：{0} → {1}", "mean of min(1, held/expected): {0} → {1}");

    /// <summary>Derivation: months with a 主题党日. {0} covered, {1} months.</summary>
    public static readonly Entry DeriveThemeDay = new("开展主题党日的月份 {0}/{1}", "months with a theme party day {0}/{1}");

    /// <summary>Derivation: attendance cannot be computed.</summary>
    public static readonly Entry DeriveNoAttendance = new("无同时填写参会人数与应到人数的会议", "no meeting gives attendees and expected");

    /// <summary>Derivation: meetings with more attendees than expected. {0} how many.</summary>
    public static readonly Entry DeriveAttendanceCapped = new("(其中 {0} 次会议参会人数多于应到人数，按应到人数计)", " ({0} meetings with more attendees than expected counted at expected)");

    /// <summary>Derivation: attendance. {0} attendees, {1} expected less excused, {2} the capped note.</summary>
    public static readonly Entry DeriveAttendance = new("参会 {0} / (应到 − 请假) {1}{2}", "attendees {0} / (expected − excused) {1}{2}");

    /// <summary>Derivation: a yearly meeting type held. {0} the type.</summary>
    public static readonly Entry DeriveHeld = new("{0} 已开", "{0} held");

    /// <summary>Derivation: a yearly meeting type not held. {0} the type.</summary>
    public static readonly Entry DeriveNotHeld = new("{0} 未开", "{0} not held");

    /// <summary>Derivation: a finding exempt under 容错免责.</summary>
    public static readonly Entry DeriveExempt = new("×0 免责", "×0 exempt");

    /// <summary>Derivation: a finding treated leniently.</summary>
    public static readonly Entry DeriveLenient = new("×0.5 从轻", "×0.5 lenient");

    /// <summary>Derivation: the member count is not known.</summary>
    public static readonly Entry DeriveNoMembers = new("党员人数未知或为 0", "member count N unknown or zero");

    /// <summary>Derivation: one finding with its form and weight. {0} id, {1} form, {2} weight, {3} tolerance factor.</summary>
    public static readonly Entry DeriveFindingForm = new("{0} 第{1}种形态 权重{2} {3}", "{0} form {1} w{2} {3}");

    /// <summary>Derivation: no finding counts.</summary>
    public static readonly Entry DeriveNoFindings = new("无计入的问题", "no findings");

    /// <summary>Derivation: findings per members. {0} the findings, {1} Σ, {2} N, {3} per members, {4} the value.</summary>
    public static readonly Entry DeriveFindingsPerMembers = new("{0}；Σ {1} / 党员数 {2} × {3} = {4}", "{0}; Σ {1} / N {2} × {3} = {4}");

    /// <summary>Derivation: no rectification due in the period.</summary>
    public static readonly Entry DeriveNothingDue = new("考核期内无到期整改事项 → 1", "nothing due in the period → 1");

    /// <summary>Derivation: rectification on time. {0} on time, {1} due.</summary>
    public static readonly Entry DeriveRectification = new("按期办结 {0} / 考核期内到期 {1}", "closed by due date {0} / due in period {1}");

    /// <summary>Derivation: an assessment item without its maximum. {0} prefixes, {1} item.</summary>
    public static readonly Entry DeriveItemNoMax = new("{0} 类考核项 {1} 未填满分 max_score", "{0} item {1} has no max_score");

    /// <summary>Derivation: no assessment item of the prefixes. {0} prefixes.</summary>
    public static readonly Entry DeriveNoItems = new("无 {0} 类考核项", "no {0} assessment items");

    /// <summary>Derivation: the assessment ratio. {0} prefixes, {1} items, {2} Σ score, {3} Σ max.</summary>
    public static readonly Entry DeriveAssessmentRatio = new("{0} 类考核项 {1} 个：Σ 得分 {2} / Σ 满分 {3}", "{0} items {1}: Σ score {2} / Σ max {3}");

    /// <summary>Derivation: no value in the indicators table. {0} the column.</summary>
    public static readonly Entry DeriveNoValue = new("指标表中无 {0} 的值", "no value for {0}");

    /// <summary>Derivation: a study target in points. {0} points.</summary>
    public static readonly Entry DeriveTargetPoints = new("{0} 学分", "{0} points");

    /// <summary>Derivation: between two study targets.</summary>
    public static readonly Entry DeriveTargetAnd = new("且", " and ");

    /// <summary>Derivation: study compliance. {0} target, {1} reached, {2} N, {3} the capped note.</summary>
    public static readonly Entry DeriveStudyCompliance = new("达到 {0} 的党员 {1} / 党员数 {2}{3}", "members reaching {0}: {1} / N {2}{3}");

    /// <summary>Derivation: a share capped at 1.</summary>
    public static readonly Entry DeriveCappedAtOne = new("，最高计为 1", ", capped at 1");

    /// <summary>Derivation: study hours per member. {0} Σ hours, {1} N.</summary>
    public static readonly Entry DeriveStudyHours = new("Σ 学时 {0} / 党员数 {1}", "Σ hours {0} / N {1}");

    /// <summary>Derivation: no listed study form used.</summary>
    public static readonly Entry DeriveNoStudyForm = new("未采用所列的学习形式", "no listed study form used");

    /// <summary>Derivation: the study forms used. {0} the forms.</summary>
    public static readonly Entry DeriveStudyForms = new("采用的学习形式：{0}", "forms used: {0}");

    /// <summary>Derivation: micro lecture share. {0} lecturers, {1} N.</summary>
    public static readonly Entry DeriveMicroLectures = new("讲过微型党课的党员 {0} / 党员数 {1}", "members who gave a micro lecture {0} / N {1}");
}

/// <summary>How a condition was evaluated (the traces of vetoes, deductions and bonuses: the 依据 column of the report).</summary>
internal static partial class Texts
{
    /// <summary>Condition: the normalised value of an indicator. {0} the indicator id.</summary>
    public static readonly Entry ConditionNormalised = new("{0} 标准化值", "normalised {0}");

    /// <summary>Condition: a fact of the branch. {0} the fact's column.</summary>
    public static readonly Entry ConditionFact = new("支部数据 {0}", "fact {0}");

    /// <summary>Condition: a comparison whose value is not available. {0} what, {1} the comparison.</summary>
    public static readonly Entry ConditionNotAvailable = new("{0} 无数据，不满足 {1}", "{0} not available, so not {1}");

    /// <summary>Condition: a comparison. {0} what, {1} the value, {2} the comparison.</summary>
    public static readonly Entry ConditionCompare = new("{0} = {1} {2}", "{0} = {1} {2}");

    /// <summary>Condition: one part of any/all with its outcome. {0} the part, {1} yes or no.</summary>
    public static readonly Entry ConditionPart = new("[{0}：{1}]", "[{0}: {1}]");

    /// <summary>Condition: the part holds.</summary>
    public static readonly Entry ConditionYes = new("是", "yes");

    /// <summary>Condition: the part does not hold.</summary>
    public static readonly Entry ConditionNo = new("否", "no");

    /// <summary>Condition: between the parts of any.</summary>
    public static readonly Entry ConditionOr = new(" 或 ", " or ");

    /// <summary>Condition: between the parts of all.</summary>
    public static readonly Entry ConditionAnd = new(" 且 ", " and ");

    /// <summary>Condition: a negation. {0} the inner trace.</summary>
    public static readonly Entry ConditionNot = new("非({0})", "not ({0})");

    /// <summary>Condition: a count of records whose table is absent. {0} the table.</summary>
    public static readonly Entry ConditionCountAbsent = new("缺少 {0} 表，无法计数", "{0} table absent: count not available");

    /// <summary>Condition: a count of meetings of any type.</summary>
    public static readonly Entry ConditionAllMeetings = new("会议", "meetings");

    /// <summary>Condition: a count of meetings. {0} the types, {1} the count, {2} the comparison.</summary>
    public static readonly Entry ConditionMeetingCount = new("{0} 次数 = {1} {2}", "count {0} = {1} {2}");

    /// <summary>Condition: a count of findings. {0} the count, {1} the comparison.</summary>
    public static readonly Entry ConditionFindingCount = new("问题数 = {0} {1}", "count findings = {0} {1}");

    /// <summary>Condition: findings are asked for but the table is absent.</summary>
    public static readonly Entry ConditionFindingsAbsent = new("缺少 {0} 表，无匹配的问题", "{0} table absent: no finding matches");

    /// <summary>Condition: no finding matches.</summary>
    public static readonly Entry ConditionNoFinding = new("无匹配的问题", "no matching finding");

    /// <summary>Condition: the matching findings. {0} their ids.</summary>
    public static readonly Entry ConditionFindings = new("匹配的问题：{0}", "findings {0}");

    /// <summary>Adjustment: the points of the matches. {0} the condition's trace, {1} matches, {2} points each, {3} total, {4} the cap note.</summary>
    public static readonly Entry AdjustmentPoints = new("{0}；{1} × {2} = {3}{4}", "{0}; {1} × {2} = {3}{4}");

    /// <summary>Adjustment: the points were capped. {0} the cap.</summary>
    public static readonly Entry AdjustmentCapped = new("，封顶 {0}", ", capped at {0}");
}

/// <summary>The details of imputed and treated values (step 4), which the derivation trace of the value cites.</summary>
internal static partial class Texts
{
    /// <summary>Imputation: the value was filled. {0} how many branches, {1} the scope, {2} the mean, {3} the detail it replaces.</summary>
    public static readonly Entry ImputedDetail = new("已补齐：取 {0} 个支部({1})的平均值 = {2}；原为：{3}", "imputed: mean of {0} branches ({1}) = {2}; was: {3}");

    /// <summary>Imputation scope: every rated branch.</summary>
    public static readonly Entry ImputeScopeAll = new("全部参评支部", "all rated branches");

    /// <summary>Imputation scope: the branches of one type. {0} the type's code.</summary>
    public static readonly Entry ImputeScopeType = new("支部类型 {0}", "branch type {0}");

    /// <summary>Imputation scope: the branches of one unit. {0} the unit.</summary>
    public static readonly Entry ImputeScopeUnit = new("单位 {0}", "unit {0}");

    /// <summary>Outlier treatment of a value. {0} the derivation's detail, {1} how, {2} before, {3} after.</summary>
    public static readonly Entry TreatedDetail = new("{0}；异常值处理：{1}，{2} → {3}", "{0}; outlier treatment: {1}, {2} → {3}");

    /// <summary>Outlier treatment: the indicator was log-transformed.</summary>
    public static readonly Entry TreatLogged = new("取对数", "log-transformed");

    /// <summary>Outlier treatment: winsorised. {0} how many values.</summary>
    public static readonly Entry TreatWinsorised = new("缩尾({0} 个值)", "winsorised ({0} points)");
}
