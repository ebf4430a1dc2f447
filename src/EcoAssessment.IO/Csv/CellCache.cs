using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EcoAssessment.IO.Csv;

/// <summary>
/// A small cache from a cell's bytes (at most 16) to what the reader made of them. Codes, dates, flags and most numbers
/// repeat row after row: the general conversion (decode, fold, parse) runs once per distinct value and column instead of
/// once per cell. It holds up to 4,096 values (open addressing, a short probe); once its neighbourhood is
/// full a new value is simply converted each time, so memory stays bounded whatever the column holds. Only a successful
/// conversion is cached; it is a pure function of the bytes, so a hit gives what converting would.
/// </summary>
internal sealed class CellCache<T>
{
    // Starts small (a table of a few rows, a column of a few codes, costs little) and doubles once a quarter full, up to
    // MaxSlots, so that a value rarely finds its short probe taken.
    private const int FirstSlots = 64;
    private const int MaxSlots = 4096;
    private const int Probe = 8;
    private ulong[] _low = new ulong[FirstSlots];
    private ulong[] _high = new ulong[FirstSlots];
    private byte[] _length = new byte[FirstSlots]; // the key's length + 1; 0 = an empty slot
    private T[] _values = new T[FirstSlots];
    private int _count;
    private int _shift = 64 - 6; // the hash's top bits choose the slot: log2 of the slot count

    /// <summary>The longest cell the cache holds.</summary>
    public const int MaxKey = 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> cell, out T value)
    {
        if (cell.Length <= MaxKey)
        {
            Pack(cell, out var low, out var high);
            var mask = _length.Length - 1;
            var slot = Slot(low, high, cell.Length, _shift);
            for (var i = 0; i < Probe; i++, slot = (slot + 1) & mask)
            {
                var length = _length[slot];
                if (length == 0)
                {
                    break;
                }

                if (length == cell.Length + 1 && _low[slot] == low && _high[slot] == high)
                {
                    value = _values[slot];
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    public void Add(ReadOnlySpan<byte> cell, T value)
    {
        if (cell.Length > MaxKey)
        {
            return;
        }

        if (4 * _count >= _length.Length && _length.Length < MaxSlots)
        {
            Grow();
        }

        Pack(cell, out var low, out var high);
        Put(low, high, (byte)(cell.Length + 1), value);
    }

    private void Put(ulong low, ulong high, byte length, T value)
    {
        var mask = _length.Length - 1;
        var slot = Slot(low, high, length - 1, _shift);
        for (var i = 0; i < Probe; i++, slot = (slot + 1) & mask)
        {
            if (_length[slot] == 0)
            {
                _low[slot] = low;
                _high[slot] = high;
                _values[slot] = value;
                _length[slot] = length;
                _count++;
                return;
            }
        }
    }

    private void Grow()
    {
        var (low, high, length, values) = (_low, _high, _length, _values);
        var size = length.Length * 2;
        (_low, _high, _length, _values, _count) = (new ulong[size], new ulong[size], new byte[size], new T[size], 0);
        _shift--;
        for (var i = 0; i < length.Length; i++)
        {
            if (length[i] != 0)
            {
                Put(low[i], high[i], length[i], values[i]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pack(ReadOnlySpan<byte> cell, out ulong low, out ulong high)
    {
        // 8 bytes or more: the first and the last eight (overlapping when shorter than 16; the length tells them apart).
        if (cell.Length >= 8)
        {
            low = MemoryMarshal.Read<ulong>(cell);
            high = MemoryMarshal.Read<ulong>(cell[^8..]);
            return;
        }

        // Shorter: the bytes in the low ones (two overlapping reads from 4 bytes on; the length tells keys apart).
        high = 0;
        if (cell.Length >= 4)
        {
            low = MemoryMarshal.Read<uint>(cell) | ((ulong)MemoryMarshal.Read<uint>(cell[^4..]) << 32);
            return;
        }

        low = cell.Length switch
        {
            0 => 0,
            1 => cell[0],
            2 => MemoryMarshal.Read<ushort>(cell),
            _ => MemoryMarshal.Read<ushort>(cell) | ((ulong)cell[2] << 16),
        };
    }

    /// <summary>The key's slot: the top bits of a well-mixed hash (<paramref name="shift"/> = 64 − log2 of the slot count).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong low, ulong high, int length, int shift)
    {
        var h = (low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length;
        return (int)(((h ^ (h >> 29)) * 0x165667B19E3779F9UL) >> shift);
    }
}
