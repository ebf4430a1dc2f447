using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Output;

namespace EcoAssessment.Cli;

/// <summary>Writes one output file atomically; a file that cannot be written is reported as ECO0301 with the reason.</summary>
internal static class OutputFile
{
    /// <returns>false when the file could not be written (the caller exits with <see cref="ExitCodes.OutputError"/>).</returns>
    public static bool TryWrite(string path, Action<Stream> write, TextWriter stderr)
    {
        try
        {
            AtomicFile.Write(path, write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? "permission denied" : e is DirectoryNotFoundException ? "the folder does not exist" : "an I/O error";
            stderr.WriteLine(new Diagnostic(DiagnosticCodes.OutputUnwritable.Id, Severity.Error,
                $"cannot be written ({reason}); check that the folder exists and is writable", SourceLocation.InFile(path)));
            return false;
        }
    }
}
