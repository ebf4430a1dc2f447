using System.CommandLine;
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
            Description = "integrity: 党风廉政建设季报 statistics (findings by unit × form × category, rectification); annual: 主体责任落实情况年度报告 annex (ratings, transitions, 整顿 list, exemptions).",
            DefaultValueFactory = _ => "annual",
        }.AcceptOnlyFromAmong("integrity", "annual");
        var command = new Command("annex", "The statistical annexes of the quarterly integrity report and the annual report, as Markdown.");
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
            stdout.Write(parse.GetValue(kind) == "integrity" ? AnnexWriter.Integrity(assessment) : AnnexWriter.Annual(assessment));
            return ExitCodes.Success;
        });
        return command;
    }
}
