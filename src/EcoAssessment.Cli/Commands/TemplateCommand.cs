using System.CommandLine;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Xlsx;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco template [-o input-template.xlsx] [--lang zh|en]</c>: the workbook to fill in.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--output", "-o") { Description = CliText.T(Texts.CliTemplateOutput), DefaultValueFactory = _ => "input-template.xlsx" };
        var force = new Option<bool>("--force") { Description = CliText.T(Texts.CliTemplateForce) };
        output.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } p && !p.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                r.AddError(CliText.T(Texts.CliTemplateXlsx, p));
            }
        });
        var command = new Command("template", CliText.T(Texts.CliTemplate))
        {
            output, force,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (File.Exists(path) && !parse.GetValue(force))
            {
                stderr.WriteLine($"{path}: error ECO0302: {CliText.T(Texts.CliTemplateExists)}");
                return ExitCodes.OutputError;
            }

            if (!OutputFile.TryWrite(path, s => TemplateWorkbookWriter.Write(s, CliText.Language), stderr))
            {
                return ExitCodes.OutputError;
            }

            stdout.WriteLine(CliText.T(Texts.CliTemplateWritten, path));
            return ExitCodes.Success;
        });
        return command;
    }
}
