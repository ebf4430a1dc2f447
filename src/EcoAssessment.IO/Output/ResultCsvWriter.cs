using CsvHelper;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Output;

/// <summary>
/// Writes the per-branch CSV (DESIGN.md §6): UTF-8 without BOM, LF line ends, one row per branch sorted by rank then
/// branch_id, text cells neutralised by <see cref="Formats.Text"/>.
/// </summary>
internal static class ResultCsvWriter
{
    public static void Write(Assessment assessment, Stream stream)
    {
        var options = new CsvWriterOptions
        {
            NewLine = "\n",
        };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteRecord(ResultColumns.Header(assessment));
        foreach (var r in assessment.Results)
        {
            ResultColumns.WriteRow(csv, assessment, r);
        }

        csv.Flush();
    }
}
