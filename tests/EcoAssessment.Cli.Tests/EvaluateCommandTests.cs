using System.CommandLine;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public class EvaluateCommandTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-cli-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Dataset(params (string File, string Text)[] files)
    {
        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text.ReplaceLineEndings("\n"));
        }

        return folder;
    }

    private string GoodDataset() => Dataset(
        ("branches.csv", "branch_id,name,unit,members,has_committee\nB1,一支部,机关,10,是\nB2,二支部,机关,8,否\n"),
        ("meetings.csv", "branch_id,type,date,attendees,expected\nB1,general_assembly,2024-03-01,9,10\nB1,org_life_review,2024-12-01,10,10\nB2,lecture,2024-05-06,7,8\n"));

    [Test]
    public void ShowsNoProgressWhenStderrIsNotTheTerminal()
    {
        // The progress line (DESIGN.md §5) is for a terminal only: with stderr captured, a run that reads a few
        // thousand rows and writes a workbook leaves stderr exactly as without it.
        var data = Path.Combine(_dir, "gen");
        var generated = CliRunner.Run("generate", "--branches", "300", "-o", data);
        Assert.That(generated.ExitCode, Is.Zero);
        Assert.That(generated.Stderr, Is.EqualTo($"eco: 已在 {data} 写入 300 个支部的数据集（种子 2024，年份 2024）{Environment.NewLine}"),
            "generate writes its one closing line and no progress");
        var r = CliRunner.Partial("evaluate", data, "-o", Path.Combine(_dir, "r.csv"), "-f", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        foreach (var text in new[] { "\r", "\u001b", "reading", "evaluating", "writing" })
        {
            Assert.That(r.Stderr.Contains(text, StringComparison.Ordinal), Is.False, $"{text} in: {r.Stderr}");
        }
    }

    [Test]
    public void PrintsARankedTableWithChineseLabelsByDefault()
    {
        var r = CliRunner.Partial("evaluate", GoodDataset());
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.Contain("排名").And.Contain("评级").And.Contain("一支部"));
    }

    [Test]
    public void LangEnChangesLabelsOnly()
    {
        var r = CliRunner.Partial("evaluate", GoodDataset(), "--lang", "en");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.Contain("Rank").And.Contain("Rating").And.Not.Contain("排名"));
        var csv = CliRunner.Partial("evaluate", GoodDataset(), "--lang", "en", "--format", "csv");
        Assert.That(csv.Stdout, Does.Contain("落后"), "rating values in CSV never change with --lang");
    }

    [Test]
    public void WritesEveryRequestedOutputByExtension()
    {
        var csv = Path.Combine(_dir, "out.csv");
        var json = Path.Combine(_dir, "out.json");
        var md = Path.Combine(_dir, "out.md");
        var r = CliRunner.Partial("evaluate", GoodDataset(), "-o", csv, "-o", json, "-o", md, "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(File.ReadAllText(csv), Does.StartWith("period,branch_id,name,unit,score,rank,rating"));
        Assert.That(File.ReadAllText(json), Does.Contain("\"metadata\"").And.Contain("\"branches\""));
        Assert.That(File.ReadAllText(md), Does.StartWith("## "));
        Assert.That(r.Stdout, Is.EqualTo(File.ReadAllText(csv)), "--format csv prints what -o x.csv writes");
        Assert.That(Directory.EnumerateFiles(_dir, "*.tmp"), Is.Empty, "no temporary files left behind");
    }

    [Test]
    public void AnInputErrorExits3ListsEveryProblemAndWritesNothing()
    {
        var data = Dataset(
            ("branches.csv", "branch_id,name,unit\nB1,一支部,机关\n"),
            ("meetings.csv", "branch_id,type,date\nB1,general_assembly,2024-13-01\nB9,lecture,2024-05-06\nB1,party,2024-05-06\n"));
        var output = Path.Combine(_dir, "out.csv");
        var r = CliRunner.Partial("evaluate", data, "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("meetings.csv(2,date): error ECO0201"));
        Assert.That(r.Stderr, Does.Contain("meetings.csv(3,branch_id): error ECO0207"));
        Assert.That(r.Stderr, Does.Contain("meetings.csv(4,type): error ECO0203"));
        Assert.That(File.Exists(output), Is.False, "nothing is written when the inputs have errors");
        Assert.That(r.Stderr, Does.Not.Contain("   at "));
    }

    [Test]
    public void ABadRuleFileExits3WithLineAndColumn()
    {
        var rules = Path.Combine(_dir, "rules.yaml");
        File.WriteAllText(rules, "id: x\nname: x\nversion: '1'\ndimensions: []\nrating:\n  thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }\n  colour: red\n");
        var r = CliRunner.Partial("evaluate", GoodDataset(), "--rules", rules);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("rules.yaml(7,3): error ECO0102"));
    }

    [Test]
    public void AMissingRuleFileExits3NamingIt()
    {
        var r = CliRunner.Partial("evaluate", GoodDataset(), "--rules", Path.Combine(_dir, "nope.yaml"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("nope.yaml").And.Contain("ECO0001"));
    }

    [Test]
    public void AnOutputThatIsAnInputExits4AndLeavesTheInputAlone()
    {
        var data = GoodDataset();
        var input = Path.Combine(data, "meetings.csv");
        var before = File.ReadAllText(input);
        var r = CliRunner.Partial("evaluate", data, "-o", input);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(r.Stderr, Does.Contain("ECO0302"));
        Assert.That(File.ReadAllText(input), Is.EqualTo(before));
    }

    [Test]
    public void AnUnwritableOutputExits4NamingThePath()
    {
        var output = Path.Combine(_dir, "no-such-folder", "out.csv");
        var r = CliRunner.Partial("evaluate", GoodDataset(), "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(r.Stderr, Does.Contain(output).And.Contain("ECO0301"));
    }

    [TestCase("-o", "out.txt")]
    [TestCase("--period", "2024Q5")]
    [TestCase("--format", "xml")]
    [TestCase("--lang", "fr")]
    [TestCase("--delimiter", ";;")]
    public void BadOptionValuesAreUsageErrors(string option, string value)
    {
        var r = CliRunner.Partial("evaluate", GoodDataset(), option, value);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage), r.Stderr);
    }

    [Test]
    public void SeveralYearsWithoutAPeriodIsAnInputErrorAndAPeriodResolvesIt()
    {
        var data = Dataset(
            ("branches.csv", "branch_id,name,unit\nB1,一支部,机关\n"),
            ("meetings.csv", "branch_id,type,date\nB1,general_assembly,2023-03-01\nB1,general_assembly,2024-03-01\n"));
        var r = CliRunner.Partial("evaluate", data);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("ECO0213").And.Contain("--period"));
        var ok = CliRunner.Partial("evaluate", data, "--period", "2024", "--format", "csv");
        Assert.That(ok.ExitCode, Is.Zero, ok.Stderr);
        Assert.That(ok.Stderr, Does.Contain("warning ECO0251"), "the 2023 row is left out with a warning");
        Assert.That(ok.Stdout, Does.Contain("\n2024,B1,"));
    }

    [Test]
    public void WarningsArePrintedAndTheRunSucceeds()
    {
        var data = Dataset(
            ("branches.csv", "branch_id,name,unit\nB1,一支部,机关\n"),
            ("meetings.csv", "branch_id,type,date,attendees,expected\nB1,general_assembly,2024-03-01,12,10\n"));
        var r = CliRunner.Partial("evaluate", data);
        Assert.That(r.ExitCode, Is.Zero);
        Assert.That(r.Stderr, Does.Contain("meetings.csv(2,attendees): warning ECO0252"));
    }

    [Test]
    public void ABugIsReportedInOneLineWithExit70AndTheTraceOnlyWithVerbose()
    {
        static void AddFailing(RootCommand root)
        {
            var boom = new Command("boom");
            boom.SetAction(int (_) => throw new InvalidOperationException("kaboom"));
            root.Subcommands.Add(boom);
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.That(CliApp.Run(["boom"], stdout, stderr, AddFailing), Is.EqualTo(ExitCodes.Internal));
        Assert.That(stderr.ToString(), Does.Contain("内部错误").And.Contain("kaboom").And.Not.Contain("   at "));

        var verbose = new StringWriter();
        Assert.That(CliApp.Run(["boom", "--verbose"], new StringWriter(), verbose, AddFailing), Is.EqualTo(ExitCodes.Internal));
        Assert.That(verbose.ToString(), Does.Contain("   at "));
    }

    [Test]
    public void AssessmentRatioNeedsMaxScoreOnEveryRow()
    {
        var data = Dataset(
            ("branches.csv", "branch_id,name,unit\nB1,一支部,机关\n"),
            ("assessments.csv", "branch_id,item,score,max_score\nB1,CO-01,8,10\nB1,PE-01,9,\n"));
        var r = CliRunner.Partial("evaluate", data, "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("assessments.csv(3,max_score): error ECO0216"));
    }

    [Test]
    public void AtMost100ProblemsAreListedThenACount()
    {
        var rows = string.Concat(Enumerable.Range(1, 150).Select(i => $"B1,general_assembly,not-a-date-{i}\n"));
        var data = Dataset(("branches.csv", "branch_id,name,unit\nB1,一支部,机关\n"), ("meetings.csv", "branch_id,type,date\n" + rows));
        var r = CliRunner.Partial("evaluate", data, "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        var listed = r.Stderr.Split('\n').Count(l => l.Contains("error ECO0201", StringComparison.Ordinal));
        Assert.That(listed, Is.EqualTo(100));
        Assert.That(r.Stderr, Does.Contain("error ECO0003: 另有 ").And.Contain("（共 150 条错误，其中 50 条未列出）"));
    }

    [Test]
    public void MoreThan100WarningsAreCountedAsWarningsAndTheRunGoesOn()
    {
        var rows = string.Concat(Enumerable.Range(1, 130).Select(i => $"B1,general_assembly,2024-01-{1 + (i % 28):00},M{i},9,8\n"));
        var data = Dataset(("branches.csv", "branch_id,name,unit\nB1,一支部,机关\n"), ("meetings.csv", "branch_id,type,date,meeting_id,attendees,expected\n" + rows));
        var r = CliRunner.Partial("evaluate", data, "--period", "2024");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Match(@"warning ECO0003: 另有 3\d 条警告；运行继续（没有错误）"), "130 attendance warnings and the run's own");
        Assert.That(r.Stderr, Does.Not.Contain("error ECO0003"));
    }

    [Test]
    public void MostlyExemptFindingsGiveAReviewWarning()
    {
        var data = Dataset(
            ("branches.csv", "branch_id,name,unit,members\nB1,一支部,机关,10\n"),
            ("findings.csv", "finding_id,branch_id,date,form,tolerance\nF1,B1,2024-03-01,2,容错免责\nF2,B1,2024-04-01,1,exempt\nF3,B1,2024-05-01,1,\n"));
        var r = CliRunner.Partial("evaluate", data);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("warning ECO0256").And.Contain("3 个问题中有 2 个容错免责"));
    }

    [Test]
    public void AUnitLeadersForm4CaseIsARedLineAndFewForm1CasesAnEarlyHandlingWarning()
    {
        var findings = string.Concat(Enumerable.Range(1, 10).Select(i => $"F{i},B1,2024-0{1 + (i % 9)}-10,M2,2\n"));
        var data = Dataset(
            ("branches.csv", "branch_id,name,unit\nB1,一支部,机关\nB2,二支部,机关\n"),
            ("members.csv", "member_id,branch_id,role\nM1,B1,unit_leader\nM2,B1,member\nM3,B2,member\n"),
            ("meetings.csv", "branch_id,type,date\nB1,org_life_review,2024-12-01\nB2,org_life_review,2024-12-01\n"),
            ("findings.csv", "finding_id,branch_id,date,member_id,form\nF0,B1,2024-05-01,M1,4\n" + findings));
        var r = CliRunner.Partial("evaluate", data, "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var unit = doc.RootElement.GetProperty("units")[0];
        Assert.That(unit.GetProperty("red_lines").EnumerateArray().Select(x => x.GetString()), Does.Contain("form4_unit_leader:F0"));
        Assert.That(unit.GetProperty("warnings")[0].GetString(), Is.EqualTo("early_handling:form1 0/11<50%"));
        Assert.That(unit.GetProperty("health").GetString(), Is.EqualTo("红"));
        Assert.That(unit.GetProperty("responsibility").GetProperty("leader").GetInt32(), Is.EqualTo(1));
        Assert.That(unit.GetProperty("responsibility").GetProperty("branch").GetInt32(), Is.EqualTo(10));
    }

    [Test]
    public void ACsvFileOfNoTableIsAWarningInFullAndNotesAreANoticeShownWithVerbose()
    {
        // A CSV file or a workbook beside the tables may be one the clerk meant to give (台账草稿.csv): printed in full.
        var data = Dataset(("branches.csv", "branch_id,name,unit\nB1,一支部,机关\n"), ("台账草稿.csv", "a,b\n1,2\n"), ("问题.xlsx", "PK"), ("说明.txt", "备注"));
        var quiet = CliRunner.Partial("evaluate", data, "--period", "2024");
        Assert.That(quiet.ExitCode, Is.Zero, quiet.Stderr);
        Assert.That(quiet.Stderr, Does.Contain("台账草稿.csv: warning ECO0254").And.Contain("问题.xlsx: warning ECO0254"));
        Assert.That(quiet.Stderr, Does.Contain("（1 条提示；加 --verbose 可列出）").And.Not.Contain("说明.txt"));
        var verbose = CliRunner.Partial("evaluate", data, "--period", "2024", "--verbose");
        Assert.That(verbose.Stderr, Does.Contain("说明.txt: notice ECO0254"));
    }
}
