using System.Globalization;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>
/// Comparators, all that are given must hold: <c>below</c> &lt;, <c>max</c> ≤, <c>min</c> ≥, <c>above</c> &gt;.
/// A comparison on a value that is not available is false.
/// </summary>
/// <param name="Below">Holds when the value is &lt; it.</param>
/// <param name="Max">Holds when the value is ≤ it.</param>
/// <param name="Min">Holds when the value is ≥ it.</param>
/// <param name="Above">Holds when the value is &gt; it.</param>
public sealed record Comparison(double? Below = null, double? Max = null, double? Min = null, double? Above = null)
{
    /// <summary>True when no comparator is given (such a comparison is rejected by validation).</summary>
    public bool IsEmpty => Below is null && Max is null && Min is null && Above is null;

    /// <summary>Whether <paramref name="x"/> satisfies every comparator given.</summary>
    public bool Test(double x) =>
        (Below is not double b || x < b) && (Max is not double mx || x <= mx) && (Min is not double mn || x >= mn) && (Above is not double a || x > a);

    /// <summary>The comparators as text, e.g. <c>&lt; 0.5 and ≥ 0</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Below is double b) parts.Add(string.Create(CultureInfo.InvariantCulture, $"< {b}"));
        if (Max is double mx) parts.Add(string.Create(CultureInfo.InvariantCulture, $"≤ {mx}"));
        if (Min is double mn) parts.Add(string.Create(CultureInfo.InvariantCulture, $"≥ {mn}"));
        if (Above is double a) parts.Add(string.Create(CultureInfo.InvariantCulture, $"> {a}"));
        return string.Join(" and ", parts);
    }
}

/// <summary>A declared condition (DESIGN.md §4): data, never code in strings.</summary>
public abstract record Condition
{
    /// <summary>Where the condition is written in the rule file; null for conditions built in code.</summary>
    public SourceLocation? Location { get; init; }
}

/// <summary><c>{ indicator: X, below: 0.5 }</c>: X's derived value in its own unit.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Comparison">The comparison on its raw value, in its own unit (rates 0–1).</param>
public sealed record IndicatorCondition(string Indicator, Comparison Comparison) : Condition;

/// <summary><c>{ normalised: X, min: 60 }</c>: X's 0–100 value.</summary>
/// <param name="Indicator">The indicator id.</param>
/// <param name="Comparison">The comparison on its normalised value, 0–100.</param>
public sealed record NormalisedCondition(string Indicator, Comparison Comparison) : Condition;

/// <summary><c>{ fact: secretary_vacant_days, above: 90 }</c>: a column of branches or indicators.</summary>
/// <param name="Fact">A column of branches (secretary_vacant_days, members, party_groups, member_count) or of indicators.</param>
/// <param name="Comparison">The comparison on its value.</param>
public sealed record FactCondition(string Fact, Comparison Comparison) : Condition;

/// <summary><c>{ count: { meetings: { type: org_life_review } }, below: 1 }</c>: how many records of a table match.</summary>
/// <param name="Filter">The records counted: meetings or findings of the period.</param>
/// <param name="Comparison">The comparison on the count.</param>
public sealed record CountCondition(RecordFilter Filter, Comparison Comparison) : Condition;

/// <summary><c>{ finding: { form: { min: 3 }, role: committee } }</c>: at least one finding matches.</summary>
/// <param name="Filter">The findings that match; as a deduction, points are per matching finding.</param>
public sealed record FindingCondition(FindingFilter Filter) : Condition;

/// <summary><c>any:</c> holds when at least one of the conditions holds.</summary>
/// <param name="Conditions">The alternatives (at least one).</param>
public sealed record AnyCondition(IReadOnlyList<Condition> Conditions) : Condition;

/// <summary><c>all:</c> holds when every condition holds.</summary>
/// <param name="Conditions">The conditions (at least one).</param>
public sealed record AllCondition(IReadOnlyList<Condition> Conditions) : Condition;

/// <summary><c>not:</c> holds when the inner condition does not.</summary>
/// <param name="Inner">The negated condition.</param>
public sealed record NotCondition(Condition Inner) : Condition;

/// <summary>A whole-number field filter: a value, a list or a {min, max} range.</summary>
/// <param name="Values">The accepted values; null for any.</param>
/// <param name="Min">The smallest accepted value; null for no bound.</param>
/// <param name="Max">The largest accepted value; null for no bound.</param>
public sealed record IntFilter(IReadOnlyList<int>? Values, int? Min, int? Max)
{
    /// <summary>Whether <paramref name="x"/> is one of the values (when given) and within min..max (when given).</summary>
    public bool Test(int x) => (Values is null || Values.Contains(x)) && (Min is not int mn || x >= mn) && (Max is not int mx || x <= mx);

    /// <summary>The filter as text: <c>1|2</c> or <c>3..</c>.</summary>
    public override string ToString() =>
        Values is not null ? string.Join("|", Values) : $"{(Min is int a ? a.ToString(CultureInfo.InvariantCulture) : "")}..{(Max is int b ? b.ToString(CultureInfo.InvariantCulture) : "")}";
}

/// <summary>Which records a count condition counts.</summary>
public abstract record RecordFilter;

/// <summary>Meetings of the period with the listed types (all when null) and the theme_day flag when given.</summary>
/// <param name="Types">The meeting types counted; null for all.</param>
/// <param name="ThemeDay">When given, only meetings whose theme_day flag is this.</param>
public sealed record MeetingFilter(IReadOnlyList<MeetingType>? Types, bool? ThemeDay) : RecordFilter;

/// <summary>Findings, as in a finding condition.</summary>
/// <param name="Finding">Which findings are counted.</param>
public sealed record FindingCountFilter(FindingFilter Finding) : RecordFilter;

/// <summary>
/// Which findings match. A field that is null is not tested. <c>Roles</c> uses the member's role (committee = secretary,
/// deputy secretary and committee). A filter on <c>form</c> never matches an exempt (容错免责) finding of form 1 or 2;
/// form 3 and 4 cases cannot be exempt, and an exempt flag on them is not looked at. Findings dated
/// before the period match only filters that ask for <c>open</c> or <c>overdue</c> items (their rectification is all
/// that is left to judge).
/// </summary>
public sealed record FindingFilter
{
    /// <summary>四种形态 form, 1–4; a form filter never matches an exempt finding of form 1 or 2, and ignores the flag on form 3 and 4.</summary>
    public IntFilter? Form { get; init; }

    /// <summary>The roles of the member concerned.</summary>
    public IReadOnlyList<MemberRole>? Roles { get; init; }

    /// <summary>Where the finding came from (督察, 巡察, …).</summary>
    public IReadOnlyList<FindingSource>? Sources { get; init; }

    /// <summary>The finding's category (四风, 八项规定, …).</summary>
    public IReadOnlyList<FindingCategory>? Categories { get; init; }

    /// <summary>The finding's 容错免责 status.</summary>
    public IReadOnlyList<Tolerance>? Tolerances { get; init; }

    /// <summary>The 五责联抓 role held responsible.</summary>
    public IReadOnlyList<ResponsibleRole>? Responsibilities { get; init; }

    /// <summary>Whether the item is still open at the period end (closed_date empty or after it).</summary>
    public bool? Open { get; init; }

    /// <summary>Whether the item is overdue (due on or before the period end and not closed by the due date).</summary>
    public bool? Overdue { get; init; }

    /// <summary>Where the filter is written in the rule file; null for filters built in code.</summary>
    public SourceLocation? Location { get; init; }
}
