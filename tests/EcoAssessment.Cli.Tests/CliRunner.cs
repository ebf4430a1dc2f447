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
