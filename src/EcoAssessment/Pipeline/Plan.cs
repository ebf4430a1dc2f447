using System.Globalization;
using EcoAssessment.Conditions;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Adjustment;
using EcoAssessment.Stages.Derivation;
using EcoAssessment.Stages.Normalisation;
using EcoAssessment.Stages.Rating;
using EcoAssessment.Stages.Weighting;
using AggregationKernel = EcoAssessment.Stages.Aggregation.Aggregation;
using VetoInput = (EcoAssessment.Rules.VetoRule Rule, bool Fired, string Trace);

namespace EcoAssessment.Pipeline;

/// <summary>
/// A validated rule set, ready to run: built once (every cross-reference checked, every problem reported with its
/// location), then <see cref="Run(Dataset, PreviousRatings?, int)"/> applies it to any dataset. Running is pure.
/// </summary>
public sealed class Plan
{
    private readonly IndicatorRule[] _indicators;
    private readonly int[] _dimensionOf;
    private readonly int[] _indexInDimension;
    private readonly WeightSet _weights;
    private readonly Dictionary<string, int> _indexById;

    private Plan(RuleSet rules)
    {
        Rules = rules;
        _indicators = rules.Dimensions.SelectMany(d => d.Indicators).ToArray();
        _dimensionOf = rules.Dimensions.SelectMany((d, di) => d.Indicators.Select(_ => di)).ToArray();
        _indexInDimension = rules.Dimensions.SelectMany(d => d.Indicators.Select((_, ii) => ii)).ToArray();
        _weights = Weighting.Compute(rules);
        _indexById = _indicators.Select((x, i) => (x.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The validated rule set this plan runs.</summary>
    public RuleSet Rules { get; }

    /// <summary>What this rule set needs of the records (checked while reading, with located errors).</summary>
    internal DatasetRequirements Requirements =>
        new(MaxScore: _indicators.Any(i => i.Measure is AssessmentRatioMeasure));

    /// <summary>Validates the rule set and builds a plan; returns null with the problems in <paramref name="diagnostics"/>.</summary>
    internal static Plan? Build(RuleSet rules, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        RuleValidator.Validate(rules, diagnostics);
        return diagnostics.ErrorCount > before ? null : new Plan(rules);
    }

    /// <summary>
    /// Validates a rule set and builds a plan: the same checks as for a rule file (ids unique, references resolved,
    /// weights positive, goalposts distinct, fractions in range, thresholds ordered), so a rule set changed in code with
    /// <c>rules with { … }</c> is held to the same standard.
    /// </summary>
    /// <param name="rules">The rule set, read from a file or built in code.</param>
    /// <returns>A plan that can run any number of datasets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="RuleSetException">The rule set has errors; <see cref="RuleSetException.Diagnostics"/> lists them all.</exception>
    public static Plan Create(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var bag = new DiagnosticBag();
        return Build(rules, bag) ?? throw new RuleSetException(bag.Items);
    }

    /// <summary>
    /// Checks a rule set without building a plan: every problem at once, each at the location of the record concerned
    /// (a rule set built in code has no locations unless it sets them). An empty list means <see cref="Create"/> succeeds.
    /// </summary>
    /// <param name="rules">The rule set to check.</param>
    /// <returns>The problems found, in declaration order; empty when the rule set is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Validate(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var bag = new DiagnosticBag();
        RuleValidator.Validate(rules, bag);
        return bag.Items;
    }

    /// <summary>Below this many branches a stage runs on one thread (starting threads would cost more than it saves).</summary>
    internal const int ParallelBranches = Blocks.ParallelFrom;

    /// <summary>Runs <paramref name="block"/> over the branches in blocks (<see cref="Blocks"/>) on up to <paramref name="parallelism"/> threads.</summary>
    private static void ForBlocks(int count, int parallelism, Action<int, int> block) => Blocks.Run(count, parallelism, (_, from, to) => block(from, to));

    /// <summary>
    /// Runs the pipeline (derive → normalise → weight → aggregate → adjust → rate → compare) on a dataset; with the previous
    /// period's ratings it also applies the dynamic limit and marks transitions and the 整顿 list.
    /// </summary>
    /// <remarks>
    /// The stages keep numbers only, in flat tables; the explanation text (how each value was derived, condition and
    /// adjustment traces) is built from them when an output reads a result's traces (see <see cref="BranchResult"/>).
    /// </remarks>
    /// <param name="dataset">The dataset to assess.</param>
    /// <param name="previous">The previous period's ratings; null for none.</param>
    /// <returns>The assessment, run on one thread (see <see cref="Run(Dataset, PreviousRatings?, int)"/> for more).</returns>
    public Assessment Run(Dataset dataset, PreviousRatings? previous = null) => Run(dataset, previous, parallelism: 1);

    /// <summary>
    /// Runs the pipeline as <see cref="Run(Dataset, PreviousRatings?)"/> does, its stages over many branches (4,096 or
    /// more) on up to <paramref name="parallelism"/> threads; the result is the same for any number of threads.
    /// </summary>
    /// <param name="dataset">The dataset to assess.</param>
    /// <param name="previous">The previous period's ratings; null for none.</param>
    /// <param name="parallelism">How many threads the run may use, ≥ 1 (1: the calling thread only; the program decides, e.g. its processor count).</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is less than 1.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public Assessment Run(Dataset dataset, PreviousRatings? previous, int parallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var branches = dataset.Branches;
        var nb = branches.Count;
        var ni = _indicators.Length;
        var nd = Rules.Dimensions.Count;
        var rating = Rules.Rating;
        var eligible = new bool[nb];
        for (var b = 0; b < nb; b++)
        {
            eligible[b] = branches[b].Record.Type != BranchType.Temporary || rating.RateTemporary;
        }

        // 3. Derive: values only (NaN = not available), branch by branch, so that a branch's records are read while in cache.
        // Each branch's values depend on its records alone: a large dataset is derived in blocks of branches on all cores.
        var raw = new double[nb * ni];
        var indicators = _indicators;
        ForBlocks(nb, parallelism, [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] (from, to) =>
        {
            var scratch = new DerivationScratch();
            for (var b = from; b < to; b++)
            {
                var branch = branches[b];
                for (var i = 0; i < ni; i++)
                {
                    raw[(b * ni) + i] = Derivation.Derive(indicators[i], branch, dataset, explain: false, scratch).Value ?? double.NaN;
                }
            }
        });

        // 4. Impute (optional): filled values are flagged and left out of coverage. Their details (and those of treated
        // values) are kept, since a derivation alone does not give them.
        var details = new Dictionary<int, string>();
        string DetailOf(int b, int i) => details.TryGetValue((b * ni) + i, out var d) ? d : Derivation.Derive(_indicators[i], branches[b], dataset).Detail;
        var imputed = Stages.Imputation.Imputation.Apply(Rules.Imputation, branches, eligible, raw, ni, DetailOf, details);

        // 4b. Treat outliers (optional): winsorise, or log-transform, skewed and heavy-tailed indicators.
        var treated = TreatOutliers(raw, nb, eligible, details, DetailOf);

        // 5. Normalise, one indicator column at a time.
        var normalised = new double[nb * ni];
        var column = new double[nb];
        var result = new double[nb];
        for (var i = 0; i < ni; i++)
        {
            for (var b = 0; b < nb; b++)
            {
                column[b] = raw[(b * ni) + i];
            }

            Normalisers.Apply(_indicators[i].Normalisation, _indicators[i].Direction, column, eligible, result, dataset.Period.Months);
            for (var b = 0; b < nb; b++)
            {
                normalised[(b * ni) + i] = result[b];
            }
        }

        // 6. Weights: data-driven levels (entropy, CRITIC, combined) from this dataset's rated branches.
        var weights = Weighting.IsDataDriven(Rules) ? DataWeights(normalised, nb, eligible) : _weights;

        // The same for every branch: each dimension's first indicator, the weight arrays and each indicator's declared share.
        var firstOf = new int[nd];
        var indWeights = new double[nd][];
        var share = new double[ni];
        for (var d = 0; d < nd; d++)
        {
            firstOf[d] = Array.IndexOf(_dimensionOf, d);
            indWeights[d] = weights.IndicatorWeights[d].ToArray();
            for (var k = 0; k < indWeights[d].Length; k++)
            {
                share[firstOf[d] + k] = weights.DeclaredShare(d, k);
            }
        }

        var dimWeights = weights.DimensionWeights.ToArray();

        // Tie-break keys that read a value: a dimension score (by its index) or a normalised indicator (by its id).
        var tieKeys = rating.TieBreak
            .Where(k => k.Kind is TieBreakKind.Dimension or TieBreakKind.Indicator)
            .Select(k => (Key: k.ToString(), Dimension: k.Kind == TieBreakKind.Dimension ? Rules.Dimensions.ToList().FindIndex(x => x.Id == k.Id) : -1,
                Indicator: k.Kind == TieBreakKind.Indicator ? k.Id : null))
            .ToArray();
        IReadOnlyDictionary<string, double?> noTieValues = new Dictionary<string, double?>(0, StringComparer.Ordinal);
        var tieNames = tieKeys.Select(k => k.Key).ToArray();
        var tieTable = new double?[nb * tieKeys.Length];

        var adjustmentRules = Rules.Adjustments.Deductions.Concat(Rules.Adjustments.Bonuses).ToArray();
        var nDeductions = Rules.Adjustments.Deductions.Count;
        var na = adjustmentRules.Length;
        var vetoRules = rating.Vetoes;
        var nv = vetoRules.Count;
        var noneFired = new VetoInput[nv];
        for (var k = 0; k < nv; k++)
        {
            noneFired[k] = (vetoRules[k], false, string.Empty);
        }

        // 7–8. Aggregate and adjust per branch; collect the rating inputs.
        var dimScores = new double[nb * nd];
        var dimWeightsEff = new double[nb * nd];
        var aggregates = new double[nb];
        var scores = new double[nb];
        var coverages = new double[nb];
        var deductions = new double[nb];
        var bonuses = new double[nb];
        var points = new double[nb * na];
        var ratingInputs = new RatingInput[nb];
        var indexById = _indexById;
        ForBlocks(nb, parallelism, [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] (from, to) =>
        {
            var ctx = new ConditionContext(dataset, indexById, raw, normalised, ni, 0);
            for (var b = from; b < to; b++)
            {
                ctx.MoveTo(b);
                var branchNorm = normalised.AsSpan(b * ni, ni);
                var branchDims = dimScores.AsSpan(b * nd, nd);
                double coverage = 0;
                for (var d = 0; d < nd; d++)
                {
                    var first = firstOf[d];
                    var count = indWeights[d].Length;
                    var values = branchNorm.Slice(first, count);
                    branchDims[d] = AggregationKernel.Mean(Rules.Aggregation, values, indWeights[d]);
                    for (var k = 0; k < count; k++)
                    {
                        if (!double.IsNaN(values[k]) && !(imputed?[(b * ni) + first + k] ?? false))
                        {
                            coverage += share[first + k];
                        }
                    }
                }

                AggregationKernel.EffectiveWeights(branchDims, dimWeights, dimWeightsEff.AsSpan(b * nd, nd));
                var aggregate = AggregationKernel.Mean(Rules.Aggregation, branchDims, dimWeights);

                double ded = 0;
                double bon = 0;
                for (var k = 0; k < na; k++)
                {
                    var p = Adjustments.Measure(adjustmentRules[k], ctx).Points;
                    points[(b * na) + k] = p;
                    if (k < nDeductions)
                    {
                        ded += p;
                    }
                    else
                    {
                        bon += p;
                    }
                }

                double? score = double.IsNaN(aggregate) ? null : Adjustments.Score(aggregate, ded, bon, Rules.Adjustments.LowerBound, Rules.Adjustments.UpperBound);
                aggregates[b] = aggregate;
                scores[b] = score ?? double.NaN;
                coverages[b] = coverage;
                deductions[b] = ded;
                bonuses[b] = bon;

                // Most branches fire no veto: they share one array that says so (the rating step only reads it).
                var vetoes = noneFired;
                for (var k = 0; k < nv; k++)
                {
                    if (ConditionEvaluator.Holds(vetoRules[k].When, ctx))
                    {
                        if (ReferenceEquals(vetoes, noneFired))
                        {
                            vetoes = (VetoInput[])noneFired.Clone();
                        }

                        vetoes[k] = (vetoRules[k], true, string.Empty);
                    }
                }

                var tieValues = noTieValues;
                if (tieKeys.Length > 0)
                {
                    for (var k = 0; k < tieKeys.Length; k++)
                    {
                        var (_, dimension, indicator) = tieKeys[k];
                        tieTable[(b * tieKeys.Length) + k] = dimension >= 0 ? StageTables.Value(branchDims[dimension]) : ctx.Normalised(indicator!);
                    }

                    tieValues = new TieBreakRow(tieNames, tieTable, b * tieKeys.Length);
                }

                ratingInputs[b] = new RatingInput(branches[b].BranchId, branches[b].Record.Type == BranchType.Temporary,
                    score is double s ? Rounding.DecisionScore(s) : null, coverage, vetoes, tieValues)
                {
                    Previous = previous?.Branches.GetValueOrDefault(branches[b].BranchId)?.Rating,
                };
            }
        });

        // 9. Rate: reasons and notes, and which fired vetoes changed the rating (their traces are built on demand).
        var vetoChanged = new bool[nb * nv];
        var ratings = RatingStage.Rate(rating, ratingInputs, explain: true, vetoChanged);

        var tables = new StageTables
        {
            Dataset = dataset,
            Rules = Rules,
            Indicators = _indicators,
            IndexById = _indexById,
            FirstOf = firstOf,
            IndicatorWeights = indWeights,
            Share = share,
            Raw = raw,
            Normalised = normalised,
            DimensionScores = dimScores,
            DimensionWeights = dimWeightsEff,
            Imputed = imputed,
            Treated = treated,
            Details = details.Count > 0 ? details : null,
            VetoChanged = vetoChanged,
        };

        // Competition rank among rated branches by decision score.
        var rated = new List<decimal>(nb);
        for (var b = 0; b < nb; b++)
        {
            if (ratings[b].Rating != Rating.Unrated && ratingInputs[b].Score is decimal sc)
            {
                rated.Add(sc);
            }
        }

        var ratedScores = rated.ToArray();
        Array.Sort(ratedScores);
        var results = new BranchResult[nb];
        var ids = new List<string>();
        for (var b = 0; b < nb; b++)
        {
            var ri = ratingInputs[b];
            var ro = ratings[b];
            int? rank = ro.Rating != Rating.Unrated && ri.Score is decimal sc ? CompetitionRank(ratedScores, sc) : null;
            var reasons = ro.Reasons as List<string> ?? [.. ro.Reasons];
            if (imputed is not null && Flagged(imputed, b, ni, ids))
            {
                reasons.Add($"imputed:{string.Join(",", ids)}");
            }

            if (treated is not null && Flagged(treated, b, ni, ids))
            {
                reasons.Add($"treated:{string.Join(",", ids)}");
            }

            for (var k = 0; k < na; k++)
            {
                var p = points[(b * na) + k];
                if (p != 0)
                {
                    var isDeduction = k < nDeductions;
                    reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{(isDeduction ? "deduction" : "bonus")}:{adjustmentRules[k].Id}({(isDeduction ? "-" : "+")}{p})"));
                }
            }

            var fired = FiredVetoes(ri.Vetoes);
            results[b] = new BranchResult(tables, b)
            {
                Branch = branches[b].Record,
                Rank = rank,
                Rating = ro.Rating,
                Grade = rating.Grades.Count == 0 ? null : GradeOf(rating.Grades, ro.Rating, ri.Score, ri.Vetoes.Where(v => v.Fired).Select(v => rating.Vetoes.First(x => x.Id == v.Rule.Id).GradeCap)),
                Score = ri.Score,
                ScoreUnrounded = StageTables.Value(scores[b]),
                Aggregate = StageTables.Value(aggregates[b]),
                Coverage = Math.Round(coverages[b], 9),
                Deductions = deductions[b],
                Bonuses = bonuses[b],
                ThresholdRating = ro.ThresholdRating,
                Reasons = reasons,
                Vetoes = fired,
                Quota = ro.Quota,
                Dynamic = ro.Dynamic,
                PreviousRating = ri.Previous,
                Transition = previous is null ? null : Transition(ri.Previous, ro.Rating),
                Rectification = previous is null ? null : Rectifies(previous, ri.Previous, ro.Rating, dataset.Period),
            };
        }

        return new Assessment(tables, weights, InOutputOrder(results), previous);
    }

    /// <summary>The ids of the indicators flagged in a branch's row, into <paramref name="ids"/>; whether there is any.</summary>
    private bool Flagged(bool[] flags, int b, int ni, List<string> ids)
    {
        ids.Clear();
        for (var i = 0; i < ni; i++)
        {
            if (flags[(b * ni) + i])
            {
                ids.Add(_indicators[i].Id);
            }
        }

        return ids.Count > 0;
    }

    /// <summary>The ids of the fired vetoes, in declaration order.</summary>
    private static string[] FiredVetoes(IReadOnlyList<(VetoRule Rule, bool Fired, string Trace)> vetoes)
    {
        var n = 0;
        foreach (var v in vetoes)
        {
            n += v.Fired ? 1 : 0;
        }

        if (n == 0)
        {
            return [];
        }

        var ids = new string[n];
        n = 0;
        foreach (var v in vetoes)
        {
            if (v.Fired)
            {
                ids[n++] = v.Rule.Id;
            }
        }

        return ids;
    }

    /// <summary>
    /// Rated branches by rank, then 未定级; equal ranks by branch_id (ordinal). The results are in branch_id order
    /// already (the dataset's order), so when the ids are strictly ascending their position stands in for the id.
    /// </summary>
    private static BranchResult[] InOutputOrder(BranchResult[] results)
    {
        for (var b = 1; b < results.Length; b++)
        {
            if (string.CompareOrdinal(results[b - 1].BranchId, results[b].BranchId) >= 0)
            {
                return results
                    .OrderBy(r => r.Rank is null ? 1 : 0)
                    .ThenBy(r => r.Rank ?? 0)
                    .ThenBy(r => r.BranchId, StringComparer.Ordinal)
                    .ToArray();
            }
        }

        // A counting sort by rank (ranks are 1…n; 未定级 last), stable, so equal ranks stay in branch_id order.
        var n = results.Length;
        var start = new int[n + 2];
        foreach (var r in results)
        {
            start[Slot(r, n) + 1]++;
        }

        for (var k = 1; k < start.Length; k++)
        {
            start[k] += start[k - 1];
        }

        var ordered = new BranchResult[n];
        foreach (var r in results)
        {
            ordered[start[Slot(r, n)]++] = r;
        }

        return ordered;

        static int Slot(BranchResult r, int n) => r.Rank is int rank && rank >= 1 && rank <= n ? rank - 1 : n;
    }

    /// <summary>Outlier treatment of each indicator's derived values in place; which values it changed (null when none).</summary>
    private bool[]? TreatOutliers(double[] raw, int nb, bool[] eligible, Dictionary<int, string> details, Func<int, int, string> detailOf)
    {
        if (!Rules.Outliers.Winsorise)
        {
            return null;
        }

        var ni = _indicators.Length;
        var flags = new bool[nb * ni];
        for (var i = 0; i < ni; i++)
        {
            var column = new double[nb];
            for (var b = 0; b < nb; b++)
            {
                column[b] = raw[(b * ni) + i];
            }

            var before = (double[])column.Clone();
            if (Stages.Treatment.Winsorisation.Apply(column, eligible, Rules.Outliers.MaxPoints) is not { } t)
            {
                continue;
            }

            var how = t.Logged ? "log-transformed" : string.Create(CultureInfo.InvariantCulture, $"winsorised ({t.Winsorised} points)");
            for (var b = 0; b < nb; b++)
            {
                if (!double.IsNaN(before[b]) && column[b] != before[b])
                {
                    var cell = (b * ni) + i;
                    details[cell] = string.Create(CultureInfo.InvariantCulture,
                        $"{detailOf(b, i)}; outlier treatment: {how}, {Math.Round(before[b], 4)} → {Math.Round(column[b], 4)}");
                    raw[cell] = column[b];
                    flags[cell] = true;
                }
            }
        }

        return flags;
    }

    /// <summary>The weights of a run whose rule set has data-driven levels: indicator levels first, then the dimensions.</summary>
    private WeightSet DataWeights(double[] normalised, int nb, bool[] eligible)
    {
        var ni = _indicators.Length;
        var rows = Enumerable.Range(0, nb).Where(b => eligible[b]).ToArray();
        var dims = Rules.Dimensions;
        var indicatorWeights = new IReadOnlyList<double>[dims.Count];
        for (var d = 0; d < dims.Count; d++)
        {
            var first = Array.IndexOf(_dimensionOf, d);
            var count = dims[d].Indicators.Count;
            indicatorWeights[d] = Weighting.Level(Rules.Weighting.ForIndicators(dims[d].Id), _weights.IndicatorWeights[d], Rules.Weighting.Alpha,
                () => Enumerable.Range(first, count).Select(i => rows.Select(b => normalised[(b * ni) + i]).ToArray()).ToArray());
        }

        var dimensionWeights = Weighting.Level(Rules.Weighting.ForDimensions, _weights.DimensionWeights, Rules.Weighting.Alpha, () =>
            Enumerable.Range(0, dims.Count).Select(d =>
            {
                var first = Array.IndexOf(_dimensionOf, d);
                var w = indicatorWeights[d].ToArray();
                return rows.Select(b => AggregationKernel.Mean(Rules.Aggregation, normalised.AsSpan((b * ni) + first, dims[d].Indicators.Count), w)).ToArray();
            }).ToArray());
        return new WeightSet(dimensionWeights, indicatorWeights);
    }

    /// <summary>up / down / same by tier; new without a previous rating (or after 未定级); null when 未定级 now.</summary>
    internal static string? Transition(Rating? previous, Rating current)
    {
        if (current == Rating.Unrated)
        {
            return null;
        }

        if (previous is not Rating p || p == Rating.Unrated)
        {
            return "new";
        }

        var d = RatingLabels.Tier(current) - RatingLabels.Tier(p);
        return d > 0 ? "up" : d < 0 ? "down" : "same";
    }

    /// <summary>
    /// 落后 now and in the previous period, which is of the same kind (a year after a year, a quarter after a quarter):
    /// the consecutive 落后 that <c>dynamic.rectify_after: 2</c> lists for 整顿. Without <c>rectify_after</c> nothing is
    /// listed; a larger value needs a longer history than one previous run gives, so it lists nothing either.
    /// </summary>
    private bool Rectifies(PreviousRatings previous, Rating? before, Rating now, Period period)
    {
        if (Rules.Rating.Dynamic?.RectifyAfter is not int after || after > 2 || now != Rating.Laggard)
        {
            return false;
        }

        var sameKind = previous.Kind is not PeriodKind k || k == period.Kind;
        return after <= 1 || (sameKind && before == Rating.Laggard);
    }

    /// <summary>
    /// The highest grade of the final rating whose minimum the score reaches, or the lowest grade of that rating (a veto or
    /// the quota moved the branch below its score's grade); null for 未定级 or when no grade maps onto the rating.
    /// </summary>
    internal static string? GradeOf(IReadOnlyList<GradeBand> grades, Rating rating, decimal? score, IEnumerable<string?>? gradeCaps = null)
    {
        if (rating == Rating.Unrated || grades.Count == 0)
        {
            return null;
        }

        // Fired grade caps: no grade above the lowest of them.
        var floor = 0;
        foreach (var cap in gradeCaps ?? [])
        {
            var index = cap is null ? -1 : grades.Select(g => g.Name).ToList().IndexOf(cap);
            floor = Math.Max(floor, index);
        }

        var candidates = grades.Skip(floor).Where(g => g.Rating == rating).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        return candidates.FirstOrDefault(g => g.Min is not decimal min || (score is decimal s && s >= min))?.Name ?? candidates[^1].Name;
    }

    /// <summary>Competition rank: 1 + the number of scores strictly greater (1, 2, 2, 4).</summary>
    internal static int CompetitionRank(decimal[] ascending, decimal score)
    {
        // First index whose value is greater than score.
        int lo = 0, hi = ascending.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ascending[mid] <= score)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return 1 + (ascending.Length - lo);
    }
}

/// <summary>
/// One branch's tie-break values (what <see cref="RatingInput.TieBreakValues"/> holds) as a view of a row of a flat
/// [branch × key] table, instead of a dictionary per branch.
/// </summary>
internal sealed class TieBreakRow(string[] keys, double?[] table, int offset) : IReadOnlyDictionary<string, double?>
{
    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<double?> Values => Enumerable.Range(0, keys.Length).Select(k => table[offset + k]);

    public double? this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, out double? value)
    {
        var k = Array.IndexOf(keys, key);
        value = k >= 0 ? table[offset + k] : null;
        return k >= 0;
    }

    public IEnumerator<KeyValuePair<string, double?>> GetEnumerator()
    {
        for (var k = 0; k < keys.Length; k++)
        {
            yield return new KeyValuePair<string, double?>(keys[k], table[offset + k]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
