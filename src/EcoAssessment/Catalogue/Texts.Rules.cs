namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of rule files and their validation (core).</summary>
internal static partial class Texts
{
    /// <summary>A rule set without dimensions.</summary>
    public static readonly Entry NoDimensions = new(
        "规则集没有声明任何维度；请至少声明一个维度及其指标",
        "the rule set declares no dimensions; declare at least one with its indicators");

    /// <summary>A dimension id declared twice.</summary>
    public static readonly Entry DimensionDeclaredTwice = new(
        "维度编号「{0}」重复声明；每个维度须有唯一的编号",
        "dimension id '{0}' is declared twice");

    /// <summary>A dimension weight that is not positive or too large.</summary>
    public static readonly Entry DimensionWeightInvalid = new(
        "维度「{0}」的权重为 {1}；权重须大于 0 且不超过 10^6",
        "dimension '{0}' has weight {1}; weights must be positive and at most 10^6");

    /// <summary>A dimension without indicators.</summary>
    public static readonly Entry DimensionNoIndicators = new(
        "维度「{0}」没有指标；请至少声明一个",
        "dimension '{0}' has no indicators; declare at least one");

    /// <summary>An indicator id declared twice.</summary>
    public static readonly Entry IndicatorDeclaredTwice = new(
        "指标编号「{0}」重复声明；各维度的指标编号须互不相同",
        "indicator id '{0}' is declared twice; ids are unique across dimensions");

    /// <summary>An indicator weight that is not positive or too large.</summary>
    public static readonly Entry IndicatorWeightInvalid = new(
        "指标「{0}」的权重为 {1}；权重须大于 0 且不超过 10^6",
        "indicator '{0}' has weight {1}; weights must be positive and at most 10^6");

    /// <summary>A normalisation whose two ends are equal (goalposts low/high, minmax lo/hi).</summary>
    public static readonly Entry NormalisationEndsEqual = new(
        "指标「{0}」：{1} 的 {2} 与 {3} 相等；请给出两个不同的值",
        "indicator '{0}': {1} {2} and {3} are equal; give two different values");

    /// <summary>A z-score normalisation whose s is not positive.</summary>
    public static readonly Entry ZScoreNotPositive = new(
        "指标「{0}」：{1} 的 {2} 须大于 0",
        "indicator '{0}': {1} {2} must be positive");

    /// <summary>The geometric mean with a normalisation that can give 0 or less.</summary>
    public static readonly Entry GeometricNeedsPositive = new(
        "指标「{0}」：几何平均要求取值大于 0，而 {1} 可能得到 0 或负值；请归一化到从 1 开始的区间，例如 {2}",
        "indicator '{0}': the geometric mean needs values above 0, and {1} can give 0 or less; normalise to a range starting at 1, e.g. {2}");

    /// <summary>An adjustment id declared twice.</summary>
    public static readonly Entry AdjustmentDeclaredTwice = new(
        "加减分规则编号「{0}」重复声明；每条规则须有唯一的编号",
        "adjustment id '{0}' is declared twice");

    /// <summary>An adjustment's points below 0.</summary>
    public static readonly Entry AdjustmentPointsNegative = new(
        "加减分规则「{0}」：{1} 须 ≥ 0（扣分项减去此分值）",
        "adjustment '{0}': {1} must be ≥ 0 (a deduction subtracts them)");

    /// <summary>An adjustment's cap below 0.</summary>
    public static readonly Entry AdjustmentCapNegative = new(
        "加减分规则「{0}」：{1} 须 ≥ 0",
        "adjustment '{0}': {1} must be ≥ 0");

    /// <summary>Adjustment bounds not in order.</summary>
    public static readonly Entry BoundsInvalid = new(
        "{0} 须为 [下限, 上限]，且下限 < 上限",
        "{0} must be [lower, upper] with lower < upper");

    /// <summary>A minimum coverage outside 0 to 1.</summary>
    public static readonly Entry MinCoverageInvalid = new(
        "{0} 为 {1}；请给出 0 到 1 之间的比例（0.7 即 70 %）",
        "{0} is {1}; give a fraction from 0 to 1 (0.7 = 70 %)");

    /// <summary>The 先锋 line below the 落后 line.</summary>
    public static readonly Entry ThresholdsOutOfOrder = new(
        "先锋.min {0} 低于 落后.below {1}；先锋线须不低于落后线",
        "先锋.min {0} is below 落后.below {1}; 先锋 must start at or above where 落后 ends");

    /// <summary>A 先锋 line above the highest possible score.</summary>
    public static readonly Entry VanguardUnreachable = new(
        "先锋.min {0} 高于可能的最高得分 {1}；没有支部能评为先锋",
        "先锋.min {0} is above the highest possible score {1}; no branch can be 先锋");

    /// <summary>A 落后 line at or below the lowest possible score.</summary>
    public static readonly Entry LaggardUnreachable = new(
        "落后.below {0} 不高于可能的最低得分 {1}；只有一票否决才会评为落后",
        "落后.below {0} is at or below the lowest possible score {1}; only vetoes can give 落后");

    /// <summary>A 先锋 quota outside (0, 1].</summary>
    public static readonly Entry QuotaInvalid = new(
        "rating.quota.先锋 为 {0}；请给出 (0, 1] 之间的比例，例如 0.30",
        "rating.quota.先锋 is {0}; give a share in (0, 1] such as 0.30");

    /// <summary>A grade name declared twice.</summary>
    public static readonly Entry GradeDeclaredTwice = new(
        "等级「{0}」重复声明；每个等级须有唯一的名称",
        "grade '{0}' is declared twice");

    /// <summary>A grade that maps onto no rating.</summary>
    public static readonly Entry GradeUnmapped = new(
        "等级「{0}」须对应先锋、中间或落后",
        "grade '{0}' must map onto 先锋, 中间 or 落后");

    /// <summary>Grades not listed from the highest.</summary>
    public static readonly Entry GradesOutOfOrder = new(
        "等级须从高到低排列：「{0}」的 {2} 须低于「{1}」，且只有最后一个等级可以不填 {2}",
        "grades are listed from the highest: '{0}' must have a lower {2} than '{1}', and only the last grade may omit {2}");

    /// <summary>A grade mapping onto a higher rating than the grade above it.</summary>
    public static readonly Entry GradeRatingAbove = new(
        "等级「{0}」对应的评级高于其上一个等级",
        "grade '{0}' maps onto a higher rating than the grade above it");

    /// <summary>A veto id declared twice.</summary>
    public static readonly Entry VetoDeclaredTwice = new(
        "一票否决编号「{0}」重复声明；每条一票否决须有唯一的编号",
        "veto id '{0}' is declared twice");

    /// <summary>A veto tier its effect cannot take ({2}: the 先锋 a force may also take).</summary>
    public static readonly Entry VetoTierInvalid = new(
        "一票否决「{0}」：{1} 只能取中间或落后{2}",
        "veto '{0}': {1} takes 中间 or 落后{2}");

    /// <summary>The 先锋 that a forcing veto may also take.</summary>
    public static readonly Entry VetoForceAlsoVanguard = new(
        "（或先锋）",
        " (or 先锋)");

    /// <summary>A tie-break key naming an undeclared dimension.</summary>
    public static readonly Entry TieBreakUnknownDimension = new(
        "{1} 引用的维度「{0}」未声明；已声明：{2}",
        "{1} names dimension '{0}', which is not declared; declared: {2}");

    /// <summary>A tie-break key naming an undeclared indicator.</summary>
    public static readonly Entry TieBreakUnknownIndicator = new(
        "{1} 引用的指标「{0}」未声明",
        "{1} names indicator '{0}', which is not declared");

    /// <summary>A combined-weighting alpha outside 0 to 1.</summary>
    public static readonly Entry AlphaInvalid = new(
        "{0} 为 {1}；请给出 0 到 1 之间的主观权重占比",
        "{0} is {1}; give the subjective share from 0 to 1");

    /// <summary>Indicator weighting for an undeclared dimension.</summary>
    public static readonly Entry WeightingUnknownDimension = new(
        "{0} 引用的维度「{1}」未声明",
        "{0} names dimension '{1}', which is not declared");

    /// <summary>The dimensions, as a level of weighting.</summary>
    public static readonly Entry WeightLevelDimensions = new(
        "各维度",
        "the dimensions");

    /// <summary>A dimension's indicators, as a level of weighting.</summary>
    public static readonly Entry WeightLevelIndicatorsOf = new(
        "维度「{0}」的各指标",
        "the indicators of '{0}'");

    /// <summary>AHP weights without their matrix.</summary>
    public static readonly Entry AhpNeedsMatrix = new(
        "{0}的 AHP 权重需要判断矩阵 {1}：按声明顺序给出两两比较",
        "AHP weights for {0} need a {1}: the pairwise comparisons, in the order they are declared");

    /// <summary>An AHP matrix of the wrong size.</summary>
    public static readonly Entry AhpMatrixSize = new(
        "{0}的 AHP 判断矩阵为 {1}×{2}，但共有 {3} 项；请按声明顺序为每项给出一行一列",
        "the AHP matrix for {0} is {1}×{2}, but there are {3}; give one row and column per child, in declared order");

    /// <summary>What is wrong with an AHP matrix.</summary>
    public static readonly Entry AhpMatrixProblem = new(
        "{0}的 AHP 判断矩阵：{1}",
        "the AHP matrix for {0}: {1}");

    /// <summary>An inconsistent AHP matrix.</summary>
    public static readonly Entry AhpInconsistent = new(
        "{0}的 AHP 判断矩阵不一致：{3} = {1:0.000} ≥ 0.1；请修改判断，或加上 {2}",
        "the AHP matrix for {0} is inconsistent: {3} = {1:0.000} ≥ 0.1; revise the judgements, or add {2}");

    /// <summary>An AHP matrix that is not square.</summary>
    public static readonly Entry AhpNotSquare = new(
        "判断矩阵不是方阵",
        "the matrix is not square");

    /// <summary>An AHP matrix with too many criteria.</summary>
    public static readonly Entry AhpTooLarge = new(
        "AHP 只接受 1 到 {0} 项（随机一致性指标表到此为止）；此矩阵有 {1} 项",
        "AHP takes 1 to {0} criteria (the random-index table ends there); the matrix has {1}");

    /// <summary>An AHP cell that is not a positive number.</summary>
    public static readonly Entry AhpCellNotPositive = new(
        "第 ({0},{1}) 格不是正数",
        "cell ({0},{1}) is not a positive number");

    /// <summary>An AHP diagonal cell other than 1.</summary>
    public static readonly Entry AhpDiagonalNotOne = new(
        "对角线上的第 ({0},{0}) 格须为 1",
        "the diagonal cell ({0},{0}) must be 1");

    /// <summary>Two AHP cells that are not reciprocal.</summary>
    public static readonly Entry AhpNotReciprocal = new(
        "第 ({0},{1}) 格与第 ({1},{0}) 格不互为倒数：a_ji 须等于 1/a_ij",
        "cells ({0},{1}) and ({1},{0}) are not reciprocal: a_ji must be 1/a_ij");

    /// <summary>A meeting measure without meeting types.</summary>
    public static readonly Entry MeasureNeedsMeetingType = new(
        "指标「{0}」：{1} 至少需要一种会议类型",
        "indicator '{0}': {1} needs at least one meeting type");

    /// <summary>Expected meetings per year not positive.</summary>
    public static readonly Entry ExpectedMeetingsNotPositive = new(
        "指标「{0}」：每年应开会议次数须大于 0",
        "indicator '{0}': expected meetings per year must be positive");

    /// <summary>A finding-severity measure with a bad per_members or form weights.</summary>
    public static readonly Entry FindingSeverityInvalid = new(
        "指标「{0}」：per_members 须大于 0，form_weights 须把形态 1–4 对应到 ≥ 0 的权重",
        "indicator '{0}': per_members must be positive and form_weights map forms 1–4 to weights ≥ 0");

    /// <summary>A finding-count measure without categories or with a bad per_members.</summary>
    public static readonly Entry FindingCountInvalid = new(
        "指标「{0}」：finding_count 需要问题类别 {1} 和大于 0 的 per_members",
        "indicator '{0}': finding_count needs {1} and a positive per_members");

    /// <summary>A study-compliance measure without a positive target.</summary>
    public static readonly Entry StudyComplianceNoTarget = new(
        "指标「{0}」：study_compliance 需要大于 0 的年度目标：学时 {1} 和/或积分 {2}",
        "indicator '{0}': study_compliance needs a positive target: {1} and/or {2} a year");

    /// <summary>A study-forms measure without forms.</summary>
    public static readonly Entry StudyFormsNone = new(
        "指标「{0}」：study_forms 需要列出计入的学习形式",
        "indicator '{0}': study_forms needs the list of forms to count");

    /// <summary>An assessment-ratio measure without item prefixes.</summary>
    public static readonly Entry AssessmentRatioNoPrefixes = new(
        "指标「{0}」：assessment_ratio 需要考评项目编号前缀，例如 [CO-]",
        "indicator '{0}': assessment_ratio needs item prefixes such as [CO-]");

    /// <summary>An empty any: or all: condition.</summary>
    public static readonly Entry EmptyAnyAll = new(
        "{0} 和 {1} 至少需要一个条件（空的 {1} 对每个支部都成立）",
        "{0} and {1} need at least one condition (an empty {1} would hold for every branch)");

    /// <summary>A condition naming an undeclared indicator.</summary>
    public static readonly Entry ConditionUnknownIndicator = new(
        "条件引用的指标「{0}」未声明；已声明：{1}",
        "condition names indicator '{0}', which is not declared; declared: {1}");

    /// <summary>A finding form outside 1–4 in a condition.</summary>
    public static readonly Entry FormOutsideFour = new(
        "形态 {0} 不属于{1} 1–4；此条件永远不会成立",
        "form {0} is not one of the {1} 1–4; the condition could never match");

    /// <summary>A comparison without a comparator.</summary>
    public static readonly Entry ComparisonEmpty = new(
        "比较缺少比较符；请加上 {0}、{1}、{2} 或 {3}",
        "the comparison has no comparator; add {0}, {1}, {2} or {3}");

    /// <summary>The first line of a RuleSetException's message, before the problems.</summary>
    public static readonly Entry RuleSetInvalid = new("规则集无效：", "invalid rule set:");

    // Rule set meets dataset (DatasetChecks).

    /// <summary>A run whose period is of another kind than the rule set is written for.</summary>
    public static readonly Entry PeriodKindDiffers = new(
        "规则集「{0}」按{1}考核期编写，但本次运行的考核期为 {2}；应开次数已按比例折算，但每年一次的事项（{3}）可能不在此期间内",
        "the rule set '{0}' is written for {1} periods but the run is for {2}; expectations are pro-rated, but items held once a year ({3}) may fall outside it");

    /// <summary>A year, as the kind of period a rule set is written for.</summary>
    public static readonly Entry PeriodKindYear = new("年度", "year");

    /// <summary>A half year, as the kind of period a rule set is written for.</summary>
    public static readonly Entry PeriodKindHalf = new("半年", "half");

    /// <summary>A quarter, as the kind of period a rule set is written for.</summary>
    public static readonly Entry PeriodKindQuarter = new("季度", "quarter");

    /// <summary>A month, as the kind of period a rule set is written for.</summary>
    public static readonly Entry PeriodKindMonth = new("月度", "month");

    /// <summary>A range of days, as the kind of period a rule set is written for.</summary>
    public static readonly Entry PeriodKindRange = new("自定义区间", "range");

    /// <summary>The kind of a period in a sentence.</summary>
    public static Entry PeriodKindName(Model.PeriodKind kind) => kind switch
    {
        Model.PeriodKind.Year => PeriodKindYear,
        Model.PeriodKind.Half => PeriodKindHalf,
        Model.PeriodKind.Quarter => PeriodKindQuarter,
        Model.PeriodKind.Month => PeriodKindMonth,
        _ => PeriodKindRange,
    };

    /// <summary>A condition reading a fact that no branch has.</summary>
    public static readonly Entry FactNowhere = new(
        "「{0}」读取的事实「{1}」在所有支部中都没有（既不是支部表的列，也不在指标表中）：此条件永远不成立",
        "'{0}' reads the fact '{1}', which no branch has (not a branches column, not in the indicators table): the condition is never true");
}
