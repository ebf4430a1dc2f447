namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// Excel's limit on the text of one cell, 32,767 characters: every workbook EcoAssessment writes keeps to it, so that a
/// long value read from a dataset (a sheet cell may hold up to <see cref="InputLimits.MaxRowChars"/>) never makes a
/// report that Excel repairs or refuses. A longer text is cut and ends with "…".
/// </summary>
internal static class CellLimit
{
    /// <summary>Characters in one cell of a written workbook.</summary>
    public const int MaxChars = 32_767;

    /// <summary>The text as a cell may hold it: unchanged when within the limit, else its start (not cutting a surrogate pair) and "…".</summary>
    public static string Clamp(string s)
    {
        if (s.Length <= MaxChars)
        {
            return s;
        }

        var keep = MaxChars - 1;
        if (char.IsHighSurrogate(s[keep - 1]))
        {
            keep--;
        }

        return string.Concat(s.AsSpan(0, keep), "…");
    }
}
