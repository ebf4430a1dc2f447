using System.CommandLine;
using System.Reflection;
using EcoAssessment.Cli.Commands;

namespace EcoAssessment.Cli;

/// <summary>
/// The <c>eco</c> command line: parses first (any parse error → exit 2), then runs the command with System.CommandLine's
/// exception handler off, so that a bug is reported as one line and exit 70 (the stack trace only with --verbose).
/// In-process tests call <c>Run</c> with their own writers.
/// </summary>
public static class CliApp
{
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Print notices and, on an internal error, the stack trace.", Recursive = true };
        var root = new RootCommand("EcoAssessment: political-ecology health evaluation of Party branches (先锋 / 中间 / 落后).")
        {
            EvaluateCommand.Create(stdout, stderr, verbose),
            ExplainCommand.Create(stdout, stderr, verbose),
            ValidateCommand.Create(stdout, stderr),
            TestCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr, verbose),
            TrendCommand.Create(stdout, stderr, verbose),
            AnnexCommand.Create(stdout, stderr, verbose),
            WeightsCommand.Create(stdout, stderr),
            SensitivityCommand.Create(stdout, stderr, verbose),
            GenerateCommand.Create(stdout, stderr),
            TemplateCommand.Create(stdout, stderr),
        };
        root.Options.Add(verbose);

        // The default version action prints the entry assembly's version, which in-process hosts (tests) replace.
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersionAction(stdout);
        }

        return root;
    }

    private sealed class PrintVersionAction(TextWriter stdout) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            stdout.WriteLine(Version);
            return ExitCodes.Success;
        }
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, null);

    /// <summary>Runs with a hook that may add commands to the root (tests use it to reach the internal-error path).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Action<RootCommand>? configure)
    {
        var verboseRequested = args.Contains("--verbose");
        try
        {
            var root = Build(stdout, stderr);
            configure?.Invoke(root);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var e in parsed.Errors)
                {
                    stderr.WriteLine($"eco: error: {e.Message}");
                }

                stderr.WriteLine("Run 'eco --help' for usage.");
                return ExitCodes.Usage;
            }

            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = stdout, Error = stderr });
        }
        catch (CliException e)
        {
            stderr.WriteLine($"eco: error: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"eco: internal error (a bug in EcoAssessment {Version}): {e.GetType().Name}: {e.Message}");
            if (verboseRequested)
            {
                stderr.WriteLine(e.ToString());
            }
            else
            {
                stderr.WriteLine("Run again with --verbose for the stack trace, and report it.");
            }

            return ExitCodes.Internal;
        }
    }
}
