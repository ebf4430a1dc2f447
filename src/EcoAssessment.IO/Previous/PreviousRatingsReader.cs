using System.Text;
using System.Text.Json;
using CsvHelper;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Previous;

/// <summary>
/// Reads an earlier run's ratings for <c>--previous</c>: the CSV or JSON that <c>eco evaluate</c> wrote, or a minimal CSV
/// <c>branch_id,rating</c> (Chinese headers 支部编号, 评级 accepted; ratings 先锋/中间/落后/未定级 or vanguard/middle/…).
/// The period comes from the file's <c>period</c> column or JSON metadata when present.
/// </summary>
internal static class PreviousRatingsReader
{
    public static PreviousRatings? Read(string path, DiagnosticBag bag)
    {
        byte[] bytes;
        try
        {
            if (Text.BoundedInput.ReadAll(path, InputLimits.MaxPreviousBytes, bag, Catalogue.Texts.ReadWhatPrevious, Catalogue.Texts.ReadAdvicePrevious) is not { } read)
            {
                return null;
            }

            bytes = read;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(path), Catalogue.Texts.PreviousMissing.With("branch_id,rating"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), Catalogue.Texts.ReadCannotRead.With(e.Message));
            return null;
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return FromJson(path, bytes, bag);
        }

        return Text.Utf8Text.ToUtf8(bytes, path, bag) is { } utf8 ? FromCsv(path, utf8, bag) : null;
    }

    private static PreviousRatings? FromCsv(string path, byte[] bytes, DiagnosticBag bag)
    {
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',', SkipEmptyLines = false });
        csv.ReadHeader();
        int Find(params string[] names) => csv.Headers.Select((h, i) => (h: TextNormaliser.Fold(h).TrimStart('\uFEFF'), i)).FirstOrDefault(x => names.Contains(x.h, StringComparer.OrdinalIgnoreCase), (h: string.Empty, i: -1)).i;
        var id = Find("branch_id", "支部编号");
        var rating = Find("rating", "评级");
        var period = Find("period", "期间", "年度");
        var rectification = Find("rectification", "整顿");
        var score = Find("score", "得分");
        if (id < 0 || rating < 0)
        {
            bag.Error(DiagnosticCodes.MissingColumn, SourceLocation.AtRow(path, 1), Catalogue.Texts.PreviousMissingColumns.With("支部编号", "评级"));
            return null;
        }

        var branches = new Dictionary<string, PreviousRating>(StringComparer.Ordinal);
        string? label = null;
        while (csv.Read())
        {
            var row = (int)csv.RowNumber + 1;
            // The bound of a CSV row of a table (ECO0218): a results file has short rows; a 50 MB value is not a rating.
            var chars = 0L;
            for (var c = 0; c < csv.FieldCount; c++)
            {
                chars += csv.GetString(c).Length;
            }

            if (chars > InputLimits.MaxRowChars || csv.FieldCount > InputLimits.MaxFields)
            {
                bag.Error(DiagnosticCodes.RowTooLong, SourceLocation.AtRow(path, row), Catalogue.Texts.HostileRowTooLong.With(chars, InputLimits.MaxRowChars));
                return null;
            }

            var branch = TextNormaliser.Fold(csv.GetString(id));
            if (branch.Length == 0)
            {
                continue;
            }

            var text = TextNormaliser.Fold(csv.GetString(rating));
            if (!RatingLabels.TryParse(text, out var r))
            {
                bag.Error(DiagnosticCodes.UnknownCode, SourceLocation.AtRow(path, row, csv.Headers[rating]), Catalogue.Texts.PreviousNotRating.With(Shown(text), "未定级"));
                continue;
            }

            var listed = rectification >= 0 && ValueParser.TryParseFlag(csv.GetString(rectification), out var f) && f;
            double? previousScore = score >= 0 && ValueParser.TryParseNumber(TextNormaliser.Fold(csv.GetString(score)), out var sc) ? sc : null;
            if (!branches.TryAdd(branch, new PreviousRating(r, listed) { Score = previousScore }))
            {
                bag.Error(DiagnosticCodes.DuplicateRecordId, SourceLocation.AtRow(path, row, csv.Headers[id]), Catalogue.Texts.PreviousBranchTwice.With(Shown(branch)));
            }

            if (period >= 0 && label is null && TextNormaliser.Fold(csv.GetString(period)) is { Length: > 0 } p)
            {
                label = p;
            }
        }

        return bag.HasErrors ? null : Build(label, branches);
    }

    private static PreviousRatings? FromJson(string path, byte[] bytes, DiagnosticBag bag)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            string? label = root.TryGetProperty("metadata", out var meta) && meta.TryGetProperty("period", out var p) && p.TryGetProperty("label", out var l) ? l.GetString() : null;
            if (!root.TryGetProperty("branches", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                bag.Error(DiagnosticCodes.MissingColumn, SourceLocation.InFile(path), Catalogue.Texts.PreviousNotResult.With("branches"));
                return null;
            }

            var branches = new Dictionary<string, PreviousRating>(StringComparer.Ordinal);
            var index = 0;
            foreach (var b in list.EnumerateArray())
            {
                index++;
                var id = b.TryGetProperty("branch_id", out var i) ? i.GetString() : null;
                var rating = b.TryGetProperty("rating", out var r) ? r.GetString() : null;
                if (id is null || rating is null || !RatingLabels.TryParse(rating, out var parsed))
                {
                    bag.Error(DiagnosticCodes.UnknownCode, SourceLocation.InFile(path), Catalogue.Texts.PreviousBadEntry.With(index - 1, "branches"));
                    continue;
                }

                var listed = b.TryGetProperty("rectification", out var x) && x.ValueKind == JsonValueKind.True;
                double? score = b.TryGetProperty("score", out var sc) && sc.ValueKind == JsonValueKind.Number ? sc.GetDouble() : null;
                branches.TryAdd(id, new PreviousRating(parsed, listed) { Score = score });
            }

            return bag.HasErrors ? null : Build(label, branches);
        }
        catch (JsonException e)
        {
            bag.Error(DiagnosticCodes.MalformedCsv, SourceLocation.At(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), Catalogue.Texts.PreviousNotJson.With(Catalogue.Texts.HostileJsonSyntax));
            return null;
        }
    }

    /// <summary>A value from the file as a message shows it: at most 60 characters (a value of any length is not echoed whole).</summary>
    private static string Shown(string s) => s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 57), "…");

    private static PreviousRatings Build(string? label, Dictionary<string, PreviousRating> branches) =>
        new(label, label is not null && Period.TryParse(label, out var p, out _) ? p.Kind : null, branches);
}
