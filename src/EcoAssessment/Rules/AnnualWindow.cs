using EcoAssessment.Model;

namespace EcoAssessment.Rules;

/// <summary>
/// Over which days an annual item (组织生活会, 民主评议, 谈心谈话: once a year) is judged when the period is shorter than
/// a year (rule file <c>window:</c> on an <c>annual_review</c> indicator or on a veto). A quarter holds an annual item
/// only if the branch happened to hold it that quarter; a window looks further.
/// </summary>
public enum AnnualWindow
{
    /// <summary>The period itself (the default; the only reading for a year).</summary>
    Period,

    /// <summary>The 12 months ending on the period's last day (<c>rolling_12_months</c>): held in them, or not held.</summary>
    Rolling12Months,

    /// <summary>
    /// From 1 January of the period's year to its last day (<c>year_to_date</c>), pro-rated: an item not held yet is due by
    /// 31 December, so an indicator loses only the part of the year gone by and a veto on it is 未到期 (not yet due) until
    /// the period ends on 31 December.
    /// </summary>
    YearToDate,
}

/// <summary>The days of an <see cref="AnnualWindow"/> for a period, and the words rule files write for each.</summary>
public static class AnnualWindows
{
    /// <summary>The rule-file words, in the order of <see cref="AnnualWindow"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["period", "rolling_12_months", "year_to_date"];

    /// <summary>The rule-file word of a window.</summary>
    public static string Name(AnnualWindow window) => Names[(int)window];

    /// <summary>The first day of the window for <paramref name="period"/> (the last is the period's end).</summary>
    public static DateOnly From(AnnualWindow window, Period period) => window switch
    {
        AnnualWindow.Rolling12Months => period.End.AddDays(1).AddMonths(-12),
        AnnualWindow.YearToDate => new DateOnly(period.End.Year, 1, 1),
        _ => period.Start,
    };

    /// <summary>31 December of the year the period ends in: when an annual item of the year is due.</summary>
    public static DateOnly YearEnd(Period period) => new(period.End.Year, 12, 31);

    /// <summary>
    /// Whether <paramref name="period"/> ends before its year does (a quarter, a half, a month short of December): the
    /// periods with something still to come by 31 December — annual items due later, 预警 (early warning). A year has none.
    /// </summary>
    public static bool EndsBeforeYear(Period period) => period.Kind != PeriodKind.Year && period.End < YearEnd(period);

    /// <summary>Whether an annual item not held yet is still due later (year to date, and the period ends before 31 December).</summary>
    public static bool DueLater(AnnualWindow window, Period period) => window == AnnualWindow.YearToDate && EndsBeforeYear(period);

    /// <summary>
    /// The share of the year gone by at the period's end (year to date: months and the part of the last month, 0–1), the part
    /// of an annual item expected by then.
    /// </summary>
    public static double YearElapsed(Period period)
    {
        var e = period.End;
        return (e.Month - 1 + ((double)e.Day / DateTime.DaysInMonth(e.Year, e.Month))) / 12;
    }

    /// <summary>The earliest day any window reaches back to for <paramref name="period"/> (what the reader keeps of earlier meetings).</summary>
    internal static DateOnly LookbackFrom(Period period)
    {
        var rolling = From(AnnualWindow.Rolling12Months, period);
        var ytd = From(AnnualWindow.YearToDate, period);
        return rolling < ytd ? rolling : ytd;
    }
}
