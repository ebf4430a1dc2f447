using System.Runtime.CompilerServices;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Ingest;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Csv;

/// <summary>
/// The fast path for a plain CSV file: valid UTF-8 with no quote character and no carriage return that does not end a
/// line, which is how the large tables (study, meetings) are exported. Such a file is split on line feeds and separators
/// straight from its bytes, giving the fields CsvHelper gives (a blank line is a row of one empty field, a final line
/// feed ends the last row, a UTF-8 byte order mark is dropped). Rows of the large tables are then mapped from the bytes
/// (<see cref="FastRows"/>); any row the fast mapping is not sure of — a blank, odd or erroneous cell, a warning, a
/// totals or notes row, too many fields — is decoded to strings and goes through <see cref="RowReader"/> and
/// <see cref="RowMapper"/> exactly as a CsvHelper row does, so the diagnostics and the dataset are the same either way.
/// </summary>
internal static class PlainCsvReader
{
    /// <summary>After this many rows the builder is told how many rows the whole file holds, at that average length.</summary>
    private const int SampleRows = 2000;

    /// <summary>Reads the table from <paramref name="stream"/> (positioned at its start).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse(Stream stream, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        var lines = new LineReader(stream);
        if (!lines.TryRead(out var header))
        {
            return;
        }

        var delimiter = (byte)options.Delimiter;
        var bounds = new FieldBounds();
        bounds.Split(header, delimiter);
        var headers = new string[bounds.Count];
        for (var i = 0; i < headers.Length; i++)
        {
            headers[i] = Encoding.UTF8.GetString(bounds.Cell(header, i));
        }

        if (RowSource.Prepare(path, table, headers, builder, bag, options) is not { } row)
        {
            return;
        }

        var fast = options.Tap is null ? FastRows.For(table, row, builder) : null;
        var progress = options.Progress;
        long rows = 0;
        var line = 1;
        var fields = new FieldBounds();
        var strings = Array.Empty<string>();
        long sampled = 0; // bytes of the first rows, to tell the builder how many rows to expect
        while (lines.TryRead(out var text))
        {
            line++;
            if (line <= SampleRows + 1)
            {
                sampled += text.Length + 1;
                if (line == SampleRows + 1 && stream.CanSeek)
                {
                    // With room: the first rows may be longer than the average (a short estimate costs a resize of the index).
                    builder.ExpectRows(TableRules.KindOf(table), (long)(stream.Length / ((double)sampled / SampleRows) * 1.2));
                }
            }

            if (progress is not null && ++rows % CsvReadOptions.ProgressRows == 0)
            {
                progress(path, rows);
            }

            fields.Split(text, delimiter);
            if (fast is not null && fields.Count <= headers.Length && text.Length <= options.MaxRowChars && fast.TryAdd(text, fields, line))
            {
                continue;
            }

            // One array for rows of the same width (the row reader holds it only while the row is mapped).
            if (strings.Length != fields.Count)
            {
                strings = new string[fields.Count];
            }

            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = Encoding.UTF8.GetString(fields.Cell(text, i));
            }

            row.StartChecked(strings, line);
            if (row.IsBlank || row.IsTotals || row.IsNotes || row.HasErrors)
            {
                continue;
            }

            RowMapper.Add(table, row, builder);
        }

        progress?.Invoke(path, rows);
    }

    /// <summary>Lines of a stream as byte spans, without the line feed (and the carriage return before it).</summary>
    internal sealed class LineReader(Stream stream)
    {
        private byte[] _buffer = new byte[1 << 20];
        private int _start;
        private int _end;
        private bool _eof;
        private bool _first = true;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryRead(out ReadOnlySpan<byte> line)
        {
            while (true)
            {
                var pending = _buffer.AsSpan(_start, _end - _start);
                var lf = pending.IndexOf((byte)'\n');
                if (lf >= 0)
                {
                    line = Trim(pending[..lf]);
                    _start += lf + 1;
                    return true;
                }

                if (_eof)
                {
                    if (pending.IsEmpty)
                    {
                        line = default;
                        return false;
                    }

                    line = Trim(pending);
                    _start = _end;
                    return true;
                }

                Fill();
            }
        }

        private ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
        {
            if (_first)
            {
                _first = false;
                if (line.StartsWith("\uFEFF"u8))
                {
                    line = line[3..];
                }
            }

            return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
        }

        private void Fill()
        {
            var pending = _end - _start;
            if (pending == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2); // a line longer than the buffer
            }
            else if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            }

            _start = 0;
            _end = pending;
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }
}

/// <summary>Where each field of a line starts and ends.</summary>
internal sealed class FieldBounds
{
    private int[] _starts = new int[16];
    private int[] _ends = new int[16];

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Split(ReadOnlySpan<byte> text, byte delimiter)
    {
        // The separators of 32 bytes at a time as a bit mask (a line of a large table is a few dozen bytes), then the rest
        // byte by byte.
        Count = 0;
        var start = 0;
        var i = 0;
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            var separator = System.Runtime.Intrinsics.Vector256.Create(delimiter);
            for (; i + 32 <= text.Length; i += 32)
            {
                var bytes = System.Runtime.Intrinsics.Vector256.Create(text.Slice(i, 32));
                var mask = System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector256.Equals(bytes, separator));
                while (mask != 0)
                {
                    var at = i + System.Numerics.BitOperations.TrailingZeroCount(mask);
                    Add(start, at);
                    start = at + 1;
                    mask &= mask - 1;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (text[i] == delimiter)
            {
                Add(start, i);
                start = i + 1;
            }
        }

        Add(start, text.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int start, int end)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
        }

        _starts[Count] = start;
        _ends[Count] = end;
        Count++;
    }

    /// <summary>Field <paramref name="index"/> of the line; empty when the line has fewer fields (as a missing cell reads).</summary>
    public ReadOnlySpan<byte> Cell(ReadOnlySpan<byte> text, int index) =>
        (uint)index < (uint)Count ? text[_starts[index].._ends[index]] : default;
}
