using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Parquet;

/// <summary>
/// <c>-o results.parquet</c>: the columns of results.csv (<see cref="ResultColumns"/>), typed — score, coverage,
/// deductions and the <c>dim.*</c> and <c>ind.*</c> values as DOUBLE, rank as INT32, rectification as BOOLEAN, the rest
/// as strings — with nulls where the CSV has an empty cell. Texts are as the branch gave them (no spreadsheet
/// apostrophe: a Parquet reader runs no formula).
/// </summary>
internal static class ResultParquetWriter
{
    private static ColumnType? TypeOf(string column) => column switch
    {
        "score" or "coverage" or "deductions" => ColumnType.Number,
        "rank" => ColumnType.Count,
        "rectification" => ColumnType.Flag,
        _ when column.StartsWith("dim.", StringComparison.Ordinal) || column.StartsWith("ind.", StringComparison.Ordinal) => ColumnType.Number,
        _ => ColumnType.Text,
    };

    private static double? Finite(double? v) => v is double d && double.IsFinite(d) ? d : null;

    private static string? Blank(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>Writes the assessment's rows into <paramref name="stream"/>, in the CSV's order and language.</summary>
    public static void Write(Assessment a, Stream stream, Language language)
    {
        var header = ResultColumns.Header(a);
        using var writer = new ParquetTableWriter(stream, header, TypeOf);
        foreach (var r in a.Results)
        {
            var values = new object?[header.Length];
            var i = 0;
            values[i++] = a.Period.Label;
            values[i++] = r.BranchId;
            values[i++] = r.Branch.Name;
            values[i++] = r.Branch.Unit;
            values[i++] = r.Score is decimal score ? (double)decimal.Round(score, 2) : null;
            values[i++] = r.Rank;
            values[i++] = Formats.Rating(r.Rating);
            values[i++] = Blank(r.Grade);
            values[i++] = Blank(Formats.Reasons(r, language));
            values[i++] = Finite(r.Coverage);
            values[i++] = Finite(r.Deductions);
            values[i++] = r.Vetoes.Count == 0 ? null : string.Join(";", r.Vetoes);
            values[i++] = r.PreviousRating is Rating prev ? RatingLabels.Chinese(prev) : null;
            values[i++] = Blank(r.Transition);
            values[i++] = r.Rectification;
            values[i++] = Blank(Formats.ReasonCodes(r));
            for (var d = 0; d < r.DimensionCount; d++)
            {
                values[i++] = Finite(r.DimensionScore(d));
            }

            for (var k = 0; k < r.IndicatorCount; k++)
            {
                values[i++] = Finite(r.NormalisedValue(k));
            }

            writer.Row(values);
        }
    }
}
