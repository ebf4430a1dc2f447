using EcoAssessment.Diagnostics;

namespace EcoAssessment.IO.Text;

/// <summary>
/// The one reading path of every input file (tables, workbooks, rule, mapping and test files, --previous, weights):
/// never more than a limit, whatever the file is. A file whose size is known is read up to that size and no further
/// (a file that grows while it is read is refused, not followed); a file of unknown size (a pipe, a character device such
/// as /dev/zero, a /proc file) is read into memory up to <see cref="InputLimits.MaxUnknownSizeBytes"/>, and refused past it.
/// </summary>
internal static class BoundedInput
{
    /// <summary>
    /// Opens <paramref name="path"/> for reading within <paramref name="max"/> bytes; null with ECO0004 (too large) or
    /// ECO0351 (no end within the limit) in <paramref name="bag"/>. The stream throws <see cref="BoundedInputException"/>
    /// when the file grows past the size it had when opened; <see cref="Report"/> turns that into ECO0351.
    /// IO errors (missing, denied) are thrown as they are, for the caller's own message.
    /// </summary>
    public static Stream? Open(string path, long max, DiagnosticBag bag, Catalogue.Text what, Catalogue.Text advice)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        long size;
        try
        {
            size = file.CanSeek ? file.Length : 0;
        }
        catch (IOException)
        {
            size = 0;
        }

        if (size > max)
        {
            file.Dispose();
            bag.Error(DiagnosticCodes.InputTooLarge, SourceLocation.InFile(path), Catalogue.Texts.ReadFileTooLarge.With(what, size, max, advice));
            return null;
        }

        if (size > 0)
        {
            return new LimitedStream(file, size);
        }

        // Size unknown: a pipe, a device, a file the system reports as empty. Read what it gives, up to the limit.
        using (file)
        {
            var limit = Math.Min(max, InputLimits.MaxUnknownSizeBytes);
            var memory = new MemoryStream();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1 - memory.Length))) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > limit)
                {
                    bag.Error(DiagnosticCodes.InputUnbounded, SourceLocation.InFile(path), Catalogue.Texts.HostileNoEnd.With(what, limit));
                    return null;
                }
            }

            memory.Position = 0;
            return memory;
        }
    }

    /// <summary>All the bytes of <paramref name="path"/> within <paramref name="max"/>; null when reported (see <see cref="Open"/>).</summary>
    public static byte[]? ReadAll(string path, long max, DiagnosticBag bag, Catalogue.Text what, Catalogue.Text advice)
    {
        using var stream = Open(path, max, bag, what, advice);
        if (stream is null)
        {
            return null;
        }

        if (stream is MemoryStream memory)
        {
            return memory.ToArray();
        }

        try
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            if (stream.ReadByte() >= 0)
            {
                throw new BoundedInputException(bytes.Length);
            }

            return bytes;
        }
        catch (EndOfStreamException)
        {
            // The file shrank while it was read.
            throw new BoundedInputException(stream.Length);
        }
        catch (BoundedInputException e)
        {
            Report(e, path, bag);
            return null;
        }
    }

    /// <summary>The first line of a text file (at most <paramref name="maxBytes"/> bytes of it, UTF-8), or null when it cannot be read.</summary>
    public static string? FirstLine(string path, int maxBytes)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 12);
            var buffer = new byte[maxBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = file.Read(buffer, length, buffer.Length - length)) > 0)
            {
                var end = Array.IndexOf(buffer, (byte)'\n', length, read);
                length += read;
                if (end >= 0)
                {
                    length = end;
                    break;
                }
            }

            return System.Text.Encoding.UTF8.GetString(buffer, 0, length).TrimEnd('\r');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>ECO0351 for a file that grew or shrank while it was read.</summary>
    public static void Report(BoundedInputException e, string path, DiagnosticBag bag) =>
        bag.Error(DiagnosticCodes.InputUnbounded, SourceLocation.InFile(path), Catalogue.Texts.HostileGrew.With(e.Size));

    /// <summary>A file stream that refuses to give more than the size the file had when it was opened.</summary>
    private sealed class LimitedStream(FileStream inner, long limit) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => limit;

        public override long Position
        {
            get => _position;
            set => Seek(value, SeekOrigin.Begin);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _position += read;
            if (_position > limit)
            {
                throw new BoundedInputException(limit);
            }

            return read;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            _position = inner.Seek(offset, origin);
            return _position;
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>A file changed size while it was read (<see cref="BoundedInput"/>); <see cref="Size"/> is the size it had when opened.</summary>
internal sealed class BoundedInputException(long size) : IOException("the file changed size while it was read")
{
    public long Size { get; } = size;
}
