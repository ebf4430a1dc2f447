using EcoAssessment.Conditions;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Adjustment;
using EcoAssessment.Stages.Derivation;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;

namespace EcoAssessment.Pipeline;

/// <summary>
/// What <see cref="Plan.Run(Model.Dataset, Model.PreviousRatings?, int)"/> keeps of its stages, as flat [branch × column] tables of numbers (rows in branch_id order,
/// NaN = not available): derived raw values after imputation and outlier treatment, normalised values, dimension scores
/// and weights, and which fired vetoes changed the rating. Explanation text is not kept: the traces of a branch are
/// built from these tables when an output asks for them, by the same pure derivations and condition evaluation that
/// produced the numbers, so they read exactly as if they had been kept.
/// </summary>
internal sealed class StageTables
{
    public required Dataset Dataset { get; init; }

    public required RuleSet Rules { get; init; }

    /// <summary>Indicators in declaration order: the columns of <see cref="Raw"/> and <see cref="Normalised"/>.</summary>
    public required IndicatorRule[] Indicators { get; init; }

    /// <summary>Column of each indicator id.</summary>
    public required IReadOnlyDictionary<string, int> IndexById { get; init; }

    /// <summary>Each dimension's first indicator column.</summary>
    public required int[] FirstOf { get; init; }

    /// <summary>Each dimension's indicator weights (before renormalising over indicators with data).</summary>
    public required double[][] IndicatorWeights { get; init; }

    /// <summary>Each indicator's declared share of the total.</summary>
    public required double[] Share { get; init; }

    /// <summary>Stage 3–4: derived values in their unit [branch × indicator], after imputation and outlier treatment.</summary>
    public required double[] Raw { get; init; }

    /// <summary>Stage 5: normalised values [branch × indicator].</summary>
    public required double[] Normalised { get; init; }

    /// <summary>Stage 7: dimension scores [branch × dimension].</summary>
    public required double[] DimensionScores { get; init; }

    /// <summary>Stage 7: each dimension's weight in the total after renormalising over dimensions with data [branch × dimension].</summary>
    public required double[] DimensionWeights { get; init; }

    /// <summary>Imputed values [branch × indicator]; null when nothing was imputed.</summary>
    public bool[]? Imputed { get; init; }

    /// <summary>Values changed by outlier treatment [branch × indicator]; null when nothing was treated.</summary>
    public bool[]? Treated { get; init; }

    /// <summary>The details of imputed and treated values (cell = branch × indicators + indicator), which a derivation alone does not give.</summary>
    public IReadOnlyDictionary<int, string>? Details { get; init; }

    /// <summary>Per branch and veto (branch-major): the veto fired and changed the rating.</summary>
    public required bool[] VetoChanged { get; init; }

    public int BranchCount => Dataset.Branches.Count;

    public int IndicatorCount => Indicators.Length;

    public int DimensionCount => FirstOf.Length;

    public BranchData Branch(int row) => Dataset.Branches[row];

    /// <summary>NaN as null.</summary>
    public static double? Value(double v) => double.IsNaN(v) ? null : v;

    /// <summary>A condition context at a branch row, over these tables.</summary>
    public ConditionContext Context(int row) => new(Dataset, IndexById, Raw, Normalised, IndicatorCount, row);

    /// <summary>How an indicator's value of a branch was derived, as the trace shows it (<paramref name="scratch"/>: the caller's, for several in a row).</summary>
    public string Detail(int row, int indicator, DerivationScratch? scratch = null) =>
        Details is not null && Details.TryGetValue((row * IndicatorCount) + indicator, out var detail)
            ? detail
            : Derivation.Derive(Indicators[indicator], Branch(row), Dataset, explain: true, scratch ?? new DerivationScratch()).Detail;

    // The traces built last, one per kind: an output that reads a branch's list several times in a row (its count,
    // then its items) builds it once, and memory stays that of one branch. Each is replaced whole, so readers on other
    // threads see either the old or the new entry.
    private Built<IndicatorTrace>? _indicatorTraces;
    private Built<DimensionTrace>? _dimensionTraces;
    private Built<AdjustmentTrace>? _adjustmentTraces;
    private Built<VetoTrace>? _vetoTraces;

    public IndicatorTrace[] IndicatorTraces(int row) => Cached(ref _indicatorTraces, row, BuildIndicatorTraces);

    public DimensionTrace[] DimensionTraces(int row) => Cached(ref _dimensionTraces, row, BuildDimensionTraces);

    public AdjustmentTrace[] AdjustmentTraces(int row) => Cached(ref _adjustmentTraces, row, BuildAdjustmentTraces);

    public VetoTrace[] VetoTraces(int row) => Cached(ref _vetoTraces, row, BuildVetoTraces);

    private static T[] Cached<T>(ref Built<T>? last, int row, Func<int, T[]> build)
    {
        if (Volatile.Read(ref last) is { } hit && hit.Row == row)
        {
            return hit.Traces;
        }

        var traces = build(row);
        Volatile.Write(ref last, new Built<T>(row, traces));
        return traces;
    }

    private IndicatorTrace[] BuildIndicatorTraces(int row)
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
                traces[i] = new IndicatorTrace(Indicators[i].Id, Indicators[i].Name, dim.Id, Value(Raw[cell]), Detail(row, i, scratch),
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

    private AdjustmentTrace[] BuildAdjustmentTraces(int row)
    {
        var ctx = Context(row);
        var rules = Rules.Adjustments;
        var traces = new AdjustmentTrace[rules.Deductions.Count + rules.Bonuses.Count];
        var k = 0;
        foreach (var r in rules.Deductions)
        {
            traces[k++] = Adjustments.Apply(r, isDeduction: true, ctx);
        }

        foreach (var r in rules.Bonuses)
        {
            traces[k++] = Adjustments.Apply(r, isDeduction: false, ctx);
        }

        return traces;
    }

    private VetoTrace[] BuildVetoTraces(int row)
    {
        var ctx = Context(row);
        var vetoes = Rules.Rating.Vetoes;
        var traces = new VetoTrace[vetoes.Count];
        for (var k = 0; k < vetoes.Count; k++)
        {
            var v = vetoes[k];
            var result = ConditionEvaluator.Evaluate(v.When, ctx);
            traces[k] = new VetoTrace(v.Id, v.Name, result.Value, v.Effect, v.Tier, VetoChanged[(row * vetoes.Count) + k], result.Trace) { Rule = v.Location };
        }

        return traces;
    }
}

/// <summary>A branch row's trace list as built.</summary>
internal sealed record Built<T>(int Row, T[] Traces);
