using EcoAssessment.Stages.Treatment;
using NUnit.Framework;

namespace EcoAssessment.Tests.Stages.Treatment;

public class WinsorisationTests
{
    [Test]
    public void MomentsAreTheSampleType2Statistics()
    {
        // x = 1, 2, 3, 4, 10: mean 4, s² = 50/4; Σ(d/s)³ = 180/s³, Σ(d/s)⁴ = 1394/s⁴.
        var s = Math.Sqrt(12.5);
        var g1 = 5.0 / (4 * 3) * (180 / Math.Pow(s, 3));
        var g2 = (5.0 * 6 / (4 * 3 * 2) * (1394 / Math.Pow(s, 4))) - (3.0 * 16 / (3 * 2));
        var (skew, kurt) = Winsorisation.Moments([1, 2, 3, 4, 10]);
        Assert.That(skew, Is.EqualTo(g1).Within(1e-12));
        Assert.That(kurt, Is.EqualTo(g2).Within(1e-12));
        Assert.That(skew, Is.EqualTo(1.69706).Within(1e-5));
    }

    [Test]
    public void OneHugeValueIsWinsorisedToTheNextOne()
    {
        double[] x = [1, 1, 1, 1, 1, 1, 1, 1, 1, 100];
        var t = Winsorisation.Apply(x, [.. x.Select(_ => true)], maxPoints: 5);
        Assert.That(t, Is.Not.Null);
        Assert.That(t!.Winsorised, Is.EqualTo(1));
        Assert.That(t.Logged, Is.False);
        Assert.That(x, Is.All.EqualTo(1));
    }

    [Test]
    public void ASymmetricColumnIsLeftAlone()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8];
        Assert.That(Winsorisation.Apply(x, [.. x.Select(_ => true)], 5), Is.Null);
        Assert.That(x, Is.EqualTo(new double[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
    }

    [Test]
    public void WithoutPointsToWinsoriseTheLogTransformIsUsed()
    {
        double[] x = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1000];
        var original = (double[])x.Clone();
        var t = Winsorisation.Apply(x, [.. x.Select(_ => true)], maxPoints: 0);
        Assert.That(t!.Logged, Is.True);
        Assert.That(x, Is.EqualTo(original.Select(v => Math.Log(v + 1)).ToArray()).Within(1e-12), "ln(x − min + 1)");
    }
}
