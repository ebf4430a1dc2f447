using FsCheck.NUnit;
using NUnit.Framework;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;

namespace EcoAssessment.Tests.Stages.Aggregation;

public class AggregationTests
{
    [Test]
    public void WeightedMeanRenormalisesOverChildrenWithAValue()
    {
        Assert.That(AggregationKernel.WeightedMean([80, 60], [3, 1]), Is.EqualTo(75.0).Within(1e-12));
        Assert.That(AggregationKernel.WeightedMean([80, double.NaN, 60], [3, 100, 1]), Is.EqualTo(75.0).Within(1e-12));
        Assert.That(AggregationKernel.WeightedMean([double.NaN, double.NaN], [1, 1]), Is.NaN);
        Assert.That(AggregationKernel.WeightedMean([], []), Is.NaN);
    }

    [Test]
    public void EffectiveWeightsAreSharesOfTheAvailableChildren()
    {
        var r = new double[3];
        AggregationKernel.EffectiveWeights([80, double.NaN, 60], [3, 100, 1], r);
        Assert.That(r[0], Is.EqualTo(0.75).Within(1e-12));
        Assert.That(r[1], Is.NaN);
        Assert.That(r[2], Is.EqualTo(0.25).Within(1e-12));
    }

    private static (double[] Values, double[] Weights) Inputs(int[] values, int[] weights, int nanMask)
    {
        var n = Math.Min(values.Length, weights.Length);
        var v = new double[n];
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            v[i] = i < 30 && ((nanMask >> i) & 1) == 1 ? double.NaN : Math.Abs(values[i] % 10001) / 100.0;
            w[i] = (Math.Abs(weights[i] % 1000) + 1) / 10.0;
        }

        return (v, w);
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool WeightedMeanIsUnchangedWhenAllWeightsAreMultipliedByAPositiveConstant(int[] values, int[] weights, int nanMask, int k)
    {
        var (v, w) = Inputs(values, weights, nanMask);
        var c = (Math.Abs(k % 10000) + 1) / 7.0;
        var a = AggregationKernel.WeightedMean(v, w);
        var b = AggregationKernel.WeightedMean(v, w.Select(x => x * c).ToArray());
        return double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool WeightedMeanLiesBetweenTheMinAndMaxOfTheAvailableValues(int[] values, int[] weights, int nanMask)
    {
        var (v, w) = Inputs(values, weights, nanMask);
        var available = v.Where(x => !double.IsNaN(x)).ToArray();
        var m = AggregationKernel.WeightedMean(v, w);
        if (available.Length == 0)
        {
            return double.IsNaN(m);
        }

        return m >= available.Min() - 1e-9 && m <= available.Max() + 1e-9;
    }
}
