using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Conditions;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Derivation;
using EcoAssessment.Stages.Rating;
using EcoAssessment.Stages.Weighting;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;

namespace EcoAssessment.Pipeline;

/// <summary>
/// The stages' tables of one run of <see cref="Plan.Run(Model.Dataset, Model.PreviousRatings?, int)"/>, as flat [branch × column] tables of numbers (rows in
/// branch_id order, NaN = not available). The plan sets up what the rule set fixes; then each stage's <c>Apply</c> reads
/// the tables of the stages before it and sets its own, once, in the order of DESIGN.md §3; after the run nothing
/// changes them. Explanation text is not kept: the traces of a branch are built from these tables when an output asks
/// for them, by the same pure derivations and condition evaluation that produced the numbers, so they read exactly as if
/// they had been kept.
/// </summary>
internal sealed class StageTables
{
    public required Dataset Dataset { get; init; }

    /// <summary>The language of the run's text: the traces, the notes of the dynamic limit and the quota (Chinese by default).</summary>
    public Language Language { get; init; } = Language.Zh;

    public required RuleSet Rules { get; init; }

    /// <summary>Indicators in declaration order: the columns of <see cref="Raw"/> and <see cref="Normalised"/>.</summary>
    public required IndicatorRule[] Indicators { get; init; }

    /// <summary>Column of each indicator id.</summary>
    public required IReadOnlyDictionary<string, int> IndexById { get; init; }

    /// <summary>Each dimension's first indicator column.</summary>
    public required int[] FirstOf { get; init; }

    /// <summary>The deductions, then the bonuses: the columns of <see cref="Points"/>.</summary>
    public required AdjustmentRule[] Adjustments { get; init; }

    /// <summary>Per branch: rated (not a temporary branch, or the rules rate them) — the population of the data-driven steps.</summary>
    public required bool[] Eligible { get; init; }

    /// <summary>The previous period's ratings, when given.</summary>
    public PreviousRatings? Previous { get; init; }

    /// <summary>Stage 3–4: derived values in their unit [branch × indicator], after imputation and outlier treatment.</summary>
    public double[] Raw { get; set; } = [];

    /// <summary>Stage 4: imputed values [branch × indicator]; null when nothing was imputed.</summary>
    public bool[]? Imputed { get; set; }

    /// <summary>Stage 4: values changed by outlier treatment [branch × indicator]; null when nothing was treated.</summary>
    public bool[]? Treated { get; set; }

    /// <summary>Stage 4: the details of imputed and treated values (cell = branch × indicators + indicator), which a derivation alone does not give; null when none.</summary>
    public Dictionary<int, string>? Details { get; set; }

    /// <summary>Stage 5: normalised values [branch × indicator].</summary>
    public double[] Normalised { get; set; } = [];

    /// <summary>Stage 6: the weights of this run.</summary>
    public WeightSet Weights { get; set; } = null!;

    /// <summary>Stage 6: each dimension's indicator weights (before renormalising over indicators with data).</summary>
    public double[][] IndicatorWeights { get; set; } = [];

    /// <summary>Stage 6: each dimension's weight in the total (before renormalising over dimensions with data).</summary>
    public double[] TotalWeights { get; set; } = [];

    /// <summary>Stage 6: each indicator's declared share of the total.</summary>
    public double[] Share { get; set; } = [];

    /// <summary>Stage 7: dimension scores [branch × dimension].</summary>
    public double[] DimensionScores { get; set; } = [];

    /// <summary>Stage 7: each dimension's weight in the total after renormalising over dimensions with data [branch × dimension].</summary>
    public double[] DimensionWeights { get; set; } = [];

    /// <summary>Stage 7: per branch, the aggregate before adjustments.</summary>
    public double[] Aggregates { get; set; } = [];

    /// <summary>Stage 7: per branch, the declared share of the total carried by indicators with a real (not imputed) value.</summary>
    public double[] Coverage { get; set; } = [];

    /// <summary>Stage 8: the points of each adjustment [branch × <see cref="Adjustments"/>], after its cap.</summary>
    public double[] Points { get; set; } = [];

    /// <summary>Stage 8: per branch, the points deducted.</summary>
    public double[] Deductions { get; set; } = [];

    /// <summary>Stage 8: per branch, the bonus points.</summary>
    public double[] Bonuses { get; set; } = [];

    /// <summary>Stage 8: per branch, the adjusted score before rounding.</summary>
    public double[] Scores { get; set; } = [];

    /// <summary>Stage 9: per branch, what the rating step was given.</summary>
    public RatingInput[] RatingInputs { get; set; } = [];

    /// <summary>Stage 9: per branch, the rating step's answer.</summary>
    public IReadOnlyList<RatingOutput> Ratings { get; set; } = [];

    /// <summary>Stage 9: per branch and veto (branch-major): the veto fired and changed the rating.</summary>
    public bool[] VetoChanged { get; set; } = [];

    /// <summary>Stage 9: per branch, the competition rank among rated branches by decision score; null for 未定级.</summary>
    public int?[] Ranks { get; set; } = [];

    /// <summary>Stage 9: per branch, the finer grade when the rule set declares grades.</summary>
    public string?[] Grades { get; set; } = [];

    /// <summary>Stage 10: per branch, up / down / same / new against the previous period; null without one.</summary>
    public string?[]? Transitions { get; set; }

    /// <summary>Stage 10: per branch, 落后 now and in the previous period (整顿); null without a previous period.</summary>
    public bool[]? Rectification { get; set; }

    /// <summary>Stage 10: branches of the previous period that are not in this dataset, in id order.</summary>
    public IReadOnlyList<string> Removed { get; set; } = [];

    /// <summary>Stage 11: the roll-up per unit and for the whole system, computed when first read.</summary>
    public Lazy<(IReadOnlyList<UnitSummary> Units, UnitSummary System)> Rollup { get; set; } = null!;

    public int BranchCount => Dataset.Branches.Count;

    public int IndicatorCount => Indicators.Length;

    public int DimensionCount => FirstOf.Length;

    public BranchData Branch(int row) => Dataset.Branches[row];

    /// <summary>NaN as null.</summary>
    public static double? Value(double v) => double.IsNaN(v) ? null : v;

    /// <summary>A condition context at a branch row, over these tables.</summary>
    public ConditionContext Context(int row) => new(Dataset, IndexById, Raw, Normalised, IndicatorCount, row);

    /// <summary>How an indicator's value of a branch was derived, as the trace shows it, in the run's language (<paramref name="scratch"/>: the caller's, for several in a row).</summary>
    public string Detail(int row, int indicator, DerivationScratch? scratch = null) => Detail(row, indicator, scratch, Language);

    /// <summary>How an indicator's value of a branch was derived, in <paramref name="language"/>.</summary>
    public string Detail(int row, int indicator, DerivationScratch? scratch, Language language) =>
        Details is not null && Details.TryGetValue((row * IndicatorCount) + indicator, out var detail)
            ? detail
            : Derivation.Derive(Indicators[indicator], Branch(row), Dataset, explain: true, scratch ?? new DerivationScratch(), language).Detail;

    // The traces built last, one per kind: an output that reads a branch's list several times in a row (its count,
    // then its items) builds it once, and memory stays that of one branch. Each is replaced whole, so readers on other
    // threads see either the old or the new entry.
    private Built<IndicatorTrace>? _indicatorTraces;
    private Built<DimensionTrace>? _dimensionTraces;
    private Built<AdjustmentTrace>? _adjustmentTraces;
    private Built<VetoTrace>? _vetoTraces;

    private RatingOutput[]? _otherLanguageNotes;

    public IndicatorTrace[] IndicatorTraces(int row) => IndicatorTraces(row, Language);

    public IndicatorTrace[] IndicatorTraces(int row, Language language) => Cached(ref _indicatorTraces, row, language, BuildIndicatorTraces);

    public DimensionTrace[] DimensionTraces(int row) => Cached(ref _dimensionTraces, row, Language, (r, _) => BuildDimensionTraces(r));

    public AdjustmentTrace[] AdjustmentTraces(int row) => AdjustmentTraces(row, Language);

    public AdjustmentTrace[] AdjustmentTraces(int row, Language language) => Cached(ref _adjustmentTraces, row, language, BuildAdjustmentTraces);

    public VetoTrace[] VetoTraces(int row) => VetoTraces(row, Language);

    public VetoTrace[] VetoTraces(int row, Language language) => Cached(ref _vetoTraces, row, language, BuildVetoTraces);

    /// <summary>
    /// The notes of the dynamic limit and the quota of a branch in <paramref name="language"/>: the run's own in its
    /// language; in the other, the rating step is run again on the same inputs (pure, so it decides the same), once.
    /// </summary>
    public (string? Dynamic, string? Quota) Notes(int row, Language language)
    {
        if (language == Language)
        {
            return (Ratings[row].Dynamic, Ratings[row].Quota);
        }

        var other = Volatile.Read(ref _otherLanguageNotes);
        if (other is null)
        {
            other = [.. RatingStage.Rate(Rules.Rating, RatingInputs, explain: true, new bool[RatingInputs.Length * Rules.Rating.Vetoes.Count], language)];
            Volatile.Write(ref _otherLanguageNotes, other);
        }

        return (other[row].Dynamic, other[row].Quota);
    }

    private static T[] Cached<T>(ref Built<T>? last, int row, Language language, Func<int, Language, T[]> build)
    {
        if (Volatile.Read(ref last) is { } hit && hit.Row == row && hit.Language == language)
        {
            return hit.Traces;
        }

        var traces = build(row, language);
        Volatile.Write(ref last, new Built<T>(row, language, traces));
        return traces;
    }

    private IndicatorTrace[] BuildIndicatorTraces(int row, Language language)
    {
        var ni = IndicatorCount;
        var nd = DimensionCount;
        var traces = new IndicatorTrace[ni];
        var normalised = Normalised.AsSpan(row * ni, ni);
        var scratch = new DerivationScratch();
        for (var d = 0; d < nd; d++)
        {
            var dim = Rules.Dimensions[d];
            var first = FirstOf[d];
            var count = dim.Indicators.Count;
            var dimWeight = DimensionWeights[(row * nd) + d];
            var eff = new double[count];
            AggregationKernel.EffectiveWeights(normalised.Slice(first, count), IndicatorWeights[d], eff);
            for (var k = 0; k < count; k++)
            {
                var i = first + k;
                var n = normalised[i];
                var cell = (row * ni) + i;
                double? contribution = double.IsNaN(n) || double.IsNaN(dimWeight) ? null : dimWeight * eff[k] * n;
                traces[i] = new IndicatorTrace(Indicators[i].Id, Indicators[i].Name, dim.Id, Value(Raw[cell]), Detail(row, i, scratch, language),
                    Value(n), Share[i], Value(eff[k]), contribution)
                {
                    Rule = Indicators[i].Location,
                    Imputed = Imputed?[cell] ?? false,
                    Treated = Treated?[cell] ?? false,
                };
            }
        }

        return traces;
    }

    private DimensionTrace[] BuildDimensionTraces(int row)
    {
        var nd = DimensionCount;
        var traces = new DimensionTrace[nd];
        for (var d = 0; d < nd; d++)
        {
            var dim = Rules.Dimensions[d];
            traces[d] = new DimensionTrace(dim.Id, dim.Name, Value(DimensionScores[(row * nd) + d]), Value(DimensionWeights[(row * nd) + d]));
        }

        return traces;
    }

    private AdjustmentTrace[] BuildAdjustmentTraces(int row, Language language)
    {
        var ctx = Context(row);
        var rules = Rules.Adjustments;
        var traces = new AdjustmentTrace[rules.Deductions.Count + rules.Bonuses.Count];
        var k = 0;
        foreach (var r in rules.Deductions)
        {
            traces[k++] = Stages.Adjustment.Adjustments.Trace(r, isDeduction: true, ctx, language);
        }

        foreach (var r in rules.Bonuses)
        {
            traces[k++] = Stages.Adjustment.Adjustments.Trace(r, isDeduction: false, ctx, language);
        }

        return traces;
    }

    private VetoTrace[] BuildVetoTraces(int row, Language language)
    {
        var ctx = Context(row);
        var vetoes = Rules.Rating.Vetoes;
        var traces = new VetoTrace[vetoes.Count];
        for (var k = 0; k < vetoes.Count; k++)
        {
            var v = vetoes[k];
            ctx.Window = v.Window;
            var result = ConditionEvaluator.Evaluate(v.When, ctx, language);
            traces[k] = new VetoTrace(v.Id, v.Name, result.Value, v.Effect, v.Tier, VetoChanged[(row * vetoes.Count) + k], result.Trace)
            {
                Rule = v.Location,
                NotYetDueBy = result.NotYetDue ? AnnualWindows.YearEnd(Dataset.Period) : null,
            };
        }

        return traces;
    }
}

/// <summary>A branch row's trace list as built, in a language.</summary>
internal sealed record Built<T>(int Row, Language Language, T[] Traces);
