namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's sentences for 第一种形态 as early care (DOMAIN §5): C2's forms and the roll-up's first-form share.</summary>
internal static partial class Texts
{
    /// <summary>A finding-count measure whose forms list is empty or names a form outside 1–4.</summary>
    public static readonly Entry FindingCountFormsInvalid = new(
        "指标「{0}」：finding_count 的 {1} 须列出 1–4 中的形态（默认 [2, 3, 4]：第一种形态是抓早抓小，不计入），而不是「{2}」",
        "indicator '{0}': finding_count's {1} must list forms among 1–4 (default [2, 3, 4]: the first form is early care and not counted), not '{2}'");

    /// <summary>early_care: the roll-up's positive signal, the first form's share of all handling at or above the threshold.</summary>
    public static readonly Entry SignalEarlyCare = new(
        "抓早抓小：第一种形态 {0} 件，占全部 {1} 件的 {2}，不低于 {3}",
        "early care: {0} of {1} cases under the first form ({2}), at or above {3}");

    /// <summary>The 单位 sheet's column of positive signals (the first-form share).</summary>
    public static readonly Entry WbColSignals = new("抓早抓小（第一种形态占比）", "Early care (first-form share)");

    /// <summary>The Markdown roll-up table's column of positive signals, appended to its header.</summary>
    public static readonly Entry MdUnitSignalsColumn = new("抓早抓小", "Early care");
}
