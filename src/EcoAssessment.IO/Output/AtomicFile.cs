namespace EcoAssessment.IO.Output;

/// <summary>Writes one file through the output commit step (<see cref="OutputCommit"/>): a temporary file beside the target, then a rename.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>; on any failure the temporary file is removed and the target untouched.</summary>
    public static void Write(string path, Action<Stream> write) => OutputCommit.Write(path, write);
}
