using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Json;
using EcoAssessment.Methods;
using EcoAssessment.Model;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco weights ahp &lt;matrix.csv&gt;</c> and <c>eco weights entropy &lt;table.csv&gt; [--lower COLS]</c>: weights for
/// designing a rule set. AHP exits 1 when the matrix is inconsistent (CR ≥ 0.1), printing the weights all the same.
/// </summary>
public static class WeightsCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string>("--format", "-f") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong("table", "json");

        var matrix = new Argument<string>("matrix") { Description = "CSV: criteria names in the header row and the first column; cells numbers or fractions like 1/3." };
        var ahp = new Command("ahp", "AHP weights of a pairwise comparison matrix, with λmax, CI and CR (exit 1 when CR ≥ 0.1).") { matrix, format };
        ahp.SetAction(parse => Ahp(parse.GetRequiredValue(matrix), parse.GetValue(format) == "json", stdout, stderr));

        var table = new Argument<string>("table") { Description = "CSV: an id column, then one numeric column per indicator." };
        var lower = new Option<string?>("--lower") { Description = "Comma-separated columns where lower is better." };
        var raw = new Option<bool>("--raw") { Description = "p = x/Σx on the raw values (the textbook kernel, values ≥ 0) instead of min-maxing each column first." };
        var entropy = new Command("entropy", "Entropy weights of indicator columns (熵权法).") { table, lower, raw, format };
        entropy.Validators.Add(r =>
        {
            if (r.GetValue(raw) && r.GetValue(lower) is not null) r.AddError("--raw takes the values as they are: --lower cannot be used with it");
        });
        entropy.SetAction(parse => Entropy(parse.GetRequiredValue(table), parse.GetValue(lower), parse.GetValue(raw), parse.GetValue(format) == "json", stdout, stderr));

        return new Command("weights", "Weights for rule design: AHP from pairwise comparisons, entropy from data.") { ahp, entropy };
    }

    private static List<string[]>? ReadCsv(string path, TextWriter stderr, out string[] header)
    {
        header = [];
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path}: error ECO0001: the file does not exist");
            return null;
        }

        var bag = new Diagnostics.DiagnosticBag();
        if (!IO.InputLimits.WithinSize(path, IO.InputLimits.MaxTableBytes, bag, "file", "a weights table has one row per branch or criterion"))
        {
            DiagnosticPrinter.Print(stderr, bag.Items, verbose: false);
            return null;
        }

        using var csv = CsvReader.Create(CsvDatasetReader.ToUtf8(File.ReadAllBytes(path)), new CsvReaderOptions { Separator = ',' });
        csv.ReadHeader();
        header = csv.Headers.Select(h => TextNormaliser.Fold(h).TrimStart('\uFEFF')).ToArray();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = Enumerable.Range(0, csv.FieldCount).Select(i => TextNormaliser.Fold(csv.GetString(i))).ToArray();
            if (row.Any(c => c.Length > 0))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>A number or a fraction a/b.</summary>
    private static bool TryCell(string text, out double value)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && ValueParser.TryParseNumber(text[..slash], out var a) && ValueParser.TryParseNumber(text[(slash + 1)..], out var b) && b != 0)
        {
            value = a / b;
            return true;
        }

        return ValueParser.TryParseNumber(text, out value);
    }

    private static int Ahp(string path, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (ReadCsv(path, stderr, out var header) is not { } rows)
        {
            return ExitCodes.InputError;
        }

        var names = header.Skip(1).ToArray();
        var n = names.Length;
        var errors = 0;
        if (rows.Count != n)
        {
            stderr.WriteLine($"{path}: error ECO0210: the matrix has {n} criteria in the header but {rows.Count} rows; it must be square");
            return ExitCodes.InputError;
        }

        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var text = j + 1 < rows[i].Length ? rows[i][j + 1] : string.Empty;
                if (!TryCell(text, out a[i, j]))
                {
                    stderr.WriteLine($"{path}({i + 2},{names[j]}): error ECO0202: '{text}' is not a number or a fraction such as 3 or 1/3");
                    errors++;
                }
            }
        }

        if (errors > 0)
        {
            return ExitCodes.InputError;
        }

        if (Methods.Ahp.Problem(a) is { } problem)
        {
            stderr.WriteLine($"{path}: error ECO0210: {problem}");
            return ExitCodes.InputError;
        }

        var r = Methods.Ahp.Compute(a);
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteStartObject("weights");
                for (var i = 0; i < n; i++) w.WriteNumber(names[i], r.Weights[i]);
                w.WriteEndObject();
                w.WriteNumber("lambda_max", r.LambdaMax);
                w.WriteNumber("ci", r.ConsistencyIndex);
                w.WriteNumber("cr", r.ConsistencyRatio);
                w.WriteEndObject();
            }

            stdout.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                stdout.WriteLine(string.Create(Inv, $"{names[i]}\t{r.Weights[i]:0.000000}"));
            }

            stdout.WriteLine(string.Create(Inv, $"λmax {r.LambdaMax:0.000000}  CI {r.ConsistencyIndex:0.000000}  CR {r.ConsistencyRatio:0.000000}  {(r.Consistent ? "consistent (CR < 0.1)" : "inconsistent (CR ≥ 0.1): revise the judgements")}"));
        }

        return r.Consistent ? ExitCodes.Success : ExitCodes.Negative;
    }

    private static int Entropy(string path, string? lowerColumns, bool raw, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (ReadCsv(path, stderr, out var header) is not { } rows)
        {
            return ExitCodes.InputError;
        }

        var names = header.Skip(1).ToArray();
        var lower = (lowerColumns ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = lower.Where(l => !names.Contains(l)).ToArray();
        if (unknown.Length > 0)
        {
            stderr.WriteLine($"{path}: error ECO0204: --lower names {string.Join(", ", unknown)}, which the header does not have: {string.Join(", ", names)}");
            return ExitCodes.InputError;
        }

        var columns = names.Select(_ => new double[rows.Count]).ToArray();
        var errors = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var j = 0; j < names.Length; j++)
            {
                var text = j + 1 < rows[r].Length ? rows[r][j + 1] : string.Empty;
                if (text.Length == 0)
                {
                    columns[j][r] = double.NaN;
                }
                else if (ValueParser.TryParseNumber(text, out var v))
                {
                    columns[j][r] = v;
                    if (raw && v < 0)
                    {
                        stderr.WriteLine($"{path}({r + 2},{names[j]}): error ECO0210: '{text}' is below 0; --raw takes p = x/Σx and needs values ≥ 0");
                        errors++;
                    }
                }
                else
                {
                    stderr.WriteLine($"{path}({r + 2},{names[j]}): error ECO0202: '{text}' is not a number");
                    errors++;
                }
            }
        }

        if (errors > 0)
        {
            return ExitCodes.InputError;
        }

        var weights = raw ? EntropyWeights.FromShares(columns) : EntropyWeights.Compute(columns, names.Select(n => lower.Contains(n)).ToArray());
        if (json)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
            {
                w.WriteStartObject();
                w.WriteStartObject("weights");
                for (var j = 0; j < names.Length; j++) w.WriteNumber(names[j], weights[j]);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            stdout.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
        }
        else
        {
            for (var j = 0; j < names.Length; j++)
            {
                stdout.WriteLine(string.Create(Inv, $"{names[j]}\t{weights[j]:0.000000}"));
            }
        }

        return ExitCodes.Success;
    }
}
