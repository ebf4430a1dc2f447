using System.Globalization;
using EcoAssessment.Model;
using EcoAssessment.Rules;

namespace EcoAssessment.Conditions;

/// <summary>Evaluates declared conditions against one branch. Pure; every answer carries a readable trace.</summary>
internal static class ConditionEvaluator
{
    public static ConditionResult Evaluate(Condition condition, ConditionContext ctx) => condition switch
    {
        IndicatorCondition c => Compare($"{c.Indicator}", ctx.Raw(c.Indicator), c.Comparison),
        NormalisedCondition c => Compare($"normalised {c.Indicator}", ctx.Normalised(c.Indicator), c.Comparison),
        FactCondition c => Compare($"fact {c.Fact}", Fact(ctx, c.Fact), c.Comparison),
        CountCondition c => CountOf(c, ctx),
        FindingCondition c => FindingsOf(c.Filter, ctx),
        AnyCondition c => Combine(c.Conditions, ctx, any: true),
        AllCondition c => Combine(c.Conditions, ctx, any: false),
        NotCondition c => Negate(Evaluate(c.Inner, ctx)),
        _ => throw new InvalidOperationException($"unknown condition {condition.GetType().Name}"),
    };

    private static ConditionResult Negate(ConditionResult inner) => ConditionResult.Of(!inner.Value, $"not ({inner.Trace})");

    private static ConditionResult Combine(IReadOnlyList<Condition> conditions, ConditionContext ctx, bool any)
    {
        var results = conditions.Select(c => Evaluate(c, ctx)).ToArray();
        var value = any ? results.Any(r => r.Value) : results.All(r => r.Value);
        var trace = string.Join(any ? " or " : " and ", results.Select(r => $"[{r.Trace}: {(r.Value ? "yes" : "no")}]"));
        return new ConditionResult(value, trace, results.Where(r => r.Value).SelectMany(r => r.Matches).Distinct().ToArray());
    }

    private static ConditionResult Compare(string what, double? value, Comparison cmp)
    {
        if (value is not double v)
        {
            return ConditionResult.Of(false, $"{what} not available, so not {cmp}");
        }

        return ConditionResult.Of(cmp.Test(v), string.Create(CultureInfo.InvariantCulture, $"{what} = {Format(v)} {cmp}"));
    }

    internal static string Format(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A branch fact: a numeric column of branches, N (<c>member_count</c>), or a column of the indicators table.</summary>
    public static double? Fact(ConditionContext ctx, string name)
    {
        var r = ctx.Branch.Record;
        switch (name)
        {
            case "secretary_vacant_days": return r.SecretaryVacantDays;
            case "members": return r.Members;
            case "party_groups": return r.PartyGroups;
            case "member_count": return ctx.Branch.MemberCount;
        }

        return ctx.Branch.IndicatorValues.TryGetValue(name, out var v) ? v : null;
    }

    private static ConditionResult CountOf(CountCondition c, ConditionContext ctx)
    {
        switch (c.Filter)
        {
            case MeetingFilter mf:
                if (!ctx.Dataset.Has(InputTable.Meetings))
                {
                    return ConditionResult.Of(false, "meetings table absent: count not available");
                }

                var n = ctx.Branch.Meetings.Held(mf.Types, mf.ThemeDay);
                var label = mf.Types is null ? "meetings" : string.Join("|", mf.Types.Select(t => InputCatalogue.MeetingTypes.CodeOf((int)t)));
                return ConditionResult.Of(c.Comparison.Test(n), string.Create(CultureInfo.InvariantCulture, $"count {label} = {n} {c.Comparison}"));
            case FindingCountFilter ff:
                if (!ctx.Dataset.Has(InputTable.Findings))
                {
                    return ConditionResult.Of(false, "findings table absent: count not available");
                }

                var matches = MatchFindings(ff.Finding, ctx);
                return new ConditionResult(c.Comparison.Test(matches.Count),
                    string.Create(CultureInfo.InvariantCulture, $"count findings = {matches.Count} {c.Comparison}"), matches);
            default:
                throw new InvalidOperationException("unknown record filter");
        }
    }

    private static ConditionResult FindingsOf(FindingFilter filter, ConditionContext ctx)
    {
        if (!ctx.Dataset.Has(InputTable.Findings))
        {
            return ConditionResult.Of(false, "findings table absent: no finding matches");
        }

        var matches = MatchFindings(filter, ctx);
        var trace = matches.Count == 0
            ? "no matching finding"
            : $"findings {string.Join(", ", matches.Select(f => f.FindingId))}";
        return new ConditionResult(matches.Count > 0, trace, matches);
    }

    /// <summary>The findings of the branch that match a filter, in finding_id order.</summary>
    public static IReadOnlyList<FindingRecord> MatchFindings(FindingFilter filter, ConditionContext ctx)
    {
        var period = ctx.Period;
        var asksRectification = filter.Open == true || filter.Overdue == true;
        var list = new List<FindingRecord>();
        foreach (var f in ctx.Branch.Findings)
        {
            if (f.Date < period.Start && !asksRectification)
            {
                continue;
            }

            if (filter.Form is IntFilter form && (f.Form is not int v || f.Tolerance == Tolerance.Exempt || !form.Test(v)))
            {
                continue;
            }

            if (filter.Sources is { } s && (f.Source is not FindingSource fs || !s.Contains(fs)))
            {
                continue;
            }

            if (filter.Categories is { } c && (f.Category is not FindingCategory fc || !c.Contains(fc)))
            {
                continue;
            }

            if (filter.Tolerances is { } t && !t.Contains(f.Tolerance))
            {
                continue;
            }

            if (filter.Open is bool open && f.IsOpen(period) != open)
            {
                continue;
            }

            if (filter.Overdue is bool overdue && f.IsOverdue(period) != overdue)
            {
                continue;
            }

            if (filter.Roles is { } roles && (RoleOf(f, ctx) is not MemberRole role || !roles.Contains(role)))
            {
                continue;
            }

            if (filter.Responsibilities is { } resp && (ResponsibilityOf(f, ctx) is not ResponsibleRole rr || !resp.Contains(rr)))
            {
                continue;
            }

            list.Add(f);
        }

        list.Sort((a, b) => string.CompareOrdinal(a.FindingId, b.FindingId));
        return list;
    }

    /// <summary>The member's role in the finding's branch, else in their home branch; null without a member.</summary>
    public static MemberRole? RoleOf(FindingRecord f, ConditionContext ctx)
    {
        if (f.MemberId is not { Length: > 0 } id)
        {
            return null;
        }

        if (ctx.Branch.FindMembership(id) is MemberRecord m)
        {
            return m.Role;
        }

        return ctx.Dataset.HomeRole(id);
    }

    /// <summary>The declared responsibility, else derived from the member's role: secretary → 书记, unit leader → 班子成员, others → 党支部.</summary>
    public static ResponsibleRole? ResponsibilityOf(FindingRecord f, ConditionContext ctx)
    {
        if (f.Responsibility is ResponsibleRole r)
        {
            return r;
        }

        return RoleOf(f, ctx) switch
        {
            MemberRole.Secretary => ResponsibleRole.Secretary,
            MemberRole.UnitLeader => ResponsibleRole.Leader,
            null => null,
            _ => ResponsibleRole.Branch,
        };
    }
}
