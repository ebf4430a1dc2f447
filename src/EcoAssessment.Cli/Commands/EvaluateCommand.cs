using System.CommandLine;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Json;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco evaluate &lt;dataset&gt;</c>: read, rate, write. A thin shell: parse options, read, call the core, write.</summary>
public static class EvaluateCommand
{
    private static readonly string[] OutputExtensions = [".csv", ".json", ".md"];

    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var dataset = new Argument<string>("dataset") { Description = "Dataset folder of CSV files (branches.csv, meetings.csv, …)." };
        var rules = new Option<string?>("--rules", "-r") { Description = "Rule file (YAML). Default: the embedded scoring-rules/default.yaml." };
        var period = new Option<string?>("--period", "-p") { Description = "Period: 2024, 2024H1, 2024Q3, 2024-03 or 2024-01-01..2024-06-30. Default: the one year the records cover." };
        var outputs = new Option<string[]>("--output", "-o") { Description = "Write a result file; the extension picks the format (.csv .json .md). Repeatable." };
        var format = new Option<string>("--format", "-f") { Description = "What goes to stdout.", DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "csv", "json", "md");
        var lang = new Option<string>("--lang") { Description = "Labels: zh (default) or en. Codes and rating values never change.", DefaultValueFactory = _ => "zh" }
            .AcceptOnlyFromAmong("zh", "en");
        var delimiter = new Option<string>("--delimiter") { Description = "CSV field separator of the inputs.", DefaultValueFactory = _ => "," };
        delimiter.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (v is not { Length: 1 } || v[0] > 127 || v[0] is '"' or '\r' or '\n')
            {
                r.AddError("--delimiter takes one ASCII character such as , ; or |");
            }
        });
        period.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } p && !Period.TryParse(p, out _, out var error))
            {
                r.AddError($"--period: {error}");
            }
        });
        outputs.Validators.Add(r =>
        {
            foreach (var o in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (!OutputExtensions.Contains(Path.GetExtension(o).ToLowerInvariant()))
                {
                    r.AddError($"-o {o}: name the output .csv, .json or .md (the extension picks the format)");
                }
            }
        });

        var command = new Command("evaluate", "Score and rate every branch of a dataset, with the reasons.")
        {
            dataset, rules, period, outputs, format, lang, delimiter,
        };
        command.SetAction(parse =>
        {
            var options = new Options(
                parse.GetRequiredValue(dataset), parse.GetValue(rules), parse.GetValue(period), parse.GetValue(outputs) ?? [],
                parse.GetValue(format)!, parse.GetValue(lang) == "en", parse.GetValue(delimiter)![0], parse.GetValue(verbose));
            return Run(options, stdout, stderr);
        });
        return command;
    }

    private sealed record Options(string Dataset, string? Rules, string? Period, string[] Outputs, string Format, bool English, char Delimiter, bool Verbose);

    private static int Run(Options o, TextWriter stdout, TextWriter stderr)
    {
        var bag = new DiagnosticBag();
        var loaded = o.Rules is null ? RuleSetReader.ReadDefault() : RuleSetReader.ReadFile(o.Rules, bag);
        var plan = loaded is null ? null : Plan.Build(loaded.Rules, bag);
        if (plan is null)
        {
            DiagnosticPrinter.Print(stderr, bag.Items, o.Verbose);
            return ExitCodes.InputError;
        }

        Period? period = null;
        if (o.Period is not null)
        {
            Period.TryParse(o.Period, out var p, out _);
            period = p;
        }

        var read = CsvDatasetReader.Read(o.Dataset, period, bag, new CsvReadOptions { Delimiter = o.Delimiter }, plan.Requirements);
        if (read.Dataset is null || bag.HasErrors)
        {
            DiagnosticPrinter.Print(stderr, bag.Items, o.Verbose);
            stderr.WriteLine($"eco: {bag.ErrorCount} error(s) in the inputs; nothing written.");
            return ExitCodes.InputError;
        }

        var inputs = read.Files.Select(f => Path.GetFullPath(f.Path)).ToHashSet(StringComparer.Ordinal);
        if (o.Rules is not null)
        {
            inputs.Add(Path.GetFullPath(o.Rules));
        }

        foreach (var output in o.Outputs)
        {
            if (inputs.Contains(Path.GetFullPath(output)))
            {
                stderr.WriteLine(new Diagnostic(DiagnosticCodes.OutputIsInput.Id, Severity.Error,
                    "this output path is one of the inputs; choose another path so the input is not overwritten", SourceLocation.InFile(output)));
                return ExitCodes.OutputError;
            }
        }

        DiagnosticPrinter.Print(stderr, bag.Items, o.Verbose);
        var assessment = plan.Run(read.Dataset);
        var meta = new RunMetadata(loaded!, read.Files, o.Dataset);

        foreach (var output in o.Outputs)
        {
            try
            {
                AtomicFile.Write(output, stream => WriteFormat(Path.GetExtension(output).ToLowerInvariant(), assessment, meta, stream, o.English));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(new Diagnostic(DiagnosticCodes.OutputUnwritable.Id, Severity.Error,
                    $"cannot be written: {e.Message}; check that the folder exists and is writable", SourceLocation.InFile(output)));
                return ExitCodes.OutputError;
            }
        }

        switch (o.Format)
        {
            case "csv" or "json" or "md":
                using (var buffer = new MemoryStream())
                {
                    WriteFormat("." + o.Format, assessment, meta, buffer, o.English);
                    stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            default:
                stdout.Write(TableFormatter.Render(assessment, o.English));
                break;
        }

        stdout.Flush();
        return ExitCodes.Success;
    }

    private static void WriteFormat(string extension, Assessment a, RunMetadata meta, Stream stream, bool english)
    {
        switch (extension)
        {
            case ".csv":
                ResultCsvWriter.Write(a, stream);
                break;
            case ".json":
                ResultJsonWriter.Write(a, meta, stream);
                break;
            default:
                var bytes = Encoding.UTF8.GetBytes(ResultMarkdownWriter.Render(a, english));
                stream.Write(bytes);
                break;
        }
    }
}
