using System.Globalization;
using System.Text;
using EcoAssessment.Catalogue;
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

    /// <summary>Whether the dynamic limit does not apply against <see cref="Previous"/> (a quarter of the same year, without <c>within_year</c>).</summary>
    public bool NoDynamicLimit { get; init; }

    /// <summary>The vetoes over a year-to-date window whose condition is not yet due (未到期) for the branch.</summary>
    public IReadOnlyList<VetoRule> NotYetDue { get; init; } = [];

    /// <summary>The day the not-yet-due vetoes' annual items are due (31 December of the period's year).</summary>
    public DateOnly DueBy { get; init; }
}

/// <summary>The rating step's answer for one branch.</summary>
internal sealed record RatingOutput(RatingValue Rating, RatingValue? ThresholdRating, IReadOnlyList<string> Reasons, IReadOnlyList<VetoTrace> Vetoes, string? Quota)
{
    /// <summary>What the dynamic limit did: null when it did not apply (no previous rating, no limit, or 未定级).</summary>
    public string? Dynamic { get; init; }
}

/// <summary>
/// Step 9 (a–e): coverage, thresholds, vetoes, the dynamic limit against the previous period, quota. The rule is
/// <see cref="RatingKernel"/>'s; this stage gives it the branches' facts and explains what it decided (the reasons, the
/// notes of the dynamic limit and the quota, which vetoes changed the rating). Pure: the same inputs in any order give
/// the same outputs.
/// </summary>
internal static partial class RatingStage
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string L(RatingValue r) => RatingLabels.Chinese(r);

    private static string D(decimal d) => d.ToString("0.00", Inv);

    private static string N(double d) => Math.Round(d, 4).ToString("0.####", Inv);

    public static IReadOnlyList<RatingOutput> Rate(RatingRules rules, IReadOnlyList<RatingInput> inputs) => Rate(rules, inputs, explain: true);

    // The notes' templates parsed once per language (index: the Language), so a note costs one string as before.
    private static readonly CompositeFormat[] DynamicLimited = Parse(Texts.DynamicLimitedNote);
    private static readonly CompositeFormat[] DynamicWithin = Parse(Texts.DynamicWithinNote);
    private static readonly CompositeFormat[] QuotaWithin = Parse(Texts.QuotaWithinNote);
    private static readonly CompositeFormat[] QuotaPlaceWithin = Parse(Texts.QuotaPlaceWithinNote);
    private static readonly CompositeFormat[] QuotaPlaceBeyond = Parse(Texts.QuotaPlaceBeyondNote);

    private static CompositeFormat[] Parse(Entry e) => [CompositeFormat.Parse(e.Zh), CompositeFormat.Parse(e.En)];

    /// <summary>
    /// Rates; with <paramref name="explain"/> false the ratings are the same but no reason, note or veto trace is built.
    /// With <paramref name="vetoChanged"/> (one flag per branch and veto, branch-major) no veto trace is built either: the
    /// flags record which fired vetoes changed the rating, what <see cref="VetoTrace.Changed"/> would say, and the traces
    /// are built when an output shows them.
    /// </summary>
    public static IReadOnlyList<RatingOutput> Rate(RatingRules rules, IReadOnlyList<RatingInput> inputs, bool explain, bool[]? vetoChanged = null,
        Language language = Language.Zh)
    {
        var n = inputs.Count;
        var facts = new RatingFacts(n);
        var cents = new long[n];
        for (var i = 0; i < n; i++)
        {
            var x = inputs[i];
            facts.Set(i, rules, x.Temporary, x.Coverage, x.NoDynamicLimit ? null : x.Previous);
            foreach (var v in x.Vetoes)
            {
                if (v.Fired)
                {
                    facts.Fired(i, v.Rule);
                }
            }

            cents[i] = x.Score is decimal score ? RatingKernel.Cents(score) : RatingKernel.NoScore;
        }

        if (rules.VanguardQuota is not null)
        {
            facts.OrderIds(new BranchIds(inputs));
        }

        var kernel = new RatingKernel(rules, facts, cents, TieBreakColumns(rules, inputs));
        kernel.Rate(ordered: explain);

        var reasons = new List<string>[n];
        var vetoTraces = new List<VetoTrace>?[n];
        var traces = explain && vetoChanged is null;
        var nv = rules.Vetoes.Count;

        // The thresholds as the reasons cite them, formatted once.
        var thresholds = (D(rules.Thresholds.VanguardMin), D(rules.Thresholds.LaggardBelow));
        for (var i = 0; i < n; i++)
        {
            reasons[i] = [];
            var list = traces ? (vetoTraces[i] = []) : null;
            if (explain)
            {
                Explain(rules, thresholds, inputs[i], kernel, facts, i, reasons[i], new VetoSink(list, vetoChanged, i * nv));
                foreach (var v in inputs[i].NotYetDue)
                {
                    reasons[i].Add(string.Create(Inv, $"veto:{v.Id}(not_yet_due {inputs[i].DueBy:yyyy-MM-dd})"));
                }
            }
        }

        var dynamicNotes = explain ? DynamicNotes(rules, inputs, kernel, reasons, language) : new string?[n];
        var quotaNotes = explain ? QuotaNotes(rules, inputs, kernel, reasons, language) : new string?[n];

        var outputs = new RatingOutput[n];
        for (var i = 0; i < n; i++)
        {
            RatingValue? byThreshold = kernel.Threshold[i] == RatingKernel.NoTier ? null : (RatingValue)kernel.Threshold[i];
            outputs[i] = new RatingOutput(kernel.Ratings[i], byThreshold, reasons[i], (IReadOnlyList<VetoTrace>?)vetoTraces[i] ?? [], quotaNotes[i]) { Dynamic = dynamicNotes[i] };
        }

        return outputs;
    }

    /// <summary>The rules' tie-break keys as kernel columns; the keys that read a value read them once into a flat table (NaN = not available).</summary>
    private static TieBreakColumn[] TieBreakColumns(RatingRules rules, IReadOnlyList<RatingInput> inputs)
    {
        var keys = rules.TieBreak;
        var table = keys.Any(k => k.Kind is not (TieBreakKind.Score or TieBreakKind.BranchId)) ? new double[inputs.Count * keys.Count] : [];
        var columns = new TieBreakColumn[keys.Count];
        for (var j = 0; j < keys.Count; j++)
        {
            if (keys[j].Kind is TieBreakKind.Score or TieBreakKind.BranchId)
            {
                columns[j] = new TieBreakColumn(keys[j].Kind);
                continue;
            }

            var name = keys[j].ToString();
            for (var i = 0; i < inputs.Count; i++)
            {
                table[(i * keys.Count) + j] = inputs[i].TieBreakValues.GetValueOrDefault(name) ?? double.NaN;
            }

            columns[j] = new TieBreakColumn(keys[j].Kind, table, keys.Count, j);
        }

        return columns;
    }

    /// <summary>Branch <paramref name="i"/>'s reasons up to the vetoes, and which fired vetoes changed its rating.</summary>
    private static void Explain(RatingRules rules, (string VanguardMin, string LaggardBelow) thresholds, RatingInput x, RatingKernel kernel, RatingFacts facts, int i,
        List<string> reasons, VetoSink sink)
    {
        if (facts.NeverRated[i])
        {
            reasons.Add("temporary:临时支部不定级");
            sink.Add(x.Vetoes, ChangedBy.Nothing, default);
            return;
        }

        if (kernel.Threshold[i] == RatingKernel.NoTier)
        {
            // Not rated by score (no score, or coverage too low): only a force rates.
            reasons.Add(string.Create(Inv, $"coverage:{N(Math.Round(x.Coverage, 9))}<{N(rules.MinCoverage)}"));
            if (facts.Force[i] != RatingKernel.NoTier)
            {
                AddVetoReasons(reasons, x.Vetoes, VetoEffect.Force, static (r, _) => $"veto:{r.Id}(force {L(r.Tier)})", default);
                sink.Add(x.Vetoes, ChangedBy.Force, default);
            }
            else
            {
                sink.Add(x.Vetoes, ChangedBy.Nothing, default);
            }

            return;
        }

        var score = x.Score!.Value;
        var byThreshold = (RatingValue)kernel.Threshold[i];
        var (vanguardMin, laggardBelow) = thresholds;
        reasons.Add(byThreshold switch
        {
            RatingValue.Vanguard => $"threshold:{L(byThreshold)}({D(score)}≥{vanguardMin})",
            RatingValue.Laggard => $"threshold:{L(byThreshold)}({D(score)}<{laggardBelow})",
            _ => $"threshold:{L(byThreshold)}({laggardBelow}≤{D(score)}<{vanguardMin})",
        });

        if (facts.Force[i] != RatingKernel.NoTier)
        {
            // A force wins over a cap.
            AddVetoReasons(reasons, x.Vetoes, VetoEffect.Force, static (r, _) => $"veto:{r.Id}(force {L(r.Tier)})", byThreshold);
            AddVetoReasons(reasons, x.Vetoes, VetoEffect.Cap, static (r, _) => $"veto:{r.Id}(cap {L(r.Tier)}, overridden by force)", byThreshold);
            sink.Add(x.Vetoes, ChangedBy.ForceAgainstThreshold, byThreshold);
        }
        else if (facts.Cap[i] != RatingKernel.NoTier)
        {
            AddVetoReasons(reasons, x.Vetoes, VetoEffect.Cap,
                static (r, threshold) => $"veto:{r.Id}(cap {L(r.Tier)}{(RatingLabels.Tier(threshold) > RatingLabels.Tier(r.Tier) ? string.Empty : ", no effect")})", byThreshold);
            sink.Add(x.Vetoes, ChangedBy.CapBelowThreshold, byThreshold);
        }
        else
        {
            sink.Add(x.Vetoes, ChangedBy.Nothing, default);
        }
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
    /// The dynamic limit's notes and reasons (step d): a rated branch rises at most <c>max_promotion</c> tiers above its
    /// previous rating; a branch without a previous rating, or rated 未定级 before or now, is not limited.
    /// </summary>
    private static string?[] DynamicNotes(RatingRules rules, IReadOnlyList<RatingInput> inputs, RatingKernel kernel, List<string>[] reasons, Language language)
    {
        var notes = new string?[inputs.Count];
        if (rules.Dynamic?.MaxPromotion is not int max)
        {
            return notes;
        }

        var tiers = max.ToString(Inv);
        var limitedNote = DynamicLimited[(int)language];
        var withinNote = DynamicWithin[(int)language];

        for (var i = 0; i < inputs.Count; i++)
        {
            var before = kernel.Vetoed[i];
            if (inputs[i].NoDynamicLimit || inputs[i].Previous is not RatingValue previous || previous == RatingValue.Unrated || before == RatingValue.Unrated)
            {
                continue;
            }

            var limited = kernel.Limited[i];
            if (limited != before)
            {
                notes[i] = string.Format(Inv, limitedNote, L(before), L(limited), L(previous), tiers);
                reasons[i].Add(string.Create(Inv, $"dynamic:{L(before)}→{L(limited)}(previous {L(previous)}, max +{max})"));
            }
            else
            {
                notes[i] = string.Format(Inv, withinNote, L(previous), L(before), tiers);
            }
        }

        return notes;
    }

    /// <summary>
    /// The quota's notes and reasons (step e): every branch that took part gets a note; the boundary pair records which
    /// tie-break key decided.
    /// </summary>
    private static string?[] QuotaNotes(RatingRules rules, IReadOnlyList<RatingInput> inputs, RatingKernel kernel, List<string>[] reasons, Language language)
    {
        var notes = new string?[inputs.Count];
        if (rules.VanguardQuota is not decimal q)
        {
            return notes;
        }

        var rated = kernel.Rated;
        var allowed = kernel.Allowed;
        var count = kernel.Candidates;
        var quota = RatingKernel.PlacesExpression(q, rated, rules.QuotaRounding, rules.QuotaMin);
        if (count <= allowed)
        {
            var within = string.Format(Inv, QuotaWithin[(int)language], count, quota);
            for (var i = 0; i < inputs.Count; i++)
            {
                if (kernel.Limited[i] == RatingValue.Vanguard)
                {
                    notes[i] = within;
                }
            }

            return notes;
        }

        var placeWithin = QuotaPlaceWithin[(int)language];
        var placeBeyond = QuotaPlaceBeyond[(int)language];

        var order = kernel.QuotaOrder;
        for (var pos = 0; pos < order.Length; pos++)
        {
            var i = order[pos];
            var place = pos + 1;
            if (kernel.Ratings[i] == RatingValue.Vanguard)
            {
                var next = order[allowed];
                var note = string.Format(Inv, placeWithin, place, count, quota);
                notes[i] = pos == allowed - 1 ? note + Texts.QuotaAheadOf.Render(language, inputs[next].BranchId, Decider(rules, inputs, kernel, i, next, language)) : note;
            }
            else
            {
                var last = allowed > 0 ? order[allowed - 1] : -1;
                var note = string.Format(Inv, placeBeyond, place, count, quota);
                notes[i] = last >= 0 && pos == allowed ? note + Texts.QuotaBehind.Render(language, inputs[last].BranchId, Decider(rules, inputs, kernel, last, i, language)) : note;
                reasons[i].Add(string.Create(Inv, $"quota:先锋→中间(place {place}>{allowed} of {rated}, {quota})"));
            }
        }

        return notes;
    }

    /// <summary>Which key put <paramref name="ahead"/> before <paramref name="behind"/>, with both values.</summary>
    private static string Decider(RatingRules rules, IReadOnlyList<RatingInput> inputs, RatingKernel kernel, int ahead, int behind, Language language)
    {
        var j = kernel.Decider(ahead, behind);
        if (j < 0)
        {
            return Texts.QuotaDecider.Render(language, Texts.QuotaDeciderBranchId, inputs[ahead].BranchId, inputs[behind].BranchId);
        }

        var key = rules.TieBreak[j];
        var na = Texts.QuotaValueNotAvailable.Template(language);
        string Value(int i) => key.Kind switch
        {
            TieBreakKind.Score => inputs[i].Score is decimal d ? D(d) : na,
            TieBreakKind.BranchId => inputs[i].BranchId,
            _ => inputs[i].TieBreakValues.GetValueOrDefault(key.ToString()) is double v ? N(v) : na,
        };
        var name = key.Kind switch
        {
            TieBreakKind.Score => Texts.QuotaKeyScore.Render(language),
            TieBreakKind.BranchId => Texts.QuotaDeciderBranchId.Render(language),
            TieBreakKind.Dimension => Texts.QuotaKeyDimension.Render(language, key.Id),
            _ => Texts.QuotaKeyIndicator.Render(language, key.Id),
        };
        return Texts.QuotaDecider.Render(language, name, Value(ahead), Value(behind));
    }

    /// <summary>The inputs' branch ids as a list.</summary>
    private sealed class BranchIds(IReadOnlyList<RatingInput> inputs) : IReadOnlyList<string>
    {
        public int Count => inputs.Count;

        public string this[int index] => inputs[index].BranchId;

        public IEnumerator<string> GetEnumerator() => inputs.Select(x => x.BranchId).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
