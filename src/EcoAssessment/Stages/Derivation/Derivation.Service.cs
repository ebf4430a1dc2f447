using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Rules;

namespace EcoAssessment.Stages.Derivation;

/// <summary>
/// The measures of DOMAIN §5's amendments on study and service: 读原著学原文 per quarter, and the two values derived from
/// the records that a typed <c>indicators</c> value overrides (D2 from memberships, D3 from 志愿服务 rows).
/// </summary>
internal static partial class Derivation
{
    /// <summary>
    /// A typed-or-derived measure: the branch's value in the <c>indicators</c> column wins when given; else the value derived
    /// from the records. The trace says which source was used, in both cases (written once for every such measure).
    /// </summary>
    private static DerivedValue TypedOrDerived(IndicatorRule indicator, TypedOrDerivedMeasure m, BranchData b, Dataset ds, bool explain, Language language)
    {
        var column = m.Column ?? indicator.Id;
        var where = "indicators." + column;
        if (ds.Has(InputTable.Indicators) && b.IndicatorValueMap.TryGetValue(column, out var typed))
        {
            return new DerivedValue(typed, explain ? Texts.DeriveTypedWins.Render(language, where) : string.Empty);
        }

        var derived = m switch
        {
            VolunteerHoursMeasure => VolunteerHours(b, ds, explain, language),
            SpecialTaskShareMeasure => SpecialTaskShare(b, ds, explain, language),
            _ => throw new InvalidOperationException($"no derivation for measure {m.Kind}"),
        };

        return explain ? derived with { Detail = Texts.DeriveFromRecords.Render(language, derived.Detail, where) } : derived;
    }

    /// <summary>D3: Σ hours of the rows of a service form (志愿服务) attributed to the branch / N; not available when no
    /// branch has such a row (the dataset does not record service in the study table).</summary>
    public static DerivedValue VolunteerHours(BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Study))
        {
            return Absent(explain, language, "study");
        }

        if (!ds.RecordsService)
        {
            return NotAvailable(explain, language, Texts.DeriveNoServiceRecorded, ServiceFormCodes(language));
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, language, Texts.DeriveNoMembers);
        }

        var value = b.ServiceHours / n;
        return new DerivedValue(value, explain ? Texts.DeriveVolunteerHours.Render(language, F(b.ServiceHours), F(n), ServiceFormCodes(language)) : string.Empty);
    }

    /// <summary>The service forms for a trace: by their Chinese names (志愿服务) in Chinese, by code (volunteer) in English.</summary>
    private static string ServiceFormCodes(Language language) => string.Join(Texts.ListSeparator.Template(language),
        InputCatalogue.StudyForms.Entries.Where(e => e.Service).Select(e => language == Language.Zh ? e.Chinese : e.Code));

    /// <summary>
    /// D2: the branch's home members who also hold a membership with <c>home=否</c> elsewhere (a temporary branch, a task
    /// team) / its home members; not available for a temporary branch, which has no home members, a branch with none, or
    /// when no member of the dataset holds such a membership (the members table does not record them).
    /// </summary>
    public static DerivedValue SpecialTaskShare(BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Members))
        {
            return Absent(explain, language, "members");
        }

        if (b.Record.Type == BranchType.Temporary)
        {
            return NotAvailable(explain, language, Texts.DeriveTemporaryNoHome);
        }

        if (!ds.RecordsTaskMemberships)
        {
            return NotAvailable(explain, language, Texts.DeriveNoTaskMembershipRecorded);
        }

        var home = 0;
        var onTask = 0;
        foreach (var r in b.MembershipList)
        {
            if (!r.Home || ds.Member(r.MemberId) is not { } entry || entry.HomeBranch != b.BranchId)
            {
                continue;
            }

            home++;
            if (entry.FirstBranch != b.BranchId || entry.OtherBranches is { Count: > 0 })
            {
                onTask++;
            }
        }

        if (home == 0)
        {
            return NotAvailable(explain, language, Texts.DeriveNoMembers);
        }

        var value = (double)onTask / home;
        return new DerivedValue(value, explain ? Texts.DeriveSpecialTasks.Render(language, onTask, home) : string.Empty);
    }

    /// <summary>
    /// 读原著学原文: home members with an original_texts row in at least k distinct calendar quarters of the period / N, at
    /// most 1 (k: <see cref="OriginalTextsShareMeasure.RequiredQuarters"/>).
    /// </summary>
    public static DerivedValue OriginalTextsShare(BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Study))
        {
            return Absent(explain, language, "study");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, language, Texts.DeriveNoMembers);
        }

        var period = ds.Period;
        var required = OriginalTextsShareMeasure.RequiredQuarters(period);
        var first = MemberStudy.QuarterOf(period.Start);
        var last = MemberStudy.QuarterOf(period.End);
        var reached = 0;
        if (b.MemberStudyMap is { } study)
        {
            foreach (var s in study.Values)
            {
                if (s.OriginalTextsQuarters is not { } quarters)
                {
                    continue;
                }

                var inPeriod = 0;
                foreach (var q in quarters)
                {
                    if (q >= first && q <= last)
                    {
                        inPeriod++;
                    }
                }

                if (inPeriod >= required)
                {
                    reached++;
                }
            }
        }

        var value = Math.Min(1.0, reached / n);
        return new DerivedValue(value, explain
            ? Texts.DeriveOriginalTexts.Render(language, required, OriginalTextsShareMeasure.QuartersTouched(period), reached, F(n), reached > n ? Texts.DeriveCappedAtOne.Template(language) : string.Empty)
            : string.Empty);
    }
}
