using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Tables;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Loading;

/// <summary>A rule set as read (its file and sha256 for the metadata) and the plan built from it.</summary>
internal sealed record PlannedRules(LoadedRuleSet Rules, Plan Plan);

/// <summary>
/// The one way from inputs to something a plan can run, for every command and for <see cref="Scorecard"/>: rules → plan
/// (<see cref="Plan(string?, DiagnosticBag)"/>), then load → check (<see cref="Dataset"/>). Each step reports into the
/// caller's bag and returns null where it cannot go on; printing, exit codes and exceptions are the caller's.
/// </summary>
internal static class AssessmentInputs
{
    /// <summary>Reads a rule file (the embedded default rule set when <paramref name="rulesFile"/> is null), validates it and builds its plan; null with the problems in <paramref name="bag"/>.</summary>
    public static PlannedRules? Plan(string? rulesFile, DiagnosticBag bag) =>
        Plan(rulesFile is null ? RuleSetReader.ReadDefault() : RuleSetReader.ReadFile(rulesFile, bag), bag);

    /// <summary>Validates a rule set already read (null when reading failed) and builds its plan; null with the problems in <paramref name="bag"/>.</summary>
    public static PlannedRules? Plan(LoadedRuleSet? rules, DiagnosticBag bag) =>
        rules is not null && Pipeline.Plan.Build(rules.Rules, bag) is { } plan ? new PlannedRules(rules, plan) : null;

    /// <summary>
    /// Reads a dataset (a folder of CSV files or a workbook) with what <paramref name="plan"/> needs of the records, and
    /// checks it against the plan's rule set (errors: a form-3 or form-4 finding marked 容错 beyond what the rule set
    /// allows; warnings: a period of another kind, a fact no branch has). The result's dataset is null when it cannot be
    /// used: the reader gave none, or <paramref name="bag"/> holds errors.
    /// </summary>
    public static DatasetReadResult Dataset(Plan plan, string path, Period? period, CsvReadOptions options, DiagnosticBag bag)
    {
        var read = DatasetReader.Read(path, period, bag, options, plan.Requirements);
        var absent = Array.Empty<InputTable>() as IReadOnlyList<InputTable>;
        if (read.Files.Count > 0 || read.Dataset is not null)
        {
            // Also when reading found errors: a table the rule set needs that was never read is often the one real cause.
            var present = read.Files.Select(f => TableRules.KindOf(InputCatalogue.FindTable(f.Table)!)).ToHashSet();
            absent = DatasetChecks.CheckTables(plan.Rules, present, options.AllowMissing, Seen(read), SourceLocation.InFile(path), bag);
        }

        if (read.Dataset is null || bag.HasErrors)
        {
            return read with { Dataset = null, AbsentByChoice = absent };
        }

        DatasetChecks.Check(plan.Rules, read.Dataset, bag);
        return bag.HasErrors ? read with { Dataset = null, AbsentByChoice = absent } : read with { AbsentByChoice = absent };
    }

    /// <summary>What was read and what was left out, for the message of a table that is absent.</summary>
    internal static Catalogue.Text Seen(DatasetReadResult read)
    {
        var sep = Catalogue.Texts.ListSeparator;
        var files = Catalogue.Text.Join(sep, read.Files.Select(f => Catalogue.Text.Plain(Path.GetFileName(f.Path))));
        var ignored = read.Ignored.Count == 0
            ? (Catalogue.Text)Catalogue.Texts.SeenNothingIgnored
            : Catalogue.Texts.SeenIgnored.With(Catalogue.Text.Join(sep, read.Ignored.Select(i => Catalogue.Text.Plain(Path.GetFileName(i.Label)))));
        return Catalogue.Text.Join(Catalogue.Texts.ClauseSeparator, [Catalogue.Texts.SeenRead.With(files), ignored]);
    }
}
