using EcoAssessment.Pipeline;

namespace EcoAssessment.Stages.Aggregation;

/// <summary>
/// Step 7 over the stage tables: per branch, each dimension's score and its weight in the total after renormalising,
/// the aggregate, and the coverage (the declared share carried by indicators with a real, not imputed, value).
/// </summary>
internal static class AggregationStage
{
    /// <summary>Aggregates branch by branch, in blocks of branches on up to <paramref name="parallelism"/> threads.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Apply(StageTables t, int parallelism)
    {
        var nb = t.BranchCount;
        var ni = t.IndicatorCount;
        var nd = t.DimensionCount;
        var method = t.Rules.Aggregation;
        var normalised = t.Normalised;
        var imputed = t.Imputed;
        var firstOf = t.FirstOf;
        var indWeights = t.IndicatorWeights;
        var dimWeights = t.TotalWeights;
        var share = t.Share;
        var dimScores = new double[nb * nd];
        var dimWeightsEff = new double[nb * nd];
        var aggregates = new double[nb];
        var coverages = new double[nb];
        Blocks.Run(nb, parallelism, [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] (_, from, to) =>
        {
            for (var b = from; b < to; b++)
            {
                var branchNorm = normalised.AsSpan(b * ni, ni);
                var branchDims = dimScores.AsSpan(b * nd, nd);
                double coverage = 0;
                for (var d = 0; d < nd; d++)
                {
                    var first = firstOf[d];
                    var count = indWeights[d].Length;
                    var values = branchNorm.Slice(first, count);
                    branchDims[d] = Aggregation.Mean(method, values, indWeights[d]);
                    for (var k = 0; k < count; k++)
                    {
                        if (!double.IsNaN(values[k]) && !(imputed?[(b * ni) + first + k] ?? false))
                        {
                            coverage += share[first + k];
                        }
                    }
                }

                Aggregation.EffectiveWeights(branchDims, dimWeights, dimWeightsEff.AsSpan(b * nd, nd));
                aggregates[b] = Aggregation.Mean(method, branchDims, dimWeights);
                coverages[b] = coverage;
            }
        });

        t.DimensionScores = dimScores;
        t.DimensionWeights = dimWeightsEff;
        t.Aggregates = aggregates;
        t.Coverage = coverages;
    }
}
