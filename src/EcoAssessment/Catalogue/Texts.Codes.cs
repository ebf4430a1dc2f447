namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's sentences for the reason codes (docs/reasons.md): what the 原因 column says.</summary>
internal static partial class Texts
{
    /// <summary>threshold: a 先锋 by score.</summary>
    public static readonly Entry ReasonThresholdVanguard = new("得分 {0}，达到先锋线 {1} 分", "score {0} reaches the 先锋 line {1}");

    /// <summary>threshold: 中间 by score.</summary>
    public static readonly Entry ReasonThresholdMiddle = new("得分 {0}，在落后线 {1} 分与先锋线 {2} 分之间，为中间", "score {0} lies between the 落后 line {1} and the 先锋 line {2}: 中间");

    /// <summary>threshold: 落后 by score.</summary>
    public static readonly Entry ReasonThresholdLaggard = new("得分 {0}，低于落后线 {1} 分", "score {0} is below the 落后 line {1}");

    /// <summary>coverage: too few indicators with data to rate by score.</summary>
    public static readonly Entry ReasonCoverage = new("有数据的指标权重合计 {0}，低于最低覆盖率 {1}，不按得分定级", "indicators with data carry {0} of the weight, below the minimum coverage {1}: not rated by score");

    /// <summary>temporary: a temporary branch is not rated.</summary>
    public static readonly Entry ReasonTemporary = new("临时支部不定级", "temporary branch: not rated");

    /// <summary>veto force: the veto sets the rating.</summary>
    public static readonly Entry ReasonVetoForce = new("触发一票否决「{0}」，直接定为{1}", "veto '{0}' fired: rated {1}");

    /// <summary>veto cap that lowered the rating.</summary>
    public static readonly Entry ReasonVetoCap = new("触发一票否决「{0}」，最高定为{1}", "veto '{0}' fired: at most {1}");

    /// <summary>veto cap without effect (the rating by score was not above the cap).</summary>
    public static readonly Entry ReasonVetoCapNoEffect = new("触发一票否决「{0}」（最高定为{1}），按得分的评级不高于此，不影响评级", "veto '{0}' fired (at most {1}); the rating by score is not above it, no effect");

    /// <summary>veto cap overridden by a veto that sets the rating.</summary>
    public static readonly Entry ReasonVetoCapOverridden = new("触发一票否决「{0}」（最高定为{1}），以直接定级的否决为准", "veto '{0}' fired (at most {1}), overridden by a veto that sets the rating");

    /// <summary>dynamic: the rise over the previous rating is limited.</summary>
    public static readonly Entry ReasonDynamic = new("动态管理：上期为{2}，本期最多上升 {3} 级，由{0}调为{1}", "dynamic limit: previous {2}, at most {3} tier(s) up: {0} → {1}");

    /// <summary>quota: beyond the 先锋 places. {0} the branch's place, {1} the places as computed (⌊0.3×2⌋ = 0), {2} N, the rated branches.</summary>
    public static readonly Entry ReasonQuota = new("名额控制：已定级支部 {2} 个，先锋名额 = {1} 个，本支部排第 {0} 位，调为中间", "quota: {2} rated branches, 先锋 places = {1}, this branch is number {0}: 中间");

    /// <summary>deduction: points taken off.</summary>
    public static readonly Entry ReasonDeduction = new("扣分「{0}」{1} 分", "deduction '{0}' {1}");

    /// <summary>bonus: points added.</summary>
    public static readonly Entry ReasonBonus = new("加分「{0}」{1} 分", "bonus '{0}' {1}");

    /// <summary>imputed: indicators whose missing value was filled.</summary>
    public static readonly Entry ReasonImputed = new("缺失值已按规则补齐的指标：{0}", "missing values filled for: {0}");

    /// <summary>treated: indicators whose outlying value was treated.</summary>
    public static readonly Entry ReasonTreated = new("异常值已按规则处理的指标：{0}", "outliers treated for: {0}");

    /// <summary>Red line: a form-4 case of a unit leader.</summary>
    public static readonly Entry AlertForm4UnitLeader = new("红线：班子成员受第四种形态处理（问题编号 {0}）", "red line: a unit leader was dealt with under the fourth form (finding {0})");

    /// <summary>Red line: more than 10 % of the rated branches 落后, and at least the declared count. {0} share, {1} 10 %, {2} 落后 branches, {3} rated branches, {4} the fewest.</summary>
    public static readonly Entry AlertLaggardShare = new("红线：落后支部 {2} 个，占已定级支部 {3} 个的 {0}，超过 {1} 且不少于 {4} 个", "red line: {2} of the {3} rated branches are 落后 ({0}), above {1} and at least {4}");

    /// <summary>Warning: too few cases handled under the first form.</summary>
    public static readonly Entry AlertEarlyHandling = new("抓早抓小：第一种形态 {0} 件，占全部 {1} 件，低于 {2}", "early handling: {0} of {1} cases under the first form, below {2}");
}
