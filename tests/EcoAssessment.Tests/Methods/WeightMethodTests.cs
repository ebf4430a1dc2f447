using EcoAssessment.Methods;
using NUnit.Framework;

namespace EcoAssessment.Tests.Methods;

/// <summary>AHP and entropy weights against values that follow from their definitions exactly.</summary>
public class WeightMethodTests
{
    /// <summary>A perfectly consistent matrix aᵢⱼ = wᵢ/wⱼ has w as its principal eigenvector, λmax = n and CR = 0.</summary>
    [TestCase(new[] { 0.5, 0.3, 0.2 })]
    [TestCase(new[] { 0.4, 0.25, 0.2, 0.1, 0.05 })]
    public void AConsistentMatrixGivesItsWeightsBack(double[] w)
    {
        var n = w.Length;
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] = w[i] / w[j];
            }
        }

        var r = Ahp.Compute(a);
        Assert.That(r.Weights, Is.EqualTo(w).Within(1e-12));
        Assert.That(r.LambdaMax, Is.EqualTo(n).Within(1e-12));
        Assert.That(r.ConsistencyRatio, Is.EqualTo(0).Within(1e-12));
        Assert.That(r.Consistent, Is.True);
    }

    [Test]
    public void ACyclicMatrixIsRefusedAsInconsistent()
    {
        // A circulant matrix with rows (1, 9, 1/9): equal weights, λmax = 1 + 9 + 1/9, CI = (λmax − 3)/2, CR = CI/0.58.
        double[,] a = { { 1, 9, 1.0 / 9 }, { 1.0 / 9, 1, 9 }, { 9, 1.0 / 9, 1 } };
        var r = Ahp.Compute(a);
        var lambda = 1 + 9 + (1.0 / 9);
        Assert.That(r.Weights, Is.EqualTo(new[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 }).Within(1e-12));
        Assert.That(r.LambdaMax, Is.EqualTo(lambda).Within(1e-9));
        Assert.That(r.ConsistencyRatio, Is.EqualTo((lambda - 3) / 2 / 0.58).Within(1e-9));
        Assert.That(r.Consistent, Is.False);
    }

    [Test]
    public void GroupAhpTakesTheElementWiseGeometricMean()
    {
        double[,] a = { { 1, 4 }, { 0.25, 1 } };
        double[,] b = { { 1, 1 }, { 1, 1 } };
        var g = Ahp.Combine([a, b]);
        Assert.That(g[0, 1], Is.EqualTo(2).Within(1e-12));
        Assert.That(g[1, 0], Is.EqualTo(0.5).Within(1e-12), "reciprocity is kept");
        Assert.That(Ahp.Compute(g).Weights, Is.EqualTo(new[] { 2.0 / 3, 1.0 / 3 }).Within(1e-12));
    }

    /// <summary>
    /// Saaty's published "drinks" example (T. L. Saaty, "Decision making with the analytic hierarchy process",
    /// Int. J. Services Sciences 1(1), 2008, pp. 83–98): relative consumption of seven drinks in the United States.
    /// The paper reports the derived weights to three decimals and CR = 0.022 under Saaty's random index (1.32 for n = 7).
    /// </summary>
    [Test]
    public void SaatysPublishedDrinksExampleIsReproduced()
    {
        // Rows and columns: coffee, wine, tea, beer, sodas, milk, water.
        double[,] a =
        {
            { 1, 9, 5, 2, 1, 1, 1.0 / 2 },
            { 1.0 / 9, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9 },
            { 1.0 / 5, 3, 1, 1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9 },
            { 1.0 / 2, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3 },
            { 1, 9, 4, 2, 1, 2, 1.0 / 2 },
            { 1, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3 },
            { 2, 9, 9, 3, 2, 3, 1 },
        };
        Assert.That(Ahp.Problem(a), Is.Null);
        var r = Ahp.Compute(a);
        var published = new[] { 0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327 };
        Assert.That(r.Weights.Select(w => Math.Round(w, 3)), Is.EqualTo(published));
        Assert.That(Math.Round(r.ConsistencyRatio, 3), Is.EqualTo(0.022));
        Assert.That(r.Consistent, Is.True);
    }

    /// <summary>
    /// Saaty's "best city to live in" hierarchy (T. L. Saaty, Theory and Applications of the Analytic Network Process,
    /// RWS Publications, 2005): five criteria, four cities, synthesised by the weighted sum of local priorities.
    /// Published global priorities to three decimals: Bethesda 0.229, Boston 0.275, Pittsburgh 0.385, Santa Fe 0.111.
    /// </summary>
    [Test]
    public void SaatysPublishedCityHierarchyIsReproduced()
    {
        // Criteria: culture, family, housing, jobs, transportation.
        double[,] criteria =
        {
            { 1, 1.0 / 5, 3, 1.0 / 2, 5 },
            { 5, 1, 7, 1, 7 },
            { 1.0 / 3, 1.0 / 7, 1, 1.0 / 4, 3 },
            { 2, 1, 4, 1, 7 },
            { 1.0 / 5, 1.0 / 7, 1.0 / 3, 1.0 / 7, 1 },
        };

        // Cities: Bethesda, Boston, Pittsburgh, Santa Fe — one matrix per criterion, in the criteria order above.
        double[][,] byCriterion =
        [
            new double[,] { { 1, 1.0 / 2, 1, 1.0 / 2 }, { 2, 1, 2.5, 1 }, { 1, 1 / 2.5, 1, 1 / 2.5 }, { 2, 1, 2.5, 1 } },
            new double[,] { { 1, 2, 1.0 / 3, 4 }, { 1.0 / 2, 1, 1.0 / 8, 2 }, { 3, 8, 1, 9 }, { 1.0 / 4, 1.0 / 2, 1.0 / 9, 1 } },
            new double[,] { { 1, 5, 1.0 / 2, 2.5 }, { 1.0 / 5, 1, 1.0 / 9, 1.0 / 4 }, { 2, 9, 1, 7 }, { 1 / 2.5, 4, 1.0 / 7, 1 } },
            new double[,] { { 1, 1.0 / 2, 3, 4 }, { 2, 1, 6, 8 }, { 1.0 / 3, 1.0 / 6, 1, 1 }, { 1.0 / 4, 1.0 / 8, 1, 1 } },
            new double[,] { { 1, 1.5, 1.0 / 2, 4 }, { 1 / 1.5, 1, 1 / 3.5, 2.5 }, { 2, 3.5, 1, 9 }, { 1.0 / 4, 1 / 2.5, 1.0 / 9, 1 } },
        ];

        var top = Ahp.Compute(criteria).Weights;
        var global = new double[4];
        for (var c = 0; c < byCriterion.Length; c++)
        {
            Assert.That(Ahp.Problem(byCriterion[c]), Is.Null, $"criterion {c}");
            var local = Ahp.Compute(byCriterion[c]).Weights;
            for (var k = 0; k < 4; k++)
            {
                global[k] += top[c] * local[k];
            }
        }

        Assert.That(global.Select(w => Math.Round(w, 3)), Is.EqualTo(new[] { 0.229, 0.275, 0.385, 0.111 }));
    }

    [TestCase(0, 1, 2.0, "not reciprocal", "不互为倒数")]
    [TestCase(0, 0, 2.0, "diagonal", "对角线")]
    [TestCase(1, 0, -1.0, "not a positive number", "不是正数")]
    public void AMalformedMatrixIsNamed(int i, int j, double value, string expected, string expectedZh)
    {
        double[,] a = { { 1, 3 }, { 1.0 / 3, 1 } };
        a[i, j] = value;
        Assert.That(Ahp.Problem(a)?.Render(EcoAssessment.Catalogue.Language.En), Does.Contain(expected));
        Assert.That(Ahp.Problem(a)?.Render(EcoAssessment.Catalogue.Language.Zh), Does.Contain(expectedZh));
    }

    [Test]
    public void EntropyFollowsTheDefinitionStepByStep()
    {
        // x1 = 1, 2, 3 → min-max 0, ½, 1 → p = 0, ⅓, ⅔ → e1 = −(⅓ ln ⅓ + ⅔ ln ⅔) / ln 3.
        // x2 = 5, 5, 6 → 0, 0, 1 → p = 0, 0, 1 → e2 = 0. w = (1 − e) / Σ(1 − e).
        var e1 = -((1.0 / 3 * Math.Log(1.0 / 3)) + (2.0 / 3 * Math.Log(2.0 / 3))) / Math.Log(3);
        var d1 = 1 - e1;
        var w = EntropyWeights.Compute([[1, 2, 3], [5, 5, 6]], [false, false]);
        Assert.That(w, Is.EqualTo(new[] { d1 / (d1 + 1), 1 / (d1 + 1) }).Within(1e-12));
        Assert.That(w[0], Is.EqualTo(0.296082).Within(1e-6));
    }

    [Test]
    public void ReversingTheDirectionOfAnIndicatorChangesItsEntropy()
    {
        // Reflected, x1 = 1, 2, 3 becomes 1, ½, 0: p = ⅔, ⅓, 0 — the same entropy; x2 = 5, 5, 6 becomes 1, 1, 0: p = ½, ½, 0.
        var w = EntropyWeights.Compute([[1, 2, 3], [5, 5, 6]], [true, true]);
        var e1 = -((1.0 / 3 * Math.Log(1.0 / 3)) + (2.0 / 3 * Math.Log(2.0 / 3))) / Math.Log(3);
        var e2 = -(2 * 0.5 * Math.Log(0.5)) / Math.Log(3);
        Assert.That(w, Is.EqualTo(new[] { (1 - e1) / (2 - e1 - e2), (1 - e2) / (2 - e1 - e2) }).Within(1e-12));
    }

    /// <summary>
    /// Xu, X. (2004), "A note on the subjective and objective integrated approach to determine attribute weights",
    /// European Journal of Operational Research 156(2), 530–532, doi:10.1016/S0377-2217(03)00146-2: the 4 × 4 decision
    /// matrix of its example (four alternatives, four benefit attributes) and its entropy weights 0.4630, 0.3992, 0.1378,
    /// 0.0000. Xu takes p = x/Σx on the raw values, so the published numbers check our kernel <see cref="EntropyWeights.FromShares"/>;
    /// our indicator weights min-max each column first, which gives different weights for the same matrix (below).
    /// Matrix and weights as reproduced in the test suite of the Python package objective-weights-mcda (the paper itself
    /// was not at hand); the 4 decimals were recomputed independently before being written here.
    /// </summary>
    internal static readonly double[][] Xu2004Columns =
    [
        [30, 19, 19, 68],
        [30, 54, 15, 70],
        [38, 86, 85, 60],
        [29, 29, 28.9, 29],
    ];

    [Test]
    public void XusPublishedEntropyExampleIsReproducedByTheKernel()
    {
        var w = EntropyWeights.FromShares(Xu2004Columns);
        Assert.That(w, Is.EqualTo(new[] { 0.4630, 0.3992, 0.1378, 0.0000 }).Within(5e-5), "the published weights, to their 4 decimals");

        // Column 1 by hand: Σx = 136, p = 30/136, 19/136, 19/136, 68/136; e = −Σ p ln p / ln 4 = 0.887204…
        var p1 = new[] { 30 / 136.0, 19 / 136.0, 19 / 136.0, 68 / 136.0 };
        Assert.That(-p1.Sum(p => p * Math.Log(p)) / Math.Log(4), Is.EqualTo(0.887204).Within(1e-6));

        // The nearly constant column 4 carries almost no information in the raw shares (e = 0.9999992) …
        Assert.That(w[3], Is.LessThan(1e-5));

        // … but min-maxing first (our definition) maps 29, 29, 28.9, 29 to 1, 1, 0, 1: p = ⅓, ⅓, 0, ⅓ and e = ln 3 / ln 4,
        // so the same matrix gives column 4 a real weight. The published example therefore checks the kernel only.
        var ours = EntropyWeights.Compute(Xu2004Columns, [false, false, false, false]);
        var d4 = 1 - (Math.Log(3) / Math.Log(4));
        Assert.That(ours[3] / ours.Sum(), Is.EqualTo(d4 / (d4 + DivergenceOfMinMaxed(0) + DivergenceOfMinMaxed(1) + DivergenceOfMinMaxed(2))).Within(1e-12));
        Assert.That(ours[3], Is.GreaterThan(0.1));
    }

    /// <summary>1 − e of a column of the Xu matrix after min-max, written out: the kernel applied to (x − min)/(max − min).</summary>
    private static double DivergenceOfMinMaxed(int column)
    {
        var x = Xu2004Columns[column];
        var scaled = x.Select(v => (v - x.Min()) / (x.Max() - x.Min())).ToArray();
        var total = scaled.Sum();
        var h = scaled.Where(v => v > 0).Sum(v => -(v / total) * Math.Log(v / total));
        return 1 - (h / Math.Log(x.Length));
    }

    [Test]
    public void AConstantIndicatorGetsNoWeightAndMissingValuesAreLeftOut()
    {
        var w = EntropyWeights.Compute([[4, 4, 4], [1, double.NaN, 3]], [false, false]);
        Assert.That(w, Is.EqualTo(new[] { 0.0, 1.0 }));
        Assert.That(EntropyWeights.Compute([[4, 4], [7, 7]], [false, false]), Is.EqualTo(new[] { 0.5, 0.5 }), "no information: equal weights");
        Assert.That(EntropyWeights.FromShares([[1, double.NaN, 3], [0, 0, 0]]), Is.EqualTo(new[] { 1.0, 0.0 }), "a column summing to 0 has no weight");
        Assert.Throws<ArgumentException>(() => EntropyWeights.FromShares([[1, -2]]));
    }
}

public class CriticTests
{
    [Test]
    public void ConflictingIndicatorsWeighMore()
    {
        // a and b move together, c against both: scaled σ = 0.5 each; Σ(1 − r) = 2, 2, 4; C = 1, 1, 2.
        var w = Critic.Compute([[0, 1, 2], [0, 1, 2], [2, 1, 0]]);
        Assert.That(w, Is.EqualTo(new[] { 0.25, 0.25, 0.5 }).Within(1e-12));
    }

    [Test]
    public void AConstantIndicatorHasNoWeight() =>
        Assert.That(Critic.Compute([[3, 3, 3], [1, 2, 4]])[0], Is.Zero);
}
