using System.CommandLine;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Weights;
using EcoAssessment.Methods;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco weights ahp &lt;matrix.csv&gt;</c> and <c>eco weights entropy &lt;table.csv&gt; [--lower COLS]</c>: weights for
/// designing a rule set. AHP exits 1 when the matrix is inconsistent (CR ≥ 0.1), printing the weights all the same.
/// The tables are read and the weights written by <c>EcoAssessment.IO.Weights</c>; problems print as every command's do.
/// </summary>
public static class WeightsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string>("--format", "-f") { Description = CliText.T(Texts.CliTableJson), DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");

        var matrix = new Argument<string>("matrix") { Description = CliText.T(Texts.CliWeightsMatrix) };
        var ahp = new Command("ahp", CliText.T(Texts.CliWeightsAhp)) { matrix, format };
        ahp.SetAction(parse => Ahp(parse.GetRequiredValue(matrix), parse.GetValue(format) == "json", stdout, stderr));

        var table = new Argument<string>("table") { Description = CliText.T(Texts.CliWeightsTable) };
        var lower = new Option<string?>("--lower") { Description = CliText.T(Texts.CliWeightsLower) };
        var raw = new Option<bool>("--raw") { Description = CliText.T(Texts.CliWeightsRaw) };
        var entropy = new Command("entropy", CliText.T(Texts.CliWeightsEntropy)) { table, lower, raw, format };
        entropy.Validators.Add(r =>
        {
            if (r.GetValue(raw) && r.GetValue(lower) is not null) r.AddError("--raw takes the values as they are: --lower cannot be used with it");
        });
        entropy.SetAction(parse => Entropy(parse.GetRequiredValue(table), parse.GetValue(lower), parse.GetValue(raw), parse.GetValue(format) == "json", stdout, stderr));

        return new Command("weights", CliText.T(Texts.CliWeights)) { ahp, entropy };
    }

    private static int Ahp(string path, bool json, TextWriter stdout, TextWriter stderr)
    {
        var bag = new DiagnosticBag();
        if (WeightsCsv.ReadMatrix(path, bag) is not { } matrix)
        {
            Print(stderr, bag);
            return ExitCodes.InputError;
        }

        var r = Methods.Ahp.Compute(matrix.Values);
        WeightsWriter.WriteAhp(stdout, matrix.Names, r, json, CliText.Language);
        return r.Consistent ? ExitCodes.Success : ExitCodes.Negative;
    }

    private static int Entropy(string path, string? lowerColumns, bool raw, bool json, TextWriter stdout, TextWriter stderr)
    {
        var bag = new DiagnosticBag();
        var lower = (lowerColumns ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (WeightsCsv.ReadColumns(path, lower, raw, bag) is not { } table)
        {
            Print(stderr, bag);
            return ExitCodes.InputError;
        }

        var weights = raw ? EntropyWeights.FromShares(table.Columns) : EntropyWeights.Compute(table.Columns, table.Names.Select(n => lower.Contains(n)).ToArray());
        WeightsWriter.WriteWeights(stdout, table.Names, weights, json);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Prints the problems found. Every bad cell is listed, as eco weights always has; the other commands list the first
    /// <see cref="DiagnosticPrinter.MaxListed"/> and count the rest.
    /// </summary>
    private static void Print(TextWriter stderr, DiagnosticBag bag) => DiagnosticPrinter.Print(stderr, bag.Items, verbose: false, maxListed: int.MaxValue);
}
