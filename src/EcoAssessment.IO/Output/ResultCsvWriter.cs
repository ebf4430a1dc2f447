using CsvHelper;
using EcoAssessment.Catalogue;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Output;

/// <summary>
/// Writes the per-branch CSV (DESIGN.md §6): UTF-8 without BOM, LF line ends, one row per branch sorted by rank then
/// branch_id, text cells neutralised by <see cref="Formats.Text"/>.
/// </summary>
internal static class ResultCsvWriter
{
    /// <summary>From this many branches the rows are formatted in blocks on all cores (then written in order).</summary>
    internal const int ParallelRows = Blocks.ParallelFrom;

    private static readonly CsvWriterOptions Options = new() { NewLine = "\n" };

    /// <summary>Writes the CSV; the reasons column in <paramref name="language"/>, everything else the same in every language.</summary>
    public static void Write(Assessment assessment, Stream stream, Language language = Language.Zh) =>
        Write(assessment, stream, Environment.ProcessorCount, language);

    /// <summary>Writes with up to <paramref name="parallelism"/> threads formatting rows; the bytes are the same for any number.</summary>
    internal static void Write(Assessment assessment, Stream stream, int parallelism, Language language = Language.Zh)
    {
        var results = assessment.Results;
        if (!Blocks.InParallel(results.Count, parallelism))
        {
            using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
            csv.WriteRecord(ResultColumns.Header(assessment));
            foreach (var r in results)
            {
                ResultColumns.WriteRow(csv, assessment, r, language);
            }

            csv.Flush();
            return;
        }

        // Formatting numbers is most of the work: blocks of rows are formatted into buffers side by side, then written
        // one after another, so the file is the one a single writer gives.
        using (var header = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            header.WriteRecord(ResultColumns.Header(assessment));
            header.Flush();
        }

        var buffers = new MemoryStream[Blocks.CountFor(results.Count, parallelism)];
        Blocks.Run(results.Count, parallelism, (k, from, to) =>
        {
            var buffer = new MemoryStream((to - from) * 384); // a row of the default rules is about 330 bytes
            using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
            {
                for (var i = from; i < to; i++)
                {
                    ResultColumns.WriteRow(csv, assessment, results[i], language);
                }

                csv.Flush();
            }

            buffers[k] = buffer;
        });

        foreach (var buffer in buffers)
        {
            buffer.WriteTo(stream);
        }
    }
}
