using EcoAssessment.Model;

namespace EcoAssessment.IO.Tables;

/// <summary>
/// The department's own names (a mapping file, docs/check.md): sheet and file names → tables, column captions → columns
/// of a table, words → codes of a coded column. Read by <see cref="Yaml.MappingReader"/>; every reader of a table looks
/// names up here before the catalogue, so a renamed sheet read through a mapping gives the same dataset as the original.
/// </summary>
internal sealed class NameMapping
{
    private readonly Dictionary<string, TableSpec> _tables;
    private readonly Dictionary<(string Table, string Caption), ColumnSpec> _columns;
    private readonly Dictionary<(string Table, string Column), CodeList> _codes;

    public NameMapping(string file, IReadOnlyDictionary<string, TableSpec> tables,
        IReadOnlyDictionary<(string Table, string Caption), ColumnSpec> columns,
        IReadOnlyDictionary<(string Table, string Column), IReadOnlyDictionary<string, int>> codes)
    {
        File = file;
        _tables = tables.ToDictionary(p => TextNormaliser.Fold(p.Key), p => p.Value, StringComparer.OrdinalIgnoreCase);
        _columns = columns.ToDictionary(p => (p.Key.Table, TextNormaliser.Fold(p.Key.Caption).ToUpperInvariant()), p => p.Value);
        _codes = [];
        foreach (var ((table, column), words) in codes)
        {
            var list = InputCatalogue.FindTable(table)?.Column(column)?.Codes;
            if (list is not null)
            {
                _codes[(table, column)] = list.WithWords(words);
            }
        }
    }

    /// <summary>The mapping file, for the metadata and messages.</summary>
    public string File { get; }

    /// <summary>The sheet or file names mapped, each with its table.</summary>
    public IReadOnlyDictionary<string, TableSpec> Tables => _tables;

    /// <summary>The captions mapped, per table, each with its column.</summary>
    public IEnumerable<(string Table, string Caption, string Column)> Columns => _columns.Select(p => (p.Key.Table, p.Key.Caption, p.Value.Name));

    /// <summary>How many words are mapped to codes.</summary>
    public int CodeWords { get; init; }

    /// <summary>The table a sheet or file name denotes by this mapping (alone or followed by -, _, a space or a dot and more).</summary>
    public TableSpec? TableOf(string name)
    {
        var folded = TextNormaliser.Fold(name);
        if (_tables.TryGetValue(folded, out var t))
        {
            return t;
        }

        foreach (var (key, table) in _tables)
        {
            if (Csv.CsvDatasetReader.IsPartOf(folded, key))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>The column a caption names by this mapping.</summary>
    public ColumnSpec? ColumnOf(TableSpec table, string caption) =>
        _columns.TryGetValue((table.Name, TextNormaliser.Fold(caption).ToUpperInvariant()), out var c) ? c : null;

    /// <summary>The codes of a coded column with the mapped words added; null when none are mapped for it.</summary>
    public CodeList? CodesOf(TableSpec table, string column) =>
        _codes.TryGetValue((table.Name, column), out var c) ? c : null;
}
