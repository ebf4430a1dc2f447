using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Aggregation;
using EcoAssessment.Stages.Adjustment;
using EcoAssessment.Stages.Normalisation;

namespace EcoAssessment.Analysis;

/// <summary>How an indicator's value is written for people: a rate in per cent, hours, or a plain number.</summary>
internal enum IndicatorUnit
{
    /// <summary>A share 0–1, written as a per cent (82%).</summary>
    Percent,

    /// <summary>Hours (h).</summary>
    Hours,

    /// <summary>A count or index, written with up to two decimals.</summary>
    Number,
}

/// <summary>One change of a branch's indicator, in the indicator's own unit.</summary>
/// <param name="Indicator">The indicator's rule.</param>
/// <param name="From">Its value now (after treatment, as normalised).</param>
/// <param name="To">The value to reach.</param>
/// <param name="Points">The decision score points the change adds, after the changes before it.</param>
internal sealed record GapChange(IndicatorRule Indicator, double From, double To, double Points)
{
    /// <summary>How the indicator's values are written.</summary>
    public IndicatorUnit Unit => Gap.UnitOf(Indicator);
}

/// <summary>What a branch needs for the next tier (the card's 差距).</summary>
/// <param name="Next">The next tier up; null for a 先锋 or 未定级 branch.</param>
/// <param name="Target">The decision score the next tier needs (its threshold, or above the last 先锋 place when the quota decided); null without a next tier.</param>
/// <param name="Needed">Points the score lacks (0 when the score is enough and something else holds the branch back); null without a next tier.</param>
/// <param name="Changes">At most three indicator changes, in the order chosen, that would close <see cref="Needed"/> at least effort.</param>
/// <param name="Closed">Whether <see cref="Changes"/> reach <see cref="Target"/>.</param>
/// <param name="Vetoes">The vetoes that fired and changed the rating: they hold the branch whatever its score.</param>
/// <param name="ByQuota">The score reaches the threshold, and the 先锋 quota kept the branch out.</param>
internal sealed record GapPlan(Rating? Next, double? Target, double? Needed, IReadOnlyList<GapChange> Changes, bool Closed, IReadOnlyList<VetoTrace> Vetoes, bool ByQuota);

/// <summary>
/// The three changes that would lift a branch to the next tier at least effort, computed through the rule set's own
/// normalisation, weights and aggregation (docs/brief.md, 支部告知单).
/// </summary>
/// <remarks>
/// <para>The method. The effort of a change is the share of the indicator's scale it moves: for goalposts the distance
/// between low and high (pro-rated like the normaliser when per-year), for the data-driven normalisers (min-max,
/// z-score, rank, percentile, none) the spread of the rated branches' values. Each indicator with a value and room to
/// improve is cut into 20 steps of 5 % of its scale, up to its best value (the goalpost, or the best rated branch's value
/// for the data-driven normalisers, whose other branches are held as they are). A greedy search then repeats: among the
/// chosen indicators, take the move of one or more steps
/// with the most decision-score points per step, the points computed by normalising the moved value with the rule's own
/// kernel and aggregating the branch's whole row with the run's weights and method, less its deductions plus its bonuses.
/// The three indicators are chosen first (<c>BestSet</c>): of the sets of at most three that close the gap, the one of
/// fewest steps; when none closes it, the one that comes closest.
/// It stops when the target is reached; the last move is then cut back to the smallest value that reaches it. With
/// arithmetic aggregation and goalposts every step of an indicator is worth the same, and the greedy choice is the
/// optimum of that linear problem (heaviest indicators with room first).</para>
/// <para>Deductions, bonuses and vetoes are held as they are: a veto is listed to clear, not searched.</para>
/// </remarks>
internal static class Gap
{
    private const int Steps = 20;

    /// <summary>The unit an indicator's values are written in, by its measure.</summary>
    public static IndicatorUnit UnitOf(IndicatorRule indicator) => indicator.Measure switch
    {
        StudyHoursMeasure or VolunteerHoursMeasure => IndicatorUnit.Hours,
        MeetingCompletionMeasure or ThemeDayCoverageMeasure or AttendanceMeasure or AnnualReviewMeasure or RectificationOnTimeMeasure
            or AssessmentRatioMeasure or StudyComplianceMeasure or MicroLectureShareMeasure or OriginalTextsShareMeasure or SpecialTaskShareMeasure => IndicatorUnit.Percent,
        _ => IndicatorUnit.Number,
    };

    /// <summary>The plan for <paramref name="result"/> of <paramref name="assessment"/>.</summary>
    public static GapPlan For(Assessment assessment, BranchResult result)
    {
        var t = assessment.Tables;
        var row = RowOf(t, result.BranchId);
        var vetoes = result.VetoTraces.Where(v => v.Fired && v.Changed).ToArray();
        var thresholds = t.Rules.Rating.Thresholds;
        var (next, target, byQuota) = result.Rating switch
        {
            Rating.Laggard => (Rating.Middle, (double?)(double)thresholds.LaggardBelow, false),
            Rating.Middle => VanguardTarget(assessment, result, (double)thresholds.VanguardMin),
            _ => ((Rating?)null, (double?)null, false),
        };
        if (next is null || target is not double goal || row < 0 || double.IsNaN(t.Scores[row]))
        {
            return new GapPlan(next, target, null, [], false, vetoes, byQuota);
        }

        var now = t.Scores[row];
        var needed = Math.Max(0, goal - now);
        if (needed <= 0)
        {
            return new GapPlan(next, goal, 0, [], true, vetoes, byQuota);
        }

        var (changes, closed) = Search(t, row, goal);
        return new GapPlan(next, goal, needed, changes, closed, vetoes, byQuota);
    }

    /// <summary>
    /// A 中间 branch's way to 先锋: the threshold, or, when the score is above it and the quota kept the branch out,
    /// the lowest 先锋 score plus a hundredth (to take a place, the branch must outrank the last 先锋).
    /// </summary>
    private static (Rating?, double?, bool) VanguardTarget(Assessment a, BranchResult r, double threshold)
    {
        if (r.Score is decimal s && (double)s >= threshold && r.Reasons.Any(x => x.StartsWith("quota:", StringComparison.Ordinal)))
        {
            var last = a.Results.Where(x => x.Rating == Rating.Vanguard && x.Score is not null).Select(x => (double)x.Score!.Value).DefaultIfEmpty(threshold).Min();
            return (Rating.Vanguard, Math.Max(threshold, last + 0.01), true);
        }

        return (Rating.Vanguard, threshold, false);
    }

    private static int RowOf(StageTables t, string id)
    {
        for (var b = 0; b < t.BranchCount; b++)
        {
            if (t.Branch(b).BranchId == id)
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>A candidate indicator: where it is, where it can go, and its normalised value at each step.</summary>
    private sealed class Candidate(int index, double from, double best, double[] raws, double[] values)
    {
        public int Index { get; } = index;
        public double From { get; } = from;
        public double Best { get; } = best;
        public double[] Raws { get; } = raws;
        public double[] Values { get; } = values;
        public int Taken { get; set; }
    }

    private static (IReadOnlyList<GapChange>, bool) Search(StageTables t, int row, double goal)
    {
        var ni = t.IndicatorCount;
        var values = t.Normalised.AsSpan(row * ni, ni).ToArray();
        var candidates = new List<Candidate>();
        for (var i = 0; i < ni; i++)
        {
            if (CandidateOf(t, row, i) is { } c)
            {
                candidates.Add(c);
            }
        }

        var score = Score(t, row, values);
        var set = BestSet(t, row, values, candidates, goal - score);
        var chosen = new List<Candidate>();
        var gained = new Dictionary<int, double>();
        while (score < goal)
        {
            Candidate? pick = null;
            int pickSteps = 0;
            double pickRate = 0, pickScore = score;
            foreach (var c in set)
            {
                var keep = values[c.Index];
                for (var j = c.Taken + 1; j <= Steps; j++)
                {
                    values[c.Index] = c.Values[j];
                    var s = Score(t, row, values);
                    var rate = (s - score) / (j - c.Taken);
                    if (rate > pickRate + 1e-12)
                    {
                        (pick, pickSteps, pickRate, pickScore) = (c, j, rate, s);
                    }
                }

                values[c.Index] = keep;
            }

            if (pick is null)
            {
                break;
            }

            if (!chosen.Contains(pick))
            {
                chosen.Add(pick);
            }

            var before = score;
            if (pickScore >= goal)
            {
                // Cut the last move back to the smallest value that reaches the goal (bisection on the rule's kernel).
                var lo = pick.Raws[pick.Taken];
                var hi = pick.Raws[pickSteps];
                for (var k = 0; k < 50; k++)
                {
                    var mid = (lo + hi) / 2;
                    values[pick.Index] = Normalise(t, row, pick.Index, mid);
                    if (Score(t, row, values) >= goal) hi = mid; else lo = mid;
                }

                values[pick.Index] = Normalise(t, row, pick.Index, hi);
                pick.Raws[pickSteps] = hi;
            }
            else
            {
                values[pick.Index] = pick.Values[pickSteps];
            }

            pick.Taken = pickSteps;
            score = Score(t, row, values);
            gained[pick.Index] = gained.GetValueOrDefault(pick.Index) + (score - before);
        }

        var changes = chosen.Select(c => new GapChange(t.Indicators[c.Index], c.From, c.Raws[c.Taken], gained[c.Index])).ToArray();
        return (changes, score >= goal);
    }

    /// <summary>
    /// The set of at most three indicators to change: of the sets that close <paramref name="needed"/>, the one of least
    /// effort (fewest steps, the last one counted in part; then fewer indicators, then declaration order); when none
    /// does, the one that comes closest. Each indicator's gain is measured alone through the rule's kernel and the run's
    /// aggregation (one curve per indicator, <see cref="Steps"/> points), and a set's gains are added (exact for an
    /// arithmetic aggregation; the plan itself is then computed exactly over the chosen set). The sets are drawn from the
    /// eight indicators of most gain and the eight of most gain per step.
    /// </summary>
    private static List<Candidate> BestSet(StageTables t, int row, double[] values, List<Candidate> candidates, double needed)
    {
        var baseline = Score(t, row, values);
        var curves = new Dictionary<Candidate, double[]>();
        foreach (var c in candidates)
        {
            var keep = values[c.Index];
            var curve = new double[Steps + 1];
            for (var j = 1; j <= Steps; j++)
            {
                values[c.Index] = c.Values[j];
                curve[j] = Score(t, row, values) - baseline;
            }

            values[c.Index] = keep;
            curves[c] = curve;
        }

        var pool = candidates.OrderByDescending(c => curves[c][Steps]).Take(8)
            .Union(candidates.OrderByDescending(c => curves[c].Skip(1).Select((g, j) => g / (j + 1)).Max()).Take(8))
            .OrderBy(c => c.Index).ToArray();
        List<Candidate>? best = null;
        double bestEffort = double.PositiveInfinity, bestGain = double.NegativeInfinity;
        var bestCloses = false;
        foreach (var set in Sets(pool))
        {
            var (closes, effort, gain) = Fill(set, curves, needed);
            var better = closes
                ? !bestCloses || effort < bestEffort - 1e-9
                : !bestCloses && (gain > bestGain + 1e-9 || (Math.Abs(gain - bestGain) <= 1e-9 && effort < bestEffort - 1e-9));
            if (better)
            {
                (best, bestCloses, bestEffort, bestGain) = (set, closes, effort, gain);
            }
        }

        return best ?? [];
    }

    /// <summary>Every set of one, two and three of <paramref name="pool"/>, smaller sets first, in declaration order.</summary>
    private static IEnumerable<List<Candidate>> Sets(Candidate[] pool)
    {
        for (var a = 0; a < pool.Length; a++)
        {
            yield return [pool[a]];
        }

        for (var a = 0; a < pool.Length; a++)
        {
            for (var b = a + 1; b < pool.Length; b++)
            {
                yield return [pool[a], pool[b]];
            }
        }

        for (var a = 0; a < pool.Length; a++)
        {
            for (var b = a + 1; b < pool.Length; b++)
            {
                for (var c = b + 1; c < pool.Length; c++)
                {
                    yield return [pool[a], pool[b], pool[c]];
                }
            }
        }
    }

    /// <summary>The greedy fill of one set over the gain curves: whether it closes <paramref name="needed"/>, the steps it takes (the last in part), the points it gains.</summary>
    private static (bool Closes, double Effort, double Gain) Fill(List<Candidate> set, Dictionary<Candidate, double[]> curves, double needed)
    {
        Span<int> taken = stackalloc int[set.Count];
        double gain = 0, effort = 0;
        while (true)
        {
            int pick = -1, steps = 0;
            double rate = 0, step = 0;
            for (var k = 0; k < set.Count; k++)
            {
                var curve = curves[set[k]];
                for (var j = taken[k] + 1; j <= Steps; j++)
                {
                    var g = curve[j] - curve[taken[k]];
                    if (g / (j - taken[k]) > rate + 1e-12)
                    {
                        (pick, steps, rate, step) = (k, j, g / (j - taken[k]), g);
                    }
                }
            }

            if (pick < 0)
            {
                return (false, effort, gain);
            }

            var moved = steps - taken[pick];
            if (gain + step >= needed)
            {
                return (true, effort + (moved * (needed - gain) / step), needed);
            }

            gain += step;
            effort += moved;
            taken[pick] = steps;
        }
    }

    /// <summary>The decision score of the branch at <paramref name="row"/> with its normalised values <paramref name="values"/>.</summary>
    private static double Score(StageTables t, int row, double[] values)
    {
        var nd = t.DimensionCount;
        Span<double> dims = stackalloc double[nd];
        for (var d = 0; d < nd; d++)
        {
            dims[d] = Aggregation.Mean(t.Rules.Aggregation, values.AsSpan(t.FirstOf[d], t.IndicatorWeights[d].Length), t.IndicatorWeights[d]);
        }

        var aggregate = Aggregation.Mean(t.Rules.Aggregation, dims, t.TotalWeights);
        return double.IsNaN(aggregate) ? double.NaN
            : Adjustments.Score(aggregate, t.Deductions[row], t.Bonuses[row], t.Rules.Adjustments.LowerBound, t.Rules.Adjustments.UpperBound);
    }

    /// <summary>The normalised value the branch would get with raw value <paramref name="x"/> for indicator <paramref name="i"/>, the other branches as they are.</summary>
    private static double Normalise(StageTables t, int row, int i, double x)
    {
        var ni = t.IndicatorCount;
        var rule = t.Indicators[i];
        if (rule.Normalisation is GoalpostsNormalisation g)
        {
            var scale = g.PerYear ? Months(t, row) / 12.0 : 1.0;
            return Normalisers.Goalposts(x, g.Low * scale, g.High * scale, rule.Direction);
        }

        var column = new double[t.BranchCount];
        for (var b = 0; b < column.Length; b++)
        {
            column[b] = t.Raw[(b * ni) + i];
        }

        column[row] = x;
        var result = new double[column.Length];
        Normalisers.Apply(rule.Normalisation, rule.Direction, column, t.Eligible, result, t.Dataset.Period.Months);
        return result[row];
    }

    private static double Months(StageTables t, int row)
    {
        var active = t.Branch(row).Active;
        return ReferenceEquals(active, t.Dataset.Period) ? t.Dataset.Period.Months : active.Months;
    }

    /// <summary>The indicator as a candidate: a value, room to improve, the scale of its steps; null otherwise.</summary>
    private static Candidate? CandidateOf(StageTables t, int row, int i)
    {
        var ni = t.IndicatorCount;
        var rule = t.Indicators[i];
        var x = t.Raw[(row * ni) + i];
        if (double.IsNaN(x) || double.IsNaN(t.Normalised[(row * ni) + i]))
        {
            return null;
        }

        var higher = rule.Direction == Direction.Higher;
        double best, span;
        if (rule.Normalisation is GoalpostsNormalisation g)
        {
            var scale = g.PerYear ? Months(t, row) / 12.0 : 1.0;
            best = (higher ? g.High : g.Low) * scale;
            span = Math.Abs(g.High - g.Low) * scale;
        }
        else
        {
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (var b = 0; b < t.BranchCount; b++)
            {
                var v = t.Raw[(b * ni) + i];
                if (t.Eligible[b] && !double.IsNaN(v))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }

            best = higher ? max : min;
            span = max - min;
        }

        if (!(span > 0) || (higher ? x >= best : x <= best))
        {
            return null;
        }

        var raws = new double[Steps + 1];
        var values = new double[Steps + 1];
        for (var j = 0; j <= Steps; j++)
        {
            var moved = higher ? Math.Min(best, x + (span * j / Steps)) : Math.Max(best, x - (span * j / Steps));
            raws[j] = j == 0 ? x : moved;
            values[j] = j == 0 ? t.Normalised[(row * ni) + i] : Normalise(t, row, i, moved);
        }

        return new Candidate(i, x, best, raws, values);
    }
}
