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

    /// <summary>The sha256 of bytes already read.</summary>
    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
