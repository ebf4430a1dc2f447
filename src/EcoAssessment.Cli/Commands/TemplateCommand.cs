using System.CommandLine;
using EcoAssessment.IO.Xlsx;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco template [-o input-template.xlsx] [--lang zh|en]</c>: the workbook to fill in.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--output", "-o") { Description = "The workbook to write.", DefaultValueFactory = _ => "input-template.xlsx" };
        var lang = new Option<string>("--lang") { Description = "Sheet names and captions: zh (default) or en.", DefaultValueFactory = _ => "zh" }
            .AcceptOnlyFromAmong("zh", "en");
        var force = new Option<bool>("--force") { Description = "Replace an existing file." };
        output.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } p && !p.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                r.AddError($"-o {p}: the template is a workbook; name it .xlsx");
            }
        });
        var command = new Command("template", "Write an input workbook to fill in: a sheet per table with its captions, an example row, drop-down lists and a 说明 sheet.")
        {
            output, lang, force,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (File.Exists(path) && !parse.GetValue(force))
            {
                stderr.WriteLine($"{path}: error ECO0302: the file already exists (it may hold filled-in records); choose another path, or add --force to replace it");
                return ExitCodes.OutputError;
            }

            if (!OutputFile.TryWrite(path, s => TemplateWorkbookWriter.Write(s, parse.GetValue(lang) == "en"), stderr))
            {
                return ExitCodes.OutputError;
            }

            stdout.WriteLine($"eco: wrote the input template to {path}; fill in a sheet per table (replace the grey example rows) and run: eco evaluate {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
