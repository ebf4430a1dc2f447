using System.Globalization;

namespace EcoAssessment.Model;

/// <summary>
/// Parses cell text into typed values, in the invariant culture, accepting what is unambiguous in real files
/// (DOMAIN.md §6) and nothing else. Every method takes text already folded by <see cref="TextNormaliser.Fold"/>.
/// </summary>
internal static class ValueParser
{
    /// <summary>
    /// A date: ISO <c>2024-03-07</c>, <c>2024/3/7</c>, <c>2024.3.7</c>, <c>2024年3月7日</c>; with <paramref name="allowMonth"/>
    /// also a month (<c>2024-03</c>, <c>2024/3</c>, <c>2024.03</c>, <c>2024年3月</c>), read as its first day.
    /// </summary>
    public static bool TryParseDate(string text, bool allowMonth, out DateOnly date, out bool monthOnly)
    {
        date = default;
        monthOnly = false;
        var s = text.AsSpan().Trim();
        if (s.Length == 0)
        {
            return false;
        }

        // Normalise the Chinese form to separators: 2024年3月7日 → 2024-3-7, 2024年3月 → 2024-3.
        if (s.Contains('年'))
        {
            s = s.ToString().Replace('年', '-').Replace('月', '-').Replace("日", string.Empty, StringComparison.Ordinal).TrimEnd('-');
        }

        char sep = s.Contains('-') ? '-' : s.Contains('/') ? '/' : s.Contains('.') ? '.' : '\0';
        if (sep == '\0')
        {
            return false;
        }

        // Two or three parts (year, month[, day]), sliced without allocating: this runs for every dated row.
        var first = s.IndexOf(sep);
        var year = s[..first];
        var rest = s[(first + 1)..];
        var second = rest.IndexOf(sep);
        var month = second < 0 ? rest : rest[..second];
        var day = second < 0 ? default : rest[(second + 1)..];
        if ((second >= 0 && day.Contains(sep)) || year.Length != 4)
        {
            return false;
        }

        if (!TryInt(year, out var y) || !TryInt(month, out var m) || month.Length > 2)
        {
            return false;
        }

        var d = 1;
        if (second >= 0)
        {
            if (day.Length > 2 || !TryInt(day, out d))
            {
                return false;
            }
        }
        else if (!allowMonth)
        {
            return false;
        }
        else
        {
            monthOnly = true;
        }

        if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    private static bool TryInt(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// The largest magnitude a number in the records may have (10¹⁵): far above any count, hour or score a branch can
    /// have, and small enough that sums of millions of rows stay exact in decimal arithmetic.
    /// </summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>A finite real number; a trailing <c>%</c> divides by 100; <c>-0</c> is 0. NaN, Infinity and thousands separators are refused.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var s = text.Trim();
        var percent = false;
        if (s.EndsWith('%'))
        {
            percent = true;
            s = s[..^1].TrimEnd();
        }

        if (s.Length == 0 || !double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            value = 0;
            return false;
        }

        if (percent)
        {
            value /= 100.0;
        }

        // -0 is read as 0: the same data written "-0" or "0" gives the same results, byte for byte (adding +0 clears the sign of a zero only).
        value += 0.0;
        return true;
    }

    /// <summary>A whole number ≥ 0 (<c>3</c> or <c>3.0</c>).</summary>
    public static bool TryParseCount(string text, out int value)
    {
        value = 0;
        if (!TryParseNumber(text, out var d) || text.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        if (d < 0 || d != Math.Floor(d) || d > int.MaxValue)
        {
            return false;
        }

        value = (int)d;
        return true;
    }

    /// <summary>是/否, √/×, Y/N, yes/no, 1/0, true/false, 有/无.</summary>
    public static bool TryParseFlag(string text, out bool value)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "是" or "√" or "Y" or "YES" or "1" or "TRUE" or "有" or "✓":
                value = true;
                return true;
            case "否" or "×" or "N" or "NO" or "0" or "FALSE" or "无" or "X" or "✗":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
