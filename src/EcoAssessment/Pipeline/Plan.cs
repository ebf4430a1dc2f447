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

namespace EcoAssessment.Pipeline;

/// <summary>
/// A validated rule set, ready to run: built once (every cross-reference checked, every problem reported with its
/// location), then <see cref="Run"/> applies it to any dataset. Running is pure.
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

    /// <summary>
    /// Runs the pipeline (derive → normalise → weight → aggregate → adjust → rate → compare) on a dataset; with the previous
    /// period's ratings it also applies the dynamic limit and marks transitions and the 整顿 list.
    /// </summary>
    public Assessment Run(Dataset dataset, PreviousRatings? previous = null)
    {
        var branches = dataset.Branches;
        var nb = branches.Count;
        var ni = _indicators.Length;
        var nd = Rules.Dimensions.Count;
        var eligible = branches.Select(b => b.Record.Type != BranchType.Temporary || Rules.Rating.RateTemporary).ToArray();

        // 3. Derive.
        var derived = new DerivedValue[nb][];
        for (var b = 0; b < nb; b++)
        {
            derived[b] = new DerivedValue[ni];
            for (var i = 0; i < ni; i++)
            {
                derived[b][i] = Derivation.Derive(_indicators[i], branches[b], dataset);
            }
        }

        // 4. Impute (optional): filled values are flagged and left out of coverage.
        var imputed = Stages.Imputation.Imputation.Apply(Rules.Imputation, branches, eligible, derived);

        // 4b. Treat outliers (optional): winsorise, or log-transform, skewed and heavy-tailed indicators.
        var treated = TreatOutliers(derived, eligible);

        // 5. Normalise, one indicator column at a time.
        var normalised = new double[nb][];
        for (var b = 0; b < nb; b++)
        {
            normalised[b] = new double[ni];
        }

        var column = new double[nb];
        var result = new double[nb];
        for (var i = 0; i < ni; i++)
        {
            for (var b = 0; b < nb; b++)
            {
                column[b] = derived[b][i].Value ?? double.NaN;
            }

            Normalisers.Apply(_indicators[i].Normalisation, _indicators[i].Direction, column, eligible, result, dataset.Period.Months);
            for (var b = 0; b < nb; b++)
            {
                normalised[b][i] = result[b];
            }
        }

        // 6. Weights: data-driven levels (entropy, CRITIC, combined) from this dataset's rated branches.
        var weights = Weighting.IsDataDriven(Rules) ? DataWeights(normalised, eligible) : _weights;

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
        var tieKeys = Rules.Rating.TieBreak
            .Where(k => k.Kind is TieBreakKind.Dimension or TieBreakKind.Indicator)
            .Select(k => (Key: k.ToString(), Dimension: k.Kind == TieBreakKind.Dimension ? Rules.Dimensions.ToList().FindIndex(x => x.Id == k.Id) : -1,
                Indicator: k.Kind == TieBreakKind.Indicator ? k.Id : null))
            .ToArray();

        // 7–8. Aggregate and adjust per branch; collect the rating inputs.
        var partials = new (double? Aggregate, double? Score, double Coverage, IndicatorTrace[] Ind, DimensionTrace[] Dim, AdjustmentTrace[] Adj, double Ded, double Bon)[nb];
        var ratingInputs = new RatingInput[nb];
        for (var b = 0; b < nb; b++)
        {
            var indexById = _indexById;
            var branchNorm = normalised[b];
            var branchDerived = derived[b];
            var ctx = new ConditionContext(branches[b], dataset,
                id => indexById.TryGetValue(id, out var k) ? branchDerived[k].Value : null,
                id => indexById.TryGetValue(id, out var k) && !double.IsNaN(branchNorm[k]) ? branchNorm[k] : null);

            var dimScores = new double[nd];
            var dimTraces = new DimensionTrace[nd];
            var indTraces = new IndicatorTrace[ni];
            double coverage = 0;
            for (var d = 0; d < nd; d++)
            {
                var dim = Rules.Dimensions[d];
                var first = firstOf[d];
                var count = dim.Indicators.Count;
                var values = branchNorm.AsSpan(first, count);
                dimScores[d] = AggregationKernel.Mean(Rules.Aggregation, values, indWeights[d]);
                for (var k = 0; k < count; k++)
                {
                    if (!double.IsNaN(values[k]) && !imputed[b][first + k])
                    {
                        coverage += share[first + k];
                    }
                }
            }

            var dimWeightsEff = new double[nd];
            AggregationKernel.EffectiveWeights(dimScores, dimWeights, dimWeightsEff);
            var aggregate = AggregationKernel.Mean(Rules.Aggregation, dimScores, dimWeights);
            for (var d = 0; d < nd; d++)
            {
                var dim = Rules.Dimensions[d];
                var first = firstOf[d];
                var count = dim.Indicators.Count;
                var eff = new double[count];
                AggregationKernel.EffectiveWeights(branchNorm.AsSpan(first, count), indWeights[d], eff);
                for (var k = 0; k < count; k++)
                {
                    var i = first + k;
                    var n = branchNorm[i];
                    double? contribution = double.IsNaN(n) || double.IsNaN(dimWeightsEff[d]) ? null : dimWeightsEff[d] * eff[k] * n;
                    indTraces[i] = new IndicatorTrace(_indicators[i].Id, _indicators[i].Name, dim.Id, branchDerived[i].Value, branchDerived[i].Detail,
                        double.IsNaN(n) ? null : n, share[i], double.IsNaN(eff[k]) ? null : eff[k], contribution)
                    {
                        Rule = _indicators[i].Location,
                        Imputed = imputed[b][i],
                        Treated = treated[b][i],
                    };
                }

                dimTraces[d] = new DimensionTrace(dim.Id, dim.Name, double.IsNaN(dimScores[d]) ? null : dimScores[d],
                    double.IsNaN(dimWeightsEff[d]) ? null : dimWeightsEff[d]);
            }

            var adjustments = new List<AdjustmentTrace>();
            foreach (var r in Rules.Adjustments.Deductions)
            {
                adjustments.Add(Adjustments.Apply(r, isDeduction: true, ctx));
            }

            foreach (var r in Rules.Adjustments.Bonuses)
            {
                adjustments.Add(Adjustments.Apply(r, isDeduction: false, ctx));
            }

            var ded = adjustments.Where(a => a.IsDeduction).Sum(a => a.Points);
            var bon = adjustments.Where(a => !a.IsDeduction).Sum(a => a.Points);
            double? agg = double.IsNaN(aggregate) ? null : aggregate;
            double? score = agg is double a0 ? Adjustments.Score(a0, ded, bon, Rules.Adjustments.LowerBound, Rules.Adjustments.UpperBound) : null;
            partials[b] = (agg, score, coverage, indTraces, dimTraces, adjustments.ToArray(), ded, bon);

            var vetoes = Rules.Rating.Vetoes.Select(v =>
            {
                var res = ConditionEvaluator.Evaluate(v.When, ctx);
                return (v, res.Value, res.Trace);
            }).ToArray();

            var tieValues = new Dictionary<string, double?>(tieKeys.Length, StringComparer.Ordinal);
            foreach (var (key, dimension, indicator) in tieKeys)
            {
                tieValues[key] = dimension >= 0 ? (double.IsNaN(dimScores[dimension]) ? null : dimScores[dimension]) : ctx.Normalised(indicator!);
            }

            ratingInputs[b] = new RatingInput(branches[b].BranchId, branches[b].Record.Type == BranchType.Temporary,
                score is double s ? Rounding.DecisionScore(s) : null, coverage, vetoes, tieValues)
            {
                Previous = previous?.Branches.GetValueOrDefault(branches[b].BranchId)?.Rating,
            };
        }

        // 9. Rate.
        var ratings = RatingStage.Rate(Rules.Rating, ratingInputs);

        // Competition rank among rated branches by decision score.
        var ratedScores = Enumerable.Range(0, nb).Where(b => ratings[b].Rating != Rating.Unrated && ratingInputs[b].Score is not null)
            .Select(b => ratingInputs[b].Score!.Value).Order().ToArray();
        var results = new BranchResult[nb];
        for (var b = 0; b < nb; b++)
        {
            var p = partials[b];
            var ri = ratingInputs[b];
            var ro = ratings[b];
            int? rank = ro.Rating != Rating.Unrated && ri.Score is decimal sc ? CompetitionRank(ratedScores, sc) : null;
            var reasons = new List<string>(ro.Reasons);
            var filled = p.Ind.Where(x => x.Imputed).Select(x => x.Id).ToArray();
            if (filled.Length > 0)
            {
                reasons.Add($"imputed:{string.Join(",", filled)}");
            }

            var changed = p.Ind.Where(x => x.Treated).Select(x => x.Id).ToArray();
            if (changed.Length > 0)
            {
                reasons.Add($"treated:{string.Join(",", changed)}");
            }

            foreach (var adj in p.Adj.Where(a => a.Points != 0))
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{(adj.IsDeduction ? "deduction" : "bonus")}:{adj.Id}({(adj.IsDeduction ? "-" : "+")}{adj.Points})"));
            }

            results[b] = new BranchResult
            {
                Branch = branches[b].Record,
                Rank = rank,
                Rating = ro.Rating,
                Grade = GradeOf(Rules.Rating.Grades, ro.Rating, ri.Score, ro.Vetoes.Where(v => v.Fired).Select(v => Rules.Rating.Vetoes.First(x => x.Id == v.Id).GradeCap)),
                Score = ri.Score,
                ScoreUnrounded = p.Score,
                Aggregate = p.Aggregate,
                Coverage = Math.Round(p.Coverage, 9),
                Deductions = p.Ded,
                Bonuses = p.Bon,
                ThresholdRating = ro.ThresholdRating,
                Reasons = reasons,
                Vetoes = ro.Vetoes.Where(v => v.Fired).Select(v => v.Id).ToArray(),
                Indicators = p.Ind,
                Dimensions = p.Dim,
                Adjustments = p.Adj,
                VetoTraces = ro.Vetoes,
                Quota = ro.Quota,
                Dynamic = ro.Dynamic,
                PreviousRating = ri.Previous,
                Transition = previous is null ? null : Transition(ri.Previous, ro.Rating),
                Rectification = previous is null ? null : Rectifies(previous, ri.Previous, ro.Rating, dataset.Period),
            };
        }

        var ordered = results
            .OrderBy(r => r.Rank is null ? 1 : 0)
            .ThenBy(r => r.Rank ?? 0)
            .ThenBy(r => r.BranchId, StringComparer.Ordinal)
            .ToArray();
        return new Assessment(Rules, dataset.Period, branches, _indicators, derived, normalised, weights, ordered, dataset, previous);
    }

    /// <summary>Outlier treatment of each indicator's derived values; which values it changed.</summary>
    private bool[][] TreatOutliers(DerivedValue[][] derived, bool[] eligible)
    {
        var nb = derived.Length;
        var flags = Enumerable.Range(0, nb).Select(_ => new bool[_indicators.Length]).ToArray();
        if (!Rules.Outliers.Winsorise)
        {
            return flags;
        }

        for (var i = 0; i < _indicators.Length; i++)
        {
            var column = Enumerable.Range(0, nb).Select(b => derived[b][i].Value ?? double.NaN).ToArray();
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
                    derived[b][i] = new DerivedValue(column[b], string.Create(CultureInfo.InvariantCulture,
                        $"{derived[b][i].Detail}; outlier treatment: {how}, {Math.Round(before[b], 4)} → {Math.Round(column[b], 4)}"));
                    flags[b][i] = true;
                }
            }
        }

        return flags;
    }

    /// <summary>The weights of a run whose rule set has data-driven levels: indicator levels first, then the dimensions.</summary>
    private WeightSet DataWeights(double[][] normalised, bool[] eligible)
    {
        var rows = Enumerable.Range(0, normalised.Length).Where(b => eligible[b]).ToArray();
        var dims = Rules.Dimensions;
        var indicatorWeights = new IReadOnlyList<double>[dims.Count];
        for (var d = 0; d < dims.Count; d++)
        {
            var first = Array.IndexOf(_dimensionOf, d);
            var count = dims[d].Indicators.Count;
            indicatorWeights[d] = Weighting.Level(Rules.Weighting.ForIndicators(dims[d].Id), _weights.IndicatorWeights[d], Rules.Weighting.Alpha,
                () => Enumerable.Range(first, count).Select(i => rows.Select(b => normalised[b][i]).ToArray()).ToArray());
        }

        var dimensionWeights = Weighting.Level(Rules.Weighting.ForDimensions, _weights.DimensionWeights, Rules.Weighting.Alpha, () =>
            Enumerable.Range(0, dims.Count).Select(d =>
            {
                var first = Array.IndexOf(_dimensionOf, d);
                var w = indicatorWeights[d].ToArray();
                return rows.Select(b => AggregationKernel.Mean(Rules.Aggregation, normalised[b].AsSpan(first, dims[d].Indicators.Count), w)).ToArray();
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
