using System.Text;

namespace EcoAssessment.IO.Text;

/// <summary>
/// The text of the input files: checks that bytes are UTF-8 (and whether a CSV file is plain enough for the fast path),
/// and transcodes GB18030, the encoding Excel and WPS on Chinese Windows write for "CSV (逗号分隔)".
/// </summary>
internal static class Utf8Text
{
    /// <summary>
    /// Reads a stream to its end in blocks: true when every byte is valid UTF-8 and none is NUL, else false (the caller
    /// then reads the file whole, which reports the problem or transcodes GB18030); <paramref name="plain"/> says whether
    /// <see cref="Csv.PlainCsvReader"/> can split it.
    /// </summary>
    public static bool Scan(Stream stream, out bool plain)
    {
        // Pooled: a new 1 MiB array per file would go to the large object heap and cost a full collection now and then.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            return Scan(stream, buffer, out plain);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool Scan(Stream stream, byte[] buffer, out bool plain)
    {
        // Plain: not empty, no quote character, and every carriage return followed by a line feed (PlainCsvReader).
        plain = true;
        var any = false;
        var pendingReturn = false; // the previous block ended with a carriage return
        var carry = 0; // bytes of a UTF-8 sequence cut by the end of the previous block, moved to the buffer's start
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            any = true;
            var block = buffer.AsSpan(0, carry + read);
            var cut = IncompleteTail(block);
            var part = block[..cut];
            if (part.IndexOf((byte)0) >= 0 || !System.Text.Unicode.Utf8.IsValid(part))
            {
                return false;
            }

            if (plain)
            {
                plain = IsPlain(part, ref pendingReturn);
            }

            carry = block.Length - cut;
            block[cut..].CopyTo(buffer);
        }

        plain = plain && any && !pendingReturn;
        return carry == 0;
    }

    /// <summary>No quote character in the block and each carriage return followed by a line feed (a CR/LF line end).</summary>
    public static bool IsPlain(ReadOnlySpan<byte> part, ref bool pendingReturn)
    {
        if (part.IsEmpty)
        {
            return true;
        }

        if (pendingReturn && part[0] != '\n')
        {
            return false;
        }

        pendingReturn = false;
        if (part.IndexOf((byte)'"') >= 0)
        {
            return false;
        }

        int at;
        while ((at = part.IndexOf((byte)'\r')) >= 0)
        {
            if (at + 1 == part.Length)
            {
                pendingReturn = true;
                return true;
            }

            if (part[at + 1] != '\n')
            {
                return false;
            }

            part = part[(at + 2)..];
        }

        return true;
    }

    /// <summary>Where a trailing UTF-8 sequence that may continue in the next block starts (the length when there is none).</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> block)
    {
        // A lead byte among the last three bytes whose sequence runs past the end; continuation bytes are 10xxxxxx.
        for (var i = block.Length - 1; i >= 0 && i >= block.Length - 3; i--)
        {
            var b = block[i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return i + length > block.Length ? i : block.Length;
        }

        return block.Length;
    }

    /// <summary>
    /// UTF-8 (with or without a byte order mark) is read as it is; bytes that are not valid UTF-8 are taken to be
    /// GB18030, the superset of GBK that Excel on Chinese Windows writes for "CSV (逗号分隔)", and transcoded.
    /// </summary>
    public static byte[] ToUtf8(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return bytes;
        }

        return FromGb18030(bytes);
    }

    /// <summary>At most this many invalid sequences in a file that is otherwise UTF-8 (see <see cref="ToUtf8(byte[], string, Diagnostics.DiagnosticBag)"/>).</summary>
    public const int MaxStrayBytes = 8;

    /// <summary>
    /// As <see cref="ToUtf8(byte[])"/>, but a file that is UTF-8 but for a few bytes is refused instead of read as
    /// GB18030 (which would turn all its Chinese into mojibake): when it has at most <see cref="MaxStrayBytes"/> invalid
    /// sequences and at least four times as many valid multi-byte UTF-8 characters (GB18030 text almost never forms a
    /// valid UTF-8 character, let alone many), ECO0356 names the first invalid byte by line, byte in the line and offset,
    /// and null is returned. A file with no valid multi-byte character, or many invalid bytes, is GB18030 as before.
    /// </summary>
    public static byte[]? ToUtf8(byte[] bytes, string path, Diagnostics.DiagnosticBag bag)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return bytes;
        }

        var (valid, invalid, first) = Census(bytes);
        if (invalid <= MaxStrayBytes && valid >= 4 * invalid)
        {
            var line = 1 + bytes.AsSpan(0, first).Count((byte)'\n');
            var lineStart = first == 0 ? 0 : bytes.AsSpan(0, first).LastIndexOf((byte)'\n') + 1;
            bag.Error(Diagnostics.DiagnosticCodes.MostlyUtf8, Diagnostics.SourceLocation.At(path, line, first - lineStart + 1),
                Catalogue.Texts.HostileStrayByte.With(line, first - lineStart + 1, first, $"0x{bytes[first]:X2}", valid, invalid));
            return null;
        }

        return FromGb18030(bytes);
    }

    /// <summary>Valid multi-byte UTF-8 characters, invalid sequences (counted up to one past <see cref="MaxStrayBytes"/>) and the offset of the first invalid byte.</summary>
    private static (int Valid, int Invalid, int First) Census(byte[] bytes)
    {
        int valid = 0, invalid = 0, first = -1;
        var span = bytes.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            if (span[at] < 0x80)
            {
                at++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(span[at..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                if (first < 0)
                {
                    first = at;
                }

                if (++invalid > MaxStrayBytes)
                {
                    break;
                }
            }

            at += Math.Max(1, consumed);
        }

        return (valid, invalid, first);
    }

    /// <summary>Transcodes GB18030 (GBK, GB2312) bytes to UTF-8; a UTF-8 byte order mark, if any, is kept as UTF-8.</summary>
    public static byte[] FromGb18030(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            return bytes;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding("GB18030").GetString(bytes);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The offset of the first byte that is not valid UTF-8 (the length when all are).</summary>
    public static int FirstInvalid(byte[] bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : bytes.Length;
    }
}
