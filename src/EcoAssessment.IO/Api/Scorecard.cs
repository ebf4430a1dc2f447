using System.Runtime.CompilerServices;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Loading;
using EcoAssessment.IO.Previous;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment;

/// <summary>The files a dataset was read from and the folder or workbook given.</summary>
internal sealed record DatasetSource(IReadOnlyList<InputFile> Files, string Root);

/// <summary>Text encoding of CSV inputs.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8 with or without a byte-order mark, else GB18030/GBK (as Excel on Chinese Windows saves CSV). The default.</summary>
    Auto,

    /// <summary>UTF-8 only; invalid bytes are an error.</summary>
    Utf8,

    /// <summary>GB18030 (a superset of GBK and GB2312).</summary>
    Gb18030,
}

/// <summary>How <see cref="Scorecard.LoadDataset(string, DatasetLoadOptions?)"/> reads a dataset. Every property has a default.</summary>
public sealed record DatasetLoadOptions
{
    /// <summary>The period to assess; records outside it are left out (with a warning). Default null: the one calendar year the records cover.</summary>
    public Period? Period { get; init; }

    /// <summary>
    /// The rule set the dataset will be scored with, so that what it needs is checked while reading (a max_score on every
    /// assessment row when it uses assessment_ratio) and its warnings about this dataset are reported (a period of
    /// another kind, ECO0258; a fact no branch has, ECO0259). Default null: the default rule set.
    /// </summary>
    public RuleSet? Rules { get; init; }

    /// <summary>The CSV field separator: one ASCII character. Default <c>,</c>.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>The text encoding of the CSV files. Default <see cref="TextEncoding.Auto"/>.</summary>
    public TextEncoding Encoding { get; init; } = TextEncoding.Auto;

    /// <summary>
    /// Tables the rule set reads that this dataset may lack (as <c>--allow-missing</c>): the indicators that read them are
    /// not available. Default none: any table the rule set reads that is absent is an error (ECO0270).
    /// </summary>
    public IReadOnlySet<InputTable> AllowMissing { get; init; } = new HashSet<InputTable>();

    /// <summary>The mapping file of the department's own names (as <c>--mapping</c>). Default null: <c>mapping.yaml</c> inside or beside the dataset, if there is one.</summary>
    public string? Mapping { get; init; }
}

/// <summary>
/// A dataset cannot be read: a missing folder or workbook, a table without its required columns, or values that do not
/// parse. <see cref="Diagnostics"/> lists every problem (up to the readers' limits) with its code and location, e.g.
/// <c>meetings.csv(17,date): error ECO0201: …</c>.
/// </summary>
public sealed class DatasetException : Exception
{
    /// <summary>Creates the exception from the problems found; the message lists the errors, one a line.</summary>
    /// <param name="path">The dataset that was read.</param>
    /// <param name="diagnostics">Everything reported while reading: errors, warnings and notices.</param>
    public DatasetException(string path, IReadOnlyList<Diagnostic> diagnostics)
        : base($"the dataset {path} cannot be read:\n" + string.Join("\n", diagnostics.Where(d => d.Severity == Severity.Error)))
    {
        Path = path;
        Diagnostics = diagnostics;
    }

    /// <summary>The folder or workbook that was read.</summary>
    public string Path { get; }

    /// <summary>Everything reported while reading, in the order found; the errors made the dataset unusable.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

/// <summary>
/// The entry points for scripts: load rules and datasets, evaluate, and read earlier ratings. Rule sets and datasets are
/// immutable; a <see cref="Plan"/> built once runs any number of datasets. Results are written with
/// <see cref="AssessmentOutputs"/>. Nothing here reads the clock or the machine's culture.
/// </summary>
public static class Scorecard
{
    private static readonly Lazy<LoadedRuleSet> Default = new(RuleSetReader.ReadDefault);

    // What a rule set or dataset was read from, for the JSON metadata (rule file sha256, input files) of AssessmentOutputs.
    private static readonly ConditionalWeakTable<RuleSet, LoadedRuleSet> RuleSources = new();
    private static readonly ConditionalWeakTable<Dataset, DatasetSource> DatasetSources = new();

    /// <summary>The default rule set, scoring-rules/default.yaml (生态环保铁军 four dimensions), embedded in the library.</summary>
    public static RuleSet DefaultRules => Remember(Default.Value);

    /// <summary>Reads and validates a rule file (YAML, UTF-8 or GB18030).</summary>
    /// <param name="path">The rule file, e.g. <c>scoring-rules/default.yaml</c>.</param>
    /// <returns>The rule set; each record carries its line and column in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="RuleSetException">The file is missing, unreadable, not valid YAML, not a rule set, or fails validation; every problem is listed with its line and column.</exception>
    public static RuleSet LoadRules(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag();
        var loaded = RuleSetReader.ReadFile(path, bag);
        return Validated(loaded, bag);
    }

    /// <summary>Reads and validates rule text (YAML), as <see cref="LoadRules"/> does for a file.</summary>
    /// <param name="yaml">The rule set's YAML text.</param>
    /// <param name="name">The name diagnostics give the text, e.g. <c>quarterly.yaml</c>. Default <c>rules.yaml</c>.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="RuleSetException">The text is not valid YAML, not a rule set, or fails validation.</exception>
    public static RuleSet ParseRules(string yaml, string name = "rules.yaml")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(name);
        var bag = new DiagnosticBag();
        return Validated(RuleSetReader.Read(yaml, name, bag), bag);
    }

    /// <summary>
    /// Reads a dataset: a folder of CSV files (<c>branches.csv</c> or <c>支部.csv</c>, <c>meetings.csv</c>, …) or an
    /// <c>.xlsx</c> workbook with one sheet per table (docs/inputs.md). Warnings and notices are discarded; use the
    /// overload with <c>diagnostics</c> to see them.
    /// </summary>
    /// <param name="path">The folder or workbook.</param>
    /// <param name="options">Period, rule set, delimiter and encoding; null for the defaults.</param>
    /// <returns>The period-filtered dataset, ready for <see cref="Plan.Run(Model.Dataset, Model.PreviousRatings?, int)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="DatasetLoadOptions.Delimiter"/> is not one ASCII character other than a quote or line break.</exception>
    /// <exception cref="RuleSetException"><see cref="DatasetLoadOptions.Rules"/> fails validation.</exception>
    /// <exception cref="DatasetException">The dataset is missing or has errors; every problem is listed with its file, row and column.</exception>
    public static Dataset LoadDataset(string path, DatasetLoadOptions? options = null) => LoadDataset(path, options, out _);

    /// <summary>Reads a dataset as <see cref="LoadDataset(string, DatasetLoadOptions?)"/> does and returns its warnings and notices.</summary>
    /// <param name="path">The folder or workbook.</param>
    /// <param name="options">Period, rule set, delimiter and encoding; null for the defaults.</param>
    /// <param name="diagnostics">The warnings and notices (records outside the period, duplicates, ECO0258 for a period of another kind than the rule set's, …).</param>
    /// <returns>The period-filtered dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="DatasetLoadOptions.Delimiter"/> is not one ASCII character other than a quote or line break.</exception>
    /// <exception cref="RuleSetException"><see cref="DatasetLoadOptions.Rules"/> fails validation.</exception>
    /// <exception cref="DatasetException">The dataset is missing or has errors.</exception>
    public static Dataset LoadDataset(string path, DatasetLoadOptions? options, out IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new DatasetLoadOptions();
        if (options.Delimiter > 127 || options.Delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("the delimiter must be one ASCII character such as , ; or |", nameof(options));
        }

        var plan = Plan.Create(options.Rules ?? DefaultRules);
        var bag = new DiagnosticBag();
        var read = AssessmentInputs.Dataset(plan, path, options.Period, new CsvReadOptions
        {
            Delimiter = options.Delimiter,
            Encoding = options.Encoding switch
            {
                TextEncoding.Utf8 => CsvEncoding.Utf8,
                TextEncoding.Gb18030 => CsvEncoding.Gb18030,
                _ => CsvEncoding.Auto,
            },
            AllowMissing = options.AllowMissing,
            MappingFile = options.Mapping,
        }, bag);
        if (read.Dataset is null)
        {
            throw new DatasetException(path, bag.Items);
        }

        diagnostics = bag.Items;
        DatasetSources.AddOrUpdate(read.Dataset, new DatasetSource(read.Files, path));
        return read.Dataset;
    }

    /// <summary>
    /// Scores and rates every branch on all processors: <c>Plan.Create(rules).Run(dataset, previous, Environment.ProcessorCount)</c>. Build the plan yourself to run
    /// one rule set over many datasets.
    /// </summary>
    /// <param name="dataset">The dataset from <see cref="LoadDataset(string, DatasetLoadOptions?)"/>.</param>
    /// <param name="rules">The rule set; null for <see cref="DefaultRules"/>.</param>
    /// <param name="previous">The previous period's ratings (from <see cref="Assessment.ToPrevious"/> or <see cref="LoadPrevious"/>); null for none.</param>
    /// <returns>The assessment: results in output order with every trace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="RuleSetException">The rule set fails validation.</exception>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is of the same period as the dataset, or of a later one (ECO0281).</exception>
    public static Assessment Evaluate(Dataset dataset, RuleSet? rules = null, PreviousRatings? previous = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (previous is not null)
        {
            var bag = new DiagnosticBag();
            Stages.Comparison.PreviousPeriodCheck.Check(dataset.Period, previous, nameof(previous), bag);
            if (bag.HasErrors)
            {
                throw new ArgumentException(string.Join("\n", bag.Items.Where(d => d.Severity == Severity.Error)), nameof(previous));
            }
        }

        return Plan.Create(rules ?? DefaultRules).Run(dataset, previous, Environment.ProcessorCount);
    }

    /// <summary>Reads an earlier period's ratings: a results CSV or JSON written by EcoAssessment, or a CSV <c>branch_id,rating</c> (支部编号,评级).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The ratings, keyed by branch id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DatasetException">The file is missing or a row cannot be read.</exception>
    public static PreviousRatings LoadPrevious(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag();
        return PreviousRatingsReader.Read(path, bag) is { } previous && !bag.HasErrors ? previous : throw new DatasetException(path, bag.Items);
    }

    /// <summary>The file a rule set was read from (its sha256 for the JSON metadata), when it was read by this class.</summary>
    internal static LoadedRuleSet? SourceOf(RuleSet rules) => RuleSources.TryGetValue(rules, out var l) ? l : null;

    /// <summary>The files a dataset was read from, when it was read by this class.</summary>
    internal static DatasetSource? SourceOf(Dataset dataset) => DatasetSources.TryGetValue(dataset, out var r) ? r : null;

    private static RuleSet Validated(LoadedRuleSet? loaded, DiagnosticBag bag) =>
        AssessmentInputs.Plan(loaded, bag) is { } planned ? Remember(planned.Rules) : throw new RuleSetException(bag.Items);

    private static RuleSet Remember(LoadedRuleSet loaded)
    {
        RuleSources.AddOrUpdate(loaded.Rules, loaded);
        return loaded.Rules;
    }
}
