using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>
/// A rule set meeting a particular dataset. Errors: a finding of form 3 or 4 marked 容错免责 or 从轻/减轻 beyond what the
/// rule set allows (<see cref="ToleranceRules"/>). Warnings: a period of another kind than the rule set is written for,
/// and conditions that read a fact no branch has (a mistyped name silently switches a veto off otherwise).
/// </summary>
internal static class DatasetChecks
{
    private static readonly HashSet<string> BranchFacts = new(StringComparer.Ordinal) { "secretary_vacant_days", "members", "party_groups", "member_count" };

    /// <summary>The items held once a year (meeting types, named as the rule file and the data name them).</summary>
    /// <summary>The rule-file setting that allows lenient form-3 findings, as written in the rule file.</summary>
    private static readonly Text LenientForm3Setting = Text.Plain("tolerance: { lenient_form3: true }");

    private static readonly Text YearlyItems = Text.Join(Texts.ListSeparator, [Text.Plain("组织生活会"), Text.Plain("民主评议")]);

    /// <summary>Whether a fact is a column of the branches table (not read from the indicators table).</summary>
    public static bool IsBranchFact(string fact) => BranchFacts.Contains(fact);

    /// <summary>
    /// The tables the rule set reads that are not in the dataset: an error (ECO0270) for each, naming the parts of the rule
    /// set that need it and what was read and left out (<paramref name="seen"/>), unless the rule file declares the table
    /// optional or the user allows it to be missing (<paramref name="allowed"/>); then a warning (ECO0271), and the table is
    /// in the returned list, for the outputs to say so. A table in <paramref name="allowed"/> that the rule set does not read,
    /// or that is present, is left alone.
    /// </summary>
    public static IReadOnlyList<InputTable> CheckTables(RuleSet rules, IReadOnlySet<InputTable> present, IReadOnlySet<InputTable> allowed,
        Text seen, SourceLocation? at, DiagnosticBag bag)
    {
        var absent = new List<InputTable>();

        // A typed-or-derived indicator (D2, D3) needs its table only when the indicators table, whose typed values win, is absent.
        var standIn = present.Contains(InputTable.Indicators)
            ? rules.Dimensions.SelectMany(d => d.Indicators).Where(i => i.Measure is TypedOrDerivedMeasure).Select(i => i.Id).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var (table, needs) in RuleInputs.Needs(rules))
        {
            var parts = needs.Where(p => p.Kind != RulePartKind.Indicator || !standIn.Contains(p.Id)).ToList();
            if (present.Contains(table) || parts.Count == 0)
            {
                continue;
            }

            var spec = InputCatalogue.Of(table);
            var who = Text.Join(Texts.ListSeparator, parts.Select(p => p.Describe()));
            if (rules.OptionalTables.Contains(table) || allowed.Contains(table))
            {
                absent.Add(table);
                bag.Warning(DiagnosticCodes.TableAbsentAllowed, at,
                    (rules.OptionalTables.Contains(table) ? Texts.TableAbsentOptional : Texts.TableAbsentAllowed).With(spec.Name, spec.Chinese, who));
                continue;
            }

            bag.Error(DiagnosticCodes.TableNeeded, at, Texts.TableNeeded.With(spec.Name, spec.Chinese, who, seen, "tables"));
        }

        return absent;
    }

    public static void Check(RuleSet rules, Dataset dataset, DiagnosticBag bag)
    {
        CheckTolerance(rules, dataset, bag);
        if (dataset.Period.Kind != PeriodKind.Range && dataset.Period.Kind != rules.PeriodKind)
        {
            bag.Warning(DiagnosticCodes.PeriodKindDiffers, rules.Location,
                Texts.PeriodKindDiffers.With(rules.Id, Texts.PeriodKindName(rules.PeriodKind), dataset.Period.Label, YearlyItems));
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
                    Texts.FactNowhere.With(owner, fact));
            }
        }
    }

    /// <summary>
    /// 容错 within its limits: a form-4 finding is never exempt or lenient, a form-3 finding never exempt, and lenient only
    /// when the rule set allows it (<see cref="ToleranceRules.LenientForm3"/>). Each such finding is an error at its
    /// tolerance cell, in branch and finding order.
    /// </summary>
    public static void CheckTolerance(RuleSet rules, Dataset dataset, DiagnosticBag bag)
    {
        var refused = new List<FindingRecord>();
        foreach (var b in dataset.Branches)
        {
            foreach (var f in b.FindingList)
            {
                if (f.Form is (3 or 4) && f.Tolerance != Tolerance.None
                    && !(f.Form == 3 && f.Tolerance == Tolerance.Lenient && rules.Tolerance.LenientForm3))
                {
                    refused.Add(f);
                }
            }
        }

        // Readers feed the builder from several threads: report in the order of the files, whatever the lanes did.
        refused.Sort((x, y) =>
        {
            var c = string.CompareOrdinal(x.Location?.File, y.Location?.File);
            c = c != 0 ? c : string.CompareOrdinal(x.Location?.Sheet, y.Location?.Sheet);
            c = c != 0 ? c : (x.Location?.Line ?? 0).CompareTo(y.Location?.Line ?? 0);
            return c != 0 ? c : string.CompareOrdinal(x.FindingId, y.FindingId);
        });
        foreach (var f in refused)
        {
            var at = f.Location.WithColumn("tolerance");
            var header = at?.ColumnName ?? "tolerance";
            var mark = f.Tolerance == Tolerance.Exempt ? Texts.ToleranceExemptMark : Texts.ToleranceLenientMark;
            if (f.Form == 3 && f.Tolerance == Tolerance.Lenient)
            {
                bag.Error(DiagnosticCodes.LenientForm3NotAllowed, at,
                    Texts.LenientForm3NotAllowed.With(f.FindingId, mark, header, rules.Id, Texts.ToleranceNoneMark, LenientForm3Setting));
            }
            else
            {
                bag.Error(DiagnosticCodes.ToleranceOnSeriousCase, at,
                    Texts.ToleranceOnSeriousCase.With(f.FindingId, f.Form == 3 ? Texts.ToleranceForm3 : Texts.ToleranceForm4, mark, header, Texts.ToleranceNoneMark));
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
