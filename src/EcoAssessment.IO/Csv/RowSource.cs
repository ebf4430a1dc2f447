using CsvHelper;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Ingest;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Csv;

using EcoAssessment.Catalogue;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>
/// Splits one CSV table's text into rows and streams them into the builder. Two sources read the same files to the
/// same records and messages: <see cref="PlainRowSource"/>, the fast path over the bytes of a plain file (no quotes),
/// and <see cref="CsvHelperRowSource"/> for every other file. <see cref="RowSource.For"/> is the one place that chooses;
/// the choice is made per file, so no call per field goes through this interface.
/// </summary>
internal interface IRowSource
{
    /// <summary>Reads a table from a stream (a file, from its start).</summary>
    void Read(Stream text, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options);

    /// <summary>Reads a table held in memory as UTF-8.</summary>
    void Read(byte[] text, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options);
}

/// <summary>The choice of row source, and the header check both make.</summary>
internal static class RowSource
{
    /// <summary>
    /// The source for a file: the plain path when the file is plain (<see cref="IO.Text.Utf8Text.Scan(Stream, out bool)"/> tells) and the
    /// options allow it (<see cref="MayUsePlain"/>), else CsvHelper.
    /// </summary>
    public static IRowSource For(bool plainText, CsvReadOptions options) =>
        plainText && MayUsePlain(options) ? PlainRowSource.Instance : CsvHelperRowSource.Instance;

    /// <summary>Whether plain files may be split by <see cref="PlainCsvReader"/>: an ASCII separator, and not turned off.</summary>
    public static bool MayUsePlain(CsvReadOptions options) =>
        options.Delimiter is > '\0' and < '\u0080' and not ('"' or '\r' or '\n') && !options.CsvHelperOnly;

    /// <summary>Checks a table's header; returns the reader for its rows, or null when the table cannot be read.</summary>
    public static RowReader? Prepare(string path, TableSpec table, IReadOnlyList<string> headers, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        if (headers.Count > options.MaxFields)
        {
            bag.Error(DiagnosticCodes.RowTooLong, SourceLocation.AtRow(path, 1),
                Texts.ReadHeaderTooManyFields.With(headers.Count, options.MaxFields, options.Delimiter));
            return null;
        }

        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            bag.Error(DiagnosticCodes.EmptyTable, SourceLocation.AtRow(path, 1), Texts.ReadFileEmpty.With(table.Name, string.Join(",", table.Columns.Where(c => c.Required).Select(c => c.Name))));
            return null;
        }

        var layout = TableLayout.Create(table, headers, path, bag, options.Mapping);
        if (layout is null || !TableRules.MeetsRequirements(table, layout, builder, bag, new TableOrigin(path)))
        {
            return null;
        }

        return new RowReader(path, layout, bag) { HeaderFields = headers.Count, MaxFields = options.MaxFields, MaxRowChars = options.MaxRowChars };
    }
}

/// <summary>The fast path: <see cref="PlainCsvReader"/> splits a plain file's lines itself.</summary>
internal sealed class PlainRowSource : IRowSource
{
    public static PlainRowSource Instance { get; } = new();

    public void Read(Stream text, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options) =>
        PlainCsvReader.Parse(text, path, table, builder, bag, options);

    public void Read(byte[] text, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options) =>
        PlainCsvReader.Parse(new MemoryStream(text, writable: false), path, table, builder, bag, options);
}

/// <summary>Any CSV file, with quotes and line breaks in fields, through CsvHelper; each record goes through <see cref="RowMapper"/>.</summary>
internal sealed class CsvHelperRowSource : IRowSource
{
    public static CsvHelperRowSource Instance { get; } = new();

    public void Read(Stream text, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        using var csv = CsvReader.Create(text, ParserOptions(path, bag, options));
        Parse(csv, path, table, builder, bag, options);
    }

    public void Read(byte[] text, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        using var csv = CsvReader.Create(text, ParserOptions(path, bag, options));
        Parse(csv, path, table, builder, bag, options);
    }

    private static CsvReaderOptions ParserOptions(string path, DiagnosticBag bag, CsvReadOptions options) =>

        // Empty lines are records here (the reader skips them as blank rows), so RowNumber + 1 is the row a spreadsheet
        // shows, also after a cell that holds a line break.
        new()
        {
            Separator = options.Delimiter,
            SkipEmptyLines = false,

            // Codes, dates, flags and branch ids repeat row after row: each distinct value becomes one string, which the
            // records kept per branch share (columns of unique values, such as ids, switch pooling off by themselves).
            PoolStrings = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = m => bag.Error(DiagnosticCodes.MalformedCsv, SourceLocation.AtRow(path, (int)Math.Max(1, m.RecordNumber)),
                Texts.ReadMalformedRecord.With(Reason(m.Reason))),
        };

    /// <summary>Checks the header and streams the rows of one table into the builder.</summary>
    private static void Parse(CsvReader csv, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        csv.ReadHeader();
        if (RowSource.Prepare(path, table, csv.Headers, builder, bag, options) is not { } row)
        {
            return;
        }

        var progress = options.Progress;
        long rows = 0;
        while (csv.Read())
        {
            if (progress is not null && ++rows % CsvReadOptions.ProgressRows == 0)
            {
                progress(path, rows);
            }

            row.Start(new CsvHelperFields(csv), (int)csv.RowNumber + 1);
            if (row.IsBlank || row.IsTotals || row.IsNotes || row.HasErrors)
            {
                continue;
            }

            RowMapper.Add(table, row, builder);
        }

        progress?.Invoke(path, rows);
    }

    private static Text Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => Texts.ReadMalformedStrayQuote,
        CsvMalformedReason.TextAfterClosingQuote => Texts.ReadMalformedTextAfterQuote,
        CsvMalformedReason.UnterminatedQuote => Texts.ReadMalformedUnterminated,
        CsvMalformedReason.FieldCountMismatch => Texts.ReadMalformedFieldCount,
        _ => Text.Plain(reason.ToString()),
    };
}

/// <summary>CsvHelper's current record as the fields of a row (<see cref="RowReader.Start{TFields}(TFields, int)"/>).</summary>
internal readonly struct CsvHelperFields(CsvReader csv) : IRowFields
{
    public int Count => csv.FieldCount;

    public string Get(int i) => csv.GetString(i);
}
