namespace EcoAssessment.Stages.Aggregation;

/// <summary>
/// Step 7 kernel: the weighted arithmetic mean over the children that have a value (NaN = not available), weights
/// renormalised over those children. Returns NaN when no child has a value.
/// </summary>
internal static class Aggregation
{
    public static double WeightedMean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        double sum = 0;
        double wsum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            sum += weights[i] * values[i];
            wsum += weights[i];
        }

        return wsum > 0 ? sum / wsum : double.NaN;
    }

    /// <summary>
    /// The weighted geometric mean exp(Σ wᵢ ln xᵢ / Σ wᵢ) over the children that have a value; NaN when none has one, or
    /// when a value is ≤ 0 (the rule validator makes sure normalisations give values &gt; 0 before choosing it).
    /// </summary>
    public static double WeightedGeometricMean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        double sum = 0;
        double wsum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            if (values[i] <= 0)
            {
                return double.NaN;
            }

            sum += weights[i] * Math.Log(values[i]);
            wsum += weights[i];
        }

        return wsum > 0 ? Math.Exp(sum / wsum) : double.NaN;
    }

    /// <summary>The mean of the chosen method.</summary>
    public static double Mean(EcoAssessment.Rules.AggregationMethod method, ReadOnlySpan<double> values, ReadOnlySpan<double> weights) =>
        method == EcoAssessment.Rules.AggregationMethod.Geometric ? WeightedGeometricMean(values, weights) : WeightedMean(values, weights);

    /// <summary>Each child's effective (renormalised) weight: wᵢ / Σ w over the children with a value; NaN for the others.</summary>
    public static void EffectiveWeights(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, Span<double> result)
    {
        double wsum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                wsum += weights[i];
            }
        }

        for (var i = 0; i < values.Length; i++)
        {
            result[i] = double.IsNaN(values[i]) || wsum <= 0 ? double.NaN : weights[i] / wsum;
        }
    }
}
