using EcoAssessment.Model;

namespace EcoAssessment.IO.Csv;

/// <summary>
/// An input file that was read, with the sha256 of its bytes for the JSON metadata: computed when first asked for (a CSV
/// file is hashed again from disk then), so that a run whose outputs do not show it does not pay for it.
/// </summary>
internal sealed record InputFile(string Path, string Table, Lazy<string> Hash)
{
    public InputFile(string path, string table, string sha256)
        : this(path, table, new Lazy<string>(sha256))
    {
    }

    /// <summary>The sha256 of the file's bytes, in lower-case hex.</summary>
    public string Sha256 => Hash.Value;
}

/// <summary>The outcome of reading a dataset: the dataset (null when there were errors) and the files read.</summary>
internal sealed record DatasetReadResult(Dataset? Dataset, IReadOnlyList<InputFile> Files)
{
    /// <summary>Files of a folder and sheets of a workbook that were not read, each with the reason.</summary>
    public IReadOnlyList<IgnoredInput> Ignored { get; init; } = [];

    /// <summary>What each file or sheet held, when the options asked for it; null otherwise.</summary>
    public Ingest.ReadProfile? Profile { get; init; }

    /// <summary>The mapping file applied; null for none.</summary>
    public Tables.NameMapping? Mapping { get; init; }

    /// <summary>Tables the rule set reads that are absent by the rule file's or the user's choice (the outputs say so).</summary>
    public IReadOnlyList<InputTable> AbsentByChoice { get; init; } = [];
}

/// <summary>A file of a dataset folder or a sheet of a workbook that was not read, and why.</summary>
/// <param name="Label">The file, or <c>book.xlsx!执纪台账</c>.</param>
/// <param name="Reason">Why it was not read.</param>
internal sealed record IgnoredInput(string Label, Catalogue.Text Reason)
{
    /// <summary>The table whose columns the captions of a sheet not read name best, with how many (for <c>--suggest-mapping</c>); null when unknown.</summary>
    public (TableSpec Table, int Columns)? LooksLike { get; init; }
}
