using System.Globalization;
using EcoAssessment.Catalogue;

namespace EcoAssessment.Model;

/// <summary>The kind of a period; rectification (整顿) compares periods of the same kind.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year, <c>2024</c>.</summary>
    Year,

    /// <summary>A half year, <c>2024H1</c>.</summary>
    Half,

    /// <summary>A quarter, <c>2024Q3</c>.</summary>
    Quarter,

    /// <summary>A month, <c>2024-03</c>.</summary>
    Month,

    /// <summary>Any inclusive range of days, <c>2024-01-01..2024-06-30</c>.</summary>
    Range,
}

/// <summary>An inclusive range of days with its label (<c>2024</c>, <c>2024H1</c>, <c>2024Q3</c>, <c>2024-03</c>, <c>a..b</c>).</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day, included.</param>
/// <param name="Kind">Year, half, quarter, month or range.</param>
/// <param name="Label">The label, e.g. <c>2024Q3</c>.</param>
public sealed record Period(DateOnly Start, DateOnly End, PeriodKind Kind, string Label)
{
    /// <summary>The calendar year.</summary>
    public static Period Year(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), PeriodKind.Year, year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether the day is in the period, both ends included.</summary>
    public bool Contains(DateOnly d) => d >= Start && d <= End;

    /// <summary>Days in the period, both ends included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>
    /// The period's length in months, used to pro-rate yearly expectations: whole months count 1 each, a partly covered
    /// month counts its covered days over its length (2024-01-01..2024-01-15 is 15/31 of a month). A year is 12.
    /// </summary>
    public double Months
    {
        get
        {
            double total = 0;
            var cursor = new DateOnly(Start.Year, Start.Month, 1);
            while (cursor <= End)
            {
                var monthEnd = cursor.AddMonths(1).AddDays(-1);
                var from = cursor < Start ? Start : cursor;
                var to = monthEnd > End ? End : monthEnd;
                total += (double)(to.DayNumber - from.DayNumber + 1) / DateTime.DaysInMonth(cursor.Year, cursor.Month);
                cursor = cursor.AddMonths(1);
            }

            return total;
        }
    }

    /// <summary>The calendar months the period touches (for coverage measures such as 主题党日 per month).</summary>
    public IEnumerable<(int Year, int Month)> CalendarMonths()
    {
        var cursor = new DateOnly(Start.Year, Start.Month, 1);
        while (cursor <= End)
        {
            yield return (cursor.Year, cursor.Month);
            cursor = cursor.AddMonths(1);
        }
    }

    /// <summary>Parses a period label: <c>2024</c>, <c>2024H1</c>, <c>2024Q3</c>, <c>2024-03</c> or <c>2024-01-01..2024-06-30</c> (both ends included).</summary>
    /// <param name="text">The label; full-width digits and Chinese separators are folded as in the inputs.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not one of the accepted forms; the message says why, in Chinese (<see cref="Problem"/> in either language).</exception>
    public static Period Parse(string text) =>
        TryRead(text, out var period, out var problem) ? period : throw new FormatException(problem!.Render(Language.Zh));

    /// <summary>
    /// Parses a period label; returns false with a reason, in Chinese (the default language), when it is not one of the
    /// accepted forms. <see cref="Problem"/> gives the reason in either language.
    /// </summary>
    public static bool TryParse(string text, out Period period, out string? error)
    {
        var ok = TryRead(text, out period, out var problem);
        error = problem?.Render(Language.Zh);
        return ok;
    }

    /// <summary>Why a text is not a period label, to be rendered in the reader's language; null when it is one.</summary>
    /// <param name="text">The label, as for <see cref="Parse"/>.</param>
    public static Text? Problem(string text) => TryRead(text, out _, out var problem) ? null : problem;

    private static bool TryRead(string text, out Period period, out Text? error)
    {
        period = Year(2000);
        error = null;
        var s = TextNormaliser.Fold(text);
        if (s.Contains("..", StringComparison.Ordinal))
        {
            var parts = s.Split("..");
            if (parts.Length == 2 && ValueParser.TryParseDate(parts[0], false, out var a, out _) && ValueParser.TryParseDate(parts[1], false, out var b, out _))
            {
                if (b < a)
                {
                    error = Texts.PeriodRangeBackwards.With(s);
                    return false;
                }

                period = new Period(a, b, PeriodKind.Range, string.Create(CultureInfo.InvariantCulture, $"{a:yyyy-MM-dd}..{b:yyyy-MM-dd}"));
                return true;
            }

            error = Texts.PeriodRangeNotDates.With(s);
            return false;
        }

        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200)
        {
            period = Year(y);
            return true;
        }

        if (s.Length == 6 && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out y) && y is >= 1900 and <= 2200)
        {
            var k = char.ToUpperInvariant(s[4]);
            var n = s[5] - '0';
            if (k == 'H' && n is 1 or 2)
            {
                var start = new DateOnly(y, n == 1 ? 1 : 7, 1);
                period = new Period(start, start.AddMonths(6).AddDays(-1), PeriodKind.Half, $"{y}H{n}");
                return true;
            }

            if (k == 'Q' && n is >= 1 and <= 4)
            {
                var start = new DateOnly(y, (3 * (n - 1)) + 1, 1);
                period = new Period(start, start.AddMonths(3).AddDays(-1), PeriodKind.Quarter, $"{y}Q{n}");
                return true;
            }
        }

        if (s.Length == 7 && s[4] == '-' && int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out y)
            && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 && y is >= 1900 and <= 2200)
        {
            var start = new DateOnly(y, m, 1);
            period = new Period(start, start.AddMonths(1).AddDays(-1), PeriodKind.Month, s);
            return true;
        }

        error = Texts.PeriodNotALabel.With(s);
        return false;
    }

    /// <summary>The label, e.g. <c>2024Q3</c>.</summary>
    public override string ToString() => Label;
}
