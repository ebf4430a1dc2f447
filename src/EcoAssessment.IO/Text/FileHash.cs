using System.Security.Cryptography;

namespace EcoAssessment.IO.Text;

/// <summary>The sha256 of an input file, for the JSON metadata, in lower-case hex.</summary>
internal static class FileHash
{
    /// <summary>The sha256 of a file's bytes, read in blocks.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The sha256 of the first <paramref name="length"/> bytes of a file (the bytes that were read, should it have grown since).</summary>
    public static string Sha256Of(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        int read;
        while (length > 0 && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length))) > 0)
        {
            sha.AppendData(buffer, 0, read);
            length -= read;
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The sha256 of bytes already read.</summary>
    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
