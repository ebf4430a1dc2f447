using System.Globalization;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>
/// Comparators, all that are given must hold: <c>below</c> &lt;, <c>max</c> ≤, <c>min</c> ≥, <c>above</c> &gt;.
/// A comparison on a value that is not available is false.
/// </summary>
public sealed record Comparison(double? Below = null, double? Max = null, double? Min = null, double? Above = null)
{
    public bool IsEmpty => Below is null && Max is null && Min is null && Above is null;

    public bool Test(double x) =>
        (Below is not double b || x < b) && (Max is not double mx || x <= mx) && (Min is not double mn || x >= mn) && (Above is not double a || x > a);

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
    public SourceLocation? Location { get; init; }
}

/// <summary><c>{ indicator: X, below: 0.5 }</c>: X's derived value in its own unit.</summary>
public sealed record IndicatorCondition(string Indicator, Comparison Comparison) : Condition;

/// <summary><c>{ normalised: X, min: 60 }</c>: X's 0–100 value.</summary>
public sealed record NormalisedCondition(string Indicator, Comparison Comparison) : Condition;

/// <summary><c>{ fact: secretary_vacant_days, above: 90 }</c>: a column of branches or indicators.</summary>
public sealed record FactCondition(string Fact, Comparison Comparison) : Condition;

/// <summary><c>{ count: { meetings: { type: org_life_review } }, below: 1 }</c>: how many records of a table match.</summary>
public sealed record CountCondition(RecordFilter Filter, Comparison Comparison) : Condition;

/// <summary><c>{ finding: { form: { min: 3 }, role: committee } }</c>: at least one finding matches.</summary>
public sealed record FindingCondition(FindingFilter Filter) : Condition;

public sealed record AnyCondition(IReadOnlyList<Condition> Conditions) : Condition;

public sealed record AllCondition(IReadOnlyList<Condition> Conditions) : Condition;

public sealed record NotCondition(Condition Inner) : Condition;

/// <summary>A whole-number field filter: a value, a list or a {min, max} range.</summary>
public sealed record IntFilter(IReadOnlyList<int>? Values, int? Min, int? Max)
{
    public bool Test(int x) => (Values is null || Values.Contains(x)) && (Min is not int mn || x >= mn) && (Max is not int mx || x <= mx);

    public override string ToString() =>
        Values is not null ? string.Join("|", Values) : $"{(Min is int a ? a.ToString(CultureInfo.InvariantCulture) : "")}..{(Max is int b ? b.ToString(CultureInfo.InvariantCulture) : "")}";
}

/// <summary>Which records a count condition counts.</summary>
public abstract record RecordFilter;

/// <summary>Meetings of the period with the listed types (all when null) and the theme_day flag when given.</summary>
public sealed record MeetingFilter(IReadOnlyList<MeetingType>? Types, bool? ThemeDay) : RecordFilter;

/// <summary>Findings, as in a finding condition.</summary>
public sealed record FindingCountFilter(FindingFilter Finding) : RecordFilter;

/// <summary>
/// Which findings match. A field that is null is not tested. <c>Roles</c> uses the member's role (committee = secretary,
/// deputy secretary and committee). A filter on <c>form</c> never matches an exempt (容错免责) finding. Findings dated
/// before the period match only filters that ask for <c>open</c> or <c>overdue</c> items (their rectification is all
/// that is left to judge).
/// </summary>
public sealed record FindingFilter
{
    public IntFilter? Form { get; init; }

    public IReadOnlyList<MemberRole>? Roles { get; init; }

    public IReadOnlyList<FindingSource>? Sources { get; init; }

    public IReadOnlyList<FindingCategory>? Categories { get; init; }

    public IReadOnlyList<Tolerance>? Tolerances { get; init; }

    public IReadOnlyList<ResponsibleRole>? Responsibilities { get; init; }

    public bool? Open { get; init; }

    public bool? Overdue { get; init; }

    public SourceLocation? Location { get; init; }
}
