using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>How an indicator's raw value is derived from the records, in its natural unit (rates are fractions 0–1).</summary>
public abstract record Measure
{
    /// <summary>The kind as written in rule files.</summary>
    public abstract string Kind { get; }

    /// <summary>Where the measure is written in the rule file; null when built in code.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary>
/// A1 三会一课完成率: mean over the listed meeting types of min(1, held / expected), expected pro-rated to the period's
/// months; 党小组会 is expected per 党小组 (omitted with none), 支委会 only where a committee exists.
/// </summary>
/// <param name="Types">The meeting types whose held/expected ratios are averaged (each capped at 1).</param>
/// <param name="ExpectedPerYear">Meetings expected per year by type, pro-rated to the period's months (defaults in docs/methods.md).</param>
public sealed record MeetingCompletionMeasure(IReadOnlyList<MeetingType> Types, IReadOnlyDictionary<MeetingType, double> ExpectedPerYear) : Measure
{
    /// <inheritdoc />
    public override string Kind => "meeting_completion";

    /// <summary>Meetings of a type expected per year (before pro-rating to the period); 0 for a type not listed.</summary>
    public double Expected(MeetingType type) =>
        ExpectedPerYear.TryGetValue(type, out var e) ? e : InputCatalogue.DefaultExpectedPerYear(type);
}

/// <summary>A2 主题党日月覆盖: calendar months with a theme_day meeting (or a meeting flagged theme_day) / months in the period.</summary>
public sealed record ThemeDayCoverageMeasure : Measure
{
    /// <inheritdoc />
    public override string Kind => "theme_day_coverage";
}

/// <summary>A3 党员参会率: Σ attendees / Σ (expected − excused) over meetings (of the listed types, all when empty) that give both.</summary>
/// <param name="Types">The meeting types whose attendance (attendees / (expected − excused)) is averaged.</param>
public sealed record AttendanceMeasure(IReadOnlyList<MeetingType> Types) : Measure
{
    /// <inheritdoc />
    public override string Kind => "attendance";
}

/// <summary>A4 组织生活会+民主评议: an equal share for each listed meeting type held at least once (default both halves 0.5).</summary>
/// <param name="Types">The yearly meeting types (组织生活会, 民主评议) of which the share held is taken, 0–1.</param>
public sealed record AnnualReviewMeasure(IReadOnlyList<MeetingType> Types) : Measure
{
    /// <inheritdoc />
    public override string Kind => "annual_review";

    /// <summary>Over which days an item counts as held (the indicator's <c>window:</c>); default the period.</summary>
    public AnnualWindow Window { get; init; }
}

/// <summary>
/// C1 加权问题指数: Σ form weight × tolerance factor over the period's findings with a form, per <see cref="PerMembers"/>
/// members. 第一种形态 is early care (DOMAIN §5): its default weight is 0, so a branch is never worse off for handling a
/// problem early.
/// </summary>
/// <param name="PerMembers">The size the index is scaled to: findings per this many members (default 10).</param>
/// <param name="FormWeights">The weight of each form, 1–4 (default 0, 3, 6, 10); a form not listed weighs 0.</param>
public sealed record FindingSeverityMeasure(double PerMembers, IReadOnlyDictionary<int, double> FormWeights) : Measure
{
    /// <inheritdoc />
    public override string Kind => "finding_severity";
}

/// <summary>
/// C2 四风/八项规定: count × tolerance factor of the period's findings in the listed categories and forms, per
/// <see cref="PerMembers"/> members. A finding without a form is counted (it was not handled as early care).
/// </summary>
/// <param name="Categories">The finding categories counted.</param>
/// <param name="PerMembers">The size the count is scaled to: findings per this many members.</param>
/// <param name="Forms">The forms counted, 1–4; null: <see cref="DefaultForms"/> (2–4: 第一种形态 is early care and not counted).</param>
public sealed record FindingCountMeasure(IReadOnlyList<FindingCategory> Categories, double PerMembers, IReadOnlyList<int>? Forms = null) : Measure
{
    /// <summary>The forms counted when the rule file names none: 2, 3 and 4.</summary>
    public static IReadOnlyList<int> DefaultForms { get; } = [2, 3, 4];

    /// <inheritdoc />
    public override string Kind => "finding_count";

    /// <summary>Whether a finding of <paramref name="form"/> (null: none given) is counted.</summary>
    public bool CountsForm(int? form) => form is not int f || (Forms ?? DefaultForms).Contains(f);
}

/// <summary>C3 整改按期完成率: items due in the period closed by their due date / items due; nothing due → 1.</summary>
public sealed record RectificationOnTimeMeasure : Measure
{
    /// <inheritdoc />
    public override string Kind => "rectification_on_time";
}

/// <summary>双强双优 items: Σ score / Σ max_score over items whose code starts with one of the prefixes.</summary>
/// <param name="ItemPrefixes">Item code prefixes (e.g. <c>CO-</c>); the value is Σ score / Σ max_score over those items, 0–1.</param>
public sealed record AssessmentRatioMeasure(IReadOnlyList<string> ItemPrefixes) : Measure
{
    /// <inheritdoc />
    public override string Kind => "assessment_ratio";
}

/// <summary>
/// A5 理论学习达标率: home members whose study in the period reaches the target (hours or points a year, pro-rated to the
/// period's months) / N, at most 1.
/// </summary>
/// <param name="HoursPerYear">Study hours a member must reach per year (pro-rated); null for no hours target.</param>
/// <param name="PointsPerYear">Points a member must reach per year (pro-rated); null for no points target.</param>
public sealed record StudyComplianceMeasure(double? HoursPerYear, double? PointsPerYear) : Measure
{
    /// <inheritdoc />
    public override string Kind => "study_compliance";
}

/// <summary>B1 人均学时: Σ theory-study hours of the branch (member and branch-level rows; never a service form such as 志愿服务) / N.</summary>
public sealed record StudyHoursMeasure : Measure
{
    /// <inheritdoc />
    public override string Kind => "study_hours";
}

/// <summary>B2 学习形式多样性: how many of the listed study forms the branch used in the period (service forms such as 志愿服务 never count).</summary>
/// <param name="Forms">The study forms that count; the value is how many of them were used.</param>
public sealed record StudyFormsMeasure(IReadOnlyList<StudyForm> Forms) : Measure
{
    /// <inheritdoc />
    public override string Kind => "study_forms";
}

/// <summary>B3 微型党课参与: distinct members who gave a micro lecture (a micro_lecture study row) / N.</summary>
public sealed record MicroLectureShareMeasure : Measure
{
    /// <inheritdoc />
    public override string Kind => "micro_lecture_share";
}

/// <summary>
/// B 读原著学原文 (DOMAIN §5): home members with an original_texts row in at least k distinct calendar quarters of the
/// period / N, at most 1. k pro-rates "at least one session a quarter" to the period: k = max(1, round(months / 3)), half
/// away from zero, at most the calendar quarters the period touches (<see cref="RequiredQuarters"/>): a year 4, a half year
/// 2, a quarter or a month 1, 2024-02-01..2024-07-31 (6 months over three quarters) 2 of the 3.
/// </summary>
public sealed record OriginalTextsShareMeasure : Measure
{
    /// <inheritdoc />
    public override string Kind => "original_texts_share";

    /// <summary>The calendar quarters (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) the period touches.</summary>
    public static int QuartersTouched(Period period) =>
        MemberStudy.QuarterOf(period.End) - MemberStudy.QuarterOf(period.Start) + 1;

    /// <summary>k: the distinct quarters with a session a member needs in <paramref name="period"/> (see the type).</summary>
    public static int RequiredQuarters(Period period) =>
        Math.Min(QuartersTouched(period), Math.Max(1, (int)Math.Round(period.Months / 3.0, MidpointRounding.AwayFromZero)));
}

/// <summary>
/// A measure derived from the records that a value typed in the <c>indicators</c> table overrides: when the branch has a
/// value in <see cref="Column"/> (the indicator's id when null), that value is the raw value, else the one derived from the
/// records; the trace says which source was used. D2 and D3 of the default rules.
/// </summary>
public abstract record TypedOrDerivedMeasure : Measure
{
    /// <summary>The <c>indicators</c> column whose value, when given for a branch, wins over the derived one; null for the indicator's id.</summary>
    public string? Column { get; init; }

    /// <summary>The table the value is derived from (the <c>indicators</c> table may stand in for it).</summary>
    public abstract InputTable DerivedFrom { get; }
}

/// <summary>
/// D3 人均志愿服务小时: Σ hours of the study table's rows of a service form (志愿服务; never theory study) attributed to the
/// branch, member and branch-level rows / N; a typed <c>indicators</c> value wins.
/// </summary>
public sealed record VolunteerHoursMeasure : TypedOrDerivedMeasure
{
    /// <inheritdoc />
    public override string Kind => "volunteer_hours";

    /// <inheritdoc />
    public override InputTable DerivedFrom => InputTable.Study;
}

/// <summary>
/// D2 专项任务参与: home members of the branch who also hold a membership with <c>home=否</c> (a temporary branch, a
/// 督察整改 or 应急 team) / the branch's home members, from the members table; not available for a temporary branch (it
/// has no home members). A typed <c>indicators</c> value wins.
/// </summary>
public sealed record SpecialTaskShareMeasure : TypedOrDerivedMeasure
{
    /// <inheritdoc />
    public override string Kind => "special_task_share";

    /// <inheritdoc />
    public override InputTable DerivedFrom => InputTable.Members;
}

/// <summary>A precomputed value from the <c>indicators</c> table (column = the indicator id, or <see cref="Column"/>).</summary>
/// <param name="Column">The indicators column to read; null for the indicator's id.</param>
public sealed record ValueMeasure(string? Column) : Measure
{
    /// <inheritdoc />
    public override string Kind => "value";
}

/// <summary>How a raw value becomes a 0–100 score. Direction is applied before the kernel.</summary>
public abstract record NormalisationRule
{
    /// <summary>The method as written in rule files: goalposts, minmax, zscore, rank, percentile or none.</summary>
    public abstract string Method { get; }

    /// <summary>Where the normalisation is written in the rule file; null when built in code.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary>
/// 100·clamp((x−low)/(high−low), 0, 1); lower-is-better 100·clamp((high−x)/(high−low), 0, 1). With <see cref="PerYear"/>
/// the goalposts are yearly amounts (40 study hours a year) and are pro-rated to the period's months.
/// </summary>
/// <param name="Low">The raw value that scores 0 (100 for lower-is-better), in the indicator's unit.</param>
/// <param name="High">The raw value that scores 100 (0 for lower-is-better); must differ from <paramref name="Low"/>.</param>
public sealed record GoalpostsNormalisation(double Low, double High) : NormalisationRule
{
    /// <inheritdoc />
    public override string Method => "goalposts";

    /// <summary>The goalposts are yearly amounts, pro-rated to the period's months (default false).</summary>
    public bool PerYear { get; init; }
}

/// <summary>lo + (hi−lo)·(x−min)/(max−min) over the rated branches (lower-is-better uses max−x); max = min gives hi.</summary>
/// <param name="Lo">The value the minimum maps to; default 0.</param>
/// <param name="Hi">The value the maximum maps to (and every branch when max = min); default 100.</param>
public sealed record MinMaxNormalisation(double Lo = 0, double Hi = 100) : NormalisationRule
{
    /// <inheritdoc />
    public override string Method => "minmax";
}

/// <summary>
/// m + s·(x − mean)/sd over the rated branches, sample sd (n − 1); lower-is-better uses −x. With fewer than two
/// values, or sd = 0, every value gets m.
/// </summary>
/// <param name="M">The mean it maps to; default 0.</param>
/// <param name="S">The scale of one sample standard deviation (n − 1); default 1.</param>
public sealed record ZScoreNormalisation(double M = 0, double S = 1) : NormalisationRule
{
    /// <inheritdoc />
    public override string Method => "zscore";
}

/// <summary>How tied values are ranked: the lowest rank of the tie (competition ranking) or the average rank.</summary>
public enum TieMethod
{
    /// <summary>Tied values share the lowest rank (1, 2, 2, 4): the default.</summary>
    Min,

    /// <summary>Tied values share the average rank (1, 2.5, 2.5, 4).</summary>
    Average,
}

/// <summary>
/// The rank of x among the rated branches, 1 for the worst (ascending: larger is better after the direction is applied),
/// ties by <see cref="Ties"/>. As in COINr, ranks are not rescaled to 0–100.
/// </summary>
/// <param name="Ties">How ties are ranked; default min.</param>
public sealed record RankNormalisation(TieMethod Ties = TieMethod.Min) : NormalisationRule
{
    /// <inheritdoc />
    public override string Method => "rank";
}

/// <summary>100·(rank − 1)/(n − 1) over the rated branches (0 the worst, 100 the best); a single value gets 100.</summary>
/// <param name="Ties">How ties are ranked; default min.</param>
public sealed record PercentileNormalisation(TieMethod Ties = TieMethod.Min) : NormalisationRule
{
    /// <inheritdoc />
    public override string Method => "percentile";
}

/// <summary>The raw value is already on 0–100.</summary>
public sealed record NoNormalisation : NormalisationRule
{
    /// <inheritdoc />
    public override string Method => "none";
}
