using System.CommandLine;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco annex &lt;dataset&gt; --kind integrity|annual</c>: the statistical annexes of the quarterly and annual reports.</summary>
public static class AnnexCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var common = new DatasetOptions();
        var kind = new Option<string>("--kind", "-k")
        {
            Description = CliText.T(Texts.CliAnnexKind),
            DefaultValueFactory = _ => "annual",
        }.AcceptOnlyFromAmong("integrity", "annual");
        var command = new Command("annex", CliText.T(Texts.CliAnnex));
        common.AddTo(command);
        command.Options.Add(kind);
        command.SetAction(parse =>
        {
            var request = common.Read(parse, parse.GetValue(verbose));
            if (InputLoader.Load(request, stderr) is not { } inputs)
            {
                return ExitCodes.InputError;
            }

            DiagnosticPrinter.Print(stderr, inputs.Diagnostics.Items, request.Verbose);
            var assessment = inputs.Run();
            stdout.Write(parse.GetValue(kind) == "integrity" ? AnnexWriter.Integrity(assessment, CliText.Language) : AnnexWriter.Annual(assessment, CliText.Language));
            return ExitCodes.Success;
        });
        return command;
    }
}
