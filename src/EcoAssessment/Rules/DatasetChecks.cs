using System.Globalization;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>
/// Warnings about a rule set meeting a particular dataset: a period of another kind than the rule set is written for,
/// and conditions that read a fact no branch has (a mistyped name silently switches a veto off otherwise).
/// </summary>
internal static class DatasetChecks
{
    private static readonly HashSet<string> BranchFacts = new(StringComparer.Ordinal) { "secretary_vacant_days", "members", "party_groups", "member_count" };

    public static void Check(RuleSet rules, Dataset dataset, DiagnosticBag bag)
    {
        if (dataset.Period.Kind != PeriodKind.Range && dataset.Period.Kind != rules.PeriodKind)
        {
            bag.Warning(DiagnosticCodes.PeriodKindDiffers, rules.Location, string.Create(CultureInfo.InvariantCulture,
                $"the rule set '{rules.Id}' is written for {rules.PeriodKind.ToString().ToLowerInvariant()} periods but the run is for {dataset.Period.Label}; expectations are pro-rated, but items held once a year (组织生活会, 民主评议) may fall outside it"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fact, owner, at) in Facts(rules))
        {
            if (BranchFacts.Contains(fact) || !seen.Add(fact))
            {
                continue;
            }

            if (!dataset.Branches.Any(b => b.IndicatorValues.ContainsKey(fact)))
            {
                bag.Warning(DiagnosticCodes.FactNowhere, at,
                    $"'{owner}' reads the fact '{fact}', which no branch has (not a branches column, not in the indicators table): the condition is never true");
            }
        }
    }

    private static IEnumerable<(string Fact, string Owner, SourceLocation? At)> Facts(RuleSet rules)
    {
        foreach (var v in rules.Rating.Vetoes)
        {
            foreach (var f in Facts(v.When))
            {
                yield return (f.Fact, v.Id, f.Location ?? v.Location);
            }
        }

        foreach (var a in rules.Adjustments.Deductions.Concat(rules.Adjustments.Bonuses))
        {
            foreach (var f in Facts(a.When))
            {
                yield return (f.Fact, a.Id, f.Location ?? a.Location);
            }
        }
    }

    private static IEnumerable<FactCondition> Facts(Condition c) => c switch
    {
        FactCondition f => [f],
        AnyCondition a => a.Conditions.SelectMany(Facts),
        AllCondition a => a.Conditions.SelectMany(Facts),
        NotCondition n => Facts(n.Inner),
        _ => [],
    };
}
