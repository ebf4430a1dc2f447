using System.Globalization;
using NUnit.Framework;
using Parquet;
using Parquet.Schema;

namespace EcoAssessment.Cli.Tests;

/// <summary><c>-o results.parquet</c> holds the columns of results.csv, typed, with the same values.</summary>
public class ParquetResultsTests
{
    private string _temp = null!;

    [SetUp]
    public void SetUp() => _temp = Directory.CreateTempSubdirectory("eco-parquet-results-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_temp, recursive: true);

    [Test]
    public async Task ResultsParquetHasTheCsvColumnsTypedAndTheSameValues()
    {
        var sample = Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");
        var csvPath = Path.Combine(_temp, "results.csv");
        var parquetPath = Path.Combine(_temp, "results.parquet");
        var r = CliRunner.Run("evaluate", sample, "-o", csvPath, "-o", parquetPath);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var csvText = File.ReadAllText(csvPath);
        var csv = CsvText.Parse(csvText);
        var header = csvText[..csvText.IndexOf('\n')].Split(',');

        await using var stream = File.OpenRead(parquetPath);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Assert.That(fields.Select(f => f.Name), Is.EqualTo(header));
        Assert.That(fields.Single(f => f.Name == "score").ClrType, Is.EqualTo(typeof(double)));
        Assert.That(fields.Single(f => f.Name == "rank").ClrType, Is.EqualTo(typeof(int)));
        Assert.That(fields.Single(f => f.Name == "rectification").ClrType, Is.EqualTo(typeof(bool)));

        var ids = new List<string?>();
        var scores = new List<double?>();
        var ranks = new List<int?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            ids.AddRange(await Strings(group, Field(fields, "branch_id"), n));
            var s = new double?[n];
            await group.ReadAsync(Field(fields, "score"), s.AsMemory());
            scores.AddRange(s);
            var k = new int?[n];
            await group.ReadAsync(Field(fields, "rank"), k.AsMemory());
            ranks.AddRange(k);
        }

        Assert.That(ids, Is.EqualTo(csv.Select(row => row["branch_id"])));
        Assert.That(scores.Select(v => v is double d ? d.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty), Is.EqualTo(csv.Select(row => row["score"])));
        Assert.That(ranks.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty), Is.EqualTo(csv.Select(row => row["rank"])));
        Assert.That(scores.Count(v => v is null), Is.EqualTo(csv.Count(row => row["score"].Length == 0)));
    }

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);

    private static async Task<string?[]> Strings(ParquetRowGroupReader group, DataField field, int n)
    {
        var values = new string?[n];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }
}
