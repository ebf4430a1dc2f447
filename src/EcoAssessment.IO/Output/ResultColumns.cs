using System.Globalization;
using CsvHelper;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Output;

/// <summary>Formatting shared by every output: invariant culture, round-trip doubles, 2-decimal scores, empty for missing.</summary>
internal static class Formats
{
    public static string Number(double? v) =>
        v is double d && double.IsFinite(d) ? (d + 0.0).ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A score with two decimals; a value that shows as zero is written 0.00, never -0.00.</summary>
    public static string Score(decimal? v) => v is decimal d ? (Math.Abs(d) < 0.005m ? 0m : d).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;

    public static string Rank(int? v) => v is int r ? r.ToString(CultureInfo.InvariantCulture) : string.Empty;

    public static string Rating(Rating r) => RatingLabels.Chinese(r);

    /// <summary>
    /// Text a spreadsheet would run as a formula (leading <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a leading
    /// apostrophe, which Excel and LibreOffice read as "this is text". Applied to text cells only, never to numbers.
    /// </summary>
    public static string Text(string s) =>
        s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;

    /// <summary>An RFC 4180 field: quoted when it holds a comma, quote or line break, with quotes doubled.</summary>
    public static string CsvField(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    /// <summary>A rule-file position as people cite it: <c>default.yaml:42</c>; empty when unknown.</summary>
    public static string RuleRef(EcoAssessment.Diagnostics.SourceLocation? at) =>
        at is { File: { } f, Line: int line } ? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(f)}:{line}") : string.Empty;

    /// <summary>The reasons column: the sentences people read, in <paramref name="language"/> (docs/reasons.md).</summary>
    public static string Reasons(BranchResult r, Language language = Language.Zh) => r.DescribeReasons(language);

    /// <summary>The reason_codes column: <c>code:detail</c> tokens joined by <c>; </c>, the same in every language.</summary>
    public static string ReasonCodes(BranchResult r) => string.Join("; ", r.Reasons);
}

/// <summary>The CSV columns of DESIGN.md §6, in order; <c>dim.*</c> and <c>ind.*</c> follow the rule set's declaration order.</summary>
internal static class ResultColumns
{
    public static readonly string[] Fixed =
    [
        "period", "branch_id", "name", "unit", "score", "rank", "rating", "grade", "reasons", "coverage", "deductions", "vetoes",
        "previous_rating", "transition", "rectification", "reason_codes",
    ];

    public static string[] Header(Assessment a) =>
        [.. Fixed, .. a.Rules.Dimensions.Select(d => $"dim.{d.Id}"), .. a.Indicators.Select(i => $"ind.{i.Id}")];

    /// <summary>
    /// Writes one output row as a complete CSV record: text cells as text (before CSV quoting; formula-like text
    /// neutralised by <see cref="Formats.Text"/>), numbers formatted straight into the writer's buffer as
    /// <see cref="Formats.Number"/>, <see cref="Formats.Score"/> and <see cref="Formats.Rank"/> would give them, without
    /// a string per cell, and the scores and values read from the assessment without building the traces.
    /// </summary>
    public static void WriteRow(CsvWriter csv, Assessment a, BranchResult r, Language language)
    {
        csv.WriteField(a.Period.Label);
        csv.WriteField(Formats.Text(r.BranchId));
        csv.WriteField(Formats.Text(r.Branch.Name));
        csv.WriteField(Formats.Text(r.Branch.Unit));
        if (r.Score is decimal score)
        {
            csv.WriteField(score, "0.00");
        }
        else
        {
            csv.WriteField(string.Empty);
        }

        if (r.Rank is int rank)
        {
            csv.WriteField(rank, default);
        }
        else
        {
            csv.WriteField(string.Empty);
        }

        csv.WriteField(Formats.Rating(r.Rating));
        csv.WriteField(Formats.Text(r.Grade ?? string.Empty));
        csv.WriteField(Formats.Text(Formats.Reasons(r, language)));
        Number(csv, r.Coverage);
        Number(csv, r.Deductions);
        csv.WriteField(r.Vetoes.Count == 0 ? string.Empty : Formats.Text(string.Join(";", r.Vetoes)));
        csv.WriteField(r.PreviousRating is Rating prev ? RatingLabels.Chinese(prev) : string.Empty);
        csv.WriteField(r.Transition ?? string.Empty);
        csv.WriteField(r.Rectification is bool rect ? (rect ? "true" : "false") : string.Empty);
        csv.WriteField(Formats.Text(Formats.ReasonCodes(r)));
        for (var d = 0; d < r.DimensionCount; d++)
        {
            Number(csv, r.DimensionScore(d));
        }

        for (var i = 0; i < r.IndicatorCount; i++)
        {
            Number(csv, r.NormalisedValue(i));
        }

        csv.EndRecord();
    }

    /// <summary>A number cell as <see cref="Formats.Number"/> writes it: round-trip text, empty when missing or not finite.</summary>
    private static void Number(CsvWriter csv, double? v)
    {
        if (v is double d && double.IsFinite(d))
        {
            csv.WriteField(d, "R");
        }
        else
        {
            csv.WriteField(string.Empty);
        }
    }
}
