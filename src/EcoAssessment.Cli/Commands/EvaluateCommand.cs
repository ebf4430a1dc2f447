using System.CommandLine;
using System.Text;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Json;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco evaluate &lt;dataset&gt;</c>: read, rate, write. A thin shell: parse options, read, call the core, write.</summary>
public static class EvaluateCommand
{
    private static readonly string[] OutputExtensions = [".csv", ".json", ".md", ".xlsx", ".docx", ".parquet"];

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
                if (IsFolder(o))
                {
                    continue; // a folder is for --split-by, checked with it
                }

                if (!OutputExtensions.Contains(Path.GetExtension(o).ToLowerInvariant()))
                {
                    r.AddError(CliText.T(Texts.CliOutputExtension, o, ".csv, .json, .md, .xlsx, .docx, .parquet"));
                }
            }
        });

        var splitBy = new Option<string?>("--split-by") { Description = CliText.T(Texts.LgCliSplitBy, "-o") };
        var cards = new Option<string?>("--cards") { Description = CliText.T(Texts.CliEvaluateCards) };
        cards.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } c && Path.GetExtension(c).ToLowerInvariant() != ".docx")
            {
                r.AddError(CliText.T(Texts.CliOutputExtension, c, ".docx"));
            }
        });

        var command = new Command("evaluate", CliText.T(Texts.CliEvaluate));
        common.AddTo(command);
        command.Options.Add(outputs);
        command.Options.Add(format);
        command.Options.Add(splitBy);
        command.Options.Add(cards);
        command.SetAction(parse =>
        {
            var written = parse.GetValue(outputs) ?? [];
            var split = parse.GetValue(splitBy);
            if (SplitProblem(split, written) is { } problem)
            {
                stderr.WriteLine(CliText.T(Texts.CliError, problem));
                return ExitCodes.Usage;
            }

            if (split is not null)
            {
                var folder = written[0];
                written = [];
                var packInput = common.Read(parse, parse.GetValue(verbose)) with { ProfileRows = false };
                return Run(new Options(packInput, written, "table", CliText.Language, parse.GetValue(cards)) { SplitFolder = folder }, stdout, stderr);
            }

            var fmt = parse.GetValue(format)!;
            var checks = fmt == "json" || written.Any(p => Path.GetExtension(p).ToLowerInvariant() is ".json" or ".xlsx");
            var options = new Options(common.Read(parse, parse.GetValue(verbose)) with { ProfileRows = checks }, written, fmt, CliText.Language, parse.GetValue(cards));
            return Run(options, stdout, stderr);
        });
        return command;
    }

    private sealed record Options(InputRequest Input, string[] Outputs, string Format, Language Language, string? Cards)
    {
        /// <summary>With --split-by unit: the folder the units' packs go to.</summary>
        public string? SplitFolder { get; init; }
    }

    /// <summary>The keys --split-by accepts.</summary>
    private static readonly string[] SplitKeys = ["unit"];

    /// <summary>Whether an output names a folder: it ends in a path separator or is an existing folder.</summary>
    private static bool IsFolder(string output) =>
        output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(output);

    /// <summary>What is wrong with --split-by and the outputs together (usage errors), or null.</summary>
    private static string? SplitProblem(string? split, string[] outputs)
    {
        if (split is null)
        {
            // Only a path written as a folder (ending in /) asks for packs; an existing folder named like a file (report.xlsx)
            // is an output that cannot be written (exit 4, said by the output step), not a usage error.
            return outputs.FirstOrDefault(o => o.EndsWith('/') || o.EndsWith(Path.DirectorySeparatorChar)) is { } folder
                ? CliText.T(Texts.CliOutputExtension, folder, ".csv, .json, .md, .xlsx")
                : null;
        }

        if (!SplitKeys.Contains(split, StringComparer.Ordinal))
        {
            return $"{DiagnosticCodes.SplitByUnknown.Id}: " + CliText.T(Texts.LgSplitUnknown, "--split-by", split, string.Join(", ", SplitKeys));
        }

        return outputs.Length == 1 && IsFolder(outputs[0])
            ? null
            : $"{DiagnosticCodes.SplitByNotFolder.Id}: " + (outputs.Length == 0
                ? CliText.T(Texts.LgSplitNoOutput, "--split-by", "-o")
                : CliText.T(Texts.LgSplitNotFolder, "--split-by", "-o", string.Join(", ", outputs.Where(o => !IsFolder(o)).DefaultIfEmpty(outputs[0]))));
    }

    /// <summary>Writes one report workbook per unit into the folder; false when one cannot be written (said on stderr).</summary>
    private static bool WritePacks(Assessment assessment, string folder, Language language, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? Texts.CliPermissionDenied : Texts.CliIoError;
            stderr.WriteLine(new Diagnostic(DiagnosticCodes.OutputUnwritable.Id, Severity.Error, Texts.CliCannotWrite.With(reason), SourceLocation.InFile(folder))
                .ToString(CliText.Language));
            return false;
        }

        var packs = IO.Xlsx.UnitPacks.Split(assessment);
        foreach (var pack in packs)
        {
            if (!OutputFile.TryWrite(Path.Combine(folder, pack.FileName), stream => IO.Xlsx.UnitPacks.Write(pack, stream, language), stderr)
                || !OutputFile.TryWrite(Path.Combine(folder, IO.Xlsx.UnitPacks.CardsFileName(pack, language)), stream => IO.Xlsx.UnitPacks.WriteCards(pack, stream, language), stderr))
            {
                return false;
            }
        }

        stdout.WriteLine(CliText.T(Texts.LgPacksWritten, packs.Count, folder));
        stdout.WriteLine(CliText.T(Texts.LgPackCardsWritten));
        return true;
    }

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
        var inputs = OutputFile.InputsOf(read, o.Input.Dataset, o.Input.Rules, o.Input.Previous, o.Input.Mapping);

        if (o.Outputs.Append(o.Cards).OfType<string>().Any(output => OutputFile.IsAnInput(output, inputs, stderr)))
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

        if (o.SplitFolder is { } packFolder)
        {
            if (OutputFile.IsAnInput(packFolder, inputs, stderr))
            {
                return ExitCodes.OutputError;
            }

            return WritePacks(assessment, packFolder, o.Language, stdout, stderr) ? ExitCodes.Success : ExitCodes.OutputError;
        }

        // All outputs or none: each file is written beside its target, then the standard output, then all are moved into place.
        var files = o.Outputs.Select(output => (output, (Action<Stream>)(stream =>
        {
            progress.Report(CliText.T(Texts.CliProgressWriting, output), force: true);
            WriteFormat(Path.GetExtension(output).ToLowerInvariant(), assessment, meta, stream, o.Language, absent);
            progress.Clear();
        }))).ToList();
        if (o.Cards is { } cardsFile)
        {
            files.Add((cardsFile, stream =>
            {
                progress.Report(CliText.T(Texts.CliProgressWriting, cardsFile), force: true);
                IO.Docx.OfficialDocx.Write(CardContent.All(assessment, o.Language), stream);
                progress.Clear();
            }));
        }

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
                    if (AnnualWindows.EndsBeforeYear(assessment.Period))
                    {
                        stdout.Write(EarlyWarningText.Console(EarlyWarnings.Of(assessment, o.Language), assessment.Period.Label, o.Language));
                    }

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
            case ".parquet":
                IO.Parquet.ResultParquetWriter.Write(a, stream, language);
                break;
            case ".json":
                ResultJsonWriter.Write(a, meta with { Language = language }, stream);
                break;
            case ".xlsx":
                ReportWorkbookWriter.Write(a, stream, language, meta.Checks);
                break;
            case ".docx":
                IO.Docx.OfficialDocx.Write([BriefContent.Build(a, language)], stream);
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
