namespace EcoAssessment.Methods;

/// <summary>
/// Entropy weights (熵权法), exactly as DESIGN/issue define them: min-max each indicator over the rows that have a value
/// (lower-is-better reflected); pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ; eⱼ = −Σᵢ pᵢⱼ ln pᵢⱼ / ln m with 0·ln 0 = 0 and m the rows with a
/// value; wⱼ = (1 − eⱼ) / Σₖ (1 − eₖ). A constant indicator (or one with fewer than two values) has e = 1: weight 0.
/// When every indicator is constant there is no information, and the weights are equal.
/// </summary>
/// <remarks>
/// <see cref="Compute"/> is the min-max step followed by <see cref="FromShares"/>, the textbook kernel that takes
/// p = x/Σx on the values it is given. Many published examples (e.g. Xu 2004) apply that kernel to the raw values.
/// </remarks>
internal static class EntropyWeights
{
    /// <param name="columns">One array per indicator, one value per row (NaN = missing: the row is left out for it).</param>
    /// <param name="lowerIsBetter">Per indicator: whether a lower value is better.</param>
    public static IReadOnlyList<double> Compute(IReadOnlyList<double[]> columns, IReadOnlyList<bool> lowerIsBetter) =>
        FromShares(columns.Select((c, j) => MinMax(c, lowerIsBetter[j])).ToArray());

    /// <summary>
    /// The entropy kernel on values ≥ 0 as given: p = x/Σx over the rows with a value (NaN left out), e = −Σ p ln p / ln m
    /// (0·ln 0 = 0), w = (1 − e)/Σ(1 − e). A column with fewer than two values, or summing to 0, has e = 1.
    /// </summary>
    public static IReadOnlyList<double> FromShares(IReadOnlyList<double[]> columns)
    {
        var k = columns.Count;
        var divergence = new double[k];
        for (var j = 0; j < k; j++)
        {
            var x = columns[j].Where(v => !double.IsNaN(v)).ToArray();
            var m = x.Length;
            if (x.Any(v => v < 0))
            {
                throw new ArgumentException($"column {j} has a negative value: the shares p = x/Σx need values ≥ 0", nameof(columns));
            }

            var total = x.Sum();
            if (m < 2 || total <= 0)
            {
                continue;
            }

            double h = 0;
            foreach (var v in x)
            {
                if (v > 0)
                {
                    var p = v / total;
                    h -= p * Math.Log(p);
                }
            }

            divergence[j] = 1 - (h / Math.Log(m));
        }

        var sum = divergence.Sum();
        return sum > 0 ? divergence.Select(d => d / sum).ToArray() : Enumerable.Repeat(1.0 / k, k).ToArray();
    }

    /// <summary>(x − min)/(max − min), or (max − x)/(max − min) when lower is better; all 0 for a constant column; NaN stays NaN.</summary>
    private static double[] MinMax(double[] column, bool lowerIsBetter)
    {
        var values = column.Where(v => !double.IsNaN(v)).ToArray();
        if (values.Length == 0)
        {
            return column;
        }

        var min = values.Min();
        var max = values.Max();
        return column.Select(v => double.IsNaN(v) || max == min ? (double.IsNaN(v) ? double.NaN : 0) : lowerIsBetter ? (max - v) / (max - min) : (v - min) / (max - min)).ToArray();
    }
}
