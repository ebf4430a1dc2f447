using System.CommandLine;
using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.Generation;
using EcoAssessment.IO.Generation;
using EcoAssessment.IO.Xlsx;

namespace EcoAssessment.Cli.Commands;

/// <summary><c>eco generate --branches N [--seed S] -o DIR</c>: a synthetic dataset for demos, benchmarks and the samples.</summary>
public static class GenerateCommand
{
    /// <summary>The option's value, or null when its text did not parse (the parser reports that itself).</summary>
    private static T? TryValue<T>(System.CommandLine.Parsing.OptionResult r)
        where T : struct
    {
        try
        {
            return r.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var branches = new Option<int>("--branches", "-n") { Description = CliText.T(Texts.CliGenerateBranches), Required = true };
        branches.Validators.Add(r =>
        {
            if (TryValue<int>(r) is < 1)
            {
                r.AddError(CliText.T(Texts.CliBranchesRange));
            }
        });
        var seed = new Option<ulong>("--seed", "-s") { Description = CliText.T(Texts.CliGenerateSeed), DefaultValueFactory = _ => 2024 };
        var year = new Option<int>("--year") { Description = CliText.T(Texts.CliGenerateYear), DefaultValueFactory = _ => 2024 };
        year.Validators.Add(r =>
        {
            if (TryValue<int>(r) is < 1900 or > 2200)
            {
                r.AddError(CliText.T(Texts.CliYearRange));
            }
        });
        var force = new Option<bool>("--force") { Description = CliText.T(Texts.CliGenerateForce) };
        var output = new Option<string>("--output", "-o")
        {
            Description = CliText.T(Texts.CliGenerateOutput),
            Required = true,
        };
        var format = new Option<string>("--format") { Description = CliText.T(Texts.CliGenerateFormat), DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var command = new Command("generate", CliText.T(Texts.CliGenerate)) { branches, seed, year, output, force, format };
        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(output);
            var workbook = folder.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
            if (workbook && !parse.GetValue(force) && File.Exists(folder))
            {
                stderr.WriteLine($"{folder}: error ECO0302: {CliText.T(Texts.CliWorkbookExists)}");
                return ExitCodes.OutputError;
            }

            if (!workbook && parse.GetValue(format) != "parquet" && !parse.GetValue(force) && Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.csv").Any())
            {
                stderr.WriteLine($"{folder}: error ECO0302: {CliText.T(Texts.CliFolderHasCsv)}");
                return ExitCodes.OutputError;
            }

            var parquet = !workbook && parse.GetValue(format) == "parquet";
            if (parquet && !parse.GetValue(force) && Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.parquet").Any())
            {
                stderr.WriteLine($"{folder}: error ECO0302: {CliText.T(Texts.CliFolderHasParquet)}");
                return ExitCodes.OutputError;
            }

            var options = new GeneratorOptions(parse.GetValue(branches), parse.GetValue(seed), parse.GetValue(year));
            var progress = Progress.For(stderr);
            try
            {
                if (workbook)
                {
                    XlsxDatasetWriter.Generate(options, folder, progress.Records);
                }
                else if (parquet)
                {
                    IO.Parquet.ParquetDatasetWriter.Generate(options, folder, progress.Records);
                }
                else
                {
                    CsvDatasetWriter.Generate(options, folder, progress.Records);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                progress.Clear();
                stderr.WriteLine($"{folder}: error ECO0301: {CliText.T(Texts.CliCannotWriteReason, e.Message)}");
                return ExitCodes.OutputError;
            }

            progress.Clear();
            stderr.WriteLine(CliText.T(Texts.CliGenerated, options.Branches, options.Seed, options.Year, folder));
            return ExitCodes.Success;
        });
        return command;
    }
}
