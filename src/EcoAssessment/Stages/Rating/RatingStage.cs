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
internal static class RatingStage
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string L(RatingValue r) => RatingLabels.Chinese(r);

    private static string D(decimal d) => d.ToString("0.00", Inv);

    private static string N(double d) => Math.Round(d, 4).ToString("0.####", Inv);

    public static IReadOnlyList<RatingOutput> Rate(RatingRules rules, IReadOnlyList<RatingInput> inputs) => Rate(rules, inputs, explain: true);

    /// <summary>
    /// Rates; with <paramref name="explain"/> false the ratings are the same but no reason, note or veto trace is built
    /// (for the many runs of the sensitivity analysis).
    /// </summary>
    public static IReadOnlyList<RatingOutput> Rate(RatingRules rules, IReadOnlyList<RatingInput> inputs, bool explain)
    {
        var ratings = new RatingValue[inputs.Count];
        var thresholdRatings = new RatingValue?[inputs.Count];
        var reasons = new List<string>[inputs.Count];
        var vetoTraces = new List<VetoTrace>[inputs.Count];
        var quotaNotes = new string?[inputs.Count];

        for (var i = 0; i < inputs.Count; i++)
        {
            var x = inputs[i];
            reasons[i] = [];
            vetoTraces[i] = [];
            var forces = x.Vetoes.Where(v => v.Fired && v.Rule.Effect == VetoEffect.Force).ToArray();
            var caps = x.Vetoes.Where(v => v.Fired && v.Rule.Effect == VetoEffect.Cap).ToArray();
            RatingValue rating;

            if (x.Temporary && !rules.RateTemporary)
            {
                rating = RatingValue.Unrated;
                if (explain) reasons[i].Add("temporary:临时支部不定级");
                if (explain) AddVetoTraces(vetoTraces[i], x.Vetoes, changed: _ => false);
                ratings[i] = rating;
                continue;
            }

            var coverage = Math.Round(x.Coverage, 9);
            if (x.Score is null || coverage < rules.MinCoverage)
            {
                if (explain) reasons[i].Add(string.Create(Inv, $"coverage:{N(coverage)}<{N(rules.MinCoverage)}"));
                if (forces.Length > 0)
                {
                    rating = forces.Select(f => f.Rule.Tier).Min(RatingComparer.Worst);
                    foreach (var f in forces)
                    {
                        if (explain) reasons[i].Add($"veto:{f.Rule.Id}(force {L(f.Rule.Tier)})");
                    }

                    if (explain) AddVetoTraces(vetoTraces[i], x.Vetoes, changed: v => v.Rule.Effect == VetoEffect.Force);
                }
                else
                {
                    rating = RatingValue.Unrated;
                    if (explain) AddVetoTraces(vetoTraces[i], x.Vetoes, changed: _ => false);
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
                RatingValue.Vanguard => $"threshold:{L(byThreshold)}({D(score)}≥{D(t.VanguardMin)})",
                RatingValue.Laggard => $"threshold:{L(byThreshold)}({D(score)}<{D(t.LaggardBelow)})",
                _ => $"threshold:{L(byThreshold)}({D(t.LaggardBelow)}≤{D(score)}<{D(t.VanguardMin)})",
            });
            rating = byThreshold;

            if (forces.Length > 0)
            {
                // A force wins over a cap.
                var forced = forces.Select(f => f.Rule.Tier).Min(RatingComparer.Worst);
                foreach (var f in forces)
                {
                    if (explain) reasons[i].Add($"veto:{f.Rule.Id}(force {L(f.Rule.Tier)})");
                }

                foreach (var c in caps)
                {
                    if (explain) reasons[i].Add($"veto:{c.Rule.Id}(cap {L(c.Rule.Tier)}, overridden by force)");
                }

                rating = forced;
                if (explain) AddVetoTraces(vetoTraces[i], x.Vetoes, changed: v => v.Rule.Effect == VetoEffect.Force && RatingLabels.Tier(v.Rule.Tier) != RatingLabels.Tier(byThreshold));
            }
            else if (caps.Length > 0)
            {
                var cap = caps.Select(c => c.Rule.Tier).Min(RatingComparer.Worst);
                foreach (var c in caps)
                {
                    var effective = RatingLabels.Tier(byThreshold) > RatingLabels.Tier(c.Rule.Tier);
                    if (explain) reasons[i].Add($"veto:{c.Rule.Id}(cap {L(c.Rule.Tier)}{(effective ? string.Empty : ", no effect")})");
                }

                if (RatingLabels.Tier(byThreshold) > RatingLabels.Tier(cap))
                {
                    rating = cap;
                }

                if (explain) AddVetoTraces(vetoTraces[i], x.Vetoes, changed: v => RatingLabels.Tier(byThreshold) > RatingLabels.Tier(v.Rule.Tier));
            }
            else
            {
                if (explain) AddVetoTraces(vetoTraces[i], x.Vetoes, changed: _ => false);
            }

            ratings[i] = rating;
        }

        var dynamicNotes = ApplyDynamicLimit(rules, inputs, ratings, reasons, explain);
        ApplyQuota(rules, inputs, ratings, reasons, quotaNotes, explain);

        var outputs = new RatingOutput[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            outputs[i] = new RatingOutput(ratings[i], thresholdRatings[i], reasons[i], vetoTraces[i], quotaNotes[i]) { Dynamic = dynamicNotes[i] };
        }

        return outputs;
    }

    private static void AddVetoTraces(List<VetoTrace> list, IReadOnlyList<(VetoRule Rule, bool Fired, string Trace)> vetoes, Func<(VetoRule Rule, bool Fired, string Trace), bool> changed)
    {
        foreach (var v in vetoes)
        {
            list.Add(new VetoTrace(v.Rule.Id, v.Rule.Name, v.Fired, v.Rule.Effect, v.Rule.Tier, v.Fired && changed(v), v.Trace) { Rule = v.Rule.Location });
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
    private sealed class TieBreakComparer(IReadOnlyList<TieBreakKey> keys, IReadOnlyList<RatingInput> inputs) : IComparer<int>
    {
        private readonly Dictionary<TieBreakKey, string> _names = keys.Distinct().ToDictionary(k => k, k => k.ToString());

        public int Compare(int a, int b)
        {
            foreach (var k in keys)
            {
                var c = CompareKey(k, a, b);
                if (c != 0)
                {
                    return c;
                }
            }

            return string.CompareOrdinal(inputs[a].BranchId, inputs[b].BranchId);
        }

        private int CompareKey(TieBreakKey k, int a, int b)
        {
            switch (k.Kind)
            {
                case TieBreakKind.Score:
                    return Nullable.Compare(inputs[b].Score, inputs[a].Score);
                case TieBreakKind.BranchId:
                    return string.CompareOrdinal(inputs[a].BranchId, inputs[b].BranchId);
                default:
                    var name = _names[k];
                    var va = inputs[a].TieBreakValues.GetValueOrDefault(name);
                    var vb = inputs[b].TieBreakValues.GetValueOrDefault(name);
                    if (va is null && vb is null) return 0;
                    if (va is null) return 1;
                    if (vb is null) return -1;
                    return vb.Value.CompareTo(va.Value);
            }
        }

        /// <summary>Which key put <paramref name="ahead"/> before <paramref name="behind"/>, with both values.</summary>
        public string Decider(int ahead, int behind)
        {
            foreach (var k in keys)
            {
                if (CompareKey(k, ahead, behind) != 0)
                {
                    return $"{k} ({Value(k, ahead)} vs {Value(k, behind)})";
                }
            }

            return $"branch_id ({inputs[ahead].BranchId} vs {inputs[behind].BranchId})";
        }

        private string Value(TieBreakKey k, int i) => k.Kind switch
        {
            TieBreakKind.Score => inputs[i].Score is decimal d ? D(d) : "n/a",
            TieBreakKind.BranchId => inputs[i].BranchId,
            _ => inputs[i].TieBreakValues.GetValueOrDefault(k.ToString()) is double v ? N(v) : "n/a",
        };
    }

    /// <summary>Orders ratings so that Min gives the worst tier.</summary>
    private sealed class RatingComparer : IComparer<RatingValue>
    {
        public static readonly RatingComparer Worst = new();

        public int Compare(RatingValue x, RatingValue y) => RatingLabels.Tier(x).CompareTo(RatingLabels.Tier(y));
    }
}
