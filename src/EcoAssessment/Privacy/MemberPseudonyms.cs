using System.Security.Cryptography;
using System.Text;

namespace EcoAssessment.Privacy;

/// <summary>
/// Stable pseudonyms for member IDs (DESIGN.md §2: <c>--redact</c>): <c>M-</c> followed by the first 10 characters of the
/// RFC 4648 base32 form of HMAC-SHA256(key, UTF-8 of the member id as the engine reads it — trimmed, full-width folded).
/// The same id and key give the same pseudonym in every run and file; another key gives unrelated ones. Member IDs are
/// short and often sequential, so an unkeyed hash could be reversed by trying every id: the key is what protects them,
/// and it must be kept secret and at least <see cref="MinKeyBytes"/> bytes long. Pure computation: no I/O, no clock.
/// </summary>
internal sealed class MemberPseudonyms
{
    /// <summary>The shortest key accepted, in UTF-8 bytes.</summary>
    public const int MinKeyBytes = 16;

    /// <summary>How many base32 characters follow <c>M-</c> (50 bits).</summary>
    public const int Length = 10;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private readonly byte[] _key;

    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinKeyBytes"/> UTF-8 bytes.</exception>
    public MemberPseudonyms(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = Encoding.UTF8.GetBytes(key);
        if (_key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"the key has {_key.Length} bytes; it needs at least {MinKeyBytes}", nameof(key));
        }
    }

    /// <summary>Whether <paramref name="key"/> is long enough to be used.</summary>
    public static bool IsUsableKey(string? key) => key is not null && Encoding.UTF8.GetByteCount(key) >= MinKeyBytes;

    /// <summary>The pseudonym of one member id, such as <c>M-7KQ2D4ZB3X</c>.</summary>
    public string Of(string memberId)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(memberId), mac);
        Span<char> chars = stackalloc char[2 + Length];
        chars[0] = 'M';
        chars[1] = '-';

        // Base32 reads the bytes as one big-endian bit string, 5 bits per character; 10 characters use the first 50 bits.
        var bits = 0UL;
        for (var i = 0; i < 7; i++)
        {
            bits = (bits << 8) | mac[i];
        }

        for (var i = 0; i < Length; i++)
        {
            chars[2 + i] = Alphabet[(int)((bits >> (56 - 5 * (i + 1))) & 31)];
        }

        return new string(chars);
    }
}
