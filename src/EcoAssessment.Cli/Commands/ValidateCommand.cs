using System.CommandLine;
using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco validate &lt;rules&gt;...</c>: every problem of every rule file (YAML syntax, shape, references, numbers,
/// thresholds), MSBuild style. Exit 0 when all are valid (warnings allowed), 1 when any has an error or cannot be read.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("rules") { Description = CliText.T(Texts.CliValidateFiles), Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", CliText.T(Texts.CliValidate)) { files };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var invalid = 0;
            foreach (var path in paths)
            {
                var bag = new DiagnosticBag();
                var loaded = RuleSetReader.ReadFile(path, bag, out var partial);
                if (loaded is null && partial is not null)
                {
                    // Shape problems were found; check what could be read too, so every problem is listed in one run.
                    // References and required parts are left out: what they point to may be what the shape error dropped.
                    var semantic = new DiagnosticBag();
                    Plan.Build(partial, semantic);
                    bag.AddRange(semantic.Items.Where(d => d.Code != DiagnosticCodes.UnknownReference.Id && d.Code != DiagnosticCodes.MissingKey.Id));
                }

                if (loaded is not null)
                {
                    Plan.Build(loaded.Rules, bag);
                    if (!HasSchemaComment(path))
                    {
                        bag.Warning(DiagnosticCodes.NoSchemaComment, SourceLocation.At(path, 1, 1),
                            Texts.CliNoSchemaLine);
                    }
                }

                foreach (var d in bag.Items.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0))
                {
                    stdout.WriteLine(d.ToString(CliText.Language));
                }

                var warnings = bag.Items.Count(d => d.Severity == Severity.Warning);
                if (bag.HasErrors)
                {
                    invalid++;
                }

                stdout.WriteLine((bag.HasErrors ? CliText.T(Texts.CliFileErrors, path, bag.ErrorCount) : CliText.T(Texts.CliFileValid, path))
                    + (warnings > 0 ? CliText.T(Texts.CliFileWarnings, warnings) : string.Empty));
            }

            stdout.WriteLine(CliText.T(Texts.CliValidSummary, paths.Length - invalid, invalid));
            return invalid == 0 ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }

    private static bool HasSchemaComment(string path)
    {
        try
        {
            var first = IO.Text.BoundedInput.FirstLine(path, 4096) ?? string.Empty;
            return first.TrimStart('\uFEFF').StartsWith("# yaml-language-server: $schema=", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
