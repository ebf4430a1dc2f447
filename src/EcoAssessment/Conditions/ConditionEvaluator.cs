using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Rules;

namespace EcoAssessment.Conditions;

/// <summary>Evaluates declared conditions against one branch. Pure; every answer carries a readable trace.</summary>
internal static class ConditionEvaluator
{
    /// <summary>The outcome of a condition with its trace in <paramref name="language"/> (Chinese by default).</summary>
    public static ConditionResult Evaluate(Condition condition, ConditionContext ctx, Language language = Language.Zh) => condition switch
    {
        IndicatorCondition c => Compare(c.Indicator, ctx.Raw(c.Indicator), c.Comparison, language),
        NormalisedCondition c => Compare(Texts.ConditionNormalised.Render(language, c.Indicator), ctx.Normalised(c.Indicator), c.Comparison, language),
        FactCondition c => Compare(Texts.ConditionFact.Render(language, c.Fact), Fact(ctx, c.Fact), c.Comparison, language),
        CountCondition c => CountOf(c, ctx, language),
        FindingCondition c => FindingsOf(c.Filter, ctx, language),
        AnyCondition c => Combine(c.Conditions, ctx, any: true, language),
        AllCondition c => Combine(c.Conditions, ctx, any: false, language),
        NotCondition c => Negate(Evaluate(c.Inner, ctx, language), language),
        _ => throw new InvalidOperationException($"unknown condition {condition.GetType().Name}"),
    };

    /// <summary>
    /// Whether the condition holds: the <see cref="ConditionResult.Value"/> of <see cref="Evaluate"/>, without building
    /// its trace or match list (what the pipeline needs for every branch; the trace is built when an output shows it).
    /// </summary>
    public static bool Holds(Condition condition, ConditionContext ctx)
    {
        switch (condition)
        {
            case IndicatorCondition c:
                return ctx.Raw(c.Indicator) is double raw && c.Comparison.Test(raw);
            case NormalisedCondition c:
                return ctx.Normalised(c.Indicator) is double normalised && c.Comparison.Test(normalised);
            case FactCondition c:
                return Fact(ctx, c.Fact) is double fact && c.Comparison.Test(fact);
            case CountCondition { Filter: MeetingFilter mf } c:
                return ctx.Dataset.Has(InputTable.Meetings) && !ShortfallNotYetDue(c, ctx) && !(IsShortfall(c) && WindowDueLater(ctx))
                    && c.Comparison.Test(HeldInWindow(mf, ctx));
            case CountCondition { Filter: FindingCountFilter ff } c:
                return ctx.Dataset.Has(InputTable.Findings) && c.Comparison.Test(CountFindings(ff.Finding, ctx));
            case FindingCondition c:
                return ctx.Dataset.Has(InputTable.Findings) && CountFindings(c.Filter, ctx) > 0;
            case AnyCondition c:
                foreach (var inner in c.Conditions)
                {
                    if (Holds(inner, ctx))
                    {
                        return true;
                    }
                }

                return false;
            case AllCondition c:
                foreach (var inner in c.Conditions)
                {
                    if (!Holds(inner, ctx))
                    {
                        return false;
                    }
                }

                return true;
            case NotCondition c:
                return !Holds(c.Inner, ctx);
            default:
                return Evaluate(condition, ctx).Value;
        }
    }

    /// <summary>
    /// How many records a deduction or bonus counts: the matching findings of a bare finding condition (what
    /// <see cref="MatchFindings"/> lists), else 1 when the condition holds and 0 when not.
    /// </summary>
    public static int Matches(Condition condition, ConditionContext ctx) => condition is FindingCondition fc
        ? (ctx.Dataset.Has(InputTable.Findings) ? CountFindings(fc.Filter, ctx) : 0)
        : (Holds(condition, ctx) ? 1 : 0);

    /// <summary>A negation: the inner trace with its own outcome (<c>非([… ：是])</c>), so a true inner statement is never read as the negation's.</summary>
    private static ConditionResult Negate(ConditionResult inner, Language language) => ConditionResult.Of(!inner.Value,
        Texts.ConditionNot.Render(language, Texts.ConditionPart.Render(language, inner.Trace, inner.Value ? Texts.ConditionYes : Texts.ConditionNo)));

    private static ConditionResult Combine(IReadOnlyList<Condition> conditions, ConditionContext ctx, bool any, Language language)
    {
        var results = conditions.Select(c => Evaluate(c, ctx, language)).ToArray();
        var value = any ? results.Any(r => r.Value) : results.All(r => r.Value);
        var trace = string.Join((any ? Texts.ConditionOr : Texts.ConditionAnd).Template(language),
            results.Select(r => Texts.ConditionPart.Render(language, r.Trace, r.Value ? Texts.ConditionYes : Texts.ConditionNo)));
        return new ConditionResult(value, trace, results.Where(r => r.Value).SelectMany(r => r.Matches).Distinct().ToArray())
        {
            NotYetDue = !value && results.Any(r => r.NotYetDue),
        };
    }

    private static ConditionResult Compare(string what, double? value, Comparison cmp, Language language)
    {
        if (value is not double v)
        {
            return ConditionResult.Of(false, Texts.ConditionNotAvailable.Render(language, what, Describe(cmp, language)));
        }

        return ConditionResult.Of(cmp.Test(v), Texts.ConditionCompare.Render(language, what, Format(v, cmp), Judged(v, cmp, language)));
    }

    /// <summary>
    /// The comparison as the value met it: the declared comparators when it holds (<c>&lt; 0.9</c>); else the comparators
    /// it failed, turned to the side the value is on, and the declared comparison that does not hold
    /// (<c>≥ 0.9（条件 &lt; 0.9 不成立）</c>). An explanation never shows a condition as holding when it does not.
    /// </summary>
    internal static string Judged(double v, Comparison cmp, Language language)
    {
        if (cmp.Test(v))
        {
            return Describe(cmp, language);
        }

        var failed = new List<string>(2);
        if (cmp.Below is double b && !(v < b)) failed.Add(string.Create(CultureInfo.InvariantCulture, $"≥ {b}"));
        if (cmp.Max is double mx && !(v <= mx)) failed.Add(string.Create(CultureInfo.InvariantCulture, $"> {mx}"));
        if (cmp.Min is double mn && !(v >= mn)) failed.Add(string.Create(CultureInfo.InvariantCulture, $"< {mn}"));
        if (cmp.Above is double a && !(v > a)) failed.Add(string.Create(CultureInfo.InvariantCulture, $"≤ {a}"));
        return Texts.ConditionFailed.Render(language, string.Join(Texts.ConditionAnd.Template(language), failed), Describe(cmp, language));
    }

    /// <summary>The comparators as text in <paramref name="language"/> (<see cref="Comparison.ToString"/> in English): <c>&lt; 0.5 且 ≥ 0</c>.</summary>
    internal static string Describe(Comparison cmp, Language language)
    {
        var parts = new List<string>(2);
        if (cmp.Below is double b) parts.Add(string.Create(CultureInfo.InvariantCulture, $"< {b}"));
        if (cmp.Max is double mx) parts.Add(string.Create(CultureInfo.InvariantCulture, $"≤ {mx}"));
        if (cmp.Min is double mn) parts.Add(string.Create(CultureInfo.InvariantCulture, $"≥ {mn}"));
        if (cmp.Above is double a) parts.Add(string.Create(CultureInfo.InvariantCulture, $"> {a}"));
        return string.Join(Texts.ConditionAnd.Template(language), parts);
    }

    internal static string Format(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// The value to four decimals, or to as many as it takes not to print a bound of <paramref name="cmp"/> it differs
    /// from (0.89996 against <c>below: 0.9</c> is 0.89996, not 0.9, which would read "0.9 &lt; 0.9").
    /// </summary>
    internal static string Format(double v, Comparison cmp)
    {
        var text = Format(v);
        foreach (var bound in new[] { cmp.Below, cmp.Max, cmp.Min, cmp.Above })
        {
            if (bound is double x && x != v && text == Format(x))
            {
                return v.ToString("0.##########", CultureInfo.InvariantCulture);
            }
        }

        return text;
    }

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

    /// <summary>
    /// Whether a meetings count that tests a shortfall (below / max only: "held fewer than") is not yet due for the
    /// branch: it existed less than half the period (founded late or dissolved early), so it is not held to what the
    /// period expects, as annual items are not (<c>annual_review</c>).
    /// </summary>
    private static bool ShortfallNotYetDue(CountCondition c, ConditionContext ctx) =>
        IsShortfall(c) && ctx.Branch.Active.Days * 2 < ctx.Dataset.Period.Days;

    /// <summary>Whether a count tests a shortfall (below / max only: "held fewer than").</summary>
    private static bool IsShortfall(CountCondition c) =>
        c.Comparison is { Min: null, Above: null } && (c.Comparison.Below is not null || c.Comparison.Max is not null);

    /// <summary>Whether the veto's window is year to date and the period ends before 31 December: a shortfall is not yet due.</summary>
    private static bool WindowDueLater(ConditionContext ctx) => ctx.Window != AnnualWindow.Period && ctx.Dataset.Period.Kind != PeriodKind.Year
        && AnnualWindows.DueLater(ctx.Window, ctx.Dataset.Period);

    /// <summary>The meetings a count sees: the period's, or from the first day of the veto's window (<see cref="ConditionContext.Window"/>).</summary>
    private static int HeldInWindow(MeetingFilter mf, ConditionContext ctx) =>
        ctx.Window == AnnualWindow.Period || ctx.Dataset.Period.Kind == PeriodKind.Year
            ? ctx.Branch.Meetings.Held(mf.Types, mf.ThemeDay)
            : ctx.Branch.HeldSince(mf.Types, mf.ThemeDay, AnnualWindows.From(ctx.Window, ctx.Dataset.Period));

    private static ConditionResult CountOf(CountCondition c, ConditionContext ctx, Language language)
    {
        switch (c.Filter)
        {
            case MeetingFilter mf:
                if (!ctx.Dataset.Has(InputTable.Meetings))
                {
                    return ConditionResult.Of(false, Texts.ConditionCountAbsent.Render(language, "meetings"));
                }

                var n = HeldInWindow(mf, ctx);
                var label = mf.Types is null ? Texts.ConditionAllMeetings.Template(language) : string.Join("|", mf.Types.Select(t => InputCatalogue.MeetingTypes.CodeOf((int)t)));
                if (ShortfallNotYetDue(c, ctx))
                {
                    return ConditionResult.Of(false, Texts.ConditionMeetingCountNotYetDue.Render(language, label, n, ctx.Branch.Active.Label, ctx.Dataset.Period.Label));
                }

                if (ctx.Window != AnnualWindow.Period && ctx.Dataset.Period.Kind != PeriodKind.Year)
                {
                    var from = AnnualWindows.From(ctx.Window, ctx.Dataset.Period).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var to = ctx.Dataset.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (IsShortfall(c) && WindowDueLater(ctx) && c.Comparison.Test(n))
                    {
                        // Held fewer than the year asks so far, but the year is not over: 未到期, not a fired veto.
                        var due = AnnualWindows.YearEnd(ctx.Dataset.Period).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        return ConditionResult.Of(false, Texts.ConditionWindowNotYetDue.Render(language, label, n, from, to, Describe(c.Comparison, language), due))
                            with { NotYetDue = true };
                    }

                    return ConditionResult.Of(c.Comparison.Test(n), Texts.ConditionMeetingCountInWindow.Render(language, label, from, to, n, Judged(n, c.Comparison, language)));
                }

                return ConditionResult.Of(c.Comparison.Test(n), Texts.ConditionMeetingCount.Render(language, label, n, Judged(n, c.Comparison, language)));
            case FindingCountFilter ff:
                if (!ctx.Dataset.Has(InputTable.Findings))
                {
                    return ConditionResult.Of(false, Texts.ConditionCountAbsent.Render(language, "findings"));
                }

                var matches = MatchFindings(ff.Finding, ctx);
                return new ConditionResult(c.Comparison.Test(matches.Count),
                    Texts.ConditionFindingCount.Render(language, matches.Count, Judged(matches.Count, c.Comparison, language)), matches);
            default:
                throw new InvalidOperationException("unknown record filter");
        }
    }

    private static ConditionResult FindingsOf(FindingFilter filter, ConditionContext ctx, Language language)
    {
        if (!ctx.Dataset.Has(InputTable.Findings))
        {
            return ConditionResult.Of(false, Texts.ConditionFindingsAbsent.Render(language, "findings"));
        }

        var matches = MatchFindings(filter, ctx);
        var trace = matches.Count == 0
            ? Texts.ConditionNoFinding.Render(language)
            : Texts.ConditionFindings.Render(language, string.Join(Texts.ListSeparator.Template(language), matches.Select(f => f.FindingId)));
        return new ConditionResult(matches.Count > 0, trace, matches);
    }

    /// <summary>The findings of the branch that match a filter, in finding_id order.</summary>
    public static IReadOnlyList<FindingRecord> MatchFindings(FindingFilter filter, ConditionContext ctx)
    {
        var list = new List<FindingRecord>();
        foreach (var f in ctx.Branch.FindingList)
        {
            if (Matches(filter, f, ctx))
            {
                list.Add(f);
            }
        }

        list.Sort((a, b) => string.CompareOrdinal(a.FindingId, b.FindingId));
        return list;
    }

    /// <summary>How many findings of the branch match a filter (the length of <see cref="MatchFindings"/>).</summary>
    public static int CountFindings(FindingFilter filter, ConditionContext ctx)
    {
        var n = 0;
        foreach (var f in ctx.Branch.FindingList)
        {
            if (Matches(filter, f, ctx))
            {
                n++;
            }
        }

        return n;
    }

    private static bool Matches(FindingFilter filter, FindingRecord f, ConditionContext ctx)
    {
        var period = ctx.Period;
        var asksRectification = filter.Open == true || filter.Overdue == true;
        if (f.Date < period.Start && !asksRectification)
        {
            return false;
        }

        // 容错免责 spares a form-1 or form-2 case from form conditions; form 3 and 4 are serious discipline cases that
        // cannot be exempt (DatasetChecks refuses the mark), so an exempt flag on them never lifts a veto.
        if (filter.Form is IntFilter form && (f.Form is not int v || (f.Tolerance == Tolerance.Exempt && v < 3) || !form.Test(v)))
        {
            return false;
        }

        if (filter.Sources is { } s && (f.Source is not FindingSource fs || !s.Contains(fs)))
        {
            return false;
        }

        if (filter.Categories is { } c && (f.Category is not FindingCategory fc || !c.Contains(fc)))
        {
            return false;
        }

        if (filter.Tolerances is { } t && !t.Contains(f.Tolerance))
        {
            return false;
        }

        if (filter.Open is bool open && f.IsOpen(period) != open)
        {
            return false;
        }

        if (filter.Overdue is bool overdue && f.IsOverdue(period) != overdue)
        {
            return false;
        }

        if (filter.Roles is { } roles && (RoleOf(f, ctx) is not MemberRole role || !roles.Contains(role)))
        {
            return false;
        }

        if (filter.Responsibilities is { } resp && (ResponsibilityOf(f, ctx) is not ResponsibleRole rr || !resp.Contains(rr)))
        {
            return false;
        }

        return true;
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
