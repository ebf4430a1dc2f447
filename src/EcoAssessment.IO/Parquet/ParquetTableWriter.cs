using EcoAssessment.Model;
using Parquet;
using Parquet.Schema;

namespace EcoAssessment.IO.Parquet;

/// <summary>
/// Writes one table as a Parquet file, every column optional and of its catalogue type (<see cref="ParquetTypes"/>),
/// buffering <see cref="RowGroupRows"/> rows per row group so that memory stays bounded however large the table.
/// </summary>
internal sealed class ParquetTableWriter : IDisposable
{
    /// <summary>The rows of one row group.</summary>
    public const int RowGroupRows = 100_000;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly Type[] _types;
    private readonly List<object?>[] _columns;

    /// <summary>A writer of a table whose columns are named <paramref name="columns"/>, each typed by <paramref name="typeOf"/>.</summary>
    public ParquetTableWriter(string path, IReadOnlyList<string> columns, Func<string, ColumnType?> typeOf)
        : this(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), columns, typeOf, ownsStream: true)
    {
    }

    /// <summary>A writer into <paramref name="stream"/>, closed with the writer when <paramref name="ownsStream"/>.</summary>
    public ParquetTableWriter(Stream stream, IReadOnlyList<string> columns, Func<string, ColumnType?> typeOf, bool ownsStream = false)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _types = columns.Select(c => ParquetTypes.ClrOf(typeOf(c))).ToArray();
        _fields = columns.Select((c, i) => new DataField(c, _types[i], isNullable: true)).ToArray();
        _columns = _fields.Select(_ => new List<object?>()).ToArray();
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, ParquetTypes.Options).GetAwaiter().GetResult();
    }

    /// <summary>A writer of a catalogue table's columns.</summary>
    public static ParquetTableWriter For(string path, TableSpec table, IReadOnlyList<string> columns) =>
        new(path, columns, c => table.Column(c)?.Type);

    /// <summary>Adds a row: one value per column, of the column's type or null.</summary>
    public void Row(params object?[] values)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Add(values[i]);
        }

        if (_columns[0].Count >= RowGroupRows)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (_columns[0].Count == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                var f = _fields[i];
                var type = _types[i];
                var values = _columns[i];
                if (type == typeof(string))
                {
                    group.WriteAsync(f, values.Select(v => (string?)v).ToArray()!).GetAwaiter().GetResult();
                }
                else if (type == typeof(DateOnly))
                {
                    group.WriteAsync<DateOnly>(f, values.Select(v => (DateOnly?)v).ToArray()).GetAwaiter().GetResult();
                }
                else if (type == typeof(int))
                {
                    group.WriteAsync<int>(f, values.Select(v => (int?)v).ToArray()).GetAwaiter().GetResult();
                }
                else if (type == typeof(double))
                {
                    group.WriteAsync<double>(f, values.Select(v => (double?)v).ToArray()).GetAwaiter().GetResult();
                }
                else
                {
                    group.WriteAsync<bool>(f, values.Select(v => (bool?)v).ToArray()).GetAwaiter().GetResult();
                }

                values.Clear();
            }

            group.CompleteValidate();
        }
    }

    public void Dispose()
    {
        Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }
}
