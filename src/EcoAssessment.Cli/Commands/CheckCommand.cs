using System.CommandLine;
using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Checks;
using EcoAssessment.IO.Loading;
using EcoAssessment.Model;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco check &lt;dataset&gt;</c>: the pre-flight report a clerk runs before the assessment (<see cref="CheckReport"/>).
/// Reads exactly as <c>eco evaluate</c> does, rates nothing, writes no result. Exit 0 clean, 1 with warnings (something
/// that may change ratings), 3 with input errors.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new DatasetOptions();
        var format = new Option<string>("--format", "-f") { Description = CliText.T(Texts.CliCheckFormat), DefaultValueFactory = _ => "text" }
            .AcceptOnlyFromAmong("text", "json", "md");
        var output = new Option<string?>("--output", "-o") { Description = CliText.T(Texts.CliCheckOutput) };
        var suggest = new Option<string?>("--suggest-mapping")
        {
            Description = CliText.T(Texts.CliCheckSuggest), Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("check", CliText.T(Texts.CliCheck));
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(suggest);
        command.SetAction(parse =>
        {
            var input = common.Read(parse, verbose: true);
            var suggestTo = parse.GetResult(suggest) is null ? null : parse.GetValue(suggest) ?? "mapping.suggested.yaml";
            return Run(input, parse.GetValue(format)!, parse.GetValue(output), suggestTo, stdout, stderr);
        });
        return command;
    }

    private static int Run(InputRequest input, string format, string? output, string? suggestTo, TextWriter stdout, TextWriter stderr)
    {
        var bag = new DiagnosticBag();
        if (AssessmentInputs.Plan(input.Rules, bag) is not { } planned)
        {
            DiagnosticPrinter.Print(stderr, bag.Items, verbose: true);
            return ExitCodes.InputError;
        }

        Period? period = input.Period is not null && Period.TryParse(input.Period, out var p, out _) ? p : null;
        var read = DatasetRead.Read(planned.Plan, input.Dataset, period, input.ReadOptions with { ProfileRows = true }, bag);
        if (input.Previous is not null)
        {
            IO.Previous.PreviousRatingsReader.Read(input.Previous, bag);
        }

        // No output over an input, directly or through a link (exit 4, before anything is written).
        var inputs = OutputFile.InputsOf(read, input.Dataset, input.Rules, input.Previous, input.Mapping);
        if (new[] { output, suggestTo }.Any(o => o is not null && OutputFile.IsAnInput(o, inputs, stderr)))
        {
            return ExitCodes.OutputError;
        }

        var report = CheckReport.Build(planned.Plan.Rules, input.Dataset, read, period, bag.Items) with { Previous = input.Previous };
        var lang = CliText.Language;
        void Write(Stream stream)
        {
            if (format == "json")
            {
                CheckWriter.Json(report, stream, lang);
                stream.Write("\n"u8);
            }
            else
            {
                stream.Write(Encoding.UTF8.GetBytes(format == "md" ? CheckWriter.Markdown(report, lang) : CheckWriter.Render(report, lang)));
            }
        }

        if (output is not null)
        {
            if (!OutputFile.TryWrite(output, Write, stderr))
            {
                return ExitCodes.OutputError;
            }
        }
        else
        {
            OutputFile.ToStdout(stdout, Write);
        }

        if (suggestTo is not null)
        {
            var suggestions = MappingSuggestion.Propose(read, bag.Items);
            if (suggestions.Count == 0)
            {
                stderr.WriteLine(CliText.T(Texts.CheckSuggestNothing));
            }
            else if (OutputFile.TryWrite(suggestTo, s => s.Write(Encoding.UTF8.GetBytes(MappingSuggestion.Yaml(suggestions, lang))), stderr))
            {
                stderr.WriteLine(CliText.T(Texts.CheckSuggestWritten, suggestTo, suggestions.Count));
            }
            else
            {
                return ExitCodes.OutputError;
            }
        }

        stdout.Flush();
        return report.ExitCode;
    }
}
