using System.Diagnostics;

namespace EcoAssessment.Cli;

/// <summary>
/// The one way the CLI starts another program: every argument passed as its own element (never a command line that a
/// shell or the program would split), standard input closed, standard output read up to a limit, no pager, no prompt.
/// A caller validates what a user wrote before it becomes an argument (see <see cref="GitArguments"/>).
/// </summary>
internal static class ChildProcess
{
    /// <summary>What the program gave: its exit code, its standard output (at most the limit), its standard error, and whether the output was cut.</summary>
    public sealed record Result(int ExitCode, byte[] Stdout, string Stderr, bool TooLarge);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in the current folder; reads at most <paramref name="maxStdout"/> bytes of its output.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program is not installed.</exception>
    public static Result Run(string program, IReadOnlyList<string> arguments, int maxStdout)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["PAGER"] = "cat";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var output = new MemoryStream();
        var buffer = new byte[1 << 16];
        var tooLarge = false;
        var stream = process.StandardOutput.BaseStream;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > maxStdout)
            {
                tooLarge = true;
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }

                break;
            }

            output.Write(buffer, 0, read);
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToArray(), stderr.Result.Trim(), tooLarge);
    }
}

/// <summary>The arguments of <c>git show</c> for <c>git:REV:path</c>, after checking that what the user wrote cannot be read as an option.</summary>
internal static class GitArguments
{
    /// <summary>
    /// Null and the reason when <paramref name="revision"/> or <paramref name="path"/> is refused: a revision starting
    /// with '-' (git would read it as an option: <c>--output=FILE</c> writes a file), or either holding a control
    /// character or a space. Otherwise the arguments, with <c>--end-of-options</c> before the one git reads as a revision.
    /// </summary>
    public static IReadOnlyList<string>? Show(string revision, string path, out Catalogue.Text? refusal)
    {
        refusal = null;
        if (revision.StartsWith('-'))
        {
            refusal = Catalogue.Texts.HostileRevisionDash.With(Shown(revision), "git:HEAD~1:scoring-rules/default.yaml");
            return null;
        }

        foreach (var part in new[] { revision, path })
        {
            if (part.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            {
                refusal = Catalogue.Texts.HostileRevisionCharacter.With(Shown(part));
                return null;
            }
        }

        return ["--no-pager", "show", "--no-textconv", "--end-of-options", $"{revision}:{path}"];
    }

    /// <summary>What the user wrote, for a message: control characters as \uXXXX (a line break cannot start a forged line), at most 80 characters.</summary>
    public static string Shown(string s, int max = 80)
    {
        var b = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            if (b.Length >= max)
            {
                b.Append('…');
                break;
            }

            b.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return b.ToString();
    }
}
