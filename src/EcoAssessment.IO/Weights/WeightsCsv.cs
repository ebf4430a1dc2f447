using CsvHelper;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Weights;

/// <summary>A pairwise comparison matrix: the criteria in header order and their judgements (row i against column j).</summary>
internal sealed record ComparisonMatrix(string[] Names, double[,] Values);

/// <summary>Indicator columns in header order, one value per data row (NaN where a cell is empty).</summary>
internal sealed record IndicatorColumns(string[] Names, double[][] Columns);

/// <summary>
/// Reads the CSV tables of <c>eco weights</c>: a header row, then one row per criterion (AHP) or per branch (entropy),
/// the first column naming the row. Text is decoded (UTF-8 or GB18030) and folded as the dataset reader does; rows with
/// no text are skipped. Every bad cell is reported, located by row (the header is row 1) and column name.
/// </summary>
internal static class WeightsCsv
{
    /// <summary>A square matrix of numbers or fractions (<c>1/3</c>) that AHP can use; null with the problems in <paramref name="bag"/>.</summary>
    public static ComparisonMatrix? ReadMatrix(string path, DiagnosticBag bag)
    {
        if (ReadTable(path, bag, out var header) is not { } rows)
        {
            return null;
        }

        var names = header.Skip(1).ToArray();
        var n = names.Length;
        var errors = 0;
        if (rows.Count != n)
        {
            bag.Error(DiagnosticCodes.OutOfRange, SourceLocation.InFile(path), Catalogue.Texts.WeightsNotSquare.With(n, rows.Count));
            return null;
        }

        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var text = j + 1 < rows[i].Length ? rows[i][j + 1] : string.Empty;
                if (!TryCell(text, out a[i, j]))
                {
                    bag.Error(DiagnosticCodes.BadNumber, SourceLocation.AtRow(path, i + 2, names[j]), Catalogue.Texts.WeightsBadCell.With(text));
                    errors++;
                }
            }
        }

        if (errors > 0)
        {
            return null;
        }

        if (Methods.Ahp.Problem(a) is { } problem)
        {
            bag.Error(DiagnosticCodes.OutOfRange, SourceLocation.InFile(path), problem);
            return null;
        }

        return new ComparisonMatrix(names, a);
    }

    /// <summary>
    /// The numeric columns after the first; <paramref name="lower"/> (the <c>--lower</c> columns) must name header
    /// columns, and with <paramref name="raw"/> (shares of the raw values) no value may be below 0. Null with the problems
    /// in <paramref name="bag"/>.
    /// </summary>
    public static IndicatorColumns? ReadColumns(string path, IReadOnlyList<string> lower, bool raw, DiagnosticBag bag)
    {
        if (ReadTable(path, bag, out var header) is not { } rows)
        {
            return null;
        }

        var names = header.Skip(1).ToArray();
        var unknown = lower.Where(l => !names.Contains(l)).ToArray();
        if (unknown.Length > 0)
        {
            bag.Error(DiagnosticCodes.MissingColumn, SourceLocation.InFile(path), Catalogue.Texts.WeightsLowerUnknown.With(Tables.CodeTexts.List(unknown), Tables.CodeTexts.List(names)));
            return null;
        }

        var columns = names.Select(_ => new double[rows.Count]).ToArray();
        var errors = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var j = 0; j < names.Length; j++)
            {
                var text = j + 1 < rows[r].Length ? rows[r][j + 1] : string.Empty;
                if (text.Length == 0)
                {
                    columns[j][r] = double.NaN;
                }
                else if (ValueParser.TryParseNumber(text, out var v))
                {
                    columns[j][r] = v;
                    if (raw && v < 0)
                    {
                        bag.Error(DiagnosticCodes.OutOfRange, SourceLocation.AtRow(path, r + 2, names[j]), Catalogue.Texts.WeightsRawNegative.With(text));
                        errors++;
                    }
                }
                else
                {
                    bag.Error(DiagnosticCodes.BadNumber, SourceLocation.AtRow(path, r + 2, names[j]), Catalogue.Texts.WeightsNotNumber.With(text));
                    errors++;
                }
            }
        }

        return errors > 0 ? null : new IndicatorColumns(names, columns);
    }

    /// <summary>The header and the rows with any text; null (reported) when the file is missing or too large.</summary>
    private static List<string[]>? ReadTable(string path, DiagnosticBag bag, out string[] header)
    {
        header = [];
        if (!File.Exists(path))
        {
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(path), Catalogue.Texts.WeightsFileMissing);
            return null;
        }

        byte[]? bytes;
        try
        {
            bytes = Text.BoundedInput.ReadAll(path, InputLimits.MaxTableBytes, bag, Catalogue.Texts.ReadWhatFile, Catalogue.Texts.ReadAdviceWeights);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), Catalogue.Texts.ReadCannotRead.With(e.Message));
            return null;
        }

        if (bytes is null)
        {
            return null;
        }

        if (Text.Utf8Text.ToUtf8(bytes, path, bag) is not { } utf8)
        {
            return null;
        }

        using var csv = CsvReader.Create(utf8, new CsvReaderOptions { Separator = ',' });
        csv.ReadHeader();
        header = csv.Headers.Select(h => TextNormaliser.Fold(h).TrimStart('\uFEFF')).ToArray();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = Enumerable.Range(0, csv.FieldCount).Select(i => TextNormaliser.Fold(csv.GetString(i))).ToArray();
            if (row.Any(c => c.Length > 0))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>A number or a fraction a/b.</summary>
    private static bool TryCell(string text, out double value)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && ValueParser.TryParseNumber(text[..slash], out var a) && ValueParser.TryParseNumber(text[(slash + 1)..], out var b) && b != 0)
        {
            value = a / b;
            return true;
        }

        return ValueParser.TryParseNumber(text, out value);
    }
}
