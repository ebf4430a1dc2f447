namespace EcoAssessment.Methods;

/// <summary>
/// CRITIC weights (Diakoulaki et al. 1995): min-max each indicator over the rows that have a value (higher is better:
/// pass values whose direction is already applied); σⱼ the sample standard deviation; rⱼₖ the Pearson correlation over
/// the rows where both have a value; Cⱼ = σⱼ · Σₖ (1 − rⱼₖ); wⱼ = Cⱼ / Σ C. A constant indicator has σ = 0 and weight 0;
/// when every C is 0 the weights are equal.
/// </summary>
internal static class Critic
{
    public static IReadOnlyList<double> Compute(IReadOnlyList<double[]> columns)
    {
        var k = columns.Count;
        var scaled = columns.Select(c =>
        {
            var present = c.Where(v => !double.IsNaN(v)).ToArray();
            if (present.Length == 0)
            {
                return c.Select(_ => double.NaN).ToArray();
            }

            var min = present.Min();
            var max = present.Max();
            return c.Select(v => double.IsNaN(v) ? double.NaN : max == min ? 0 : (v - min) / (max - min)).ToArray();
        }).ToArray();

        var sigma = scaled.Select(c => Statistics.SampleStandardDeviation(c)).ToArray();
        var info = new double[k];
        for (var j = 0; j < k; j++)
        {
            double conflict = 0;
            for (var l = 0; l < k; l++)
            {
                conflict += 1 - (j == l ? 1 : Statistics.Pearson(scaled[j], scaled[l]));
            }

            info[j] = sigma[j] * conflict;
        }

        var sum = info.Sum();
        return sum > 0 ? info.Select(c => c / sum).ToArray() : Enumerable.Repeat(1.0 / k, k).ToArray();
    }
}
