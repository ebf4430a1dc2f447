using System.Diagnostics.CodeAnalysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Derivation;
using EcoAssessment.Stages.Weighting;

namespace EcoAssessment.Pipeline;

/// <summary>An indicator's path to the total for one branch: raw → normalised → weight → contribution.</summary>
/// <param name="Id">The indicator id.</param>
/// <param name="Name">The indicator name.</param>
/// <param name="Dimension">The id of its dimension.</param>
/// <param name="Raw">The derived value in its natural unit (rates 0–1); null when not available.</param>
/// <param name="Detail">How the raw value was derived, e.g. <c>Σ hours 0 / N 7</c>.</param>
/// <param name="Normalised">The 0–100 value; null when not available.</param>
/// <param name="DeclaredShare">Its declared share (0–1) of the total, before renormalisation: counts in coverage when the value is real.</param>
/// <param name="WeightInDimension">Its weight in its dimension after renormalising over indicators with data (0–1); null when not available.</param>
/// <param name="Contribution">Its contribution to the dimension score: normalised × weight; null when not available.</param>
public sealed record IndicatorTrace(
    string Id,
    string Name,
    string Dimension,
    double? Raw,
    string Detail,
    double? Normalised,
    double DeclaredShare,
    double? WeightInDimension,
    double? Contribution)
{
    /// <summary>Where the indicator is declared in the rule file.</summary>
    public SourceLocation? Rule { get; init; }

    /// <summary>The raw value was imputed (not counted in coverage).</summary>
    public bool Imputed { get; init; }

    /// <summary>The raw value was changed by outlier treatment (winsorised or log-transformed).</summary>
    public bool Treated { get; init; }
}

/// <summary>A dimension's score (0–100) and its renormalised weight in the total.</summary>
/// <param name="Id">The dimension id.</param>
/// <param name="Name">The dimension name.</param>
/// <param name="Score">The dimension score, 0–100; null when none of its indicators has data.</param>
/// <param name="Weight">Its weight in the total after renormalising over dimensions with data (0–1); null when it has no data.</param>
public sealed record DimensionTrace(string Id, string Name, double? Score, double? Weight);

/// <summary>A deduction or bonus as applied: how many records matched and the points after the cap.</summary>
/// <param name="Id">The adjustment id.</param>
/// <param name="Name">The adjustment name.</param>
/// <param name="IsDeduction">True for a deduction, false for a bonus.</param>
/// <param name="Matches">Matching records (or 1 when a non-finding condition held).</param>
/// <param name="Points">The points applied, after the cap; ≥ 0.</param>
/// <param name="Trace">Which records matched, as text.</param>
public sealed record AdjustmentTrace(string Id, string Name, bool IsDeduction, int Matches, double Points, string Trace)
{
    /// <summary>Where the deduction or bonus is declared in the rule file.</summary>
    public SourceLocation? Rule { get; init; }
}

/// <summary>A veto as evaluated: whether its condition held and whether it changed the rating.</summary>
/// <param name="Id">The veto id.</param>
/// <param name="Name">The veto name.</param>
/// <param name="Fired">Whether its condition held.</param>
/// <param name="Effect">Force or cap.</param>
/// <param name="Tier">The tier it forces or caps at.</param>
/// <param name="Changed">Whether it changed the rating.</param>
/// <param name="Trace">How the condition was evaluated, as text (a value that is not available makes a comparison false).</param>
public sealed record VetoTrace(string Id, string Name, bool Fired, VetoEffect Effect, Rating Tier, bool Changed, string Trace)
{
    /// <summary>Where the veto is declared in the rule file.</summary>
    public SourceLocation? Rule { get; init; }

    /// <summary>
    /// The day by which the veto's annual item can still be met when its condition did not hold only because the item is
    /// not yet due (未到期: a year-to-date window and a period ending before 31 December); null otherwise.
    /// </summary>
    public DateOnly? NotYetDueBy { get; init; }
}

/// <summary>The result for one branch, with everything needed to explain it.</summary>
/// <remarks>
/// The traces of a result from <see cref="Plan.Run(Model.Dataset, Model.PreviousRatings?, int)"/> (<see cref="Indicators"/>, <see cref="Dimensions"/>,
/// <see cref="Adjustments"/>, <see cref="VetoTraces"/>) are built from the assessment's stage tables each time they are
/// read, with the same pure derivations and conditions that decided the rating: the numbers and text are the same as if
/// they had been kept, and an assessment of many branches does not hold their explanation text.
/// </remarks>
public sealed record BranchResult
{
    private readonly StageTables? _tables;
    private readonly int _row;
    private readonly IReadOnlyList<IndicatorTrace>? _indicators;
    private readonly IReadOnlyList<DimensionTrace>? _dimensions;
    private readonly IReadOnlyList<AdjustmentTrace>? _adjustments;
    private readonly IReadOnlyList<VetoTrace>? _vetoTraces;

    /// <summary>A result with every required member set by the initializer.</summary>
    public BranchResult()
    {
    }

    /// <summary>A result of <see cref="Plan.Run(Model.Dataset, Model.PreviousRatings?, int)"/> whose traces are built on demand from row <paramref name="row"/> of the stage tables.</summary>
    /// <remarks>The trace lists are not set: their getters build them from the tables (CS8618 does not see that).</remarks>
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal BranchResult(StageTables tables, int row)
#pragma warning restore CS8618
    {
        _tables = tables;
        _row = row;
        Branch = tables.Branch(row).Record;
        Reasons = [];
        Vetoes = [];
    }

    /// <summary>The branch as read from <c>branches</c>: id, name, unit, type.</summary>
    public required BranchRecord Branch { get; init; }

    /// <summary>Competition rank (1, 2, 2, 4) by decision score among rated branches; null for 未定级.</summary>
    public int? Rank { get; init; }

    /// <summary>The final rating after thresholds, vetoes, the dynamic limit and the quota.</summary>
    public required Rating Rating { get; init; }

    /// <summary>The finer grade when the rule set declares grades (好/较好/一般/较差); null otherwise or for 未定级.</summary>
    public string? Grade { get; init; }

    /// <summary>The decision score: the adjusted score rounded to 2 decimals, half away from zero; null when no indicator has data.</summary>
    public decimal? Score { get; init; }

    /// <summary>The adjusted score before rounding.</summary>
    public double? ScoreUnrounded { get; init; }

    /// <summary>The aggregate before adjustments.</summary>
    public double? Aggregate { get; init; }

    /// <summary>Declared share (0–1) of the total carried by indicators with a real value.</summary>
    public double Coverage { get; init; }

    /// <summary>Points deducted (after each deduction's cap), ≥ 0.</summary>
    public double Deductions { get; init; }

    /// <summary>Bonus points added (after each bonus's cap), ≥ 0.</summary>
    public double Bonuses { get; init; }

    /// <summary>The rating by thresholds alone (null when the branch is not rated by score).</summary>
    public Rating? ThresholdRating { get; init; }

    /// <summary>
    /// The reason codes: <c>code:detail</c> tokens, in the order the rating steps produced them (stable, for machines;
    /// docs/reasons.md). <see cref="DescribeReasons"/> gives the sentences people read.
    /// </summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>
    /// The reasons as sentences in <paramref name="language"/> (the 原因 column), with the rule set's names of vetoes,
    /// deductions, bonuses and indicators; joined by <c>；</c> (Chinese) or <c>; </c> (English).
    /// </summary>
    public string DescribeReasons(Language language = Language.Zh) => ReasonText.Render(Reasons, _tables?.Rules, language);

    /// <summary>Ids of the vetoes whose condition held.</summary>
    public required IReadOnlyList<string> Vetoes { get; init; }

    /// <summary>Every indicator in declaration order: raw → normalised → weight → contribution.</summary>
    public required IReadOnlyList<IndicatorTrace> Indicators
    {
        get => _indicators ?? _tables?.IndicatorTraces(_row) ?? [];
        init => _indicators = value;
    }

    /// <summary>Every dimension in declaration order: its 0–100 score and weight in the total.</summary>
    public required IReadOnlyList<DimensionTrace> Dimensions
    {
        get => _dimensions ?? _tables?.DimensionTraces(_row) ?? [];
        init => _dimensions = value;
    }

    /// <summary>Every deduction and bonus of the rule set, matched or not.</summary>
    public required IReadOnlyList<AdjustmentTrace> Adjustments
    {
        get => _adjustments ?? _tables?.AdjustmentTraces(_row) ?? [];
        init => _adjustments = value;
    }

    /// <summary>Every veto of the rule set, with whether it fired and whether it changed the rating.</summary>
    public required IReadOnlyList<VetoTrace> VetoTraces
    {
        get => _vetoTraces ?? _tables?.VetoTraces(_row) ?? [];
        init => _vetoTraces = value;
    }

    /// <summary>The quota decision at the 先锋 boundary for this branch, when it took part.</summary>
    public string? Quota { get; init; }

    /// <summary>What the dynamic limit did, when a previous rating was given.</summary>
    public string? Dynamic { get; init; }

    /// <summary>The rating in the previous period (<c>--previous</c>); null when none was given or the branch is new.</summary>
    public Rating? PreviousRating { get; init; }

    /// <summary>up, down, same or new against the previous period; null without a previous run or when now 未定级.</summary>
    public string? Transition { get; init; }

    /// <summary>落后 in this and the previous period of the same kind: listed for 整顿. Null without a previous run.</summary>
    public bool? Rectification { get; init; }

    /// <summary>The branch id (<c>branch_id</c>).</summary>
    public string BranchId => Branch.BranchId;

    /// <summary>The <see cref="Indicators"/> with their detail in <paramref name="language"/> (a result not built by a run has the text it was given).</summary>
    internal IReadOnlyList<IndicatorTrace> IndicatorsIn(Language language) => _indicators ?? _tables?.IndicatorTraces(_row, language) ?? [];

    /// <summary>The <see cref="Adjustments"/> with their traces in <paramref name="language"/>.</summary>
    internal IReadOnlyList<AdjustmentTrace> AdjustmentsIn(Language language) => _adjustments ?? _tables?.AdjustmentTraces(_row, language) ?? [];

    /// <summary>The <see cref="VetoTraces"/> with their traces in <paramref name="language"/>.</summary>
    internal IReadOnlyList<VetoTrace> VetoTracesIn(Language language) => _vetoTraces ?? _tables?.VetoTraces(_row, language) ?? [];

    /// <summary>The <see cref="Dynamic"/> and <see cref="Quota"/> notes in <paramref name="language"/>.</summary>
    internal (string? Dynamic, string? Quota) NotesIn(Language language) =>
        _tables is not null && _tables.Ratings.Count > _row ? _tables.Notes(_row, language) : (Dynamic, Quota);

    /// <summary>Dimension <paramref name="d"/>'s score (the <see cref="DimensionTrace.Score"/>), read from the stage tables without building the trace.</summary>
    internal double? DimensionScore(int d) =>
        _dimensions is null && _tables is not null ? StageTables.Value(_tables.DimensionScores[(_row * _tables.DimensionCount) + d]) : Dimensions[d].Score;

    /// <summary>Indicator <paramref name="i"/>'s 0–100 value (the <see cref="IndicatorTrace.Normalised"/>), read from the stage tables without building the trace.</summary>
    internal double? NormalisedValue(int i) =>
        _indicators is null && _tables is not null ? StageTables.Value(_tables.Normalised[(_row * _tables.IndicatorCount) + i]) : Indicators[i].Normalised;

    /// <summary>How many dimension scores the result has (<see cref="Dimensions"/>'s count).</summary>
    internal int DimensionCount => _dimensions is null && _tables is not null ? _tables.DimensionCount : Dimensions.Count;

    /// <summary>How many indicator values the result has (<see cref="Indicators"/>'s count).</summary>
    internal int IndicatorCount => _indicators is null && _tables is not null ? _tables.IndicatorCount : Indicators.Count;
}

/// <summary>
/// The outcome of <see cref="Plan.Run(Model.Dataset, Model.PreviousRatings?, int)"/>: each stage's table kept (COINr style) so explanations read them instead of
/// recomputing, and the final results in output order (rank, then branch_id; 未定级 last).
/// </summary>
public sealed class Assessment
{
    internal Assessment(StageTables tables, IReadOnlyList<BranchResult> results)
    {
        Tables = tables;
        Dataset = tables.Dataset;
        Previous = tables.Previous;
        Removed = tables.Removed;
        Rules = tables.Rules;
        Period = tables.Dataset.Period;
        Branches = tables.Dataset.Branches;
        Indicators = tables.Indicators;
        Normalised = new TableRows(tables.Normalised, tables.BranchCount, tables.IndicatorCount);
        Weights = tables.Weights;
        Results = results;
    }

    /// <summary>The rule set the plan ran.</summary>
    public RuleSet Rules { get; }

    /// <summary>The dataset that was assessed.</summary>
    public Dataset Dataset { get; }

    /// <summary>The period assessed; records outside it were left out.</summary>
    public Period Period { get; }

    /// <summary>Branches in branch_id order: the row order of the stage tables.</summary>
    internal IReadOnlyList<BranchData> Branches { get; }

    /// <summary>Indicators in declaration order: the column order of the stage tables.</summary>
    public IReadOnlyList<IndicatorRule> Indicators { get; }

    /// <summary>The stage tables, flat [branch × column] (rows in <see cref="Branches"/> order).</summary>
    internal StageTables Tables { get; }

    /// <summary>Stage 5: normalised values [branch][indicator], NaN = not available.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Normalised { get; }

    /// <summary>Stage 6: the weights.</summary>
    internal WeightSet Weights { get; }

    /// <summary>Stages 7–9 per branch, in output order.</summary>
    public IReadOnlyList<BranchResult> Results { get; }

    /// <summary>The previous period's ratings, when given.</summary>
    public PreviousRatings? Previous { get; }

    /// <summary>Branches rated in the previous period that are not in this dataset (dissolved or renamed), in id order.</summary>
    public IReadOnlyList<string> Removed { get; private init; }

    /// <summary>
    /// The same run restricted to some of its results (a unit's pack of the report): ratings, ranks and the stage tables
    /// are the whole run's; only the results listed go with it, and no removed branch (whose unit is not known).
    /// </summary>
    internal Assessment Only(IReadOnlyList<BranchResult> results) => new(Tables, results) { Removed = [] };

    /// <summary>The result of one branch by id (ordinal); null when the branch is not in the dataset.</summary>
    public BranchResult? Find(string branchId) => Results.FirstOrDefault(r => r.BranchId == branchId);

    /// <summary>
    /// This period's ratings as the "previous period" of the next run: pass the result to <see cref="Plan.Run(Model.Dataset, Model.PreviousRatings?, int)"/> for the
    /// following period to get transitions, the dynamic limit and the 整顿 list (what <c>--previous</c> does). <c>eco trend</c>
    /// chains its periods with it. Scores are not carried (<see cref="PreviousRating.Score"/> stays null), so a report
    /// workbook of the next run shows no previous mean score, as with a <c>branch_id,rating</c> file.
    /// </summary>
    /// <returns>Every branch's rating and 整顿 flag, labelled with this period.</returns>
    public PreviousRatings ToPrevious() => new(Period.Label, Period.Kind,
        Results.ToDictionary(r => r.BranchId, r => new PreviousRating(r.Rating, r.Rectification == true), StringComparer.Ordinal));

    /// <summary>The rows of a flat [row × width] table as read-only lists.</summary>
    private sealed class TableRows(double[] table, int rows, int width) : IReadOnlyList<IReadOnlyList<double>>
    {
        public int Count => rows;

        public IReadOnlyList<double> this[int index] =>
            (uint)index < (uint)Count ? new ArraySegment<double>(table, index * width, width) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<IReadOnlyList<double>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
