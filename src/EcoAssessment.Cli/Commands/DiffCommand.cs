using System.CommandLine;
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
                var refused = GitArguments.Show(rest[..colon], rest[(colon + 1)..], out _) is null;
                bag.Error(refused ? DiagnosticCodes.GitRevisionRefused : DiagnosticCodes.FileNotFound, SourceLocation.InFile(GitArguments.Shown(side)), error!);
                return null;
            }
        }
        else
        {
            loaded = RuleSetReader.ReadFile(side, bag);
        }

        return AssessmentInputs.Plan(loaded, bag)?.Plan;
    }

    /// <summary>
    /// The text of a file at a revision, from <c>git show --end-of-options REV:path</c> in the current folder, through
    /// <see cref="ChildProcess"/> (arguments checked by <see cref="GitArguments"/>, output at most a rule file's limit).
    /// </summary>
    private static bool GitShow(string revision, string path, out string text, out Text? error)
    {
        text = string.Empty;
        error = null;
        if (GitArguments.Show(revision, path, out var refusal) is not { } arguments)
        {
            error = refusal;
            return false;
        }

        try
        {
            var result = ChildProcess.Run("git", arguments, (int)IO.InputLimits.MaxRuleFileBytes);
            if (result.TooLarge)
            {
                error = Texts.HostileGitOutputTooLarge.With(IO.InputLimits.MaxRuleFileBytes);
                return false;
            }

            text = System.Text.Encoding.UTF8.GetString(result.Stdout);
            if (result.ExitCode != 0)
            {
                error = Texts.CliGitShowFailed.With(GitArguments.Shown(result.Stderr.Split('\n')[0], 200));
                return false;
            }

            return true;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error = Texts.CliGitShowFailed.With(CliText.T(Texts.CliGitMissing, e.Message));
            return false;
        }
    }
}
