using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EcoAssessment.IO.Csv;

/// <summary>
/// A small cache from a cell's bytes (at most 16) to what the reader made of them. Codes, dates, flags and most numbers
/// repeat row after row: the general conversion (decode, fold, parse) runs once per distinct value and column instead of
/// once per cell. It holds up to <see cref="Slots"/> values (open addressing, a short probe); once its neighbourhood is
/// full a new value is simply converted each time, so memory stays bounded whatever the column holds. Only a successful
/// conversion is cached; it is a pure function of the bytes, so a hit gives what converting would.
/// </summary>
internal sealed class CellCache<T>
{
    private const int Slots = 4096;
    private const int Probe = 8;
    private readonly ulong[] _low = new ulong[Slots];
    private readonly ulong[] _high = new ulong[Slots];
    private readonly byte[] _length = new byte[Slots]; // the key's length + 1; 0 = an empty slot
    private readonly T[] _values = new T[Slots];

    /// <summary>The longest cell the cache holds.</summary>
    public const int MaxKey = 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> cell, out T value)
    {
        if (cell.Length <= MaxKey)
        {
            Pack(cell, out var low, out var high);
            var slot = Slot(low, high, cell.Length);
            for (var i = 0; i < Probe; i++, slot = (slot + 1) & (Slots - 1))
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

        Pack(cell, out var low, out var high);
        var slot = Slot(low, high, cell.Length);
        for (var i = 0; i < Probe; i++, slot = (slot + 1) & (Slots - 1))
        {
            if (_length[slot] == 0)
            {
                _low[slot] = low;
                _high[slot] = high;
                _values[slot] = value;
                _length[slot] = (byte)(cell.Length + 1);
                return;
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

        low = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            low |= (ulong)cell[i] << (8 * i);
        }

        high = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong low, ulong high, int length)
    {
        var h = (low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length;
        return (int)((h ^ (h >> 29)) * 0x165667B19E3779F9UL >> 52); // 12 bits: 4096 slots
    }
}
