using EcoAssessment.Catalogue;
using EcoAssessment.Conditions;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using RatingValue = EcoAssessment.Model.Rating;
using VetoInput = (EcoAssessment.Rules.VetoRule Rule, bool Fired, string Trace);

namespace EcoAssessment.Stages.Rating;

/// <summary>Step 9 over the stage tables.</summary>
internal static partial class RatingStage
{
    /// <summary>
    /// Evaluates the vetoes and reads the tie-break values branch by branch (in blocks of branches on up to
    /// <paramref name="parallelism"/> threads), rates (<see cref="Rate(RatingRules, IReadOnlyList{RatingInput}, bool, bool[], Language)"/>,
    /// recording which fired vetoes changed the rating; their traces are built on demand), then ranks and grades.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Apply(StageTables t, int parallelism)
    {
        var rules = t.Rules;
        var rating = rules.Rating;
        var branches = t.Dataset.Branches;
        var nb = branches.Count;
        var nd = t.DimensionCount;
        var previous = t.Previous;
        var period = t.Dataset.Period;

        // A veto over a year-to-date window may be not yet due (未到期) in a period ending before 31 December.
        var dueLater = AnnualWindows.EndsBeforeYear(period);

        // The dynamic limit compares a quarter with a period of an earlier year, not with the quarter before in the same
        // year, unless the rule file declares within_year: true.
        var sameYear = rating.Dynamic is { WithinYear: false } && SameYear(previous, period);

        // Tie-break keys that read a value: a dimension score (by its index) or a normalised indicator (by its id).
        var tieKeys = rating.TieBreak
            .Where(k => k.Kind is TieBreakKind.Dimension or TieBreakKind.Indicator)
            .Select(k => (Key: k.ToString(), Dimension: k.Kind == TieBreakKind.Dimension ? rules.Dimensions.ToList().FindIndex(x => x.Id == k.Id) : -1,
                Indicator: k.Kind == TieBreakKind.Indicator ? k.Id : null))
            .ToArray();
        IReadOnlyDictionary<string, double?> noTieValues = new Dictionary<string, double?>(0, StringComparer.Ordinal);
        var tieNames = tieKeys.Select(k => k.Key).ToArray();
        var tieTable = new double?[nb * tieKeys.Length];

        var vetoRules = rating.Vetoes;
        var nv = vetoRules.Count;
        var noneFired = new VetoInput[nv];
        for (var k = 0; k < nv; k++)
        {
            noneFired[k] = (vetoRules[k], false, string.Empty);
        }

        var dimScores = t.DimensionScores;
        var scores = t.Scores;
        var coverages = t.Coverage;
        var inputs = new RatingInput[nb];
        Blocks.Run(nb, parallelism, [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] (_, from, to) =>
        {
            var ctx = t.Context(from);
            for (var b = from; b < to; b++)
            {
                ctx.MoveTo(b);

                // Most branches fire no veto: they share one array that says so (the rating step only reads it).
                var vetoes = noneFired;
                List<VetoRule>? notYetDue = null;
                for (var k = 0; k < nv; k++)
                {
                    ctx.Window = vetoRules[k].Window;
                    if (ConditionEvaluator.Holds(vetoRules[k].When, ctx))
                    {
                        if (ReferenceEquals(vetoes, noneFired))
                        {
                            vetoes = (VetoInput[])noneFired.Clone();
                        }

                        vetoes[k] = (vetoRules[k], true, string.Empty);
                    }
                    else if (dueLater && vetoRules[k].Window != AnnualWindow.Period && ConditionEvaluator.Evaluate(vetoRules[k].When, ctx).NotYetDue)
                    {
                        (notYetDue ??= []).Add(vetoRules[k]);
                    }
                }

                ctx.Window = AnnualWindow.Period;

                var tieValues = noTieValues;
                if (tieKeys.Length > 0)
                {
                    for (var k = 0; k < tieKeys.Length; k++)
                    {
                        var (_, dimension, indicator) = tieKeys[k];
                        tieTable[(b * tieKeys.Length) + k] = dimension >= 0 ? StageTables.Value(dimScores[(b * nd) + dimension]) : ctx.Normalised(indicator!);
                    }

                    tieValues = new TieBreakRow(tieNames, tieTable, b * tieKeys.Length);
                }

                var score = scores[b];
                inputs[b] = new RatingInput(branches[b].BranchId, branches[b].Record.Type == BranchType.Temporary,
                    double.IsNaN(score) ? null : Rounding.DecisionScore(score), coverages[b], vetoes, tieValues)
                {
                    Previous = previous?.Branches.GetValueOrDefault(branches[b].BranchId)?.Rating,
                    NoDynamicLimit = sameYear,
                    NotYetDue = (IReadOnlyList<VetoRule>?)notYetDue ?? [],
                    DueBy = AnnualWindows.YearEnd(t.Dataset.Period),
                };
            }
        });

        var vetoChanged = new bool[nb * nv];
        var ratings = Rate(rating, inputs, explain: true, vetoChanged, t.Language);
        t.RatingInputs = inputs;
        t.Ratings = ratings;
        t.VetoChanged = vetoChanged;
        t.Ranks = Ranks(inputs, ratings);
        t.Grades = Grades(rating, inputs, ratings);
    }

    /// <summary>Whether the previous period (by its label) lies in the same calendar year as <paramref name="period"/>, both shorter than a year.</summary>
    private static bool SameYear(PreviousRatings? previous, Period period) =>
        previous?.PeriodLabel is { } label && period.Kind != PeriodKind.Year && previous.Kind != PeriodKind.Year
        && Period.TryParse(label, out var p, out _) && p.Kind != PeriodKind.Year && p.End.Year == period.End.Year && p.End < period.Start;

    /// <summary>Competition ranks among rated branches by decision score; null for 未定级.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int?[] Ranks(RatingInput[] inputs, IReadOnlyList<RatingOutput> ratings)
    {
        var rated = new List<decimal>(inputs.Length);
        for (var b = 0; b < inputs.Length; b++)
        {
            if (ratings[b].Rating != RatingValue.Unrated && inputs[b].Score is decimal sc)
            {
                rated.Add(sc);
            }
        }

        var ascending = rated.ToArray();
        Array.Sort(ascending);
        var ranks = new int?[inputs.Length];
        for (var b = 0; b < inputs.Length; b++)
        {
            ranks[b] = ratings[b].Rating != RatingValue.Unrated && inputs[b].Score is decimal sc ? CompetitionRank(ascending, sc) : null;
        }

        return ranks;
    }

    /// <summary>Each branch's grade (<see cref="GradeOf"/>) when the rule set declares grades; all null otherwise.</summary>
    private static string?[] Grades(RatingRules rating, RatingInput[] inputs, IReadOnlyList<RatingOutput> ratings)
    {
        var grades = new string?[inputs.Length];
        if (rating.Grades.Count == 0)
        {
            return grades;
        }

        for (var b = 0; b < inputs.Length; b++)
        {
            grades[b] = GradeOf(rating.Grades, ratings[b].Rating, inputs[b].Score,
                inputs[b].Vetoes.Where(v => v.Fired).Select(v => rating.Vetoes.First(x => x.Id == v.Rule.Id).GradeCap));
        }

        return grades;
    }

    /// <summary>
    /// The highest grade of the final rating whose minimum the score reaches, or the lowest grade of that rating (a veto or
    /// the quota moved the branch below its score's grade); null for 未定级 or when no grade maps onto the rating.
    /// </summary>
    internal static string? GradeOf(IReadOnlyList<GradeBand> grades, RatingValue rating, decimal? score, IEnumerable<string?>? gradeCaps = null)
    {
        if (rating == RatingValue.Unrated || grades.Count == 0)
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
