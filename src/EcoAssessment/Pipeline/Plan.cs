using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Adjustment;
using EcoAssessment.Stages.Aggregation;
using EcoAssessment.Stages.Comparison;
using EcoAssessment.Stages.Derivation;
using EcoAssessment.Stages.Imputation;
using EcoAssessment.Stages.Normalisation;
using EcoAssessment.Stages.Rating;
using EcoAssessment.Stages.Rollup;
using EcoAssessment.Stages.Treatment;
using EcoAssessment.Stages.Weighting;

namespace EcoAssessment.Pipeline;

/// <summary>
/// A validated rule set, ready to run: built once (every cross-reference checked, every problem reported with its
/// location), then <see cref="Run(Dataset, PreviousRatings?, int)"/> applies it to any dataset. Running is pure.
/// </summary>
public sealed class Plan
{
    private readonly IndicatorRule[] _indicators;
    private readonly int[] _firstOf;
    private readonly AdjustmentRule[] _adjustments;
    private readonly WeightSet _weights;
    private readonly Dictionary<string, int> _indexById;

    private Plan(RuleSet rules)
    {
        Rules = rules;
        _indicators = rules.Dimensions.SelectMany(d => d.Indicators).ToArray();
        var dimensionOf = rules.Dimensions.SelectMany((d, di) => d.Indicators.Select(_ => di)).ToArray();
        _firstOf = Enumerable.Range(0, rules.Dimensions.Count).Select(d => Array.IndexOf(dimensionOf, d)).ToArray();
        _adjustments = rules.Adjustments.Deductions.Concat(rules.Adjustments.Bonuses).ToArray();
        _weights = Weighting.Compute(rules);
        _indexById = _indicators.Select((x, i) => (x.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The validated rule set this plan runs.</summary>
    public RuleSet Rules { get; }

    /// <summary>What this rule set needs of the records (checked while reading, with located errors).</summary>
    internal DatasetRequirements Requirements =>
        new(MaxScore: _indicators.Any(i => i.Measure is AssessmentRatioMeasure))
        {
            Columns = RuleInputs.Columns(Rules),
            Lookback = _indicators.Any(i => i.Measure is AnnualReviewMeasure { Window: not AnnualWindow.Period })
                || Rules.Rating.Vetoes.Any(v => v.Window != AnnualWindow.Period),
        };

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

    /// <summary>
    /// Runs the pipeline (derive → treat → normalise → weight → aggregate → adjust → rate → compare → roll up) on a
    /// dataset; with the previous period's ratings it also applies the dynamic limit and marks transitions and the 整顿 list.
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
    public Assessment Run(Dataset dataset, PreviousRatings? previous, int parallelism) => Run(dataset, previous, parallelism, Language.Zh);

    /// <summary>
    /// Runs the pipeline as <see cref="Run(Dataset, PreviousRatings?, int)"/> does, its text (how each value was derived,
    /// condition and adjustment traces, the notes of the dynamic limit and the quota) in <paramref name="language"/>.
    /// The numbers, ratings and reason codes do not depend on the language.
    /// </summary>
    /// <param name="dataset">The dataset to assess.</param>
    /// <param name="previous">The previous period's ratings; null for none.</param>
    /// <param name="parallelism">How many threads the run may use, ≥ 1.</param>
    /// <param name="language">The language of the traces and notes (Chinese by default in the other overloads).</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is less than 1.</exception>
    public Assessment Run(Dataset dataset, PreviousRatings? previous, int parallelism, Language language)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);

        // 1–2. Ingest and Period happened when the dataset was built; each stage below sets its own tables (DESIGN.md §3).
        var t = Tables(dataset, previous, language);
        DerivationStage.Apply(t, parallelism);      // 3. Derive: one value per branch and indicator, in its unit
        ImputationStage.Apply(t);                   // 4. Treat: impute (optional) …
        TreatmentStage.Apply(t);                    //    … and treat outliers (optional)
        NormalisationStage.Apply(t);                // 5. Normalise to 0–100
        WeightingStage.Apply(t, _weights);          // 6. Weight (data-driven levels from this dataset)
        AggregationStage.Apply(t, parallelism);     // 7. Aggregate: dimension scores, total, coverage
        AdjustmentStage.Apply(t, parallelism);      // 8. Adjust: deductions, bonuses, score
        RatingStage.Apply(t, parallelism);          // 9. Rate: coverage, thresholds, vetoes, dynamic limit, quota; ranks
        ComparisonStage.Apply(t);                   // 10. Compare with the previous period
        var results = BranchResults.InOutputOrder(t);
        RollupStage.Apply(t, results);              // 11. Roll-up per unit and system (computed when first read)
        return new Assessment(t, results);
    }

    /// <summary>The tables of a run before its stages: what the rule set fixes, and which branches are rated.</summary>
    private StageTables Tables(Dataset dataset, PreviousRatings? previous, Language language)
    {
        var branches = dataset.Branches;
        var eligible = new bool[branches.Count];
        for (var b = 0; b < branches.Count; b++)
        {
            eligible[b] = branches[b].Record.Type != BranchType.Temporary || Rules.Rating.RateTemporary;
        }

        return new StageTables
        {
            Dataset = dataset,
            Rules = Rules,
            Indicators = _indicators,
            IndexById = _indexById,
            FirstOf = _firstOf,
            Adjustments = _adjustments,
            Eligible = eligible,
            Previous = previous,
            Language = language,
        };
    }
}
