using System.CommandLine;
using EcoAssessment.Analysis;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Loading;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco trend &lt;dataset&gt;... [--periods P1,P2,…]</c>: each branch's and unit's score and rating over consecutive
/// periods — several periods of one dataset, or one dataset per period — each assessed against the one before.
/// </summary>
public static class TrendCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var datasets = new Argument<string[]>("dataset") { Description = "One dataset with --periods, or one dataset per period, oldest first.", Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string?>("--rules", "-r") { Description = "Rule file (YAML). Default: the embedded scoring-rules/default.yaml." };
        var periods = new Option<string?>("--periods") { Description = "Comma-separated periods, oldest first: 2024Q1,2024Q2,2024Q3,2024Q4." };
        var format = new Option<string>("--format", "-f") { Description = "md (default), csv or json.", DefaultValueFactory = _ => "md" }
            .AcceptOnlyFromAmong("md", "csv", "json");
        periods.Validators.Add(r =>
        {
            foreach (var p in (r.GetValueOrDefault<string?>() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Period.TryParse(p, out _, out var error))
                {
                    r.AddError($"--periods: {error}");
                }
            }
        });
        var outputs = new Option<string[]>("--output", "-o") { Description = "Write the trend to a file: .md, .csv, .json or .xlsx (a workbook with a line chart per unit and the rating mix per period). Repeatable." };
        var lang = new Option<string>("--lang") { Description = "Labels of the workbook: zh (default) or en.", DefaultValueFactory = _ => "zh" }.AcceptOnlyFromAmong("zh", "en");
        outputs.Validators.Add(r =>
        {
            foreach (var o in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (Path.GetExtension(o).ToLowerInvariant() is not (".md" or ".csv" or ".json" or ".xlsx"))
                {
                    r.AddError($"-o {o}: name the output .md, .csv, .json or .xlsx (the extension picks the format)");
                }
            }
        });
        var command = new Command("trend", "Score and rating series per branch and unit over several periods, steady declines marked.")
        {
            datasets, rules, periods, format, outputs, lang,
        };
        var redaction = new RedactOptions();
        redaction.AddTo(command);
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            var isVerbose = parse.GetValue(verbose);
            var readOptions = new CsvReadOptions { Pseudonyms = redaction.Resolve(parse) };
            if (AssessmentInputs.Plan(parse.GetValue(rules), bag)?.Plan is not { } plan)
            {
                DiagnosticPrinter.Print(stderr, bag.Items, isVerbose);
                return ExitCodes.InputError;
            }

            var folders = parse.GetValue(datasets) ?? [];
            var labels = (parse.GetValue(periods) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var runs = new List<(string Folder, Period? Period)>();
            if (labels.Length > 0)
            {
                if (folders.Length != 1 && folders.Length != labels.Length)
                {
                    stderr.WriteLine("eco: error: give one dataset for all periods, or one dataset per period");
                    return ExitCodes.Usage;
                }

                for (var i = 0; i < labels.Length; i++)
                {
                    Period.TryParse(labels[i], out var p, out _);
                    runs.Add((folders.Length == 1 ? folders[0] : folders[i], p));
                }
            }
            else
            {
                runs.AddRange(folders.Select(f => (f, (Period?)null)));
            }

            if (runs.Count < 2)
            {
                stderr.WriteLine("eco: error: a trend needs two or more periods: several datasets, or --periods with two or more");
                return ExitCodes.Usage;
            }

            var assessments = new List<Assessment>();
            PreviousRatings? previous = null;
            foreach (var (folder, period) in runs)
            {
                var read = DatasetRead.Read(plan, folder, period, readOptions, bag);
                if (read.Dataset is null)
                {
                    DiagnosticPrinter.Print(stderr, bag.Items, isVerbose);
                    return ExitCodes.InputError;
                }

                var a = plan.Run(read.Dataset, previous, Environment.ProcessorCount);
                assessments.Add(a);
                previous = a.ToPrevious();
            }

            DiagnosticPrinter.Print(stderr, bag.Items, isVerbose);
            var labelsOut = assessments.Select(a => a.Period.Label).ToArray();
            var (branches, units) = Trend.Compute(assessments);
            var inputs = runs.Select(r => Path.GetFullPath(r.Folder)).ToHashSet(StringComparer.Ordinal);
            if ((parse.GetValue(outputs) ?? []).Any(output => OutputFile.IsAnInput(output, inputs, stderr)))
            {
                return ExitCodes.OutputError;
            }

            foreach (var output in parse.GetValue(outputs) ?? [])
            {
                var english = parse.GetValue(lang) == "en";
                if (!OutputFile.TryWrite(output, stream =>
                    {
                        if (Path.GetExtension(output).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                        {
                            TrendWorkbookWriter.Write(labelsOut, branches, units, stream, english);
                            return;
                        }

                        stream.Write(System.Text.Encoding.UTF8.GetBytes(Render(Path.GetExtension(output).ToLowerInvariant().TrimStart('.'))));
                    }, stderr))
                {
                    return ExitCodes.OutputError;
                }
            }

            stdout.Write(Render(parse.GetValue(format)!));
            return ExitCodes.Success;

            string Render(string kind) => kind switch
            {
                "csv" => TrendWriter.Csv(labelsOut, branches),
                "json" => TrendWriter.Json(labelsOut, branches, units),
                _ => TrendWriter.Markdown(labelsOut, branches, units),
            };
        });
        return command;
    }
}
