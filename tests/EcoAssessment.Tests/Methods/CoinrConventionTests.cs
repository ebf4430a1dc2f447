using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Normalisation;
using NUnit.Framework;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;

namespace EcoAssessment.Tests.Methods;

/// <summary>
/// COINr 1.1.14 agreement, written out by hand because R/COINr could not be installed on the build machine (CRAN was
/// not reachable). The conventions are those of COINr's own functions: <c>Normalise.numeric</c> multiplies a
/// negative-direction indicator by −1 before the normaliser; <c>n_minmax</c> (l_u = 0, 100) and <c>n_zscore</c>
/// (sample sd) skip NA; <c>n_rank</c> and <c>n_prank</c> use <c>rank(ties.method = "min", na.last = "keep")</c>, n_prank
/// = (rank − 1)/(n − 1) over the non-missing values (we scale it by 100); <c>a_amean</c> drops the NA values and their
/// weights and rescales the remaining weights to sum 1; <c>a_gmean</c> = exp(Σ w ln x / Σ w) over the non-NA values;
/// final ranks are <c>rank(−score, ties.method = "min")</c>. The numbers were also checked with base R 4.2.2 expressions
/// that follow those function bodies (R itself was installable; the COINr package was not).
/// </summary>
public class CoinrConventionTests
{
    // One indicator where lower is better (a cost), five branches: a missing value (branch 3) and a tie (branches 2 and 5).
    private static readonly double[] Cost = [4, 2, double.NaN, 8, 2];
    private static readonly bool[] All = [true, true, true, true, true];
    private const double Tolerance = 1e-9;

    private static double[] Run(Action<double[]> kernel)
    {
        var result = new double[Cost.Length];
        kernel(result);
        return result;
    }

    [Test]
    public void MinMaxOfANegativeDirectionIndicator()
    {
        // COINr: y = −x = −4, −2, NA, −8, −2; min y = −8, max y = −2; 100·(y − min)/(max − min):
        // (−4 + 8)/6 = 2/3 → 66.666…; (−2 + 8)/6 = 1 → 100; NA; 0; 100.
        var r = Run(res => Normalisers.MinMax(Cost, All, 0, 100, Direction.Lower, res));
        Assert.That(r, Is.EqualTo(new[] { 200.0 / 3, 100, double.NaN, 0, 100 }).Within(Tolerance));
    }

    [Test]
    public void ZScoreWithTheSampleStandardDeviation()
    {
        // y = −4, −2, −8, −2 (NA skipped): mean −4; deviations 0, 2, −4, 2; Σ² = 24; sd = √(24/3) = √8.
        // z = 0, 2/√8 = 0.7071…, NA, −4/√8 = −1.4142…, 0.7071…
        var r = Run(res => Normalisers.ZScore(Cost, All, 0, 1, Direction.Lower, res));
        var s = Math.Sqrt(8);
        Assert.That(r, Is.EqualTo(new[] { 0, 2 / s, double.NaN, -4 / s, 2 / s }).Within(Tolerance));
    }

    [Test]
    public void RankWithMinTies()
    {
        // rank(y, ties = "min", na.last = "keep") of y = −4, −2, NA, −8, −2: sorted −8, −4, −2, −2 → 2, 3, NA, 1, 3.
        var r = Run(res => Normalisers.Rank(Cost, All, TieMethod.Min, percentile: false, Direction.Lower, res));
        Assert.That(r, Is.EqualTo(new[] { 2.0, 3, double.NaN, 1, 3 }));
    }

    [Test]
    public void PercentileRankIsCoinrsPrankTimesOneHundred()
    {
        // n_prank: (rank − 1)/(n − 1) with n = 4 non-missing: 1/3, 2/3, NA, 0, 2/3; ours is on 0–100.
        var r = Run(res => Normalisers.Rank(Cost, All, TieMethod.Min, percentile: true, Direction.Lower, res));
        Assert.That(r, Is.EqualTo(new[] { 100.0 / 3, 200.0 / 3, double.NaN, 0, 200.0 / 3 }).Within(Tolerance));
    }

    [Test]
    public void ArithmeticMeanRescalesTheWeightsOfTheAvailableValues()
    {
        // a_amean(x = 60, NA, 90; w = 1, 2, 3): drop NA and its weight → w = 1, 3 → 1/4, 3/4 → 15 + 67.5 = 82.5.
        Assert.That(AggregationKernel.WeightedMean([60, double.NaN, 90], [1, 2, 3]), Is.EqualTo(82.5).Within(Tolerance));
    }

    [Test]
    public void GeometricMeanSkipsMissingValues()
    {
        // a_gmean(x = 4, NA, 16; w = 1, 5, 3) = exp((1·ln 4 + 3·ln 16)/4) = exp(7 ln 4 / 4) = 4^(7/4) = 8√2 = 11.3137…
        Assert.That(AggregationKernel.WeightedGeometricMean([4, double.NaN, 16], [1, 5, 3]), Is.EqualTo(8 * Math.Sqrt(2)).Within(Tolerance));
    }

    [Test]
    public void FinalRanksAreCompetitionRanksLikeRankMinOfTheNegatedScore()
    {
        // rank(−c(90, 85, 85, 70), ties.method = "min") = 1, 2, 2, 4.
        decimal[] ascending = [70m, 85m, 85m, 90m];
        Assert.That(new[] { 90m, 85m, 85m, 70m }.Select(s => EcoAssessment.Stages.Rating.RatingStage.CompetitionRank(ascending, s)), Is.EqualTo(new[] { 1, 2, 2, 4 }));
    }
}
