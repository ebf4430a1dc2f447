using System.CommandLine;
using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Json;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco evaluate &lt;dataset&gt;</c>: read, rate, write. A thin shell: parse options, read, call the core, write.</summary>
public static class EvaluateCommand
{
    private static readonly string[] OutputExtensions = [".csv", ".json", ".md", ".xlsx"];

    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var common = new DatasetOptions();
        var outputs = new Option<string[]>("--output", "-o") { Description = CliText.T(Texts.CliEvaluateOutput) };
        var format = new Option<string>("--format", "-f") { Description = CliText.T(Texts.CliEvaluateFormat), DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "csv", "json", "md");
        outputs.Validators.Add(r =>
        {
            foreach (var o in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (!OutputExtensions.Contains(Path.GetExtension(o).ToLowerInvariant()))
                {
                    r.AddError(CliText.T(Texts.CliOutputExtension, o, ".csv, .json, .md, .xlsx"));
                }
            }
        });

        var command = new Command("evaluate", CliText.T(Texts.CliEvaluate));
        common.AddTo(command);
        command.Options.Add(outputs);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var written = parse.GetValue(outputs) ?? [];
            var fmt = parse.GetValue(format)!;
            var checks = fmt == "json" || written.Any(p => Path.GetExtension(p).ToLowerInvariant() is ".json" or ".xlsx");
            var options = new Options(common.Read(parse, parse.GetValue(verbose)) with { ProfileRows = checks }, written, fmt, CliText.Language);
            return Run(options, stdout, stderr);
        });
        return command;
    }

    private sealed record Options(InputRequest Input, string[] Outputs, string Format, Language Language);

    private static int Run(Options o, TextWriter stdout, TextWriter stderr)
    {
        var progress = Progress.For(stderr);
        // What the run allocates (the dataset, the results) lives to its end: no collections while it runs, on a large dataset.
        using var pause = CollectionPause.ForDataset(o.Input.Dataset);
        if (InputLoader.Load(o.Input, stderr, progress) is not { } loadedInputs)
        {
            return ExitCodes.InputError;
        }

        var (loaded, _, read, _, bag) = loadedInputs;
        var inputs = read.Files.Select(f => Path.GetFullPath(f.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in new[] { o.Input.Rules, o.Input.Previous, o.Input.Dataset })
        {
            if (extra is not null)
            {
                inputs.Add(Path.GetFullPath(extra));
            }
        }

        if (o.Outputs.Any(output => OutputFile.IsAnInput(output, inputs, stderr)))
        {
            return ExitCodes.OutputError;
        }

        DiagnosticPrinter.Print(stderr, bag.Items, o.Input.Verbose);
        progress.Report(CliText.T(Texts.CliProgressEvaluating, loadedInputs.Dataset.Branches.Count), force: true);
        var assessment = loadedInputs.Run();
        progress.Clear();
        if (assessment.Removed.Count > 0)
        {
            stderr.WriteLine(CliText.T(Texts.CliRemovedBranches, assessment.Removed.Count, string.Join(", ", assessment.Removed)));
        }
        var meta = new RunMetadata(loaded, read.Files, o.Input.Dataset)
        {
            Checks = o.Input.ProfileRows
                ? IO.Checks.CheckReport.Build(loaded.Rules, o.Input.Dataset, read, assessment.Period, bag.Items) with { Previous = o.Input.Previous }
                : null,
        };
        var absent = AbsentLine(read, o.Language);

        // The JSON and workbook writers build each branch's explanation as they go: short-lived objects, so collections
        // come back before writing them (a CSV or Markdown result allocates little and is written within the pause).
        if (o.Format == "json" || o.Outputs.Any(p => Path.GetExtension(p).ToLowerInvariant() is ".json" or ".xlsx"))
        {
            pause?.Dispose();
        }

        // All outputs or none: each file is written beside its target, then the standard output, then all are moved into place.
        var files = o.Outputs.Select(output => (output, (Action<Stream>)(stream =>
        {
            progress.Report(CliText.T(Texts.CliProgressWriting, output), force: true);
            WriteFormat(Path.GetExtension(output).ToLowerInvariant(), assessment, meta, stream, o.Language, absent);
            progress.Clear();
        }))).ToArray();
        var written = OutputFile.TryWrite(files, stderr, () =>
        {
            switch (o.Format)
            {
                case "csv" or "json" or "md":
                    OutputFile.ToStdout(stdout, stream => WriteFormat("." + o.Format, assessment, meta, stream, o.Language, absent));

                    break;
                default:
                    if (absent is not null)
                    {
                        stdout.WriteLine(absent);
                    }

                    stdout.Write(TableFormatter.Render(assessment, o.Language));
                    break;
            }

            stdout.Flush();
        });
        if (!written)
        {
            progress.Clear();
            return ExitCodes.OutputError;
        }

        stdout.Flush();
        return ExitCodes.Success;
    }

    /// <summary>
    /// The visible line of a run without tables the rule set reads (inputs.optional, --allow-missing): above the table on
    /// the screen and at the top of the Markdown result, not a notice.
    /// </summary>
    private static string? AbsentLine(DatasetReadResult read, Language language) => read.AbsentByChoice.Count == 0
        ? null
        : Texts.OutputTablesAbsent.Render(language, Text.Join(Texts.ListSeparator,
            read.AbsentByChoice.Select(t => Texts.OutputTableName.With(InputCatalogue.Of(t).Name, InputCatalogue.Of(t).Chinese))));

    private static void WriteFormat(string extension, Assessment a, RunMetadata meta, Stream stream, Language language, string? absent)
    {
        switch (extension)
        {
            case ".csv":
                ResultCsvWriter.Write(a, stream, language);
                break;
            case ".json":
                ResultJsonWriter.Write(a, meta with { Language = language }, stream);
                break;
            case ".xlsx":
                ReportWorkbookWriter.Write(a, stream, language, meta.Checks);
                break;
            default:
                var markdown = ResultMarkdownWriter.Render(a, language);
                if (absent is not null)
                {
                    // Under the title, before anything is read: the page's first statement.
                    var end = markdown.IndexOf('\n', StringComparison.Ordinal) + 1;
                    markdown = markdown[..end] + $"\n> **{absent}**\n" + markdown[end..];
                }

                var bytes = Encoding.UTF8.GetBytes(markdown);
                stream.Write(bytes);
                break;
        }
    }
}
