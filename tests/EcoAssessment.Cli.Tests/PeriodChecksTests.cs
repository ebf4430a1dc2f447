using ClosedXML.Excel;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// Periods that cannot be right stop the run (a --period none of the records falls in, a --previous that is not earlier),
/// the previous period is shown in every output, and the credibility warnings are printed in full.
/// </summary>
public class PeriodChecksTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.RepoRoot, "samples", name);

    private static string Results2023 => Path.Combine(Sample("provincial-eco-2023"), "expected", "results.csv");

    private static string Results2024 => Path.Combine(Sample("provincial-eco-2024"), "expected", "results.csv");

    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-periodchecks-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [TestCase("provincial-eco-2024")]
    [TestCase("provincial-eco-2024.xlsx")]
    public void APeriodNoneOfTheRecordsFallsInStopsWithTheirDatesAndNothingIsWritten(string dataset)
    {
        var output = Path.Combine(_dir, "results.csv");
        var r = CliRunner.Partial("evaluate", Sample(dataset), "--period", "2023", "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("error ECO0280").And.Contain("考核期 2023（2023-01-01 至 2023-12-31）").And.Contain("记录的日期在 2024-01-01 至 2024-12-28 之间")
            .And.Contain("--period 2024"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void AQuarterOfTheRecordsYearIsStillRated()
    {
        var r = CliRunner.Partial("evaluate", Sample("provincial-eco-2024"), "--period", "2024Q3", "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("warning ECO0283").And.Contain("晚于考核期 2024Q3 的结束日 2024-09-30"));
    }

    [TestCase("evaluate")]
    [TestCase("explain")]
    [TestCase("annex")]
    [TestCase("sensitivity")]
    public void ThisPeriodsOwnResultsAsPreviousStopEveryCommand(string command)
    {
        string[] args = [command, Sample("provincial-eco-2024"), "--previous", Results2024, .. command switch
        {
            "explain" => new[] { "--branch", "NB002" },
            "sensitivity" => ["--runs", "5"],
            _ => [],
        }];
        var r = CliRunner.Run(args);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"{Results2024}: error ECO0281").And.Contain("的考核期是 2024，与本次考核期 2024 相同"));
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void ALaterPeriodsResultsAsPreviousStop()
    {
        var r = CliRunner.Partial("evaluate", Sample("provincial-eco-2023"), "--previous", Results2024);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("error ECO0281").And.Contain("的考核期是 2024，不早于本次考核期 2023"));
    }

    [Test]
    public void TrendStopsWhenItsPeriodsAreNotInOrder()
    {
        var r = CliRunner.Partial("trend", Sample("provincial-eco-2024"), Sample("provincial-eco-2023"), "--format", "csv");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("error ECO0281").And.Contain("的考核期是 2024，不早于本次考核期 2023"));
        Assert.That(CliRunner.Partial("trend", Sample("provincial-eco-2024"), "--periods", "2024Q2,2024Q1").ExitCode, Is.EqualTo(ExitCodes.InputError));
    }

    [Test]
    public void APreviousFileWithoutAPeriodIsAcceptedWithAWarningInFull()
    {
        var previous = Path.Combine(_dir, "previous.csv");
        File.WriteAllText(previous, "支部编号,评级\nNB002,中间\n");
        var r = CliRunner.Partial("evaluate", Sample("provincial-eco-2024"), "--previous", previous, "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"{previous}: warning ECO0282: 上一期结果文件「{previous}」没有考核期"));
    }

    [Test]
    public void ThePreviousPeriodIsShownInTheTableMarkdownJsonWorkbookAndExplain()
    {
        var md = Path.Combine(_dir, "results.md");
        var json = Path.Combine(_dir, "results.json");
        var xlsx = Path.Combine(_dir, "report.xlsx");
        var r = CliRunner.Partial("evaluate", Sample("provincial-eco-2024"), "--previous", Results2023, "-o", md, "-o", json, "-o", xlsx);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout.Split('\n')[0], Does.EndWith("· 2024 · 上一期 2023"));
        Assert.That(File.ReadLines(md).First(), Does.EndWith("— 2024 · 上一期 2023"));
        Assert.That(File.ReadAllText(json), Does.Contain("\"previous\": {\n      \"period\": \"2023\""));
        using (var wb = new XLWorkbook(xlsx))
        {
            var summary = wb.Worksheet(1);
            Assert.That(summary.Cell(1, 1).GetString(), Does.EndWith("· 2024 · 上一期 2023"));
            Assert.That(summary.Cell(4, 2).GetString(), Is.EqualTo("2024 · 上一期 2023"));
            var notes = wb.Worksheets.Last();
            Assert.That(notes.CellsUsed().Select(c => c.GetString()), Has.Some.Contains("上一考核期：2023"));
        }

        var explain = CliRunner.Partial("explain", Sample("provincial-eco-2024"), "--previous", Results2023, "--branch", "NB002");
        Assert.That(explain.Stdout.Split('\n')[0], Does.EndWith("· 2024 · 上一期 2023"));
        var explainJson = CliRunner.Partial("explain", Sample("provincial-eco-2024"), "--previous", Results2023, "--branch", "NB002", "--format", "json");
        Assert.That(explainJson.Stdout, Does.Contain("\"previous\": {\n      \"period\": \"2023\""));
        var en = CliRunner.Partial("evaluate", Sample("provincial-eco-2024"), "--previous", Results2023, "--lang", "en");
        Assert.That(en.Stdout.Split('\n')[0], Does.EndWith("· 2024 · previous period 2023"));
    }

    [Test]
    public void WithoutAPreviousFileNoPreviousPeriodIsShown()
    {
        var r = CliRunner.Partial("evaluate", Sample("mini-12"), "--rules", Path.Combine(Sample("mini-12"), "rules.yaml"));
        Assert.That(r.Stdout.Split('\n')[0], Does.Not.Contain("上一期"));
    }

    private string Dataset()
    {
        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "branches.csv"), "branch_id,name,unit\nB1,一支部,机关\nB2,二支部,机关\nB3,三支部,分局\n");
        File.WriteAllText(Path.Combine(folder, "members.csv"), "member_id,branch_id\nM1,B1\nM2,B1\nM3,B2\nM4,B3\n");
        File.WriteAllText(Path.Combine(folder, "meetings-2024Q1.csv"),
            "meeting_id,branch_id,type,date,attendees,expected\nA1,B1,lecture,2024-03-01,2,2\nA2,B1,general_assembly,2024-03-05,5,5\nA3,B2,lecture,2024-03-01,1,1\n");
        File.WriteAllText(Path.Combine(folder, "meetings-2024Q2.csv"),
            "meeting_id,branch_id,type,date,attendees,expected\nA1,B1,lecture,2024-03-01,2,2\nA3,B2,lecture,2024-03-01,1,1\nA9,B1,lecture,2025-01-03,2,2\n");
        return folder;
    }

    [Test]
    public void TheCredibilityWarningsArePrintedInFullWithoutVerbose()
    {
        var folder = Dataset();
        var r = CliRunner.Partial("evaluate", folder, "--period", "2024", "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var q1 = Path.Combine(folder, "meetings-2024Q1.csv");
        var q2 = Path.Combine(folder, "meetings-2024Q2.csv");
        Assert.That(r.Stderr, Does.Contain($"{q2}(2): warning ECO0285: 有 2 场会议同时列在「{q1}」和「{q2}」中（首个为支部「B1」的会议「A1」"));
        Assert.That(r.Stderr, Does.Contain($"{q2}: warning ECO0283: 会议表中有 1 行的日期晚于考核期 2024 的结束日 2024-12-31（最晚为 2025-01-03）"));
        Assert.That(r.Stderr, Does.Contain($"{q1}(3,attendees): warning ECO0284: 支部「B1」有 1 次会议的实到人数超过本支部的党员数 2（最多实到 5 人"));
        Assert.That(r.Stderr, Does.Contain($"{Path.Combine(folder, "branches.csv")}(4,unit): warning ECO0286: 单位「分局」只有 1 个支部（「B3」）"));
        var en = CliRunner.Partial("evaluate", folder, "--period", "2024", "--format", "csv", "--lang", "en");
        Assert.That(en.Stderr, Does.Contain("warning ECO0285: 2 meeting(s) are listed in both").And.Contain("warning ECO0286: unit '分局' has a single branch ('B3')"));
    }
}
