using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using EcoAssessment.Rules;

namespace EcoAssessment.Catalogue;

/// <summary>
/// The 原因 a person reads (and a unit's red lines and warnings), rendered from the reason codes a machine reads (docs/reasons.md): each <c>code:detail</c>
/// token of <see cref="Pipeline.BranchResult.Reasons"/> becomes one sentence in the chosen language, with the names of
/// vetoes, deductions, bonuses and indicators from the rule set. The sentence is derived from the code alone, so the
/// two never disagree; a token this version does not know is written as it is.
/// </summary>
public static partial class ReasonText
{
    /// <summary>The sentences of <paramref name="codes"/> joined as clauses (<c>；</c> in Chinese, <c>; </c> in English).</summary>
    public static string Render(IEnumerable<string> codes, RuleSet? rules, Language language) =>
        string.Join(Texts.ClauseSeparator.Template(language), codes.Select(c => Render(c, rules, language)));

    /// <summary>The sentence of one reason code.</summary>
    public static string Render(string code, RuleSet? rules, Language language)
    {
        // Codes repeat across branches (scores have two decimals, vetoes and deductions are few): a large run renders
        // each distinct code once per rule set and language.
        var memo = rules is null ? null : Memos.GetValue(rules, static _ => new Memo());
        var cache = memo?.For(language);
        if (cache is not null && cache.TryGetValue(code, out var known))
        {
            return known;
        }

        var text = Describe(code, rules).Render(language);
        if (cache is not null && cache.Count < Memo.MaxEntries)
        {
            cache.TryAdd(code, text);
        }

        return text;
    }

    private static readonly ConditionalWeakTable<RuleSet, Memo> Memos = new();

    /// <summary>The sentences rendered for one rule set, by language.</summary>
    private sealed class Memo
    {
        public const int MaxEntries = 1 << 16;

        private readonly ConcurrentDictionary<string, string> _zh = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string> _en = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, string> For(Language language) => language == Language.En ? _en : _zh;
    }

    /// <summary>The sentence of one reason code, not yet rendered.</summary>
    internal static Text Describe(string code, RuleSet? rules)
    {
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return Text.Plain(code);
        }

        var detail = code[(colon + 1)..];
        Match m;
        switch (code[..colon])
        {
            case "threshold" when (m = ThresholdPattern().Match(detail)).Success:
                return m.Groups["mid"].Success
                    ? Texts.ReasonThresholdMiddle.With(m.Groups["score"].Value, m.Groups["low"].Value, m.Groups["high"].Value)
                    : m.Groups["op"].Value == "≥"
                        ? Texts.ReasonThresholdVanguard.With(m.Groups["score"].Value, m.Groups["line"].Value)
                        : Texts.ReasonThresholdLaggard.With(m.Groups["score"].Value, m.Groups["line"].Value);
            case "coverage" when (m = CoveragePattern().Match(detail)).Success:
                return Texts.ReasonCoverage.With(m.Groups[1].Value, m.Groups[2].Value);
            case "temporary":
                return Texts.ReasonTemporary;
            case "veto" when (m = VetoPattern().Match(detail)).Success:
                var veto = VetoName(rules, m.Groups["id"].Value);
                var tier = m.Groups["tier"].Value;
                return (m.Groups["effect"].Value, m.Groups["note"].Value) switch
                {
                    ("force", _) => Texts.ReasonVetoForce.With(veto, tier),
                    ("not_yet_due", _) => Texts.ReasonVetoNotYetDue.With(veto, tier),
                    (_, "no effect") => Texts.ReasonVetoCapNoEffect.With(veto, tier),
                    (_, "overridden by force") => Texts.ReasonVetoCapOverridden.With(veto, tier),
                    _ => Texts.ReasonVetoCap.With(veto, tier),
                };
            case "dynamic" when (m = DynamicPattern().Match(detail)).Success:
                return Texts.ReasonDynamic.With(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value);
            case "quota" when (m = QuotaPattern().Match(detail)).Success:
                return m.Groups[3].Success
                    ? Texts.ReasonQuota.With(m.Groups[1].Value, m.Groups[4].Value, m.Groups[3].Value)
                    : Texts.ReasonQuotaPlacesOnly.With(m.Groups[1].Value, m.Groups[2].Value);
            case "deduction" or "bonus" when (m = AdjustmentPattern().Match(detail)).Success:
                var isDeduction = code.StartsWith('d');
                var name = AdjustmentName(rules, m.Groups[1].Value, isDeduction);
                return (isDeduction ? Texts.ReasonDeduction : Texts.ReasonBonus).With(name, m.Groups[2].Value);
            case "imputed":
                return Texts.ReasonImputed.With(IndicatorNames(rules, detail));
            case "treated":
                return Texts.ReasonTreated.With(IndicatorNames(rules, detail));
            case "form4_unit_leader":
                return Texts.AlertForm4UnitLeader.With(detail);
            case "laggard_share" when (m = SharePattern().Match(detail)).Success:
                return m.Groups[3].Success
                    ? Texts.AlertLaggardShare.With(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value)
                    : Texts.AlertLaggardShareOnly.With(m.Groups[1].Value, m.Groups[2].Value);
            case "early_handling" when (m = EarlyHandlingPattern().Match(detail)).Success:
                return Texts.AlertEarlyHandling.With(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            case "early_care" when (m = EarlyCarePattern().Match(detail)).Success:
                return Texts.SignalEarlyCare.With(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value);
            default:
                return Text.Plain(code);
        }
    }

    private static string VetoName(RuleSet? rules, string id) =>
        rules?.Rating.Vetoes.FirstOrDefault(v => v.Id == id)?.Name is { Length: > 0 } name ? name : id;

    private static string AdjustmentName(RuleSet? rules, string id, bool deduction) =>
        (deduction ? rules?.Adjustments.Deductions : rules?.Adjustments.Bonuses)?.FirstOrDefault(a => a.Id == id)?.Name is { Length: > 0 } name ? name : id;

    private static Text IndicatorNames(RuleSet? rules, string ids) =>
        Text.Join(Texts.ListSeparator, ids.Split(',').Select(id =>
            Text.Plain(rules?.Dimensions.SelectMany(d => d.Indicators).FirstOrDefault(i => i.Id == id)?.Name is { Length: > 0 } n ? n : id)));

    [GeneratedRegex(@"^(?<tier>[^(]+)\((?:(?<mid>)(?<low>[-\d.]+)≤(?<score>[-\d.]+)<(?<high>[-\d.]+)|(?<score>[-\d.]+)(?<op>[≥<])(?<line>[-\d.]+))\)$")]
    private static partial Regex ThresholdPattern();

    [GeneratedRegex(@"^([-\d.Ee+]+)<([-\d.Ee+]+)$")]
    private static partial Regex CoveragePattern();

    [GeneratedRegex(@"^(?<id>[^(]+)\((?<effect>force|cap|not_yet_due) (?<tier>[^,)]+)(?:, (?<note>[^)]+))?\)$")]
    private static partial Regex VetoPattern();

    [GeneratedRegex(@"^([^→]+)→([^(]+)\(previous ([^,]+), max \+(\d+)\)$")]
    private static partial Regex DynamicPattern();

    [GeneratedRegex(@"^[^(]*\(place (\d+)>(\d+)(?: of (\d+), (.+))?\)$")]
    private static partial Regex QuotaPattern();

    [GeneratedRegex(@"^([^(]+)\(([-+][^)]*)\)$")]
    private static partial Regex AdjustmentPattern();

    [GeneratedRegex(@"^([\d.]+%)>([\d.]+%)(?: \((\d+) of (\d+), at least (\d+)\))?$")]
    private static partial Regex SharePattern();

    [GeneratedRegex(@"^form1 (\d+)/(\d+)<([\d.]+%)$")]
    private static partial Regex EarlyHandlingPattern();

    [GeneratedRegex(@"^form1 (\d+)/(\d+)=([\d.]+%)≥([\d.]+%)$")]
    private static partial Regex EarlyCarePattern();
}
