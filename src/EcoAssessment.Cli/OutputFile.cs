using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Output;

namespace EcoAssessment.Cli;

/// <summary>
/// Writes a command's output files through the one commit step (<see cref="OutputCommit"/>: all or none, links
/// resolved), and its standard output; a file that cannot be written is reported as ECO0301 (ECO0355 when the disk is
/// full) with the reason, an output that is or links to an input as ECO0302/ECO0354.
/// </summary>
internal static class OutputFile
{
    /// <summary>
    /// Writes a UTF-8 result to stdout: straight to the process's standard output when <paramref name="stdout"/> is the
    /// console's and the console writes UTF-8 (a large CSV or JSON streams out without a copy in memory, the same bytes),
    /// else through the writer as text, in the writer's encoding. A failure (a full disk, a closed pipe) is thrown as
    /// <see cref="StdoutFailure"/>, which the program reports (exit 4).
    /// </summary>
    public static void ToStdout(TextWriter stdout, Action<Stream> write)
    {
        if (ReferenceEquals(StdoutGuard.Inner(stdout), Console.Out) && Console.OutputEncoding.CodePage == 65001)
        {
            try
            {
                stdout.Flush();
                using var raw = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
                write(raw);
                raw.Flush();
            }
            catch (IOException e) when (e is not OutputFailure)
            {
                throw new StdoutFailure(e);
            }

            return;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <returns>false when the file could not be written (the caller exits with <see cref="ExitCodes.OutputError"/>).</returns>
    public static bool TryWrite(string path, Action<Stream> write, TextWriter stderr) => TryWrite([(path, write)], stderr);

    /// <summary>
    /// Writes every output or none: each is staged beside its target, then <paramref name="beforeCommit"/> runs (a
    /// command's standard output), then all are moved into place. False, with the problem on <paramref name="stderr"/>,
    /// when one could not be written; then none is.
    /// </summary>
    public static bool TryWrite(IReadOnlyList<(string Path, Action<Stream> Write)> outputs, TextWriter stderr, Action? beforeCommit = null)
    {
        using var commit = new OutputCommit();
        try
        {
            foreach (var (path, write) in outputs)
            {
                commit.Stage(path, write);
            }

            beforeCommit?.Invoke();
            commit.Commit();
            return true;
        }
        catch (OutputFailure e)
        {
            Report(e, stderr);
            return false;
        }
        catch (Exception e) when (e is (IOException and not StdoutFailure) or UnauthorizedAccessException && outputs.Count > 0)
        {
            Report(OutputFailure.From(outputs[0].Path, e), stderr);
            return false;
        }
    }

    /// <summary>ECO0355 for a full disk, else ECO0301 with the reason, at the output's path.</summary>
    public static void Report(OutputFailure e, TextWriter stderr)
    {
        var diagnostic = e.Kind == OutputFailureKind.DiskFull
            ? new Diagnostic(DiagnosticCodes.OutputDeviceFull.Id, Severity.Error, Texts.HostileDiskFull, SourceLocation.InFile(e.OutputPath))
            : new Diagnostic(DiagnosticCodes.OutputUnwritable.Id, Severity.Error, Texts.CliCannotWrite.With(e.Kind switch
            {
                OutputFailureKind.PermissionDenied => Texts.CliPermissionDenied,
                OutputFailureKind.NoFolder => Texts.CliNoFolder,
                OutputFailureKind.IsFolder => Texts.HostileOutputIsFolder,
                _ => Texts.CliIoError,
            }), SourceLocation.InFile(e.OutputPath));
        stderr.WriteLine(diagnostic.ToString(CliText.Language));
    }

    /// <summary>
    /// The full paths of a run's inputs, for <see cref="IsAnInput"/>: every file read, the dataset, and the other files
    /// given (null ones left out), a dataset folder's mapping.yaml included.
    /// </summary>
    public static HashSet<string> InputsOf(IO.Csv.DatasetReadResult read, string dataset, params string?[] others)
    {
        var inputs = read.Files.Select(f => Path.GetFullPath(f.Path)).ToHashSet(StringComparer.Ordinal);
        inputs.Add(Path.GetFullPath(dataset));
        inputs.Add(Path.GetFullPath(Path.Combine(dataset, "mapping.yaml")));
        foreach (var other in others)
        {
            if (other is not null)
            {
                inputs.Add(Path.GetFullPath(other));
            }
        }

        return inputs;
    }

    /// <summary>
    /// Whether <paramref name="output"/> names one of the <paramref name="inputs"/>, directly (ECO0302) or through a
    /// link, of the output or of a folder on its way (ECO0354): links are resolved on both sides. If so it is reported
    /// and the caller exits with <see cref="ExitCodes.OutputError"/> before anything is written.
    /// </summary>
    public static bool IsAnInput(string output, IReadOnlySet<string> inputs, TextWriter stderr)
    {
        var full = Path.GetFullPath(output);
        if (inputs.Contains(full))
        {
            stderr.WriteLine(new Diagnostic(DiagnosticCodes.OutputIsInput.Id, Severity.Error,
                Texts.CliOutputIsInput, SourceLocation.InFile(output)).ToString(CliText.Language));
            return true;
        }

        var real = RealPath.Of(full);
        var input = inputs.FirstOrDefault(i => string.Equals(RealPath.Of(i), real, StringComparison.Ordinal));
        if (input is null)
        {
            return false;
        }

        stderr.WriteLine(new Diagnostic(DiagnosticCodes.OutputLinksToInput.Id, Severity.Error,
            Texts.HostileOutputLinksToInput.With(input), SourceLocation.InFile(output)).ToString(CliText.Language));
        return true;
    }
}

/// <summary>Writing the standard output failed (a full disk, a closed pipe): reported as ECO0355 or ECO0301 at 标准输出, exit 4.</summary>
internal sealed class StdoutFailure(IOException inner) : IOException(inner.Message, inner)
{
    public bool DiskFull => OutputFailure.IsDiskFull(this);
}

/// <summary>The standard output as the commands see it: an IO error while writing becomes <see cref="StdoutFailure"/>.</summary>
internal sealed class StdoutGuard(TextWriter inner) : TextWriter
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    /// <summary>The writer behind a guard (or the writer itself).</summary>
    public static TextWriter Inner(TextWriter writer) => writer is StdoutGuard g ? g.Wrapped : writer;

    private TextWriter Wrapped => inner;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // the base property allows null
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    public override string ToString() => inner.ToString() ?? string.Empty;

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e) when (e is not StdoutFailure)
        {
            throw new StdoutFailure(e);
        }
    }
}
