using CsvHelper;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Parquet;

/// <summary>
/// <c>eco convert</c>: reads any dataset eco reads with today's reader (every located error, messy-input rule and
/// mapping applies) and writes the rows it accepts as a canonical folder, one file per source table: English column
/// names, English codes, ISO dates, invariant numbers; typed columns in Parquet (<see cref="ParquetTypes"/>). Nothing is
/// written when the dataset has an error.
/// </summary>
internal sealed class DatasetConverter : IDisposable
{
    private readonly string _folder;
    private readonly bool _parquet;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<TableLayout, Output> _byLayout = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Output> _bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _parts = new(StringComparer.Ordinal);
    private readonly List<string> _written = [];
    private readonly Lock _lock = new();

    private DatasetConverter(string folder, bool parquet, DiagnosticBag bag)
    {
        _folder = folder;
        _parquet = parquet;
        _bag = bag;
    }

    /// <summary>The rows written.</summary>
    public long Rows { get; private set; }

    /// <summary>The files written, one per source table.</summary>
    public IReadOnlyList<string> Files => _written;

    /// <summary>
    /// Converts <paramref name="dataset"/> into <paramref name="folder"/> (<c>parquet</c> or <c>csv</c>); problems go to
    /// <paramref name="bag"/>. Returns the converter (files and rows) when the dataset was read without error and written.
    /// </summary>
    public static DatasetConverter? Convert(string dataset, string folder, string format, CsvReadOptions options, DiagnosticBag bag)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.ConvertUnwritable, SourceLocation.InFile(folder), Texts.ConvertUnwritable.With(e.Message));
            return null;
        }

        var converter = new DatasetConverter(folder, format == "parquet", bag);
        DatasetReadResult read;
        try
        {
            read = DatasetReader.Read(dataset, null, bag, options with { Tap = converter.Tap });
            if (!bag.HasErrors)
            {
                converter.AddEmptyTables(read);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.ConvertUnwritable, SourceLocation.InFile(folder), Texts.ConvertUnwritable.With(e.Message));
        }
        finally
        {
            converter.Dispose();
        }

        if (bag.HasErrors)
        {
            foreach (var file in converter._written)
            {
                File.Delete(file);
            }

            return null;
        }

        return converter;
    }

    private void Tap(TableSpec table, RowReader row)
    {
        lock (_lock)
        {
            if (!_byLayout.TryGetValue(row.Layout, out var output))
            {
                output = Open(table, row);
                _byLayout[row.Layout] = output;
            }

            var values = new object?[output.Columns.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Value(table, row, output.Columns[i]);
            }

            if (!row.HasErrors)
            {
                output.Writer.Row(values);
                output.Rows++;
                Rows++;
            }
        }
    }

    /// <summary>The output of the source file the row is from: a new file, or the same again when the reader reads a file twice.</summary>
    private Output Open(TableSpec table, RowReader row)
    {
        var at = row.RowLocation;
        var source = at.Sheet is null ? at.File ?? string.Empty : $"{at.File}!{at.Sheet}";
        string name;
        if (_bySource.Remove(source, out var earlier))
        {
            // The reader reads this file again (the study table, once the members are known): start its file afresh.
            earlier.Writer.Dispose();
            name = earlier.Name;
            Rows -= earlier.Rows;
        }
        else
        {
            var part = _parts[table.Name] = _parts.GetValueOrDefault(table.Name) + 1;
            name = part == 1 ? table.Name : $"{table.Name}_{part}";
        }

        var layout = row.Layout;
        var columns = layout.Columns.Select(c => (Index: c.Value, Name: c.Key, Extra: false))
            .Concat(layout.Extra.Select(e => (e.Index, e.Name, Extra: true)))
            .OrderBy(c => c.Index).ToArray();
        var output = Create(table, name, columns);
        _bySource[source] = output;
        return output;
    }

    private Output Create(TableSpec table, string name, (int Index, string Name, bool Extra)[] columns)
    {
        var path = Path.Combine(_folder, name + (_parquet ? ".parquet" : ".csv"));
        if (!_written.Contains(path))
        {
            _written.Add(path);
        }

        var names = columns.Select(c => c.Name).ToArray();
        ITableOut writer = _parquet ? new ParquetOut(ParquetTableWriter.For(path, table, names)) : new CsvOut(path, names);
        return new Output(name, columns, writer);
    }

    /// <summary>A table the dataset has without a row accepted: written with the catalogue's columns and no row.</summary>
    private void AddEmptyTables(DatasetReadResult read)
    {
        foreach (var table in InputCatalogue.Tables)
        {
            if (!_parts.ContainsKey(table.Name) && read.Files.Any(f => f.Table == table.Name))
            {
                _parts[table.Name] = 1;
                var output = Create(table, table.Name, table.Columns.Select((c, i) => (i, c.Name, false)).ToArray());
                _bySource[table.Name + "\0empty"] = output;
            }
        }
    }

    /// <summary>The canonical, typed value of one cell of the current row, read with the same rules as the row mapper.</summary>
    private static object? Value(TableSpec table, RowReader row, (int Index, string Name, bool Extra) column)
    {
        if (column.Extra)
        {
            return row.NumberText(column.Name, row.RawAt(column.Index));
        }

        var spec = table.Column(column.Name)!;
        switch (spec.Type)
        {
            case ColumnType.Date:
                var date = row.Date(column.Name, true, out var monthOnly);
                if (monthOnly)
                {
                    row.Error(DiagnosticCodes.ConvertMonthOnly, column.Name, Texts.ConvertMonthOnly.With(row.HeaderOf(column.Name), row.Raw(column.Name) ?? string.Empty));
                }

                return date;
            case ColumnType.Count:
                return spec.Codes is null ? row.Count(column.Name) : row.Form(column.Name);
            case ColumnType.Number:
                return row.Number(column.Name);
            case ColumnType.Flag:
                return row.Flag(column.Name);
            case ColumnType.Code:
                var raw = row.Raw(column.Name);
                var codes = row.Layout.CodesOf(column.Name);
                return raw is not null && codes.TryParse(raw, out var index) ? codes.CodeOf(index) : raw;
            default:
                return row.Raw(column.Name);
        }
    }

    public void Dispose()
    {
        foreach (var output in _bySource.Values)
        {
            output.Writer.Dispose();
        }

        _bySource.Clear();
    }

    private sealed record Output(string Name, (int Index, string Name, bool Extra)[] Columns, ITableOut Writer)
    {
        public long Rows { get; set; }
    }

    private interface ITableOut : IDisposable
    {
        void Row(object?[] values);
    }

    private sealed class ParquetOut(ParquetTableWriter writer) : ITableOut
    {
        public void Row(object?[] values) => writer.Row(values);

        public void Dispose() => writer.Dispose();
    }

    private sealed class CsvOut : ITableOut
    {
        private readonly CsvWriter _csv;

        public CsvOut(string path, string[] header)
        {
            _csv = CsvWriter.Create(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), new CsvWriterOptions { NewLine = "\n" });
            _csv.WriteRecord(header);
        }

        public void Row(object?[] values) => _csv.WriteRecord(values.Select(v => v is bool b ? (b ? "是" : "否") : ParquetTypes.TextOf(v)).ToArray());

        public void Dispose() => _csv.Dispose();
    }
}
