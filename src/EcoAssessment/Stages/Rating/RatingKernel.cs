using EcoAssessment.Model;
using EcoAssessment.Rules;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Stages.Rating;

/// <summary>
/// What the rating rule needs to know of each branch besides its score, as flat arrays in the caller's branch order:
/// read once, then shared (read only) by any number of <see cref="RatingKernel"/>s.
/// </summary>
internal sealed class RatingFacts
{
    public RatingFacts(int count)
    {
        NeverRated = new bool[count];
        LowCoverage = new bool[count];
        Force = new byte[count];
        Cap = new byte[count];
        Limit = new int[count];
        IdOrder = new int[count];
    }

    public int Count => NeverRated.Length;

    /// <summary>Temporary branches that the rules do not rate: 未定级 whatever happens.</summary>
    public bool[] NeverRated { get; }

    /// <summary>Coverage (rounded to 9 decimals) below <c>min_coverage</c>: 未定级 unless a force veto fired.</summary>
    public bool[] LowCoverage { get; }

    /// <summary>The worst tier of the fired force vetoes, as a <see cref="RatingValue"/>; <see cref="RatingKernel.NoTier"/> when none fired.</summary>
    public byte[] Force { get; }

    /// <summary>The worst tier of the fired cap vetoes; <see cref="RatingKernel.NoTier"/> when none fired.</summary>
    public byte[] Cap { get; }

    /// <summary>The highest tier the dynamic limit allows; <see cref="RatingKernel.NoLimit"/> when it does not apply.</summary>
    public int[] Limit { get; }

    /// <summary>Each branch's place in branch_id order (ordinal; equal ids share a place): the last tie-break.</summary>
    public int[] IdOrder { get; }

    /// <summary>
    /// Sets branch <paramref name="b"/>'s facts: whether it is rated at all, the coverage test and the dynamic limit; no
    /// veto fired until <see cref="Fired"/> says so.
    /// </summary>
    public void Set(int b, RatingRules rules, bool temporary, double coverage, RatingValue? previous)
    {
        NeverRated[b] = temporary && !rules.RateTemporary;
        LowCoverage[b] = Math.Round(coverage, 9) < rules.MinCoverage;
        Force[b] = RatingKernel.NoTier;
        Cap[b] = RatingKernel.NoTier;

        // A rated branch rises at most max_promotion tiers above its previous rating (落后 → 中间 → 先锋); a branch
        // without a previous rating, or 未定级 before, is not limited.
        Limit[b] = rules.Dynamic?.MaxPromotion is int max && previous is RatingValue p && p != RatingValue.Unrated
            ? Math.Min(RatingLabels.Tier(RatingValue.Vanguard), RatingLabels.Tier(p) + max)
            : RatingKernel.NoLimit;
    }

    /// <summary>A veto fired for branch <paramref name="b"/> (in declaration order): it counts if it is the worst force or cap so far (the first of equal tiers).</summary>
    public void Fired(int b, VetoRule veto)
    {
        if (veto.Effect == VetoEffect.Force)
        {
            Force[b] = Worse(Force[b], veto.Tier);
        }
        else if (veto.Effect == VetoEffect.Cap)
        {
            Cap[b] = Worse(Cap[b], veto.Tier);
        }
    }

    /// <summary>Sets <see cref="IdOrder"/> from the branches' ids, in the same order as the facts.</summary>
    public void OrderIds(IReadOnlyList<string> ids)
    {
        var ascending = true;
        for (var b = 1; b < ids.Count && ascending; b++)
        {
            ascending = string.CompareOrdinal(ids[b - 1], ids[b]) < 0;
        }

        if (ascending)
        {
            for (var b = 0; b < ids.Count; b++)
            {
                IdOrder[b] = b;
            }

            return;
        }

        var order = Enumerable.Range(0, ids.Count).OrderBy(b => ids[b], StringComparer.Ordinal).ToArray();
        for (var k = 0; k < order.Length; k++)
        {
            IdOrder[order[k]] = k > 0 && string.Equals(ids[order[k]], ids[order[k - 1]], StringComparison.Ordinal) ? IdOrder[order[k - 1]] : k;
        }
    }

    private static byte Worse(byte worst, RatingValue tier) =>
        worst == RatingKernel.NoTier || RatingLabels.Tier(tier) < RatingLabels.Tier((RatingValue)worst) ? (byte)tier : worst;
}

/// <summary>
/// One tie-break key as the kernel reads it: the score, the branch_id, or a value column of a flat [branch × stride]
/// table (a dimension score or a normalised indicator; NaN = not available).
/// </summary>
internal readonly record struct TieBreakColumn(TieBreakKind Kind, double[]? Values = null, int Stride = 0, int Column = 0)
{
    public double Value(int b) => Values![(b * Stride) + Column];
}

/// <summary>
/// The rating rule (DESIGN.md §3.9 b–e) on flat arrays, the one place it is written: thresholds on the decision score
/// in cents; a fired force wins over a cap, a cap only lowers, and without a score or with low coverage only a force
/// rates; the dynamic limit; at most ⌊q·N⌋ 先锋 among the N rated branches, the excess going to 中间 in tie-break order
/// (score descending, the declared keys descending with not available last, branch_id). <see cref="RatingStage"/> rates
/// a run with it and explains what it decided; the sensitivity analysis rates each of its runs with it.
/// </summary>
/// <remarks>
/// A kernel belongs to one thread: its outputs and buffers are overwritten by each <see cref="Rate"/>. The caller owns
/// the scores (<c>cents</c>) and the tie-break tables and may change them between calls.
/// </remarks>
internal sealed class RatingKernel : IComparer<int>
{
    /// <summary>No veto tier (none fired), or not rated by thresholds.</summary>
    public const byte NoTier = byte.MaxValue;

    /// <summary>No score (no indicator has data).</summary>
    public const long NoScore = long.MinValue;

    /// <summary>The dynamic limit does not apply.</summary>
    public const int NoLimit = int.MaxValue;

    private readonly RatingFacts _facts;
    private readonly long[] _cents;
    private readonly TieBreakColumn[] _tieBreak;
    private readonly long _vanguardCents;
    private readonly long _laggardCents;
    private readonly decimal? _quota;
    private readonly QuotaRounding _rounding;
    private readonly int _quotaMin;
    private readonly int[] _candidates;
    private readonly long[] _keys;
    private readonly int[] _items;
    private readonly int[] _sorted;
    private int[] _bucket = [];
    private int _scored;

    /// <param name="rules">The rating rules.</param>
    /// <param name="facts">The branches' facts.</param>
    /// <param name="cents">Per branch, the decision score × 100 (<see cref="Rounding.DecisionCents"/>); <see cref="NoScore"/> for none.</param>
    /// <param name="tieBreak">The rules' tie-break keys, in order, as columns.</param>
    public RatingKernel(RatingRules rules, RatingFacts facts, long[] cents, TieBreakColumn[] tieBreak)
    {
        _facts = facts;
        _cents = cents;
        _tieBreak = tieBreak;
        _vanguardCents = CeilingCents(rules.Thresholds.VanguardMin);
        _laggardCents = CeilingCents(rules.Thresholds.LaggardBelow);
        _quota = rules.VanguardQuota;
        _rounding = rules.QuotaRounding;
        _quotaMin = rules.QuotaMin;
        var n = facts.Count;
        _candidates = new int[n];
        _keys = new long[n];
        _items = new int[n];
        _sorted = new int[n];
        Threshold = new byte[n];
        Vetoed = new RatingValue[n];
        Limited = new RatingValue[n];
        Ratings = new RatingValue[n];
    }

    /// <summary>
    /// The 先锋 places of a quota <paramref name="q"/> among <paramref name="rated"/> branches: q·N in exact decimal
    /// arithmetic made whole by <paramref name="rounding"/> (round: halves up), and at least <paramref name="min"/>.
    /// </summary>
    public static int Places(decimal q, int rated, QuotaRounding rounding, int min)
    {
        var share = q * rated;
        var whole = rounding switch
        {
            QuotaRounding.Round => Math.Round(share, MidpointRounding.AwayFromZero),
            QuotaRounding.Ceiling => Math.Ceiling(share),
            _ => Math.Floor(share),
        };
        return Math.Max(min, (int)whole);
    }

    /// <summary>
    /// The places as the notes and reasons write them, the rounding and the minimum shown: ⌊0.3×2⌋ = 0,
    /// round(0.3×5) = 2, ⌈0.3×2⌉ = 1, max(1, ⌊0.3×2⌋) = 1.
    /// </summary>
    public static string PlacesExpression(decimal q, int rated, QuotaRounding rounding, int min)
    {
        var product = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{q}×{rated}");
        var rounded = rounding switch
        {
            QuotaRounding.Round => $"round({product})",
            QuotaRounding.Ceiling => $"⌈{product}⌉",
            _ => $"⌊{product}⌋",
        };
        var places = Places(q, rated, rounding, min);
        return min > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"max({min}, {rounded}) = {places}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rounded} = {places}");
    }

    /// <summary>The decision score in cents of a decision score (2 decimals).</summary>
    public static long Cents(decimal score) => (long)(score * 100m);

    /// <summary>Per branch, the rating by thresholds alone; <see cref="NoTier"/> when the branch is not rated by score.</summary>
    public byte[] Threshold { get; }

    /// <summary>Per branch, the rating after the vetoes (c).</summary>
    public RatingValue[] Vetoed { get; }

    /// <summary>Per branch, the rating after the dynamic limit (d).</summary>
    public RatingValue[] Limited { get; }

    /// <summary>Per branch, the final rating, after the quota (e).</summary>
    public RatingValue[] Ratings { get; }

    /// <summary>Branches rated (not 未定级) before the quota: the N of ⌊q·N⌋.</summary>
    public int Rated { get; private set; }

    /// <summary>The 先锋 places (⌊q·N⌋ by default, <see cref="Places"/>); 0 without a quota.</summary>
    public int Allowed { get; private set; }

    /// <summary>先锋 before the quota.</summary>
    public int Candidates { get; private set; }

    /// <summary>The rated branches with a score, ascending by score (equal scores in no particular order).</summary>
    public ReadOnlySpan<int> ByScore => _items.AsSpan(0, _scored);

    /// <summary>The scores in cents of <see cref="ByScore"/>.</summary>
    public ReadOnlySpan<long> ScoresAscending => _keys.AsSpan(0, _scored);

    /// <summary>After <see cref="Rate"/>(ordered: true) with more 先锋 than allowed: the 先锋 before the quota in tie-break order.</summary>
    public ReadOnlySpan<int> QuotaOrder => _candidates.AsSpan(0, Candidates);

    /// <summary>
    /// Rates every branch. With <paramref name="ordered"/>, when the quota demotes, every 先锋 is put in tie-break order
    /// (<see cref="QuotaOrder"/>, for explanations); otherwise only a group of equal scores that straddles the limit is.
    /// The ratings are the same either way.
    /// </summary>
    public void Rate(bool ordered)
    {
        var facts = _facts;
        var n = facts.Count;
        for (var b = 0; b < n; b++)
        {
            var cents = _cents[b];
            var threshold = NoTier;
            RatingValue r;
            if (facts.NeverRated[b])
            {
                r = RatingValue.Unrated;
            }
            else if (cents == NoScore || facts.LowCoverage[b])
            {
                r = facts.Force[b] == NoTier ? RatingValue.Unrated : (RatingValue)facts.Force[b];
            }
            else
            {
                var byThreshold = cents >= _vanguardCents ? RatingValue.Vanguard : cents < _laggardCents ? RatingValue.Laggard : RatingValue.Middle;
                threshold = (byte)byThreshold;
                r = facts.Force[b] != NoTier ? (RatingValue)facts.Force[b]
                    : facts.Cap[b] != NoTier && RatingLabels.Tier(byThreshold) > RatingLabels.Tier((RatingValue)facts.Cap[b]) ? (RatingValue)facts.Cap[b]
                    : byThreshold;
            }

            Threshold[b] = threshold;
            Vetoed[b] = r;
            if (r != RatingValue.Unrated && RatingLabels.Tier(r) > facts.Limit[b])
            {
                r = facts.Limit[b] switch { 3 => RatingValue.Vanguard, 2 => RatingValue.Middle, _ => RatingValue.Laggard };
            }

            Limited[b] = r;
            Ratings[b] = r;
        }

        // The rated branches with a score, ascending by score: one sort serves the quota and the caller's ranks (the
        // quota moves 先锋 to 中间, which changes neither who is rated nor any score).
        var scored = 0;
        for (var b = 0; b < n; b++)
        {
            if (Ratings[b] != RatingValue.Unrated && _cents[b] != NoScore)
            {
                _keys[scored] = _cents[b];
                _items[scored] = b;
                scored++;
            }
        }

        _scored = scored;
        SortByScore(scored);
        ApplyQuota(ordered);
    }

    /// <summary>The tie-break order: score descending (none last), the declared keys descending (none last), branch_id.</summary>
    public int Compare(int a, int b)
    {
        for (var j = 0; j < _tieBreak.Length; j++)
        {
            var c = CompareKey(j, a, b);
            if (c != 0)
            {
                return c;
            }
        }

        return _facts.IdOrder[a].CompareTo(_facts.IdOrder[b]);
    }

    /// <summary>Which tie-break key puts <paramref name="ahead"/> before <paramref name="behind"/>: its index, or -1 for the final branch_id.</summary>
    public int Decider(int ahead, int behind)
    {
        for (var j = 0; j < _tieBreak.Length; j++)
        {
            if (CompareKey(j, ahead, behind) != 0)
            {
                return j;
            }
        }

        return -1;
    }

    private int CompareKey(int j, int a, int b)
    {
        var key = _tieBreak[j];
        return key.Kind switch
        {
            TieBreakKind.Score => _cents[b].CompareTo(_cents[a]),
            TieBreakKind.BranchId => _facts.IdOrder[a].CompareTo(_facts.IdOrder[b]),
            _ => Descending(key.Value(a), key.Value(b)),
        };
    }

    private static int Descending(double va, double vb) =>
        double.IsNaN(va) ? (double.IsNaN(vb) ? 0 : 1) : double.IsNaN(vb) ? -1 : vb.CompareTo(va);

    /// <summary>The lowest decision score in cents that reaches a threshold: score ≥ t ⇔ cents ≥ ⌈100·t⌉.</summary>
    private static long CeilingCents(decimal threshold) =>
        (long)Math.Clamp(decimal.Ceiling(threshold * 100m), -4e18m, 4e18m);

    /// <summary>
    /// Sorts the first <paramref name="n"/> keys (scores in cents) ascending with their items: a counting sort when the
    /// range of the scores is small (it is, for scores in 0–100), else the library sort. Only the order of the keys
    /// matters; equal keys are told apart by the tie-break comparer where it matters.
    /// </summary>
    private void SortByScore(int n)
    {
        if (n == 0)
        {
            return;
        }

        long min = long.MaxValue, max = long.MinValue;
        for (var i = 0; i < n; i++)
        {
            min = Math.Min(min, _keys[i]);
            max = Math.Max(max, _keys[i]);
        }

        if (max - min > (4L * n) + 4096)
        {
            Array.Sort(_keys, _items, 0, n);
            return;
        }

        var range = (int)(max - min) + 1;
        if (_bucket.Length < range + 1)
        {
            _bucket = new int[range + 1];
        }

        Array.Clear(_bucket, 0, range + 1);
        for (var i = 0; i < n; i++)
        {
            _bucket[(int)(_keys[i] - min) + 1]++;
        }

        for (var v = 1; v <= range; v++)
        {
            _bucket[v] += _bucket[v - 1];
        }

        for (var i = 0; i < n; i++)
        {
            _sorted[_bucket[(int)(_keys[i] - min)]++] = _items[i];
        }

        for (var i = 0; i < n; i++)
        {
            _items[i] = _sorted[i];
            _keys[i] = _cents[_sorted[i]];
        }
    }

    /// <summary>
    /// At most ⌊q·N⌋ 先锋 (or as the quota's rounding and minimum declare, <see cref="Places"/>) among the N rated branches (exact decimal arithmetic); the excess goes to 中间 in tie-break
    /// order. When the first tie-break key is the score (and the order is not asked for), the order is the score order
    /// read from the top, and only a group of equal scores that straddles the limit needs the comparer; otherwise every
    /// candidate is sorted with it.
    /// </summary>
    private void ApplyQuota(bool ordered)
    {
        var n = _facts.Count;
        var rated = 0;
        var count = 0;
        for (var b = 0; b < n; b++)
        {
            rated += Ratings[b] != RatingValue.Unrated ? 1 : 0;
            count += Ratings[b] == RatingValue.Vanguard ? 1 : 0;
        }

        Rated = rated;
        Candidates = count;
        Allowed = 0;
        if (_quota is not decimal q)
        {
            return;
        }

        var allowed = Allowed = Places(q, rated, _rounding, _quotaMin);
        if (count <= allowed)
        {
            return;
        }

        if (ordered || _tieBreak.Length == 0 || _tieBreak[0].Kind != TieBreakKind.Score)
        {
            count = 0;
            for (var b = 0; b < n; b++)
            {
                if (Ratings[b] == RatingValue.Vanguard)
                {
                    _candidates[count++] = b;
                }
            }

            Array.Sort(_candidates, 0, count, this);
            for (var pos = allowed; pos < count; pos++)
            {
                Ratings[_candidates[pos]] = RatingValue.Middle;
            }

            return;
        }

        // Groups of equal score from the highest down, then the 先锋 without a score (they sort last).
        var kept = 0;
        for (var i = _scored - 1; i >= 0;)
        {
            var j = i;
            while (j > 0 && _keys[j - 1] == _keys[i])
            {
                j--;
            }

            kept = KeepGroup(_items.AsSpan(j, i - j + 1), kept, allowed);
            i = j - 1;
        }

        var unscored = 0;
        for (var b = 0; b < n; b++)
        {
            if (Ratings[b] == RatingValue.Vanguard && _cents[b] == NoScore)
            {
                _sorted[unscored++] = b;
            }
        }

        KeepGroup(_sorted.AsSpan(0, unscored), kept, allowed);
    }

    /// <summary>Keeps the group's 先锋 while places remain (in tie-break order when not all fit), demotes the rest.</summary>
    private int KeepGroup(Span<int> group, int kept, int allowed)
    {
        var c = 0;
        foreach (var b in group)
        {
            if (Ratings[b] == RatingValue.Vanguard)
            {
                _candidates[c++] = b;
            }
        }

        if (kept + c > allowed)
        {
            if (kept < allowed)
            {
                Array.Sort(_candidates, 0, c, this);   // the group straddles the limit
            }

            for (var pos = Math.Max(0, allowed - kept); pos < c; pos++)
            {
                Ratings[_candidates[pos]] = RatingValue.Middle;
            }
        }

        return Math.Min(allowed, kept + c);
    }
}
