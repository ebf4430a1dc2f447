namespace EcoAssessment.IO;

/// <summary>
/// The bounds on what the readers accept, so that a hostile or broken file gives a located error (ECO0004, ECO0112,
/// ECO0218) instead of exhausting memory or time. Every limit is far above what real data needs; docs/inputs.md lists
/// them. CSV limits can be changed per read with <see cref="Csv.CsvReadOptions"/>.
/// </summary>
internal static class InputLimits
{
    /// <summary>One CSV table file: the largest byte array .NET can hold (just under 2 GiB). Larger tables can be split into several files.</summary>
    public const long MaxTableBytes = 0x7FFFFFC7;

    /// <summary>
    /// The --previous file (an earlier run's results, one row per branch, read whole into memory): 256 MiB holds the
    /// results of several hundred thousand branches.
    /// </summary>
    public const long MaxPreviousBytes = 256L << 20;

    /// <summary>Fields in one CSV row (the header included): a wide indicators table with thousands of indicators still fits.</summary>
    public const int MaxFields = 4096;

    /// <summary>Characters in one CSV row (all its fields together).</summary>
    public const int MaxRowChars = 1 << 20;

    /// <summary>One rule file (the shipped ones have under 10 KiB).</summary>
    public const long MaxRuleFileBytes = 1 << 20;

    /// <summary>
    /// An input whose size the system does not report (a pipe, a character device, a /proc file) is read into memory up
    /// to this many bytes (or its own limit, if lower), then refused (ECO0351): 64 MiB holds the records of a whole
    /// province for a year; a larger table can be saved to a file, whose size is known.
    /// </summary>
    public const long MaxUnknownSizeBytes = 64L << 20;

    /// <summary>One rule test file (eco test): its cases carry their tables inline; the shipped ones have under 20 KiB.</summary>
    public const long MaxTestFileBytes = 16L << 20;

    /// <summary>Nodes of a rule file once its aliases are expanded (the default rule set has a few thousand).</summary>
    public const int MaxRuleNodes = 100_000;

    /// <summary>
    /// Reports ECO0004 at <paramref name="path"/> when the file is larger than <paramref name="max"/> bytes, before
    /// anything is read; <paramref name="what"/> names the file in the message and <paramref name="advice"/> says what
    /// to do instead. True when the file may be read (also when it does not exist: the reader reports that).
    /// </summary>
    public static bool WithinSize(string path, long max, Diagnostics.DiagnosticBag bag, Catalogue.Text what, Catalogue.Text advice)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length <= max)
        {
            return true;
        }

        bag.Error(Diagnostics.DiagnosticCodes.InputTooLarge, Diagnostics.SourceLocation.InFile(path), Catalogue.Texts.ReadFileTooLarge.With(what, file.Length, max, advice));
        return false;
    }
}
