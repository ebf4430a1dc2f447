using System.CommandLine;
using System.Diagnostics;
using EcoAssessment.Catalogue;
using EcoAssessment.Analysis;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Loading;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco diff &lt;dataset&gt; --base A --head B</c>: which branches a rule change moves. A side is a rule file, <c>default</c>
/// (the embedded default) or <c>git:REV:path</c> (a committed version). Exit 1 when a change reaches <c>--fail-on</c>.
/// </summary>
public static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Option<bool> verbose)
    {
        var common = new DatasetOptions();
        var baseRules = new Option<string>("--base") { Description = CliText.T(Texts.CliDiffBase), Required = true };
        var headRules = new Option<string>("--head") { Description = CliText.T(Texts.CliDiffHead), Required = true };
        var failOn = new Option<string>("--fail-on") { Description = CliText.T(Texts.CliDiffFailOn), DefaultValueFactory = _ => "rating" }
            .AcceptOnlyFromAmong("none", "rating", "rank", "score");
        var format = new Option<string>("--format", "-f") { Description = CliText.T(Texts.CliMdCsvJson), DefaultValueFactory = _ => "md" }
            .AcceptOnlyFromAmong("md", "csv", "json");
        var command = new Command("diff", CliText.T(Texts.CliDiff));
        command.Arguments.Add(common.Dataset);
        command.Options.Add(common.Period);
        command.Options.Add(common.Delimiter);
        command.Options.Add(common.Encoding);
        command.Options.Add(baseRules);
        command.Options.Add(headRules);
        command.Options.Add(failOn);
        command.Options.Add(format);
        command.Options.Add(common.Mapping);
        command.Options.Add(common.AllowMissing);
        common.Redaction.AddTo(command);
        command.SetAction(parse =>
        {
            var request = common.Read(parse, parse.GetValue(verbose));
            var bag = new DiagnosticBag();
            var baseName = parse.GetRequiredValue(baseRules);
            var headName = parse.GetRequiredValue(headRules);
            var basePlan = Load(baseName, bag);
            var headPlan = Load(headName, bag);
            if (basePlan is null || headPlan is null)
            {
                DiagnosticPrinter.Print(stderr, bag.Items, request.Verbose);
                return ExitCodes.InputError;
            }

            Period? period = request.Period is not null && Period.TryParse(request.Period, out var p, out _) ? p : null;
            var requirements = new DatasetRequirements(basePlan.Requirements.MaxScore || headPlan.Requirements.MaxScore);
            var read = DatasetRead.Read(request.Dataset, period, bag, request.ReadOptions, requirements);
            if (read.Files.Count > 0)
            {
                // A table either rule set reads is never silently absent: the head's needs, then the base's others.
                var present = read.Files.Select(f => IO.Tables.TableRules.KindOf(InputCatalogue.FindTable(f.Table)!)).ToHashSet();
                var at = SourceLocation.InFile(request.Dataset);
                var seen = IO.Loading.AssessmentInputs.Seen(read);
                DatasetChecks.CheckTables(headPlan.Rules, present, request.AllowMissing, seen, at, bag);
                present.UnionWith(RuleInputs.Needs(headPlan.Rules).Keys);
                DatasetChecks.CheckTables(basePlan.Rules, present, request.AllowMissing, seen, at, bag);
            }

            if (read.Dataset is not null && !bag.HasErrors)
            {
                // 容错 within its limits under both rule sets: the stricter one's problems include the other's.
                DatasetChecks.CheckTolerance(basePlan.Rules.Tolerance.LenientForm3 ? headPlan.Rules : basePlan.Rules, read.Dataset, bag);
            }

            DiagnosticPrinter.Print(stderr, bag.Items, request.Verbose);
            if (read.Dataset is null || bag.HasErrors)
            {
                return ExitCodes.InputError;
            }

            var diff = RuleDiff.Compare(basePlan.Run(read.Dataset, null, Environment.ProcessorCount), headPlan.Run(read.Dataset, null, Environment.ProcessorCount));
            stdout.Write(parse.GetValue(format) switch
            {
                "csv" => DiffWriter.Csv(diff),
                "json" => DiffWriter.Json(diff, baseName, headName),
                _ => DiffWriter.Markdown(diff, baseName, headName, language: CliText.Language),
            });
            var level = Enum.Parse<FailOn>(parse.GetValue(failOn)!, ignoreCase: true);
            return diff.Fails(level) ? ExitCodes.Negative : ExitCodes.Success;
        });
        return command;
    }

    private static Plan? Load(string side, DiagnosticBag bag)
    {
        LoadedRuleSet? loaded;
        if (side == "default")
        {
            loaded = RuleSetReader.ReadDefault();
        }
        else if (side.StartsWith("git:", StringComparison.Ordinal))
        {
            var rest = side["git:".Length..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == rest.Length - 1)
            {
                bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(side), Texts.CliGitForm);
                return null;
            }

            if (GitShow(rest[..colon], rest[(colon + 1)..], out var text, out var error))
            {
                loaded = RuleSetReader.Read(text, side, bag);
            }
            else
            {
                bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(side), Texts.CliGitShowFailed.With(error));
                return null;
            }
        }
        else
        {
            loaded = RuleSetReader.ReadFile(side, bag);
        }

        return AssessmentInputs.Plan(loaded, bag)?.Plan;
    }

    /// <summary>The text of a file at a revision, from <c>git show REV:path</c> in the current folder.</summary>
    private static bool GitShow(string revision, string path, out string text, out string error)
    {
        text = string.Empty;
        error = string.Empty;
        try
        {
            var info = new ProcessStartInfo("git", ["show", $"{revision}:{path}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            using var git = Process.Start(info)!;
            var stdout = git.StandardOutput.ReadToEndAsync();
            var stderr = git.StandardError.ReadToEnd();
            git.WaitForExit();
            text = stdout.Result;
            error = stderr.Trim();
            return git.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error = CliText.T(Texts.CliGitMissing, e.Message);
            return false;
        }
    }
}
