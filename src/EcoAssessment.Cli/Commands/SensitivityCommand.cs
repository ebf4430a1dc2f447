using System.CommandLine;
using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.Analysis;
using EcoAssessment.IO.Output;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco sensitivity &lt;dataset&gt;</c>: how ranks and ratings move when every weight varies at random.</summary>
public static class SensitivityCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var common = new DatasetOptions();
        var runs = new Option<int>("--runs") { Description = CliText.T(Texts.CliSensitivityRuns), DefaultValueFactory = _ => 1000 };
        var spread = new Option<double>("--spread") { Description = CliText.T(Texts.CliSensitivitySpread), DefaultValueFactory = _ => 0.25 };
        var seed = new Option<ulong>("--seed") { Description = CliText.T(Texts.CliSensitivitySeed), DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output", "-o") { Description = CliText.T(Texts.CliSensitivityOutput) };
        runs.Validators.Add(r =>
        {
            try
            {
                if (r.GetValueOrDefault<int>() is < 1 or > 1_000_000) r.AddError(CliText.T(Texts.CliRunsRange));
            }
            catch (InvalidOperationException)
            {
                // not a number: the parser reports it
            }
        });
        spread.Validators.Add(r =>
        {
            try
            {
                if (r.GetValueOrDefault<double>() is < 0 or >= 1 or double.NaN) r.AddError(CliText.T(Texts.CliSpreadRange));
            }
            catch (InvalidOperationException)
            {
                // not a number: the parser reports it
            }
        });
        var command = new Command("sensitivity", CliText.T(Texts.CliSensitivity));
        common.AddTo(command);
        command.Options.Add(runs);
        command.Options.Add(spread);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var request = common.Read(parse, parse.GetValue(verbose));
            if (InputLoader.Load(request, stderr) is not { } inputs)
            {
                return ExitCodes.InputError;
            }

            // No output over an input, directly or through a link (exit 4, before anything is written).
            if (parse.GetValue(output) is { } target
                && OutputFile.IsAnInput(target, OutputFile.InputsOf(inputs.Read, request.Dataset, request.Rules, request.Previous, request.Mapping), stderr))
            {
                return ExitCodes.OutputError;
            }

            DiagnosticPrinter.Print(stderr, inputs.Diagnostics.Items, request.Verbose);
            var table = SensitivityWriter.Csv(Sensitivity.Run(inputs.Run(), parse.GetValue(runs), parse.GetValue(spread), parse.GetValue(seed)));
            if (parse.GetValue(output) is { } path)
            {
                if (!OutputFile.TryWrite(path, s => s.Write(Encoding.UTF8.GetBytes(table)), stderr))
                {
                    return ExitCodes.OutputError;
                }
            }
            else
            {
                stdout.Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
