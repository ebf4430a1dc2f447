using System.Globalization;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Stages.Rating;

/// <summary>The facts the rating step needs about one branch.</summary>
internal sealed record RatingInput(
    string BranchId,
    bool Temporary,
    decimal? Score,
    double Coverage,
    IReadOnlyList<(VetoRule Rule, bool Fired, string Trace)> Vetoes,
    IReadOnlyDictionary<string, double?> TieBreakValues)
{
    /// <summary>The branch's rating in the previous period, when one was given.</summary>
    public RatingValue? Previous { get; init; }
}

/// <summary>The rating step's answer for one branch.</summary>
internal sealed record RatingOutput(RatingValue Rating, RatingValue? ThresholdRating, IReadOnlyList<string> Reasons, IReadOnlyList<VetoTrace> Vetoes, string? Quota)
{
    /// <summary>What the dynamic limit did: null when it did not apply (no previous rating, no limit, or 未定级).</summary>
    public string? Dynamic { get; init; }
}

/// <summary>
/// Step 9 (a–e): coverage, thresholds, vetoes, the dynamic limit against the previous period, quota. Pure: the same inputs in any order give the same outputs.
/// </summary>
internal static partial class RatingStage
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string L(RatingValue r) => RatingLabels.Chinese(r);

    private static string D(decimal d) => d.ToString("0.00", Inv);

    private static string N(double d) => Math.Round(d, 4).ToString("0.####", Inv);

    public static IReadOnlyList<RatingOutput> Rate(RatingRules rules, IReadOnlyList<RatingInput> inputs) => Rate(rules, inputs, explain: true);

    /// <summary>
    /// Rates; with <paramref name="explain"/> false the ratings are the same but no reason, note or veto trace is built
    /// (for the many runs of the sensitivity analysis). With <paramref name="vetoChanged"/> (one flag per branch and veto,
    /// branch-major) no veto trace is built either: the flags record which fired vetoes changed the rating, what
    /// <see cref="VetoTrace.Changed"/> would say, and the traces are built when an output shows them.
    /// </summary>
    public static IReadOnlyList<RatingOutput> Rate(RatingRules rules, IReadOnlyList<RatingInput> inputs, bool explain, bool[]? vetoChanged = null)
    {
        var ratings = new RatingValue[inputs.Count];
        var thresholdRatings = new RatingValue?[inputs.Count];
        var reasons = new List<string>[inputs.Count];
        var vetoTraces = new List<VetoTrace>?[inputs.Count];
        var quotaNotes = new string?[inputs.Count];
        var traces = explain && vetoChanged is null;
        var nv = rules.Vetoes.Count;

        // The thresholds as the reasons cite them, formatted once.
        var vanguardMin = D(rules.Thresholds.VanguardMin);
        var laggardBelow = D(rules.Thresholds.LaggardBelow);

        for (var i = 0; i < inputs.Count; i++)
        {
            var x = inputs[i];
            reasons[i] = [];
            var list = traces ? (vetoTraces[i] = []) : null;
            var sink = new VetoSink(list, vetoChanged, i * nv);
            RatingValue rating;

            if (x.Temporary && !rules.RateTemporary)
            {
                rating = RatingValue.Unrated;
                if (explain) reasons[i].Add("temporary:临时支部不定级");
                if (explain) sink.Add(x.Vetoes, ChangedBy.Nothing, default);
                ratings[i] = rating;
                continue;
            }

            // The worst tier of the fired forces and of the fired caps (the first of equals, as Min keeps it).
            RatingValue? forced = null;
            RatingValue? capped = null;
            foreach (var v in x.Vetoes)
            {
                if (!v.Fired)
                {
                    continue;
                }

                if (v.Rule.Effect == VetoEffect.Force)
                {
                    if (forced is not RatingValue f || RatingLabels.Tier(v.Rule.Tier) < RatingLabels.Tier(f))
                    {
                        forced = v.Rule.Tier;
                    }
                }
                else if (v.Rule.Effect == VetoEffect.Cap)
                {
                    if (capped is not RatingValue c || RatingLabels.Tier(v.Rule.Tier) < RatingLabels.Tier(c))
                    {
                        capped = v.Rule.Tier;
                    }
                }
            }

            var coverage = Math.Round(x.Coverage, 9);
            if (x.Score is null || coverage < rules.MinCoverage)
            {
                if (explain) reasons[i].Add(string.Create(Inv, $"coverage:{N(coverage)}<{N(rules.MinCoverage)}"));
                if (forced is RatingValue worst)
                {
                    rating = worst;
                    if (explain) AddVetoReasons(reasons[i], x.Vetoes, VetoEffect.Force, static (r, _) => $"veto:{r.Id}(force {L(r.Tier)})", default);
                    if (explain) sink.Add(x.Vetoes, ChangedBy.Force, default);
                }
                else
                {
                    rating = RatingValue.Unrated;
                    if (explain) sink.Add(x.Vetoes, ChangedBy.Nothing, default);
                }

                ratings[i] = rating;
                continue;
            }

            var score = x.Score.Value;
            var t = rules.Thresholds;
            RatingValue byThreshold = score >= t.VanguardMin ? RatingValue.Vanguard : score < t.LaggardBelow ? RatingValue.Laggard : RatingValue.Middle;
            thresholdRatings[i] = byThreshold;
            if (explain) reasons[i].Add(byThreshold switch
            {
                RatingValue.Vanguard => $"threshold:{L(byThreshold)}({D(score)}≥{vanguardMin})",
                RatingValue.Laggard => $"threshold:{L(byThreshold)}({D(score)}<{laggardBelow})",
                _ => $"threshold:{L(byThreshold)}({laggardBelow}≤{D(score)}<{vanguardMin})",
            });
            rating = byThreshold;

            if (forced is RatingValue force)
            {
                // A force wins over a cap.
                if (explain) AddVetoReasons(reasons[i], x.Vetoes, VetoEffect.Force, static (r, _) => $"veto:{r.Id}(force {L(r.Tier)})", byThreshold);
                if (explain) AddVetoReasons(reasons[i], x.Vetoes, VetoEffect.Cap, static (r, _) => $"veto:{r.Id}(cap {L(r.Tier)}, overridden by force)", byThreshold);
                rating = force;
                if (explain) sink.Add(x.Vetoes, ChangedBy.ForceAgainstThreshold, byThreshold);
            }
            else if (capped is RatingValue cap)
            {
                if (explain)
                {
                    AddVetoReasons(reasons[i], x.Vetoes, VetoEffect.Cap,
                        static (r, threshold) => $"veto:{r.Id}(cap {L(r.Tier)}{(RatingLabels.Tier(threshold) > RatingLabels.Tier(r.Tier) ? string.Empty : ", no effect")})", byThreshold);
                }

                if (RatingLabels.Tier(byThreshold) > RatingLabels.Tier(cap))
                {
                    rating = cap;
                }

                if (explain) sink.Add(x.Vetoes, ChangedBy.CapBelowThreshold, byThreshold);
            }
            else
            {
                if (explain) sink.Add(x.Vetoes, ChangedBy.Nothing, default);
            }

            ratings[i] = rating;
        }

        var dynamicNotes = ApplyDynamicLimit(rules, inputs, ratings, reasons, explain);
        ApplyQuota(rules, inputs, ratings, reasons, quotaNotes, explain);

        var outputs = new RatingOutput[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            outputs[i] = new RatingOutput(ratings[i], thresholdRatings[i], reasons[i], (IReadOnlyList<VetoTrace>?)vetoTraces[i] ?? [], quotaNotes[i]) { Dynamic = dynamicNotes[i] };
        }

        return outputs;
    }

    /// <summary>The reason of each fired veto of one effect, in declaration order.</summary>
    private static void AddVetoReasons(List<string> reasons, IReadOnlyList<(VetoRule Rule, bool Fired, string Trace)> vetoes, VetoEffect effect,
        Func<VetoRule, RatingValue, string> reason, RatingValue byThreshold)
    {
        foreach (var v in vetoes)
        {
            if (v.Fired && v.Rule.Effect == effect)
            {
                reasons.Add(reason(v.Rule, byThreshold));
            }
        }
    }

    /// <summary>Which fired vetoes changed the rating.</summary>
    private enum ChangedBy
    {
        /// <summary>None (未定级 without a force, or no fired veto changed the threshold rating).</summary>
        Nothing,

        /// <summary>Every fired force (the branch is not rated by score).</summary>
        Force,

        /// <summary>A fired force whose tier differs from the threshold rating.</summary>
        ForceAgainstThreshold,

        /// <summary>A fired veto whose tier is below the threshold rating.</summary>
        CapBelowThreshold,
    }

    /// <summary>Where the veto outcome goes: veto traces, or the changed flags of a flat table.</summary>
    private readonly struct VetoSink(List<VetoTrace>? traces, bool[]? changedFlags, int offset)
    {
        public void Add(IReadOnlyList<(VetoRule Rule, bool Fired, string Trace)> vetoes, ChangedBy how, RatingValue byThreshold)
        {
            for (var k = 0; k < vetoes.Count; k++)
            {
                var v = vetoes[k];
                var changed = v.Fired && how switch
                {
                    ChangedBy.Force => v.Rule.Effect == VetoEffect.Force,
                    ChangedBy.ForceAgainstThreshold => v.Rule.Effect == VetoEffect.Force && RatingLabels.Tier(v.Rule.Tier) != RatingLabels.Tier(byThreshold),
                    ChangedBy.CapBelowThreshold => RatingLabels.Tier(byThreshold) > RatingLabels.Tier(v.Rule.Tier),
                    _ => false,
                };
                if (changedFlags is not null)
                {
                    changedFlags[offset + k] = changed;
                }

                traces?.Add(new VetoTrace(v.Rule.Id, v.Rule.Name, v.Fired, v.Rule.Effect, v.Rule.Tier, changed, v.Trace) { Rule = v.Rule.Location });
            }
        }
    }

    /// <summary>
    /// Step d: a rated branch rises at most <c>max_promotion</c> tiers above its previous rating (落后 → 中间 → 先锋);
    /// a branch without a previous rating, or rated 未定级 before or now, is not limited. Falls are never limited.
    /// </summary>
    private static string?[] ApplyDynamicLimit(RatingRules rules, IReadOnlyList<RatingInput> inputs, RatingValue[] ratings, List<string>[] reasons, bool explain)
    {
        var notes = new string?[inputs.Count];
        if (rules.Dynamic?.MaxPromotion is not int max)
        {
            return notes;
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Previous is not RatingValue previous || previous == RatingValue.Unrated || ratings[i] == RatingValue.Unrated)
            {
                continue;
            }

            var limit = Math.Min(RatingLabels.Tier(RatingValue.Vanguard), RatingLabels.Tier(previous) + max);
            if (RatingLabels.Tier(ratings[i]) > limit)
            {
                var limited = limit switch { 3 => RatingValue.Vanguard, 2 => RatingValue.Middle, _ => RatingValue.Laggard };
                if (explain) notes[i] = string.Create(Inv, $"{L(ratings[i])} limited to {L(limited)}: previous {L(previous)}, at most {max} tier(s) up");
                if (explain) reasons[i].Add(string.Create(Inv, $"dynamic:{L(ratings[i])}→{L(limited)}(previous {L(previous)}, max +{max})"));
                ratings[i] = limited;
            }
            else
            {
                if (explain) notes[i] = string.Create(Inv, $"previous {L(previous)}; {L(ratings[i])} is within {max} tier(s) up");
            }
        }

        return notes;
    }

    /// <summary>
    /// At most ⌊q·N⌋ 先锋 among the N rated branches (exact decimal arithmetic); the excess goes to 中间 in tie-break order.
    /// Every branch that took part gets a note; the boundary pair records which key decided.
    /// </summary>
    private static void ApplyQuota(RatingRules rules, IReadOnlyList<RatingInput> inputs, RatingValue[] ratings, List<string>[] reasons, string?[] notes, bool explain)
    {
        if (rules.VanguardQuota is not decimal q)
        {
            return;
        }

        var rated = ratings.Count(r => r != RatingValue.Unrated);
        var allowed = (int)Math.Floor(q * rated);
        var candidates = Enumerable.Range(0, inputs.Count).Where(i => ratings[i] == RatingValue.Vanguard).ToList();
        if (candidates.Count <= allowed)
        {
            foreach (var i in candidates)
            {
                if (explain) notes[i] = string.Create(Inv, $"先锋 {candidates.Count} within quota ⌊{q}×{rated}⌋ = {allowed}");
            }

            return;
        }

        var comparer = new TieBreakComparer(rules.TieBreak, inputs);
        candidates.Sort(comparer);
        for (var pos = 0; pos < candidates.Count; pos++)
        {
            var i = candidates[pos];
            var place = pos + 1;
            if (pos < allowed)
            {
                var next = candidates[allowed];
                var decider = explain && pos == allowed - 1 ? $"; ahead of {inputs[next].BranchId} by {comparer.Decider(i, next)}" : string.Empty;
                if (explain) notes[i] = string.Create(Inv, $"先锋 place {place} of {candidates.Count} within quota ⌊{q}×{rated}⌋ = {allowed}{decider}");
            }
            else
            {
                ratings[i] = RatingValue.Middle;
                var last = allowed > 0 ? candidates[allowed - 1] : -1;
                var decider = explain && last >= 0 && pos == allowed ? $"; behind {inputs[last].BranchId} by {comparer.Decider(last, i)}" : string.Empty;
                if (explain) notes[i] = string.Create(Inv, $"先锋 place {place} of {candidates.Count} beyond quota ⌊{q}×{rated}⌋ = {allowed} → 中间{decider}");
                if (explain) reasons[i].Add(string.Create(Inv, $"quota:先锋→中间(place {place}>{allowed})"));
            }
        }
    }

    /// <summary>Orders branches by the tie-break keys: scores descending (not available last), branch_id ascending.</summary>
    private sealed class TieBreakComparer : IComparer<int>
    {
        private readonly TieBreakKey[] _keys;
        private readonly IReadOnlyList<RatingInput> _inputs;

        // Per key that reads a value (a dimension score or a normalised indicator): each input's value, read once.
        private readonly double?[]?[] _values;

        public TieBreakComparer(IReadOnlyList<TieBreakKey> keys, IReadOnlyList<RatingInput> inputs)
        {
            _keys = [.. keys];
            _inputs = inputs;
            _values = new double?[]?[_keys.Length];
            for (var j = 0; j < _keys.Length; j++)
            {
                if (_keys[j].Kind is TieBreakKind.Score or TieBreakKind.BranchId)
                {
                    continue;
                }

                var name = _keys[j].ToString();
                var values = new double?[inputs.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = inputs[i].TieBreakValues.GetValueOrDefault(name);
                }

                _values[j] = values;
            }
        }

        public int Compare(int a, int b)
        {
            for (var j = 0; j < _keys.Length; j++)
            {
                var c = CompareKey(j, a, b);
                if (c != 0)
                {
                    return c;
                }
            }

            return string.CompareOrdinal(_inputs[a].BranchId, _inputs[b].BranchId);
        }

        private int CompareKey(int j, int a, int b)
        {
            switch (_keys[j].Kind)
            {
                case TieBreakKind.Score:
                    return Nullable.Compare(_inputs[b].Score, _inputs[a].Score);
                case TieBreakKind.BranchId:
                    return string.CompareOrdinal(_inputs[a].BranchId, _inputs[b].BranchId);
                default:
                    var va = _values[j]![a];
                    var vb = _values[j]![b];
                    if (va is null && vb is null) return 0;
                    if (va is null) return 1;
                    if (vb is null) return -1;
                    return vb.Value.CompareTo(va.Value);
            }
        }

        /// <summary>Which key put <paramref name="ahead"/> before <paramref name="behind"/>, with both values.</summary>
        public string Decider(int ahead, int behind)
        {
            for (var j = 0; j < _keys.Length; j++)
            {
                if (CompareKey(j, ahead, behind) != 0)
                {
                    return $"{_keys[j]} ({Value(j, ahead)} vs {Value(j, behind)})";
                }
            }

            return $"branch_id ({_inputs[ahead].BranchId} vs {_inputs[behind].BranchId})";
        }

        private string Value(int j, int i) => _keys[j].Kind switch
        {
            TieBreakKind.Score => _inputs[i].Score is decimal d ? D(d) : "n/a",
            TieBreakKind.BranchId => _inputs[i].BranchId,
            _ => _values[j]![i] is double v ? N(v) : "n/a",
        };
    }

    /// <summary>Orders ratings so that Min gives the worst tier.</summary>
    private sealed class RatingComparer : IComparer<RatingValue>
    {
        public static readonly RatingComparer Worst = new();

        public int Compare(RatingValue x, RatingValue y) => RatingLabels.Tier(x).CompareTo(RatingLabels.Tier(y));
    }
}
