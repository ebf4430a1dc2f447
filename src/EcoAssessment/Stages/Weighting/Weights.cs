using EcoAssessment.Methods;
using EcoAssessment.Rules;

namespace EcoAssessment.Stages.Weighting;

/// <summary>
/// The weights of the hierarchy after the weighting method: dimension weights and indicator weights within each
/// dimension, and each indicator's declared share of the total (used for coverage).
/// </summary>
internal sealed record WeightSet(IReadOnlyList<double> DimensionWeights, IReadOnlyList<IReadOnlyList<double>> IndicatorWeights)
{
    /// <summary>(dimension weight / Σ dimension weights) × (indicator weight / Σ in its dimension), before any renormalisation.</summary>
    public double DeclaredShare(int dimension, int indicator)
    {
        var dimSum = DimensionWeights.Sum();
        var indSum = IndicatorWeights[dimension].Sum();
        return DimensionWeights[dimension] / dimSum * (IndicatorWeights[dimension][indicator] / indSum);
    }
}

/// <summary>
/// Step 6: the weights of each level by its method. Manual, equal and AHP weights follow from the rule file alone;
/// entropy, CRITIC and combined weights from the data of the rated branches: an indicator level from its indicators'
/// normalised values, the dimension level from the dimension scores. Combined = α·manual (normalised to sum 1) +
/// (1 − α)·entropy.
/// </summary>
internal static class Weighting
{
    public static bool IsDataDriven(WeightingMethod m) => m is WeightingMethod.Entropy or WeightingMethod.Critic or WeightingMethod.Combined;

    /// <summary>Whether any level of the rule set needs data for its weights.</summary>
    public static bool IsDataDriven(RuleSet rules) =>
        IsDataDriven(rules.Weighting.ForDimensions.Method) || rules.Dimensions.Any(d => IsDataDriven(rules.Weighting.ForIndicators(d.Id).Method));

    /// <summary>One level's weights; <paramref name="columns"/> gives the level's data (one column per child) when needed.</summary>
    public static double[] Level(LevelWeighting level, IReadOnlyList<double> declared, double alpha, Func<IReadOnlyList<double[]>>? columns)
    {
        switch (level.Method)
        {
            case WeightingMethod.Equal:
                return declared.Select(_ => 1.0).ToArray();
            case WeightingMethod.Ahp when level.Matrix is { } m && Ahp.Problem(m) is null:
                return [.. Ahp.Compute(m).Weights];
            case WeightingMethod.Entropy when columns is not null:
                var cols = columns();
                return [.. EntropyWeights.Compute(cols, cols.Select(_ => false).ToArray())];
            case WeightingMethod.Critic when columns is not null:
                return [.. Critic.Compute(columns())];
            case WeightingMethod.Combined when columns is not null:
                var c = columns();
                var objective = EntropyWeights.Compute(c, c.Select(_ => false).ToArray());
                var sum = declared.Sum();
                return declared.Select((w, i) => (alpha * w / sum) + ((1 - alpha) * objective[i])).ToArray();
            default:
                return [.. declared];
        }
    }

    /// <summary>The weights that follow from the rule file alone (data-driven levels keep their declared weights here).</summary>
    public static WeightSet Compute(RuleSet rules) =>
        new(
            Level(rules.Weighting.ForDimensions, rules.Dimensions.Select(d => d.Weight).ToArray(), rules.Weighting.Alpha, null),
            rules.Dimensions.Select(d => (IReadOnlyList<double>)Level(rules.Weighting.ForIndicators(d.Id), d.Indicators.Select(i => i.Weight).ToArray(), rules.Weighting.Alpha, null)).ToArray());
}
