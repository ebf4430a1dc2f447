using EcoAssessment.Pipeline;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;

namespace EcoAssessment.Stages.Weighting;

/// <summary>
/// Step 6 over the stage tables: the weights of this run (<see cref="StageTables.Weights"/>) — the plan's, or with
/// data-driven levels (entropy, CRITIC, combined) computed from this dataset's rated branches — and the arrays the
/// later stages read: each dimension's indicator weights, the dimensions' weights in the total and each indicator's
/// declared share.
/// </summary>
internal static class WeightingStage
{
    /// <param name="t">The tables, normalised.</param>
    /// <param name="planned">The weights that follow from the rule file alone (<see cref="Weighting.Compute"/>).</param>
    public static void Apply(StageTables t, WeightSet planned)
    {
        var weights = Weighting.IsDataDriven(t.Rules) ? DataWeights(t, planned) : planned;
        var nd = t.DimensionCount;
        var indicatorWeights = new double[nd][];
        var share = new double[t.IndicatorCount];
        for (var d = 0; d < nd; d++)
        {
            indicatorWeights[d] = weights.IndicatorWeights[d].ToArray();
            for (var k = 0; k < indicatorWeights[d].Length; k++)
            {
                share[t.FirstOf[d] + k] = weights.DeclaredShare(d, k);
            }
        }

        t.Weights = weights;
        t.IndicatorWeights = indicatorWeights;
        t.TotalWeights = weights.DimensionWeights.ToArray();
        t.Share = share;
    }

    /// <summary>The weights of a run whose rule set has data-driven levels: indicator levels first, then the dimensions.</summary>
    private static WeightSet DataWeights(StageTables t, WeightSet planned)
    {
        var rules = t.Rules;
        var normalised = t.Normalised;
        var ni = t.IndicatorCount;
        var rows = Enumerable.Range(0, t.BranchCount).Where(b => t.Eligible[b]).ToArray();
        var dims = rules.Dimensions;
        var indicatorWeights = new IReadOnlyList<double>[dims.Count];
        for (var d = 0; d < dims.Count; d++)
        {
            var first = t.FirstOf[d];
            var count = dims[d].Indicators.Count;
            indicatorWeights[d] = Weighting.Level(rules.Weighting.ForIndicators(dims[d].Id), planned.IndicatorWeights[d], rules.Weighting.Alpha,
                () => Enumerable.Range(first, count).Select(i => rows.Select(b => normalised[(b * ni) + i]).ToArray()).ToArray());
        }

        var dimensionWeights = Weighting.Level(rules.Weighting.ForDimensions, planned.DimensionWeights, rules.Weighting.Alpha, () =>
            Enumerable.Range(0, dims.Count).Select(d =>
            {
                var first = t.FirstOf[d];
                var w = indicatorWeights[d].ToArray();
                return rows.Select(b => AggregationKernel.Mean(rules.Aggregation, normalised.AsSpan((b * ni) + first, dims[d].Indicators.Count), w)).ToArray();
            }).ToArray());
        return new WeightSet(dimensionWeights, indicatorWeights);
    }
}
