using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Ingest;

/// <summary>
/// A meeting_id as the folded text's UTF-8 bytes (empty when blank), given to the builder without a string: its key is
/// the XxHash128 of (branch, type, date, bytes), so that the set of meetings seen does not keep millions of id strings.
/// Two different meetings collide with a probability of about n²/2¹²⁹ (10⁻²⁶ for the 4 million meetings of 100,000
/// branches).
/// </summary>
internal readonly ref struct Utf8MeetingId : IMeetingId
{
    private readonly ReadOnlySpan<byte> _utf8;

    public Utf8MeetingId(ReadOnlySpan<byte> utf8) => _utf8 = utf8;

    public bool IsBlank => _utf8.IsEmpty;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public UInt128 Key(int branch, MeetingType type, DateOnly date)
    {
        var length = 12 + _utf8.Length;
        Span<byte> key = length <= 256 ? stackalloc byte[length] : new byte[length];
        BinaryPrimitives.WriteInt32LittleEndian(key, branch);
        BinaryPrimitives.WriteInt32LittleEndian(key[4..], (int)type);
        BinaryPrimitives.WriteInt32LittleEndian(key[8..], date.DayNumber);
        _utf8.CopyTo(key[12..]);
        return XxHash128.HashToUInt128(key);
    }

    public string Text() => System.Text.Encoding.UTF8.GetString(_utf8);
}
