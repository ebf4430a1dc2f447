using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Tables;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>Which file column holds which catalogue column, and the extra (wide indicator) columns.</summary>
internal sealed class TableLayout
{
    private TableLayout(TableSpec table, Dictionary<string, int> columns, Dictionary<string, string> headers, IReadOnlyList<(int Index, string Name)> extra,
        NameMapping? mapping)
    {
        Mapping = mapping;
        Table = table;
        Columns = columns;
        Headers = headers;
        Extra = extra;
    }

    public TableSpec Table { get; }

    /// <summary>The mapping file's names applied to this table; null for none.</summary>
    public NameMapping? Mapping { get; }

    /// <summary>The column a caption names: by the mapping file first, then by the catalogue.</summary>
    public static ColumnSpec? ColumnOf(TableSpec table, string caption, NameMapping? mapping) =>
        mapping?.ColumnOf(table, caption) ?? InputCatalogue.FindColumn(table, caption);

    /// <summary>The codes a coded column accepts here: the catalogue's, with the mapping file's words.</summary>
    public CodeList CodesOf(string column) =>
        Mapping?.CodesOf(Table, column) ?? Table.Column(column)!.Codes!;

    /// <summary>Catalogue column name → field index.</summary>
    public Dictionary<string, int> Columns { get; }

    /// <summary>Catalogue column name → the header as written in the file (used in locations).</summary>
    public Dictionary<string, string> Headers { get; }

    /// <summary>Columns not in the catalogue: wide indicator columns (indicators table) or numeric facts (branches).</summary>
    public IReadOnlyList<(int Index, string Name)> Extra { get; }

    public static TableLayout? Create(TableSpec table, IReadOnlyList<string> headers, string path, DiagnosticBag bag, NameMapping? mapping = null) =>
        Create(table, headers, new TableOrigin(path), bag, mapping);

    public static TableLayout? Create(TableSpec table, IReadOnlyList<string> headers, TableOrigin origin, DiagnosticBag bag, NameMapping? mapping = null)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var extra = new List<(int, string)>();
        var ok = true;
        for (var i = 0; i < headers.Count; i++)
        {
            var header = TextNormaliser.Fold(headers[i]).TrimStart('\uFEFF');
            if (header.Length == 0)
            {
                continue;
            }

            var spec = ColumnOf(table, header, mapping);
            if (spec is null)
            {
                extra.Add((i, header));
                if (table.Name != "indicators")
                {
                    bag.Notice(DiagnosticCodes.UnknownColumn, origin.Header(i, header),
                        Texts.ReadUnknownColumn.With(header, table.Name, CodeTexts.List(table.Columns.Select(c => c.Name))));
                }

                continue;
            }

            if (!columns.TryAdd(spec.Name, i))
            {
                bag.Error(DiagnosticCodes.DuplicateRecordId, origin.Header(i, header),
                    Texts.ReadDuplicateColumn.With(header, spec.Name, names[spec.Name]));
                ok = false;
                continue;
            }

            names[spec.Name] = header;
        }

        foreach (var c in table.Columns.Where(c => c.Required))
        {
            if (!columns.ContainsKey(c.Name))
            {
                var aliases = c.Aliases.Count > 0 ? Texts.ReadColumnAliases.With(CodeTexts.List(c.Aliases)) : Text.Plain(string.Empty);
                bag.Error(DiagnosticCodes.MissingColumn, origin.Header(),
                    Texts.ReadMissingColumn.With(table.Name, c.Name, aliases, CodeTexts.List(headers)));
                ok = false;
            }
        }

        if (table.Name == "study" && !columns.ContainsKey("member_id") && !columns.ContainsKey("branch_id"))
        {
            bag.Error(DiagnosticCodes.MissingColumn, origin.Header(), Texts.ReadStudyNeedsMemberOrBranch.With(table.Name, "党员编号", "支部编号"));
            ok = false;
        }

        if (table.Name == "indicators" && columns.ContainsKey("indicator") != columns.ContainsKey("value"))
        {
            bag.Error(DiagnosticCodes.MissingColumn, origin.Header(),
                Texts.ReadIndicatorsLongForm.With(table.Name, "indicator", "value"));
            ok = false;
        }

        return ok ? new TableLayout(table, columns, names, extra, mapping) : null;
    }
}
