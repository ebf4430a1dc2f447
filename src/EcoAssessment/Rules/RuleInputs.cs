using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>What kind of part of a rule set reads a table.</summary>
internal enum RulePartKind
{
    /// <summary>An indicator, by its measure.</summary>
    Indicator,

    /// <summary>一票否决.</summary>
    Veto,

    /// <summary>A deduction.</summary>
    Deduction,

    /// <summary>A bonus.</summary>
    Bonus,
}

/// <summary>A part of a rule set that reads records: its kind, id and display name, and where it is written.</summary>
internal sealed record RulePart(RulePartKind Kind, string Id, string Name, SourceLocation? Location)
{
    /// <summary>"指标 A1 三会一课完成率", "一票否决 form4".</summary>
    public Text Describe() => Kind switch
    {
        RulePartKind.Indicator => Texts.PartIndicator.With(Id, Name),
        RulePartKind.Veto => Texts.PartVeto.With(Id, Name),
        RulePartKind.Deduction => Texts.PartDeduction.With(Id, Name),
        _ => Texts.PartBonus.With(Id, Name),
    };
}

/// <summary>A column of a table that a part of the rule set reads (beyond the table's required columns).</summary>
internal sealed record ColumnNeed(InputTable Table, string Column, RulePart Part);

/// <summary>
/// Which tables and columns a rule set reads, and which of its indicators, vetoes, deductions and bonuses read each: the
/// ground of the refusal when a table is absent (<see cref="DatasetChecks.CheckTables"/>), of the error when a column it
/// reads has a caption that was not recognised, and of what <c>eco check</c> says each absent table disables.
/// </summary>
internal static class RuleInputs
{
    /// <summary>The table each measure derives its value from.</summary>
    public static InputTable? TableOf(Measure measure) => measure switch
    {
        MeetingCompletionMeasure or ThemeDayCoverageMeasure or AttendanceMeasure or AnnualReviewMeasure => InputTable.Meetings,
        FindingSeverityMeasure or FindingCountMeasure or RectificationOnTimeMeasure => InputTable.Findings,
        AssessmentRatioMeasure => InputTable.Assessments,
        StudyComplianceMeasure or StudyHoursMeasure or StudyFormsMeasure or MicroLectureShareMeasure or OriginalTextsShareMeasure => InputTable.Study,
        TypedOrDerivedMeasure m => m.DerivedFrom,
        ValueMeasure => InputTable.Indicators,
        _ => null,
    };

    /// <summary>Every table the rule set reads, each with the parts that read it, in the order of the rule file.</summary>
    public static IReadOnlyDictionary<InputTable, IReadOnlyList<RulePart>> Needs(RuleSet rules)
    {
        var needs = new SortedDictionary<InputTable, List<RulePart>>();
        void Add(InputTable table, RulePart part)
        {
            if (!needs.TryGetValue(table, out var list))
            {
                needs[table] = list = [];
            }

            if (!list.Contains(part))
            {
                list.Add(part);
            }
        }

        var indicatorTable = new Dictionary<string, InputTable>(StringComparer.Ordinal);
        foreach (var i in rules.Dimensions.SelectMany(d => d.Indicators))
        {
            if (TableOf(i.Measure) is { } t)
            {
                indicatorTable[i.Id] = t;
                Add(t, new RulePart(RulePartKind.Indicator, i.Id, i.Name, i.Location));
            }
        }

        foreach (var (part, when) in Conditions(rules))
        {
            foreach (var t in Tables(when, indicatorTable))
            {
                Add(t, part);
            }
        }

        return needs.ToDictionary(p => p.Key, p => (IReadOnlyList<RulePart>)p.Value);
    }

    /// <summary>The optional columns the rule set reads, with the part that reads each (first in the rule file).</summary>
    public static IReadOnlyList<ColumnNeed> Columns(RuleSet rules)
    {
        var list = new List<ColumnNeed>();
        void Add(InputTable t, string column, RulePart part)
        {
            if (!list.Exists(c => c.Table == t && c.Column == column))
            {
                list.Add(new ColumnNeed(t, column, part));
            }
        }

        foreach (var i in rules.Dimensions.SelectMany(d => d.Indicators))
        {
            var part = new RulePart(RulePartKind.Indicator, i.Id, i.Name, i.Location);
            switch (i.Measure)
            {
                case FindingSeverityMeasure:
                    Add(InputTable.Findings, "form", part);
                    Add(InputTable.Findings, "tolerance", part);
                    break;
                case FindingCountMeasure:
                    Add(InputTable.Findings, "category", part);
                    Add(InputTable.Findings, "tolerance", part);
                    break;
                case RectificationOnTimeMeasure:
                    Add(InputTable.Findings, "due_date", part);
                    Add(InputTable.Findings, "closed_date", part);
                    break;
                case AttendanceMeasure:
                    Add(InputTable.Meetings, "attendees", part);
                    Add(InputTable.Meetings, "expected", part);
                    break;
                case StudyHoursMeasure or VolunteerHoursMeasure:
                    Add(InputTable.Study, "hours", part);
                    break;
                case SpecialTaskShareMeasure:
                    Add(InputTable.Members, "home", part);
                    break;
                case StudyComplianceMeasure s:
                    if (s.HoursPerYear is not null)
                    {
                        Add(InputTable.Study, "hours", part);
                    }

                    if (s.PointsPerYear is not null)
                    {
                        Add(InputTable.Study, "points", part);
                    }

                    break;
            }
        }

        foreach (var (part, when) in Conditions(rules))
        {
            foreach (var f in Filters(when))
            {
                if (f.Form is not null)
                {
                    Add(InputTable.Findings, "form", part);
                }

                if (f.Categories is not null)
                {
                    Add(InputTable.Findings, "category", part);
                }

                if (f.Sources is not null)
                {
                    Add(InputTable.Findings, "source", part);
                }

                if (f.Tolerances is not null)
                {
                    Add(InputTable.Findings, "tolerance", part);
                }

                if (f.Responsibilities is not null)
                {
                    Add(InputTable.Findings, "responsibility", part);
                }

                if (f.Roles is not null)
                {
                    Add(InputTable.Findings, "member_id", part);
                    Add(InputTable.Members, "role", part);
                }

                if (f.Open is not null)
                {
                    Add(InputTable.Findings, "closed_date", part);
                }

                if (f.Overdue is not null)
                {
                    Add(InputTable.Findings, "due_date", part);
                }
            }
        }

        return list;
    }

    /// <summary>The vetoes, deductions and bonuses with their conditions.</summary>
    private static IEnumerable<(RulePart Part, Condition When)> Conditions(RuleSet rules)
    {
        foreach (var v in rules.Rating.Vetoes)
        {
            yield return (new RulePart(RulePartKind.Veto, v.Id, v.Name, v.Location), v.When);
        }

        foreach (var d in rules.Adjustments.Deductions)
        {
            yield return (new RulePart(RulePartKind.Deduction, d.Id, d.Name, d.Location), d.When);
        }

        foreach (var b in rules.Adjustments.Bonuses)
        {
            yield return (new RulePart(RulePartKind.Bonus, b.Id, b.Name, b.Location), b.When);
        }
    }

    private static IEnumerable<InputTable> Tables(Condition c, IReadOnlyDictionary<string, InputTable> indicatorTable) => c switch
    {
        IndicatorCondition i when indicatorTable.TryGetValue(i.Indicator, out var t) => [t],
        NormalisedCondition n when indicatorTable.TryGetValue(n.Indicator, out var t) => [t],
        FactCondition f when !DatasetChecks.IsBranchFact(f.Fact) => [InputTable.Indicators],
        CountCondition { Filter: MeetingFilter } => [InputTable.Meetings],
        CountCondition { Filter: FindingCountFilter fc } => FindingTables(fc.Finding),
        FindingCondition f => FindingTables(f.Filter),
        AnyCondition a => a.Conditions.SelectMany(x => Tables(x, indicatorTable)),
        AllCondition a => a.Conditions.SelectMany(x => Tables(x, indicatorTable)),
        NotCondition n => Tables(n.Inner, indicatorTable),
        _ => [],
    };

    private static InputTable[] FindingTables(FindingFilter f) =>
        f.Roles is null ? [InputTable.Findings] : [InputTable.Findings, InputTable.Members];

    private static IEnumerable<FindingFilter> Filters(Condition c) => c switch
    {
        CountCondition { Filter: FindingCountFilter fc } => [fc.Finding],
        FindingCondition f => [f.Filter],
        AnyCondition a => a.Conditions.SelectMany(Filters),
        AllCondition a => a.Conditions.SelectMany(Filters),
        NotCondition n => Filters(n.Inner),
        _ => [],
    };
}
