using EcoAssessment.Rules;

namespace EcoAssessment.Stages.Weighting;

/// <summary>
/// The declared weights of the hierarchy after the weighting method: dimension weights and indicator weights within
/// each dimension, and each indicator's declared share of the total (used for coverage).
/// </summary>
public sealed record WeightSet(IReadOnlyList<double> DimensionWeights, IReadOnlyList<IReadOnlyList<double>> IndicatorWeights)
{
    /// <summary>(dimension weight / Σ dimension weights) × (indicator weight / Σ in its dimension), before any renormalisation.</summary>
    public double DeclaredShare(int dimension, int indicator)
    {
        var dimSum = DimensionWeights.Sum();
        var indSum = IndicatorWeights[dimension].Sum();
        return DimensionWeights[dimension] / dimSum * (IndicatorWeights[dimension][indicator] / indSum);
    }
}

/// <summary>Step 6: manual weights as declared, or equal weights at every level.</summary>
public static class Weighting
{
    public static WeightSet Compute(RuleSet rules) => rules.Weighting.Method switch
    {
        WeightingMethod.Equal => new WeightSet(
            rules.Dimensions.Select(_ => 1.0).ToArray(),
            rules.Dimensions.Select(d => (IReadOnlyList<double>)d.Indicators.Select(_ => 1.0).ToArray()).ToArray()),
        _ => new WeightSet(
            rules.Dimensions.Select(d => d.Weight).ToArray(),
            rules.Dimensions.Select(d => (IReadOnlyList<double>)d.Indicators.Select(i => i.Weight).ToArray()).ToArray()),
    };
}
