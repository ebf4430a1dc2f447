using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Reflection;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
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
        var verbose = new Option<bool>("--verbose") { Description = CliText.T(Texts.CliVerbose), Recursive = true };
        var lang = new Option<string>("--lang") { Description = CliText.T(Texts.CliLang), DefaultValueFactory = _ => "zh", Recursive = true }
            .AcceptOnlyFromAmong([.. Languages.Codes]);
        var root = new RootCommand(CliText.T(Texts.CliRoot))
        {
            EvaluateCommand.Create(stdout, stderr, verbose),
            CheckCommand.Create(stdout, stderr),
            ExplainCommand.Create(stdout, stderr, verbose),
            ValidateCommand.Create(stdout, stderr),
            TestCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr, verbose),
            TrendCommand.Create(stdout, stderr, verbose),
            AnnexCommand.Create(stdout, stderr, verbose),
            WeightsCommand.Create(stdout, stderr),
            SensitivityCommand.Create(stdout, stderr, verbose),
            GenerateCommand.Create(stdout, stderr),
            ConvertCommand.Create(stdout, stderr),
            TemplateCommand.Create(stdout, stderr),
        };
        root.Options.Add(verbose);
        root.Options.Add(lang);

        // The default version action prints the entry assembly's version, which in-process hosts (tests) replace.
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersionAction(stdout);
            option.Description = CliText.T(Texts.CliVersionOption);
        }

        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Description = CliText.T(Texts.CliHelpOption);
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
        // A full disk or a closed pipe on the standard output is an output error (exit 4), not a bug.
        stdout = stdout as StdoutGuard ?? new StdoutGuard(stdout);
        var verboseRequested = args.Contains("--verbose");
        // The language is known before the command line is built: help, parse errors and messages are written in it.
        var language = CliText.FromArgs(args);
        var callerLanguage = CliText.Language;
        CliText.Language = language;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CliText.UiCulture(language);
        try
        {
            var root = Build(stdout, stderr);
            configure?.Invoke(root);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var e in parsed.Errors)
                {
                    stderr.WriteLine(CliText.T(Texts.CliError, e.Message));
                }

                stderr.WriteLine(CliText.T(Texts.CliSeeHelp));
                return ExitCodes.Usage;
            }

            if (parsed.Action is HelpAction && language == Language.Zh)
            {
                // System.CommandLine's Chinese resources leave a few labels of the help in English.
                using var help = new StringWriter();
                var code = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = help, Error = stderr });
                stdout.Write(HelpLabels.Chinese(help.ToString()));
                return code;
            }

            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = stdout, Error = stderr });
        }
        catch (StdoutFailure e)
        {
            var at = SourceLocation.InFile(Texts.HostileStdout.Render(language));
            stderr.WriteLine((e.DiskFull
                ? new Diagnostic(DiagnosticCodes.OutputDeviceFull.Id, Severity.Error, Texts.HostileDiskFull, at)
                : new Diagnostic(DiagnosticCodes.OutputUnwritable.Id, Severity.Error, Texts.CliCannotWrite.With(Texts.CliIoError), at)).ToString(language));
            return ExitCodes.OutputError;
        }
        catch (CliException e)
        {
            stderr.WriteLine(CliText.T(Texts.CliError, e.Message));
            return e.ExitCode;
        }
        catch (Exception e)
        {
            stderr.WriteLine(CliText.T(Texts.CliInternalError, Version, e.GetType().Name, e.Message));
            if (verboseRequested)
            {
                stderr.WriteLine(e.ToString());
            }
            else
            {
                stderr.WriteLine(CliText.T(Texts.CliInternalErrorHint));
            }

            return ExitCodes.Internal;
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
            CliText.Language = callerLanguage;
        }
    }
}
