namespace EcoAssessment.IO.Output;

/// <summary>Writes one file through the output commit step (<see cref="OutputCommit"/>): a temporary file beside the target, then a rename.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="path"/> with <paramref name="write"/>; on any failure the temporary file is removed and the
    /// target untouched, and the exception the file system (or the writer) threw is thrown as it was.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        try
        {
            OutputCommit.Write(path, write);
        }
        catch (OutputFailure failure) when (failure.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
        }
    }
}
