using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Output;

namespace EcoAssessment.Cli;

/// <summary>Writes one output file atomically; a file that cannot be written is reported as ECO0301 with the reason.</summary>
internal static class OutputFile
{
    /// <summary>
    /// Writes a UTF-8 result to stdout: straight to the process's standard output when <paramref name="stdout"/> is the
    /// console's and the console writes UTF-8 (a large CSV or JSON streams out without a copy in memory, the same bytes),
    /// else through the writer as text, in the writer's encoding.
    /// </summary>
    public static void ToStdout(TextWriter stdout, Action<Stream> write)
    {
        if (ReferenceEquals(stdout, Console.Out) && Console.OutputEncoding.CodePage == 65001)
        {
            stdout.Flush();
            using var raw = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            write(raw);
            raw.Flush();
            return;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

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
            var reason = e is UnauthorizedAccessException ? Texts.CliPermissionDenied : e is DirectoryNotFoundException ? Texts.CliNoFolder : Texts.CliIoError;
            stderr.WriteLine(new Diagnostic(DiagnosticCodes.OutputUnwritable.Id, Severity.Error,
                Texts.CliCannotWrite.With(reason), SourceLocation.InFile(path)).ToString(CliText.Language));
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="output"/> names one of the <paramref name="inputs"/> (full paths); if so it is reported as
    /// ECO0302 and the caller exits with <see cref="ExitCodes.OutputError"/> before anything is written.
    /// </summary>
    public static bool IsAnInput(string output, IReadOnlySet<string> inputs, TextWriter stderr)
    {
        if (!inputs.Contains(Path.GetFullPath(output)))
        {
            return false;
        }

        stderr.WriteLine(new Diagnostic(DiagnosticCodes.OutputIsInput.Id, Severity.Error,
            Texts.CliOutputIsInput, SourceLocation.InFile(output)).ToString(CliText.Language));
        return true;
    }
}
