using System.CommandLine;
using System.Globalization;
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
        var branches = new Option<int>("--branches", "-n") { Description = "How many branches.", Required = true };
        branches.Validators.Add(r =>
        {
            if (TryValue<int>(r) is < 1)
            {
                r.AddError("--branches must be at least 1");
            }
        });
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed: the same seed and size always give the same files.", DefaultValueFactory = _ => 2024 };
        var year = new Option<int>("--year") { Description = "The calendar year the records cover.", DefaultValueFactory = _ => 2024 };
        year.Validators.Add(r =>
        {
            if (TryValue<int>(r) is < 1900 or > 2200)
            {
                r.AddError("--year must be between 1900 and 2200");
            }
        });
        var force = new Option<bool>("--force") { Description = "Write into a folder that already holds CSV files, or over an existing workbook (they are replaced)." };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder of CSV files to write (created if needed), or a workbook path ending in .xlsx (one sheet per table, Chinese captions).",
            Required = true,
        };
        var command = new Command("generate", "Write a synthetic, realistic dataset of any size (deterministic for a seed).") { branches, seed, year, output, force };
        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(output);
            var workbook = folder.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
            if (workbook && !parse.GetValue(force) && File.Exists(folder))
            {
                stderr.WriteLine($"{folder}: error ECO0302: the workbook already exists; choose another path, or add --force to replace it");
                return ExitCodes.OutputError;
            }

            if (!workbook && !parse.GetValue(force) && Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.csv").Any())
            {
                stderr.WriteLine($"{folder}: error ECO0302: the folder already holds CSV files; choose an empty folder, or add --force to replace them");
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
                else
                {
                    CsvDatasetWriter.Generate(options, folder, progress.Records);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                progress.Clear();
                stderr.WriteLine($"{folder}: error ECO0301: cannot be written: {e.Message}");
                return ExitCodes.OutputError;
            }

            progress.Clear();
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eco: wrote a dataset of {options.Branches} branches (seed {options.Seed}, year {options.Year}) to {folder}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
