using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.TestRules;
using WeightingStage = EcoAssessment.Stages.Weighting.Weighting;

namespace EcoAssessment.Tests.Stages.Weighting;

public class WeightingTests
{
    private static RuleSet Rules(WeightingMethod method) => Set(
        [Dimension("a", 30, Value("a1", 1), Value("a2", 3)), Dimension("b", 70, Value("b1", 5))],
        null) with { Weighting = new WeightingRule(method) };

    [Test]
    public void TheDeclaredShareIsTheDimensionShareTimesTheShareInTheDimension()
    {
        var w = WeightingStage.Compute(Rules(WeightingMethod.Manual));
        Assert.That(w.DeclaredShare(0, 0), Is.EqualTo(0.3 * 0.25).Within(1e-12));
        Assert.That(w.DeclaredShare(0, 1), Is.EqualTo(0.3 * 0.75).Within(1e-12));
        Assert.That(w.DeclaredShare(1, 0), Is.EqualTo(0.7).Within(1e-12));
    }

    [Test]
    public void EqualWeightingGivesEveryChildTheSameWeight()
    {
        var w = WeightingStage.Compute(Rules(WeightingMethod.Equal));
        Assert.That(w.DimensionWeights, Is.EqualTo(new[] { 1.0, 1.0 }));
        Assert.That(w.DeclaredShare(0, 1), Is.EqualTo(0.25).Within(1e-12));
        Assert.That(w.DeclaredShare(1, 0), Is.EqualTo(0.5).Within(1e-12));
    }
}
