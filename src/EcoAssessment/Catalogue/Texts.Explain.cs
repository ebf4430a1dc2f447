namespace EcoAssessment.Catalogue;

/// <summary>
/// The catalogue's texts of true explanations: a comparison that did not hold, shown with the side it fell on, and the
/// declared movement threshold of a trend's direction (core; <c>eco explain</c>, <c>eco trend</c>).
/// </summary>
internal static partial class Texts
{
    /// <summary>
    /// Condition: a comparison that does not hold. {0} the comparators the value failed, turned to the side the value is
    /// on (<c>≥ 0.9</c> for a declared <c>below: 0.9</c>), {1} the declared comparison (<c>&lt; 0.9</c>).
    /// </summary>
    public static readonly Entry ConditionFailed = new("{0}（条件 {1} 不成立）", "{0} (condition {1} not met)");

    /// <summary>Direction of a series: the score fell by at least the threshold from its first to its last period.</summary>
    public static readonly Entry TrendDirectionDown = new("下降", "declining");

    /// <summary>Direction of a series: the score rose by at least the threshold from its first to its last period.</summary>
    public static readonly Entry TrendDirectionUp = new("上升", "improving");

    /// <summary>Direction of a series: the score moved by less than the threshold, or fewer than two periods have a score.</summary>
    public static readonly Entry TrendDirectionSteady = new("平稳", "steady");

    /// <summary>The rule of the direction column, under a trend's heading. {0} the threshold in points.</summary>
    public static readonly Entry TrendDirectionRule = new(
        "方向：末期分数较首期上升至少 {0} 分为「上升」，下降至少 {0} 分为「下降」，否则为「平稳」（阈值 {0} 分，可用 --direction-threshold 更改）。",
        "Direction: the score of the last period against the first — up by at least {0} points is improving, down by at least {0} points is declining, otherwise steady (threshold {0} points, --direction-threshold to change it).");

    /// <summary>The section of branches whose score fell by at least the threshold. {0} how many.</summary>
    public static readonly Entry TrendDecliningBranches = new("### 分数下降的支部（{0} 个）", "### Branches whose score declined ({0})");

    /// <summary>The header of a direction column that names its threshold. {0} the header (走势), {1} the threshold in points.</summary>
    public static readonly Entry TrendColumnWithThreshold = new("{0}（±{1} 分）", "{0} (±{1} points)");

    /// <summary>Help of <c>eco trend --direction-threshold</c>. {0} the rule-file key.</summary>
    public static readonly Entry CliTrendDirectionThreshold = new(
        "方向阈值（分）：末期较首期分数变动至少该值为上升或下降，否则为平稳；不指定时取规则文件的 {0}，规则文件也没有则为 3",
        "direction threshold in points: a move of at least this much from the first to the last period is improving or declining, else steady; without it the rule file's {0}, else 3");

    /// <summary>Error of <c>eco trend --direction-threshold</c>. {0} the value given.</summary>
    public static readonly Entry CliTrendDirectionThresholdInvalid = new(
        "--direction-threshold 须为大于 0 的分数（如 3），现为「{0}」",
        "--direction-threshold must be a number of points above 0 (such as 3); found '{0}'");
}
