namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the quota's rounding and minimum and of the 落后-share red line's count (core and rule reading).</summary>
internal static partial class Texts
{
    /// <summary>A quota rounding that is none of the three. {0} the key, {1} the value as written, {2} the choices.</summary>
    public static readonly Entry RuleQuotaRounding = new(
        "{0} 的取值「{1}」不对；须是 {2}（向下取整，默认：先锋不超过比例；四舍五入；向上取整）",
        "{0} '{1}' must be {2} (round down, the default: never more 先锋 than the share; to the nearest; round up)");

    /// <summary>A negative quota minimum. {0} the value.</summary>
    public static readonly Entry QuotaMinInvalid = new(
        "rating.quota.min 为 {0}；请给出不小于 0 的整数（先锋名额至少几个），例如 1",
        "rating.quota.min is {0}; give a whole number of at least 0 (the fewest 先锋 places), such as 1");

    /// <summary>A 落后 count for the red line below 1. {0} the value.</summary>
    public static readonly Entry LaggardMinCountInvalid = new(
        "rollup.laggard_min_count 为 {0}；请给出不小于 1 的整数（落后支部至少几个才算红线），默认 2",
        "rollup.laggard_min_count is {0}; give a whole number of at least 1 (the fewest 落后 branches for the red line), 2 by default");

    /// <summary>The quota reason of a code written before it named N and the rounding (place only). {0} the place, {1} the places.</summary>
    public static readonly Entry ReasonQuotaPlacesOnly = new("名额控制：先锋限 {1} 个，本支部排第 {0} 位，调为中间", "quota: {1} 先锋 places, this branch is number {0}: 中间");

    /// <summary>The 落后-share red line of a code written before it named the count. {0} the share, {1} 10 %.</summary>
    public static readonly Entry AlertLaggardShareOnly = new("红线：落后支部占已定级支部的 {0}，超过 {1}", "red line: {0} of the rated branches are 落后, above {1}");
}
