namespace EcoAssessment.Methods;

/// <summary>
/// Entropy weights (熵权法), exactly as DESIGN/issue define them: min-max each indicator over the rows that have a value
/// (lower-is-better reflected); pᵢⱼ = xᵢⱼ / Σᵢ xᵢⱼ; eⱼ = −Σᵢ pᵢⱼ ln pᵢⱼ / ln m with 0·ln 0 = 0 and m the rows with a
/// value; wⱼ = (1 − eⱼ) / Σₖ (1 − eₖ). A constant indicator (or one with fewer than two values) has e = 1: weight 0.
/// When every indicator is constant there is no information, and the weights are equal.
/// </summary>
internal static class EntropyWeights
{
    /// <param name="columns">One array per indicator, one value per row (NaN = missing: the row is left out for it).</param>
    /// <param name="lowerIsBetter">Per indicator: whether a lower value is better.</param>
    public static IReadOnlyList<double> Compute(IReadOnlyList<double[]> columns, IReadOnlyList<bool> lowerIsBetter)
    {
        var k = columns.Count;
        var divergence = new double[k];
        for (var j = 0; j < k; j++)
        {
            var values = columns[j].Where(v => !double.IsNaN(v)).ToArray();
            var m = values.Length;
            if (m < 2)
            {
                continue;
            }

            var min = values.Min();
            var max = values.Max();
            if (max == min)
            {
                continue;
            }

            var x = values.Select(v => lowerIsBetter[j] ? (max - v) / (max - min) : (v - min) / (max - min)).ToArray();
            var total = x.Sum();
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
}
