using System.CommandLine;
using EcoAssessment.Catalogue;
using EcoAssessment.Analysis;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Loading;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco trend &lt;dataset&gt;... [--periods P1,P2,…]</c>: each branch's and unit's score and rating over consecutive
/// periods — several periods of one dataset, or one dataset per period — each assessed against the one before; a
/// series is 上升/下降 when its score moved by at least <c>--direction-threshold</c> points (else the rule file's
/// <c>trend.direction_threshold</c>, else 3), else 平稳.
/// </summary>
public static class TrendCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var datasets = new Argument<string[]>("dataset") { Description = CliText.T(Texts.CliTrendDatasets), Arity = ArgumentArity.OneOrMore };
        var rules = new Option<string?>("--rules", "-r") { Description = CliText.T(Texts.CliRules) };
        var periods = new Option<string?>("--periods") { Description = CliText.T(Texts.CliTrendPeriods) };
        var format = new Option<string>("--format", "-f") { Description = CliText.T(Texts.CliMdCsvJson), DefaultValueFactory = _ => "md" }
            .AcceptOnlyFromAmong("md", "csv", "json");
        periods.Validators.Add(r =>
        {
            foreach (var p in (r.GetValueOrDefault<string?>() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Period.TryParse(p, out _, out var error))
                {
                    r.AddError(CliText.T(Texts.CliPeriodsInvalid, error));
                }
            }
        });
        var threshold = new Option<decimal?>("--direction-threshold")
        {
            // No default here: without the option the rule file's trend.direction_threshold applies, else 3 points.
            Description = CliText.T(Texts.CliTrendDirectionThreshold, "trend.direction_threshold"),
            CustomParser = r =>
            {
                // Points above 0, written with a dot in any culture; anything else says what would be right.
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : string.Empty;
                if (decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var points) && points > 0)
                {
                    return points;
                }

                r.AddError(CliText.T(Texts.CliTrendDirectionThresholdInvalid, text));
                return Trend.DefaultDirectionThreshold;
            },
        };
        var outputs = new Option<string[]>("--output", "-o") { Description = CliText.T(Texts.CliTrendOutput) };
        outputs.Validators.Add(r =>
        {
            foreach (var o in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (Path.GetExtension(o).ToLowerInvariant() is not (".md" or ".csv" or ".json" or ".xlsx"))
                {
                    r.AddError(CliText.T(Texts.CliOutputExtension, o, ".md, .csv, .json, .xlsx"));
                }
            }
        });
        var command = new Command("trend", CliText.T(Texts.CliTrend))
        {
            datasets, rules, periods, format, threshold, outputs,
        };
        var common = new DatasetOptions();
        command.Options.Add(common.Mapping);
        command.Options.Add(common.AllowMissing);
        var redaction = new RedactOptions();
        redaction.AddTo(command);
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag();
            var isVerbose = parse.GetValue(verbose);
            var readOptions = new CsvReadOptions
            {
                Pseudonyms = redaction.Resolve(parse), MappingFile = parse.GetValue(common.Mapping),
                AllowMissing = DatasetOptions.ParseAllowMissing(parse.GetValue(common.AllowMissing), out _) ?? new HashSet<InputTable>(),
            };
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
                    stderr.WriteLine(CliText.T(Texts.CliError, CliText.T(Texts.CliTrendDatasetsPeriods)));
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
                stderr.WriteLine(CliText.T(Texts.CliError, CliText.T(Texts.CliTrendTwoPeriods)));
                return ExitCodes.Usage;
            }

            var assessments = new List<Assessment>();
            PreviousRatings? previous = null;
            string? previousFolder = null;
            var inputs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (folder, period) in runs)
            {
                var read = DatasetRead.Read(plan, folder, period, readOptions, bag);
                inputs.UnionWith(OutputFile.InputsOf(read, folder, parse.GetValue(rules)));
                if (read.Dataset is not null && previous is not null)
                {
                    // Each period is compared with the one before it: they must come in order, earliest first.
                    Stages.Comparison.PreviousPeriodCheck.Check(read.Dataset.Period, previous, previousFolder!, bag);
                }

                if (read.Dataset is null || bag.HasErrors)
                {
                    DiagnosticPrinter.Print(stderr, bag.Items, isVerbose);
                    return ExitCodes.InputError;
                }

                var a = plan.Run(read.Dataset, previous, Environment.ProcessorCount);
                assessments.Add(a);
                previous = a.ToPrevious();
                previousFolder = folder;
            }

            DiagnosticPrinter.Print(stderr, bag.Items, isVerbose);
            var labelsOut = assessments.Select(a => a.Period.Label).ToArray();
            // The option overrides the rule file, the rule file the default; the Markdown says which applied.
            var given = parse.GetValue(threshold);
            var fromRules = plan.Rules.Trend?.DirectionThreshold;
            var movement = given ?? fromRules ?? Trend.DefaultDirectionThreshold;
            var source = given is not null ? Texts.TrendThresholdFromOption.With("--direction-threshold")
                : fromRules is not null ? Texts.TrendThresholdFromRules.With(parse.GetValue(rules) ?? "default.yaml", "trend.direction_threshold")
                : Texts.TrendThresholdDefault.With("trend.direction_threshold", "--direction-threshold");
            var (branches, units) = Trend.Compute(assessments, movement);
            if ((parse.GetValue(outputs) ?? []).Any(output => OutputFile.IsAnInput(output, inputs, stderr)))
            {
                return ExitCodes.OutputError;
            }

            // 预警 of the periods that end before their year does: the workbook lists every such period's, the Markdown the latest's.
            var open = assessments.Where(a => AnnualWindows.EndsBeforeYear(a.Period)).ToArray();
            var warnings = open.SelectMany(a => EarlyWarnings.Of(a, CliText.Language).Select(w => ((string?)a.Period.Label, w))).ToArray();
            var latestWarnings = open.Length == 0 ? null
                : EarlyWarningText.Markdown(EarlyWarnings.Of(open[^1], CliText.Language), open[^1].Period.Label, CliText.Language);
            // All outputs or none (OutputCommit): the files are staged, the standard output written, then all moved into place.
            var files = (parse.GetValue(outputs) ?? []).Select(output => (output, (Action<Stream>)(stream =>
            {
                if (Path.GetExtension(output).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    TrendWorkbookWriter.Write(labelsOut, branches, units, stream, CliText.Language, movement, warnings, hasWarnings: open.Length > 0);
                    return;
                }

                stream.Write(System.Text.Encoding.UTF8.GetBytes(Render(Path.GetExtension(output).ToLowerInvariant().TrimStart('.'))));
            }))).ToArray();
            if (!OutputFile.TryWrite(files, stderr, () => stdout.Write(Render(parse.GetValue(format)!))))
            {
                return ExitCodes.OutputError;
            }

            return ExitCodes.Success;

            string Render(string kind) => kind switch
            {
                "csv" => TrendWriter.Csv(labelsOut, branches, movement),
                "json" => TrendWriter.Json(labelsOut, branches, units, movement, open.Length > 0 ? warnings : null),
                _ => TrendWriter.Markdown(labelsOut, branches, units, CliText.Language, movement, source) + (latestWarnings ?? string.Empty),
            };
        });
        return command;
    }
}
