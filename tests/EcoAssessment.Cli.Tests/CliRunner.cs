namespace EcoAssessment.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every table but branches, for <c>--allow-missing</c>: the small datasets of these tests hold only the tables a case is about.</summary>
    public const string AllTables = "members,meetings,study,assessments,findings,indicators";

    /// <summary>
    /// Runs a command that rates a dataset holding only some of the tables the rule set reads: with <c>--allow-missing</c>
    /// for every table, so that the case is about what it tests and not about the refusal of an absent table.
    /// </summary>
    public static CliResult Partial(params string[] args) => Run([.. args, "--allow-missing", AllTables]);

    /// <summary>The repository root (the folder holding EcoAssessment.sln), found upwards from the test binaries.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcoAssessment.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("EcoAssessment.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

/// <summary>Parses CSV output into rows of cells (RFC 4180), for assertions.</summary>
public static class CsvText
{
    public static IReadOnlyList<Dictionary<string, string>> Parse(string text)
    {
        using var csv = CsvHelper.CsvReader.FromText(text, new CsvHelper.CsvReaderOptions { Separator = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < csv.Headers.Count; i++)
            {
                row[csv.Headers[i]] = csv.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
