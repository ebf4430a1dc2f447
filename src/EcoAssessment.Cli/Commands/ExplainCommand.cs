using System.CommandLine;
using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Json;
using EcoAssessment.IO.Output;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco explain &lt;dataset&gt; --branch ID</c>: the whole trace of one branch's rating.</summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var common = new DatasetOptions();
        var branch = new Option<string>("--branch", "-b") { Description = CliText.T(Texts.CliExplainBranch), Required = true };
        var format = new Option<string>("--format", "-f") { Description = CliText.T(Texts.CliExplainFormat), DefaultValueFactory = _ => "text" }
            .AcceptOnlyFromAmong("text", "json");
        var card = new Option<bool>("--card") { Description = CliText.T(Texts.CliExplainCard) };
        var command = new Command("explain", CliText.T(Texts.CliExplain));
        common.AddTo(command);
        command.Options.Add(branch);
        command.Options.Add(format);
        command.Options.Add(card);
        command.SetAction(parse =>
        {
            var request = common.Read(parse, parse.GetValue(verbose));
            if (InputLoader.Load(request, stderr) is not { } inputs)
            {
                return ExitCodes.InputError;
            }

            DiagnosticPrinter.Print(stderr, inputs.Diagnostics.Items, request.Verbose);
            var id = EcoAssessment.Model.TextNormaliser.Fold(parse.GetRequiredValue(branch));
            var assessment = inputs.Run();
            if (assessment.Find(id) is not { } result)
            {
                var ids = assessment.Branches.Select(b => b.BranchId).ToArray();
                var sample = string.Join(", ", ids.Take(5)) + (ids.Length > 5 ? ", …" : string.Empty);
                stderr.WriteLine($"{request.Dataset}: error ECO0207: {CliText.T(Texts.CliBranchNotFound, id, ids.Length, sample)}");
                return ExitCodes.InputError;
            }

            if (parse.GetValue(card))
            {
                stdout.Write(CardContent.Build(assessment, result, CliText.Language).ToText());
            }
            else if (parse.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                ResultJsonWriter.WriteBranch(assessment, result, new RunMetadata(inputs.Rules, inputs.Read.Files, request.Dataset) { Language = CliText.Language }, buffer);
                stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()));
                stdout.Write('\n');
            }
            else
            {
                stdout.Write(ExplanationText.Render(assessment, result, CliText.Language));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
