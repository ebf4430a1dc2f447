using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>
/// A rule set as declared (DESIGN.md §4): dimensions and indicators, weighting, aggregation, adjustments, rating and
/// roll-up. Immutable; build a <see cref="Pipeline.Plan"/> from it to validate cross-references and run it.
/// </summary>
public sealed record RuleSet
{
    /// <summary>The rule set's id, e.g. <c>iron-army</c>; written in every output's metadata.</summary>
    public required string Id { get; init; }

    /// <summary>The rule set's display name, e.g. 生态环保铁军"双强双优"考评.</summary>
    public required string Name { get; init; }

    /// <summary>The rule set's version, e.g. <c>2024.1</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The period kind the rule set is written for (its expectations are per year and pro-rated).</summary>
    public PeriodKind PeriodKind { get; init; } = PeriodKind.Year;

    /// <summary>The dimensions with their indicators, in declaration order (at least one).</summary>
    public required IReadOnlyList<DimensionRule> Dimensions { get; init; }

    /// <summary>How weights are set; default manual (the declared weights).</summary>
    public WeightingRule Weighting { get; init; } = new(WeightingMethod.Manual);

    /// <summary>How indicators and dimensions are combined; default arithmetic.</summary>
    public AggregationMethod Aggregation { get; init; } = AggregationMethod.Arithmetic;

    /// <summary>Outlier treatment of the derived values before normalisation (default: none).</summary>
    public OutlierRule Outliers { get; init; } = new(false, 5);

    /// <summary>How values that are not available are filled (default: not at all).</summary>
    public ImputationRule Imputation { get; init; } = new(ImputationMethod.None, ImputationGroup.Unit);

    /// <summary>The limits of 容错 the rule set allows beyond the default (default: none, form 3 and 4 cases are never exempt or lenient).</summary>
    public ToleranceRules Tolerance { get; init; } = new(false);

    /// <summary>Deductions, bonuses and the score bounds; default none, bounds [0, 100].</summary>
    public AdjustmentRules Adjustments { get; init; } = new([], [], 0, 100);

    /// <summary>Coverage, thresholds, vetoes, dynamic limit, quota and tie-break.</summary>
    public required RatingRules Rating { get; init; }

    /// <summary>The roll-up's weighting and health bands; null: member-weighted, no bands.</summary>
    public RollupRules? Rollup { get; init; }

    /// <summary>The trend's direction threshold (<c>trend:</c>); null: 3 points, unless <c>eco trend --direction-threshold</c> says otherwise.</summary>
    public TrendRules? Trend { get; init; }

    /// <summary>
    /// Tables the rule set reads that this assessment may lack (rule file <c>inputs: { optional: [findings] }</c>): without
    /// one the indicators that read it are not available and the outputs say so; any other table the rule set reads must
    /// be in the dataset. Default none.
    /// </summary>
    public IReadOnlySet<InputTable> OptionalTables { get; init; } = new HashSet<InputTable>();

    /// <summary>Where the rule set was read from (the file), for diagnostics.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary>A dimension (e.g. 政治强) with its weight and indicators.</summary>
/// <param name="Id">The id, e.g. <c>political</c>; unique in the rule set.</param>
/// <param name="Name">The display name, e.g. 政治强.</param>
/// <param name="Weight">The relative weight among the dimensions, &gt; 0 and ≤ 10^6 under manual or combined weighting; renormalised over dimensions with data.</param>
/// <param name="Indicators">The indicators, in declaration order (at least one).</param>
/// <param name="Location">Where the dimension is written in the rule file; null when built in code.</param>
public sealed record DimensionRule(string Id, string Name, double Weight, IReadOnlyList<IndicatorRule> Indicators, SourceLocation? Location = null)
{
    /// <summary>Where the weight is written (for problems with the weight itself).</summary>
    public SourceLocation? WeightLocation { get; init; }
}

/// <summary>Whether a larger raw value is better.</summary>
public enum Direction
{
    /// <summary>A larger raw value is better.</summary>
    Higher,

    /// <summary>A smaller raw value is better (findings, for instance).</summary>
    Lower,
}

/// <summary>An indicator: how its raw value is measured, its direction, normalisation and weight in its dimension.</summary>
/// <param name="Id">The id, e.g. <c>org_life_completion</c>; unique in the rule set; the CSV column is <c>ind.ID</c>.</param>
/// <param name="Name">The display name, e.g. 三会一课完成率.</param>
/// <param name="Measure">How the raw value is derived from the records, in its natural unit (rates 0–1).</param>
/// <param name="Direction">Whether a larger raw value is better.</param>
/// <param name="Normalisation">How the raw value becomes 0–100.</param>
/// <param name="Weight">The relative weight in its dimension, &gt; 0 and ≤ 10^6 under manual or combined weighting.</param>
/// <param name="Location">Where the indicator is written in the rule file; null when built in code.</param>
public sealed record IndicatorRule(
    string Id,
    string Name,
    Measure Measure,
    Direction Direction,
    NormalisationRule Normalisation,
    double Weight,
    SourceLocation? Location = null)
{
    /// <summary>Where the weight is written (for problems with the weight itself).</summary>
    public SourceLocation? WeightLocation { get; init; }
}

/// <summary>
/// How a level's weights are set: as declared (manual), all 1 (equal), from a pairwise comparison matrix (AHP), or
/// from the data of the rated branches (entropy, CRITIC), or α·manual + (1 − α)·entropy (combined).
/// </summary>
public enum WeightingMethod
{
    /// <summary>The declared weights (the default).</summary>
    Manual,

    /// <summary>Every child weighs the same.</summary>
    Equal,

    /// <summary>From a pairwise comparison matrix (analytic hierarchy process); CR must be below 0.1 unless allowed.</summary>
    Ahp,

    /// <summary>Entropy weights from the rated branches' normalised values.</summary>
    Entropy,

    /// <summary>CRITIC weights (contrast and conflict) from the rated branches' normalised values.</summary>
    Critic,

    /// <summary>α·manual + (1 − α)·entropy, α = <see cref="WeightingRule.Alpha"/>.</summary>
    Combined,
}

/// <summary>
/// The weighting of one level: the dimensions, or the indicators of one dimension. For AHP, <c>Matrix</c> is the pairwise
/// comparison matrix in the order the children are declared; <c>AllowInconsistent</c> accepts one with CR ≥ 0.1.
/// </summary>
/// <param name="Method">The method for this level.</param>
/// <param name="Matrix">For AHP: the pairwise comparison matrix in declaration order; null otherwise.</param>
/// <param name="AllowInconsistent">Accept an AHP matrix with CR ≥ 0.1; default false.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record LevelWeighting(WeightingMethod Method, double[,]? Matrix = null, bool AllowInconsistent = false, SourceLocation? Location = null);

/// <summary>
/// The weighting of the hierarchy: <see cref="Method"/> for every level, unless <see cref="Dimensions"/> or an entry of
/// <see cref="Indicators"/> (by dimension id) says otherwise. <see cref="Alpha"/> is the subjective share of combined.
/// </summary>
/// <param name="Method">The method for every level unless overridden; default manual.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record WeightingRule(WeightingMethod Method, SourceLocation? Location = null)
{
    /// <summary>The weighting of the dimensions when it differs from <see cref="Method"/>; null: <see cref="Method"/>.</summary>
    public LevelWeighting? Dimensions { get; init; }

    /// <summary>Per dimension id, the weighting of its indicators when it differs from <see cref="Method"/>.</summary>
    public IReadOnlyDictionary<string, LevelWeighting> Indicators { get; init; } = new Dictionary<string, LevelWeighting>();

    /// <summary>The subjective (manual) share α of <see cref="WeightingMethod.Combined"/>, 0–1; default 0.5.</summary>
    public double Alpha { get; init; } = 0.5;

    /// <summary>The weighting of the dimensions.</summary>
    public LevelWeighting ForDimensions => Dimensions ?? new LevelWeighting(Method, Location: Location);

    /// <summary>The weighting of one dimension's indicators.</summary>
    public LevelWeighting ForIndicators(string dimension) => Indicators.TryGetValue(dimension, out var l) ? l : new LevelWeighting(Method, Location: Location);
}

/// <summary>How children are combined: weighted arithmetic mean, or weighted geometric mean (all values must be &gt; 0).</summary>
public enum AggregationMethod
{
    /// <summary>Weighted arithmetic mean (the default).</summary>
    Arithmetic,

    /// <summary>Weighted geometric mean; every value must be &gt; 0.</summary>
    Geometric,
}

/// <summary>Outlier treatment: winsorise (with a log fallback) indicators whose |skew| &gt; 2 and kurtosis &gt; 3.5.</summary>
/// <param name="Winsorise">Whether to treat outliers at all.</param>
/// <param name="MaxPoints">The most points winsorised per indicator before falling back to a log transform.</param>
/// <param name="Location">Where the rule is written.</param>
public sealed record OutlierRule(bool Winsorise, int MaxPoints, SourceLocation? Location = null);

/// <summary>
/// The limits of 容错 (tolerance). 容错 spares mistakes made while carrying out duties (问责条例 §17), not serious discipline
/// cases: a finding of form 3 or 4 is never 容错免责 (exempt), and 从轻/减轻 (lenient) is already reflected in the form chosen,
/// so a lenient form-3 or form-4 finding is an input error too, unless <see cref="LenientForm3"/> allows it for form 3.
/// Nothing allows anything for form 4.
/// </summary>
/// <param name="LenientForm3">Whether a form-3 finding may be marked lenient (rule file <c>tolerance: { lenient_form3: true }</c>).</param>
/// <param name="Location">Where it is written in the rule file; null when built in code or not written.</param>
public sealed record ToleranceRules(bool LenientForm3, SourceLocation? Location = null);

/// <summary>Imputation: none (default: not available stays not available), the indicator mean, or the group mean.</summary>
public enum ImputationMethod
{
    /// <summary>Not available stays not available (the default).</summary>
    None,

    /// <summary>The indicator's mean over the rated branches.</summary>
    Mean,

    /// <summary>The mean of the branch's group (<see cref="ImputationGroup"/>).</summary>
    GroupMean,
}

/// <summary>The group of <see cref="ImputationMethod.GroupMean"/>: the branch's unit or its type.</summary>
public enum ImputationGroup
{
    /// <summary>The branch's unit (the default).</summary>
    Unit,

    /// <summary>The branch's type (regular, joint, temporary).</summary>
    Type,
}

/// <summary>How missing indicator values are imputed; imputed values are flagged and excluded from coverage.</summary>
/// <param name="Method">None (default), mean or group mean.</param>
/// <param name="By">The group of the group mean: unit (default) or type.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record ImputationRule(ImputationMethod Method, ImputationGroup By, SourceLocation? Location = null);

/// <summary>Deductions and bonuses, and the bounds the adjusted score is clamped to.</summary>
/// <param name="Deductions">Deductions, subtracted from the aggregate.</param>
/// <param name="Bonuses">Bonuses, added to it.</param>
/// <param name="LowerBound">The lowest adjusted score; default 0.</param>
/// <param name="UpperBound">The highest adjusted score; default 100.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record AdjustmentRules(
    IReadOnlyList<AdjustmentRule> Deductions,
    IReadOnlyList<AdjustmentRule> Bonuses,
    double LowerBound,
    double UpperBound,
    SourceLocation? Location = null);

/// <summary>
/// A deduction or bonus: <see cref="Points"/> per matching finding when the condition is a bare finding condition,
/// otherwise once when the condition holds; the total is capped at <see cref="Cap"/> when given.
/// </summary>
/// <param name="Id">The id, unique among adjustments.</param>
/// <param name="Name">The display name, e.g. 整改逾期.</param>
/// <param name="When">The condition; a bare finding condition counts per matching finding.</param>
/// <param name="Points">Points per match (or once), ≥ 0.</param>
/// <param name="Cap">The most points in total; null for no cap.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record AdjustmentRule(string Id, string Name, Condition When, double Points, double? Cap, SourceLocation? Location = null);

/// <summary>Rating thresholds on the 2-decimal score: ≥ VanguardMin is 先锋; below LaggardBelow is 落后.</summary>
/// <param name="VanguardMin">The lowest 先锋 score, 0–100; must be ≥ <paramref name="LaggardBelow"/>.</param>
/// <param name="LaggardBelow">Scores below it are 落后, 0–100.</param>
/// <param name="Location">Where the thresholds are written; null when built in code.</param>
public sealed record Thresholds(decimal VanguardMin, decimal LaggardBelow, SourceLocation? Location = null);

/// <summary>What a veto does: force the rating to 落后, or cap it (no higher than the given tier).</summary>
public enum VetoEffect
{
    /// <summary>Force the rating to the tier (落后); wins over a cap.</summary>
    Force,

    /// <summary>The rating can be no better than the tier (e.g. 中间); does not apply to 未定级.</summary>
    Cap,
}

/// <summary>一票否决: a declared condition that forces or caps the rating.</summary>
/// <param name="Id">The id, unique among vetoes.</param>
/// <param name="Name">The display name, e.g. 组织生活制度形同虚设.</param>
/// <param name="When">The condition.</param>
/// <param name="Effect">Force or cap.</param>
/// <param name="Tier">The tier forced (落后) or the best tier kept (e.g. 中间).</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record VetoRule(string Id, string Name, Condition When, VetoEffect Effect, Rating Tier, SourceLocation? Location = null)
{
    /// <summary>For a cap written with a grade name: the best grade a branch can keep (its rating is capped at the grade's).</summary>
    public string? GradeCap { get; init; }

    /// <summary>
    /// Over which days the condition's meeting counts are taken (<c>window:</c>); default the period. Under
    /// <see cref="AnnualWindow.YearToDate"/> a shortfall before 31 December is 未到期 (not yet due), not a fired veto.
    /// </summary>
    public AnnualWindow Window { get; init; }
}

/// <summary>One key of the quota tie-break order: score (desc), a dimension or indicator score (desc), branch_id (asc).</summary>
/// <param name="Kind">What the key compares.</param>
/// <param name="Id">The dimension or indicator id for those kinds; null otherwise.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record TieBreakKey(TieBreakKind Kind, string? Id = null, SourceLocation? Location = null)
{
    /// <summary>The key as written in rule files: <c>score</c>, <c>dimension.ID</c>, <c>indicator.ID</c> or <c>branch_id</c>.</summary>
    public override string ToString() => Kind switch
    {
        TieBreakKind.Score => "score",
        TieBreakKind.BranchId => "branch_id",
        TieBreakKind.Dimension => $"dimension.{Id}",
        _ => $"indicator.{Id}",
    };
}

/// <summary>What a tie-break key compares.</summary>
public enum TieBreakKind
{
    /// <summary>The unrounded score, descending.</summary>
    Score,

    /// <summary>A dimension's score, descending (<see cref="TieBreakKey.Id"/> names it).</summary>
    Dimension,

    /// <summary>An indicator's normalised value, descending (<see cref="TieBreakKey.Id"/> names it).</summary>
    Indicator,

    /// <summary>The branch id, ascending (ordinal): the last resort.</summary>
    BranchId,
}

/// <summary>How the quota's q·N is made a whole number of 先锋 places.</summary>
public enum QuotaRounding
{
    /// <summary>⌊q·N⌋ (<c>floor</c>, the default): never more 先锋 than the share.</summary>
    Floor,

    /// <summary>q·N to the nearest whole number, halves up (<c>round</c>).</summary>
    Round,

    /// <summary>⌈q·N⌉ (<c>ceil</c>): never fewer 先锋 than the share.</summary>
    Ceiling,
}

/// <summary>Dynamic management against the previous period (applied once periods exist).</summary>
/// <param name="MaxPromotion">The most tiers a branch may rise against the previous period; null for no limit.</param>
/// <param name="RectifyAfter">落后 in this many consecutive periods of the same kind puts a branch on the 整顿 list; null for never.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record DynamicRules(int? MaxPromotion, int? RectifyAfter, SourceLocation? Location = null)
{
    /// <summary>
    /// Whether the limit also applies between periods of one calendar year, a quarter against the quarter before
    /// (<c>within_year: true</c>); default false: a quarter is limited only against a period of an earlier year.
    /// </summary>
    public bool WithinYear { get; init; }
}

/// <summary>The rating rules (DESIGN.md §3.9).</summary>
public sealed record RatingRules
{
    /// <summary>Minimum declared share (0–1) of indicators with a real value; below it the branch is 未定级.</summary>
    public double MinCoverage { get; init; }

    /// <summary>The 先锋 minimum and the 落后 limit on the 2-decimal score.</summary>
    public required Thresholds Thresholds { get; init; }

    /// <summary>一票否决 rules, in declaration order; default none.</summary>
    public IReadOnlyList<VetoRule> Vetoes { get; init; } = [];

    /// <summary>The dynamic limit against the previous period and the 整顿 rule; null: none.</summary>
    public DynamicRules? Dynamic { get; init; }

    /// <summary>Largest share (0, 1] of rated branches that may be 先锋; null = no quota.</summary>
    public decimal? VanguardQuota { get; init; }

    /// <summary>Where the quota is written.</summary>
    public SourceLocation? QuotaLocation { get; init; }

    /// <summary>How q·N is made a whole number of 先锋 places (<c>rounding</c>); default floor, never more than the share.</summary>
    public QuotaRounding QuotaRounding { get; init; }

    /// <summary>The fewest 先锋 places whatever q·N gives (<c>min</c>); default 0, none.</summary>
    public int QuotaMin { get; init; }

    /// <summary>Where the quota's minimum is written.</summary>
    public SourceLocation? QuotaMinLocation { get; init; }

    /// <summary>The order of the quota tie-break; default score, then branch_id.</summary>
    public IReadOnlyList<TieBreakKey> TieBreak { get; init; } = [new(TieBreakKind.Score), new(TieBreakKind.BranchId)];

    /// <summary>
    /// Optional finer grades (好/较好/一般/较差 of the 2012 分类定级), highest first, each mapped onto one of the three
    /// ratings. A branch gets the highest grade of its final rating whose minimum its score reaches.
    /// </summary>
    public IReadOnlyList<GradeBand> Grades { get; init; } = [];

    /// <summary>Whether temporary branches are rated (default: scored, listed, 未定级).</summary>
    public bool RateTemporary { get; init; }

    /// <summary>Where the rating rules are written in the rule file; null when built in code.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary>A grade: its name, the minimum decision score (none for the lowest band) and the rating it maps onto.</summary>
/// <param name="Name">The grade, e.g. 较好.</param>
/// <param name="Min">The lowest decision score of the grade; null for the lowest band.</param>
/// <param name="Rating">The rating the grade maps onto.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record GradeBand(string Name, decimal? Min, Rating Rating, SourceLocation? Location = null);

/// <summary>A health band of the roll-up: a colour and the minimum score.</summary>
/// <param name="Name">The band, e.g. 绿.</param>
/// <param name="Min">The lowest roll-up score of the band, 0–100.</param>
public sealed record Band(string Name, double Min);

/// <summary>Roll-up settings (used once the roll-up exists).</summary>
/// <param name="WeightBy">members (default: home members weigh each branch) or branches (each branch weighs 1).</param>
/// <param name="Bands">Health bands, best first; a score below every band is 红.</param>
/// <param name="Location">Where it is written in the rule file; null when built in code.</param>
public sealed record RollupRules(string WeightBy, IReadOnlyList<Band> Bands, SourceLocation? Location = null)
{
    /// <summary>
    /// The fewest 落后 branches for the 落后-share red line (<c>laggard_min_count</c>): the share above 10 % and at
    /// least this many 落后 branches; default 2, so one 落后 branch of a small unit is no red line.
    /// </summary>
    public int LaggardMinCount { get; init; } = 2;

    /// <summary>Where <see cref="LaggardMinCount"/> is written.</summary>
    public SourceLocation? LaggardMinCountLocation { get; init; }
}
