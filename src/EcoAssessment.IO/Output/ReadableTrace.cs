using System.Text.RegularExpressions;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Output;

/// <summary>
/// A condition's trace as a leader reads it: in Chinese documents (the report's 扣分 sheet, the branch cards) the keys a
/// trace names — indicator ids, branch columns, meeting types — are shown by their names (三会一课完成率, 书记空缺天数,
/// 组织生活会) instead of <c>org_life_completion</c>, <c>secretary_vacant_days</c>, <c>org_life_review</c>. The numbers and
/// comparisons are left as they are; results files and <c>eco explain</c> keep the keys, which scripts read.
/// </summary>
internal static partial class ReadableTrace
{
    [GeneratedRegex("(?<![A-Za-z0-9_])[a-z][a-z0-9_]*(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    // Built once per rule set: every card of a run asks for them (100,000 cards for a national run).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleSet, IReadOnlyDictionary<string, string>> Cache = new();

    /// <summary>The names of the keys a trace under <paramref name="rules"/> may name.</summary>
    public static IReadOnlyDictionary<string, string> Names(RuleSet rules) => Cache.GetValue(rules, Build);

    private static IReadOnlyDictionary<string, string> Build(RuleSet rules)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in InputCatalogue.MeetingTypes.Entries)
        {
            names[e.Code] = e.Chinese;
        }

        foreach (var column in InputCatalogue.Branches.Columns.Where(c => c.Aliases.Count > 0))
        {
            names[column.Name] = column.Aliases[0];
        }

        names["member_count"] = Texts.TraceMemberCount.Render(Language.Zh);
        names["satisfaction"] = Texts.TraceSatisfaction.Render(Language.Zh);
        foreach (var indicator in rules.Dimensions.SelectMany(d => d.Indicators))
        {
            names[indicator.Id] = indicator.Name;
        }

        return names;
    }

    /// <summary>The trace with its keys named (Chinese only; an English trace keeps its keys).</summary>
    public static string Of(string trace, IReadOnlyDictionary<string, string> names, Language language) =>
        language != Language.Zh ? trace : Key().Replace(trace, m => names.TryGetValue(m.Value, out var n) ? n : m.Value);
}
