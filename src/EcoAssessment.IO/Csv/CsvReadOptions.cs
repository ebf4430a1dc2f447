using EcoAssessment.Model;

namespace EcoAssessment.IO.Csv;

/// <summary>Options for reading CSV datasets.</summary>
internal sealed record CsvReadOptions
{
    /// <summary>The field separator; ',' unless the user says otherwise (it is never guessed).</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>With <c>--redact</c>: diagnostics name members by these pseudonyms instead of their ids.</summary>
    public Privacy.MemberPseudonyms? Pseudonyms { get; init; }

    /// <summary>The largest table file read, in bytes (ECO0004 above it).</summary>
    public long MaxFileBytes { get; init; } = InputLimits.MaxTableBytes;

    /// <summary>The most fields a row (or the header) may have (ECO0218 above it).</summary>
    public int MaxFields { get; init; } = InputLimits.MaxFields;

    /// <summary>The most characters a row may have, all fields together (ECO0218 above it).</summary>
    public int MaxRowChars { get; init; } = InputLimits.MaxRowChars;

    /// <summary>The text encoding of the files: detected per file unless the user names one.</summary>
    public CsvEncoding Encoding { get; init; } = CsvEncoding.Auto;

    /// <summary>
    /// Called with a file and the rows read from it so far, every <see cref="ProgressRows"/> rows and once at the end
    /// of the file (for a progress display; null = not called).
    /// </summary>
    public Action<string, long>? Progress { get; init; }

    /// <summary>Keeps each branch's meeting records beside their aggregate (tests of the readers inspect the parsed fields).</summary>
    public bool KeepMeetingRecords { get; init; }

    /// <summary>
    /// When set (by <c>eco convert</c>), hears of every row the readers accept, after the row rules, with the row still
    /// current; rows then go through <see cref="Tables.RowMapper"/> one by one (no fast path). It may be called from two
    /// threads (different tables).
    /// </summary>
    public Action<TableSpec, Tables.RowReader>? Tap { get; init; }

    /// <summary>Reads every CSV file with CsvHelper, also plain ones (tests compare the two paths).</summary>
    public bool CsvHelperOnly { get; init; }

    /// <summary>How many threads the per-branch steps of building the dataset may use; all cores unless the caller says otherwise.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The department's own sheet, file and column names and words (a mapping file); null for none.</summary>
    public Tables.NameMapping? Mapping { get; init; }

    /// <summary>
    /// The mapping file to read (<c>--mapping</c>); null to pick up <c>mapping.yaml</c> inside or beside the dataset
    /// (<see cref="DatasetReader"/>), unless <see cref="Mapping"/> is given.
    /// </summary>
    public string? MappingFile { get; init; }

    /// <summary>Keeps what each file held (rows, dates, branches: <see cref="Ingest.ReadProfile"/>) for <c>eco check</c> and the outputs that show it.</summary>
    public bool ProfileRows { get; init; }

    /// <summary>Tables the rule set reads that the user allows to be absent (<c>--allow-missing</c>).</summary>
    public IReadOnlySet<Model.InputTable> AllowMissing { get; init; } = new HashSet<Model.InputTable>();

    /// <summary>How many rows between two calls of <see cref="Progress"/>.</summary>
    public const int ProgressRows = 100_000;
}

/// <summary>How CSV bytes are decoded.</summary>
internal enum CsvEncoding
{
    /// <summary>UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8, else GB18030.</summary>
    Auto,

    /// <summary>UTF-8; invalid bytes are an error.</summary>
    Utf8,

    /// <summary>GB18030 (a superset of GBK and GB2312), as Excel and WPS on Chinese Windows write "CSV (逗号分隔)".</summary>
    Gb18030,
}
