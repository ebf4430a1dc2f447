using System.CommandLine;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Parquet;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco convert &lt;dataset&gt; -o &lt;folder&gt; [--format parquet|csv]</c>: reads any dataset eco reads with the same
/// reader as <c>eco evaluate</c> and writes its accepted rows as a canonical folder (<see cref="DatasetConverter"/>).
/// Exit 0 when written, 3 with input errors (nothing written), 4 when the folder cannot be written.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new DatasetOptions();
        var output = new Option<string>("--output", "-o") { Description = CliText.T(Texts.CliConvertOutput), Required = true };
        var format = new Option<string>("--format", "-f") { Description = CliText.T(Texts.CliConvertFormat), DefaultValueFactory = _ => "parquet" }
            .AcceptOnlyFromAmong("parquet", "csv");
        var command = new Command("convert", CliText.T(Texts.CliConvert));
        command.Arguments.Add(common.Dataset);
        command.Options.Add(common.Delimiter);
        command.Options.Add(common.Encoding);
        command.Options.Add(common.Mapping);
        command.Options.Add(output);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var input = common.Read(parse, verbose: true);
            var folder = parse.GetRequiredValue(output);
            var how = parse.GetValue(format)!;
            if (Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) == Path.GetFullPath(input.Dataset).TrimEnd(Path.DirectorySeparatorChar))
            {
                stderr.WriteLine($"{folder}: error ECO0302: {CliText.T(Texts.CliFolderHasParquet)}");
                return ExitCodes.OutputError;
            }

            var bag = new DiagnosticBag();
            var done = DatasetConverter.Convert(input.Dataset, folder, how, input.ReadOptions with { Parallelism = 1 }, bag);
            DiagnosticPrinter.Print(stderr, bag.Items, verbose: true);
            if (done is null)
            {
                return bag.Items.Any(d => d.Code == DiagnosticCodes.ConvertUnwritable.Id) ? ExitCodes.OutputError : ExitCodes.InputError;
            }

            stderr.WriteLine(CliText.T(Texts.CliConverted, done.Files.Count, done.Rows, folder, how));
            return ExitCodes.Success;
        });
        return command;
    }
}
