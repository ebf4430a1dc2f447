using System.CommandLine;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Loading;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Cli.Commands;

/// <summary>The options every command that reads a dataset shares.</summary>
internal sealed class DatasetOptions
{
    public Argument<string> Dataset { get; } = new("dataset") { Description = CliText.T(Texts.CliDataset) };

    public Option<string?> Rules { get; } = new("--rules", "-r") { Description = CliText.T(Texts.CliRules) };

    public Option<string?> Period { get; } = new("--period", "-p")
    {
        Description = CliText.T(Texts.CliPeriod),
    };

    public Option<string> Delimiter { get; } = new("--delimiter") { Description = CliText.T(Texts.CliDelimiter), DefaultValueFactory = _ => "," };

    public Option<string> Encoding { get; } = new Option<string>("--encoding")
    {
        Description = CliText.T(Texts.CliEncoding),
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "utf-8", "utf8", "gb18030", "gbk");

    public Option<string?> Previous { get; } = new("--previous")
    {
        Description = CliText.T(Texts.CliPrevious),
    };

    public Option<string?> Mapping { get; } = new("--mapping") { Description = CliText.T(Texts.CliMappingHelp) };

    public Option<string?> AllowMissing { get; } = new("--allow-missing") { Description = CliText.T(Texts.CliAllowMissingHelp, "findings,study") };

    public RedactOptions Redaction { get; } = new();

    /// <summary>The tables a --allow-missing value names; null with the problem in <paramref name="error"/>.</summary>
    public static IReadOnlySet<InputTable>? ParseAllowMissing(string? value, out string? error)
    {
        error = null;
        var set = new HashSet<InputTable>();
        foreach (var word in (value ?? string.Empty).Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (InputCatalogue.FindTable(word) is not { } t)
            {
                error = CliText.T(Texts.CliAllowMissingUnknown, word, string.Join(",", InputCatalogue.Tables.Skip(1).Select(x => x.Name)));
                return null;
            }

            if (t == InputCatalogue.Branches)
            {
                error = CliText.T(Texts.CliAllowMissingBranches, "branches");
                return null;
            }

            set.Add(IO.Tables.TableRules.KindOf(t));
        }

        return set;
    }

    public DatasetOptions()
    {
        Delimiter.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (v is not { Length: 1 } || v[0] > 127 || v[0] is '"' or '\r' or '\n')
            {
                r.AddError(CliText.T(Texts.CliDelimiterInvalid));
            }
        });
        Period.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } p && !Model.Period.TryParse(p, out _, out var error))
            {
                r.AddError(CliText.T(Texts.CliPeriodInvalid, error));
            }
        });
        AllowMissing.Validators.Add(r =>
        {
            if (ParseAllowMissing(r.GetValueOrDefault<string?>(), out var error) is null)
            {
                r.AddError(error!);
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Dataset);
        command.Options.Add(Rules);
        command.Options.Add(Period);
        command.Options.Add(Delimiter);
        command.Options.Add(Encoding);
        command.Options.Add(Previous);
        command.Options.Add(Mapping);
        command.Options.Add(AllowMissing);
        Redaction.AddTo(command);
    }

    /// <exception cref="CliException">Exit 2 for a --redact without a usable key.</exception>
    public InputRequest Read(ParseResult parse, bool verbose) => new(
        parse.GetRequiredValue(Dataset), parse.GetValue(Rules), parse.GetValue(Period), parse.GetValue(Delimiter)![0], verbose)
    {
        Previous = parse.GetResult(Previous) is null ? null : parse.GetValue(Previous),
        Encoding = parse.GetValue(Encoding) switch
        {
            "utf-8" or "utf8" => CsvEncoding.Utf8,
            "gb18030" or "gbk" => CsvEncoding.Gb18030,
            _ => CsvEncoding.Auto,
        },
        Pseudonyms = Redaction.Resolve(parse),
        Mapping = parse.GetValue(Mapping),
        AllowMissing = ParseAllowMissing(parse.GetValue(AllowMissing), out _) ?? new HashSet<InputTable>(),
    };
}

internal sealed record InputRequest(string Dataset, string? Rules, string? Period, char Delimiter, bool Verbose)
{
    public string? Previous { get; init; }

    /// <summary>With --redact: the member pseudonyms every message and output uses.</summary>
    public EcoAssessment.Privacy.MemberPseudonyms? Pseudonyms { get; init; }

    /// <summary>The mapping file given with --mapping; null to pick up mapping.yaml beside the dataset.</summary>
    public string? Mapping { get; init; }

    /// <summary>The tables --allow-missing names.</summary>
    public IReadOnlySet<InputTable> AllowMissing { get; init; } = new HashSet<InputTable>();

    /// <summary>Keep what each file held, for the outputs that show the data check (JSON, the report workbook).</summary>
    public bool ProfileRows { get; init; }

    /// <summary>How to read the dataset's CSV files.</summary>
    public CsvReadOptions ReadOptions => new()
    {
        Delimiter = Delimiter, Encoding = Encoding, Pseudonyms = Pseudonyms, MappingFile = Mapping, AllowMissing = AllowMissing, ProfileRows = ProfileRows,
    };

    public CsvEncoding Encoding { get; init; } = CsvEncoding.Auto;
}

/// <summary>Rules, plan, dataset and previous ratings, read and validated; the diagnostics (warnings, notices) still to print.</summary>
internal sealed record LoadedInputs(LoadedRuleSet Rules, Plan Plan, DatasetReadResult Read, Dataset Dataset, DiagnosticBag Diagnostics)
{
    public PreviousRatings? Previous { get; init; }

    /// <summary>Runs the plan on the dataset with the previous ratings, if any.</summary>
    public Assessment Run() => Plan.Run(Dataset, Previous, Environment.ProcessorCount, CliText.Language);
}

internal static class InputLoader
{
    /// <summary>Reads the rule file and the dataset (<see cref="AssessmentInputs"/>). On any error prints every problem and returns null (exit 3).</summary>
    public static LoadedInputs? Load(InputRequest request, TextWriter stderr, Progress? progress = null)
    {
        progress ??= Progress.None;
        var bag = new DiagnosticBag();
        if (AssessmentInputs.Plan(request.Rules, bag) is not { } planned)
        {
            DiagnosticPrinter.Print(stderr, bag.Items, request.Verbose);
            return null;
        }

        Period? period = null;
        if (request.Period is not null && Period.TryParse(request.Period, out var p, out _))
        {
            period = p;
        }

        var read = DatasetRead.Read(planned.Plan, request.Dataset, period, request.ReadOptions with { Progress = progress.Rows }, bag);
        progress.Clear();
        if (read.Dataset is null)
        {
            DiagnosticPrinter.Print(stderr, bag.Items, request.Verbose);
            stderr.WriteLine(CliText.T(Texts.CliInputErrors, bag.ErrorCount));
            return null;
        }

        PreviousRatings? previous = null;
        if (request.Previous is not null)
        {
            previous = IO.Previous.PreviousRatingsReader.Read(request.Previous, bag);
            if (previous is not null)
            {
                Stages.Comparison.PreviousPeriodCheck.Check(read.Dataset.Period, previous, request.Previous, bag);
            }

            if (previous is null || bag.HasErrors)
            {
                DiagnosticPrinter.Print(stderr, bag.Items, request.Verbose);
                stderr.WriteLine(CliText.T(Texts.CliInputErrors, bag.ErrorCount));
                return null;
            }
        }

        return new LoadedInputs(planned.Rules, planned.Plan, read, read.Dataset, bag) { Previous = previous };
    }
}
