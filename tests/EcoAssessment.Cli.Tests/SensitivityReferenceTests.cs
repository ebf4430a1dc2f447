using System.Collections.Concurrent;
using EcoAssessment.Analysis;
using EcoAssessment.Diagnostics;
using EcoAssessment.Generation;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Adjustment;
using EcoAssessment.Stages.Rating;
using NUnit.Framework;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// The sensitivity analysis rates its runs on flat, precomputed arrays. These tests hold it to two straightforward
/// computations on the real samples: (1) a reference that builds every run's <see cref="RatingInput"/>s and calls the
/// public rating step (the analysis as first written), for the whole output table; (2) for single runs, the full
/// pipeline run again with the run's perturbed weights written into the rule set as manual weights.
/// </summary>
public class SensitivityReferenceTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.RepoRoot, "samples", name);

    private static string RuleFile(string name) => Path.Combine(CliRunner.RepoRoot, "scoring-rules", name);

    private static Dataset Read(Plan plan, string folder)
    {
        var bag = new DiagnosticBag();
        var read = CsvDatasetReader.Read(folder, null, bag, requirements: plan.Requirements);
        Assert.That(read.Dataset, Is.Not.Null, string.Join("\n", bag.Items));
        return read.Dataset!;
    }

    private static RuleSet Rules(string? file)
    {
        if (file is null)
        {
            return RuleSetReader.ReadDefault().Rules;
        }

        var bag = new DiagnosticBag();
        var loaded = RuleSetReader.ReadFile(file.Contains('/') ? Path.Combine(CliRunner.RepoRoot, file) : RuleFile(file), bag);
        Assert.That(loaded, Is.Not.Null, string.Join("\n", bag.Items));
        return loaded!.Rules;
    }

    /// <summary>The 2024 sample, with the 2023 sample's ratings as the previous period so that the dynamic limit acts.</summary>
    private static Assessment Nominal(RuleSet rules, bool withPrevious, string sample = "provincial-eco-2024")
    {
        var plan = Plan.Create(rules);
        PreviousRatings? previous = null;
        if (withPrevious)
        {
            var before = plan.Run(Read(plan, Sample("provincial-eco-2023")));
            previous = new PreviousRatings("2023", PeriodKind.Year,
                before.Results.ToDictionary(r => r.BranchId, r => new PreviousRating(r.Rating), StringComparer.Ordinal));
        }

        return plan.Run(Read(plan, Sample(sample)), previous);
    }

    [TestCase(null, true, 300, 0.25, 1UL)]
    [TestCase(null, false, 200, 0.6, 17UL)]
    [TestCase(null, true, 400, 0.9, 5UL)]   // more runs than branches: the rank histogram
    [TestCase("four-strong.yaml", true, 150, 0.4, 2UL)]
    [TestCase("classification-2012.yaml", false, 150, 0.4, 3UL)]
    public void TheTableEqualsTheStraightforwardReference(string? ruleFile, bool withPrevious, int runs, double spread, ulong seed) =>
        CompareWithReference(Nominal(Rules(ruleFile), withPrevious), withPrevious, runs, spread, seed);

    [Test]
    public void AQuotaWhoseFirstTieBreakKeyIsNotTheScoreEqualsTheReference()
    {
        // The runs read the quota order from the score order when the score is the first key; here it is not.
        var rules = Rules(null);
        rules = rules with
        {
            Rating = rules.Rating with
            {
                VanguardQuota = 0.2m,
                TieBreak = [new(TieBreakKind.Dimension, "conduct"), new(TieBreakKind.Indicator, "attendance"), new(TieBreakKind.Score), new(TieBreakKind.BranchId)],
            },
        };
        CompareWithReference(Nominal(rules, withPrevious: true), withPrevious: true, 200, 0.5, 4UL);
    }

    [Test]
    public void Mini12WithScoresSpreadWideEqualsTheReference()
    {
        // Eleven rated branches over 47 points: the scores are sorted by the library sort, not by counting.
        CompareWithReference(Nominal(Rules("samples/mini-12/rules.yaml"), withPrevious: false, "mini-12"), withPrevious: false, 300, 0.9, 8UL);
    }

    private static void CompareWithReference(Assessment nominal, bool withPrevious, int runs, double spread, ulong seed)
    {
        if (withPrevious)
        {
            Assert.That(nominal.Results.Count(r => r.Dynamic is not null), Is.GreaterThan(0), "the dynamic limit takes part");
        }

        var fast = Sensitivity.Run(nominal, runs, spread, seed);
        var reference = Reference(nominal, runs, spread, seed);
        Assert.That(fast, Has.Count.EqualTo(reference.Count));
        for (var i = 0; i < fast.Count; i++)
        {
            Assert.That(fast[i], Is.EqualTo(reference[i]), fast[i].Branch.BranchId);
        }

        Assert.That(fast.Count(x => !x.Stable), Is.GreaterThan(0), "the runs move some branches: the comparison is not trivial");
    }

    [TestCase(null, 0.25, 1UL)]
    [TestCase("four-strong.yaml", 0.5, 9UL)]
    public void EachRunEqualsTheFullPipelineWithThePerturbedWeights(string? ruleFile, double spread, ulong seed)
    {
        // Coverage is a declared share and so moves with the weights in a full run; the analysis keeps the nominal
        // coverage. With no minimum coverage the two agree, and everything else must match exactly.
        var rules = Rules(ruleFile);
        rules = rules with { Rating = rules.Rating with { MinCoverage = 0 } };
        var nominal = Nominal(rules, withPrevious: true);
        Assert.That(nominal.Rules.Weighting.Method, Is.EqualTo(WeightingMethod.Manual));
        const int runs = 12;
        var seen = new ConcurrentDictionary<int, (Rating[] Ratings, int[] Ranks)>();
        Sensitivity.Run(nominal, runs, spread, seed, (run, ratings, ranks) => seen[run] = ((Rating[])ratings.Clone(), (int[])ranks.Clone()));
        Assert.That(seen.Keys.Order(), Is.EqualTo(Enumerable.Range(0, runs)));

        var changedRatings = 0;
        for (var run = 0; run < runs; run++)
        {
            var (dw, iw) = Sensitivity.PerturbedWeights(nominal, spread, seed, run);
            var perturbed = rules with
            {
                Dimensions = rules.Dimensions.Select((d, i) => d with
                {
                    Weight = dw[i],
                    Indicators = d.Indicators.Select((x, k) => x with { Weight = iw[i][k] }).ToArray(),
                }).ToArray(),
            };
            var full = Plan.Create(perturbed).Run(nominal.Dataset, nominal.Previous);
            Assert.That(full.Weights.DimensionWeights, Is.EqualTo(dw), "the rule set's manual weights are used as written");
            var byId = full.Results.ToDictionary(r => r.BranchId, StringComparer.Ordinal);
            for (var b = 0; b < nominal.Branches.Count; b++)
            {
                var expected = byId[nominal.Branches[b].BranchId];
                var (ratings, ranks) = seen[run];
                Assert.That(ratings[b], Is.EqualTo(expected.Rating), $"run {run}, {expected.BranchId}");
                Assert.That(ranks[b], Is.EqualTo(expected.Rank ?? 0), $"run {run}, {expected.BranchId}");
                if (ratings[b] != nominal.Find(expected.BranchId)!.Rating)
                {
                    changedRatings++;
                }
            }
        }

        Assert.That(changedRatings, Is.GreaterThan(0), "some run changes some rating: the comparison is not trivial");
    }

    /// <summary>
    /// The analysis written plainly: per run, rating inputs for every branch through the public rating step, competition
    /// ranks by counting, and percentiles from each branch's sorted list of ranks.
    /// </summary>
    private static List<BranchSensitivity> Reference(Assessment nominal, int runs, double spread, ulong seed)
    {
        var rules = nominal.Rules;
        var results = nominal.Branches.Select(b => nominal.Find(b.BranchId)!).ToArray();
        var nb = results.Length;
        var dims = rules.Dimensions;
        var firstOf = new int[dims.Count];
        for (var d = 1; d < dims.Count; d++)
        {
            firstOf[d] = firstOf[d - 1] + dims[d - 1].Indicators.Count;
        }

        var vetoes = results.Select(r => r.VetoTraces.Select(v => (rules.Rating.Vetoes.First(x => x.Id == v.Id), v.Fired, string.Empty)).ToArray()).ToArray();
        var tieKeys = rules.Rating.TieBreak
            .Where(k => k.Kind is TieBreakKind.Dimension or TieBreakKind.Indicator)
            .Select(k => (Key: k.ToString(), Dimension: k.Kind == TieBreakKind.Dimension,
                Index: k.Kind == TieBreakKind.Dimension ? dims.Select(x => x.Id).ToList().IndexOf(k.Id!) : nominal.Indicators.Select(x => x.Id).ToList().IndexOf(k.Id!)))
            .ToArray();
        var ranks = new int[runs][];
        var ratings = new Rating[runs][];
        for (var run = 0; run < runs; run++)
        {
            var rng = SeededRandom.For(seed, (ulong)run);
            var dw = nominal.Weights.DimensionWeights.Select(w => w * (1 - spread + (2 * spread * rng.NextDouble()))).ToArray();
            var iw = nominal.Weights.IndicatorWeights.Select(ws => ws.Select(w => w * (1 - spread + (2 * spread * rng.NextDouble()))).ToArray()).ToArray();
            var inputs = new RatingInput[nb];
            for (var b = 0; b < nb; b++)
            {
                var row = nominal.Normalised[b].ToArray();
                var dimScores = new double[dims.Count];
                for (var d = 0; d < dims.Count; d++)
                {
                    dimScores[d] = AggregationKernel.Mean(rules.Aggregation, row.AsSpan(firstOf[d], dims[d].Indicators.Count), iw[d]);
                }

                var aggregate = AggregationKernel.Mean(rules.Aggregation, dimScores, dw);
                var r = results[b];
                decimal? score = double.IsNaN(aggregate) ? null
                    : Rounding.DecisionScore(Adjustments.Score(aggregate, r.Deductions, r.Bonuses, rules.Adjustments.LowerBound, rules.Adjustments.UpperBound));
                var tie = new Dictionary<string, double?>(StringComparer.Ordinal);
                foreach (var (key, isDimension, index) in tieKeys)
                {
                    var v = isDimension ? dimScores[index] : row[index];
                    tie[key] = double.IsNaN(v) ? null : v;
                }

                inputs[b] = new RatingInput(r.BranchId, r.Branch.Type == BranchType.Temporary, score, r.Coverage, vetoes[b], tie) { Previous = r.PreviousRating };
            }

            var rated = RatingStage.Rate(rules.Rating, inputs);
            var scores = Enumerable.Range(0, nb).Where(b => rated[b].Rating != Rating.Unrated && inputs[b].Score is not null).Select(b => inputs[b].Score!.Value).ToArray();
            ranks[run] = new int[nb];
            ratings[run] = new Rating[nb];
            for (var b = 0; b < nb; b++)
            {
                ratings[run][b] = rated[b].Rating;
                ranks[run][b] = rated[b].Rating != Rating.Unrated && inputs[b].Score is decimal s ? 1 + scores.Count(x => x > s) : 0;
            }
        }

        var output = new List<BranchSensitivity>();
        for (var b = 0; b < nb; b++)
        {
            var r = ranks.Select(x => x[b]).Where(x => x > 0).Order().ToArray();
            double P(Rating x) => (double)ratings.Count(run => run[b] == x) / runs;
            int? Nearest(double p) => r.Length == 0 ? null : r[Math.Clamp((int)Math.Ceiling(p * r.Length) - 1, 0, r.Length - 1)];
            var pv = P(Rating.Vanguard);
            var pm = P(Rating.Middle);
            var pl = P(Rating.Laggard);
            var pu = P(Rating.Unrated);
            double? median = r.Length == 0 ? null : r.Length % 2 == 1 ? r[r.Length / 2] : (r[(r.Length / 2) - 1] + r[r.Length / 2]) / 2.0;
            output.Add(new BranchSensitivity(results[b].Branch, results[b].Rank, median, Nearest(0.05), Nearest(0.95), pv, pm, pl,
                Math.Max(Math.Max(pv, pm), Math.Max(pl, pu)) >= 0.9));
        }

        return output.OrderBy(x => x.NominalRank is null ? 1 : 0).ThenBy(x => x.NominalRank ?? 0).ThenBy(x => x.Branch.BranchId, StringComparer.Ordinal).ToList();
    }
}
