using EcoAssessment.IO.Parquet;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// A dataset kept as a folder of Parquet files rates as its CSV form does, and a Parquet file whose column has the wrong
/// type or whose cell holds an unknown code is refused with a located error naming the file and the column.
/// </summary>
public class ParquetDatasetTests
{
    private string _temp = null!;

    [SetUp]
    public void SetUp() => _temp = Directory.CreateTempSubdirectory("eco-parquet-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_temp, recursive: true);

    private string Evaluate(string dataset, string name)
    {
        var output = Path.Combine(_temp, name);
        var r = CliRunner.Run("evaluate", dataset, "-o", output);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        return File.ReadAllText(output);
    }

    [Test]
    public void AGeneratedParquetDatasetRatesAsTheSameDatasetInCsv()
    {
        var csv = Path.Combine(_temp, "csv");
        var parquet = Path.Combine(_temp, "parquet");
        Assert.That(CliRunner.Run("generate", "--branches", "30", "--seed", "7", "-o", csv).ExitCode, Is.Zero);
        var r = CliRunner.Run("generate", "--branches", "30", "--seed", "7", "-o", parquet, "--format", "parquet");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(Directory.EnumerateFiles(parquet, "*.parquet").Select(Path.GetFileName), Does.Contain("meetings.parquet"));
        Assert.That(Directory.EnumerateFiles(parquet, "*.csv"), Is.Empty);
        Assert.That(Evaluate(parquet, "p.csv"), Is.EqualTo(Evaluate(csv, "c.csv")));
    }

    private string Branches(Func<string, ColumnType?> typeOf, params object?[][] rows)
    {
        var folder = Path.Combine(_temp, "ds");
        Directory.CreateDirectory(folder);
        using (var w = new ParquetTableWriter(Path.Combine(folder, "branches.parquet"), ["branch_id", "name", "unit", "type", "members"], typeOf))
        {
            foreach (var row in rows)
            {
                w.Row(row);
            }
        }

        return folder;
    }

    private static ColumnType? Catalogue(string column) => InputCatalogue.Branches.Column(column)?.Type;

    [Test]
    public void ACountColumnWrittenAsTextIsALocatedErrorNamingTheFileColumnAndTypes()
    {
        var folder = Branches(c => c == "members" ? ColumnType.Text : Catalogue(c), ["B01", "第一支部", "厅机关", "regular", "12"]);
        var r = CliRunner.Partial("evaluate", folder, "-o", Path.Combine(_temp, "r.csv"));
        Assert.That(r.ExitCode, Is.Not.Zero);
        Assert.That(r.Stderr, Does.Contain("branches.parquet: error ECO0371: 列 members 的类型是 STRING，应为 INT32"));
        Assert.That(File.Exists(Path.Combine(_temp, "r.csv")), Is.False);
    }

    [Test]
    public void AnUnknownCodeInAParquetCellIsLocatedAtItsRowAndColumn()
    {
        var folder = Branches(Catalogue, ["B01", "第一支部", "厅机关", "regular", 12], ["B02", "第二支部", "厅机关", "no_such_type", 9]);
        var r = CliRunner.Partial("evaluate", folder, "-o", Path.Combine(_temp, "r.csv"));
        Assert.That(r.ExitCode, Is.Not.Zero);
        Assert.That(r.Stderr, Does.Contain("branches.parquet(2,type): error"));
        Assert.That(r.Stderr, Does.Contain("no_such_type"));
    }

    [Test]
    public void AFileThatIsNotParquetIsRefusedNamingIt()
    {
        var folder = Branches(Catalogue, ["B01", "第一支部", "厅机关", "regular", 12]);
        File.WriteAllText(Path.Combine(folder, "meetings.parquet"), "branch_id,type,date\n");
        var r = CliRunner.Partial("evaluate", folder, "-o", Path.Combine(_temp, "r.csv"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("meetings.parquet: error ECO0370").And.Contain("文件已损坏、被截断，或不是 Parquet 格式"));
        Assert.That(r.Stderr, Does.Contain("ECO0370: 不是可读的 Parquet 文件（文件已损坏、被截断，或不是 Parquet 格式）。请重新导出"),
            "the sentence says what is wrong and what to do, with none of the reader's own English");
    }

    [Test]
    public void AParquetTableThatIsAPipeIsReadWithinTheLimitNotForever()
    {
        var folder = Branches(Catalogue, ["B01", "第一支部", "厅机关", "regular", 12]);
        var fifo = Path.Combine(folder, "meetings.parquet");
        using (var mk = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mk.WaitForExit();
        }

        // A writer that sends a few bytes and closes: the reader must take what comes and refuse it, not wait for a size.
        var writer = System.Threading.Tasks.Task.Run(() => File.WriteAllText(fifo, "not parquet"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = CliRunner.Partial("evaluate", folder, "-o", Path.Combine(_temp, "r.csv"));
        writer.Wait(TimeSpan.FromSeconds(30));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("meetings.parquet").And.Contain("ECO0370"));
        Assert.That(File.Exists(Path.Combine(_temp, "r.csv")), Is.False, "nothing written");
    }
}
