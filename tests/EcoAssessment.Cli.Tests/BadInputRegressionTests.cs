using System.Text;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>Inputs that once crashed or misled: each must give a located message and the right exit code.</summary>
public class BadInputRegressionTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-bad-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Dataset(params (string File, string Text)[] files)
    {
        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    private const string Branches = "branch_id,name,unit,members\nB1,一支部,机关,10\n";

    [TestCase("assessments.csv", "branch_id,item,score,max_score\nB1,OR-1,1e30,1e30\n", "assessments.csv(2,score): error ECO0210")]
    [TestCase("study.csv", "branch_id,date,form,hours\nB1,2024-03-01,xuexi,1e29\n", "study.csv(2,hours): error ECO0210")]
    [TestCase("meetings.csv", "branch_id,type,date,attendees\nB1,lecture,2024-03-01,99999999999999999999\n", "meetings.csv(2,attendees): error ECO0210")]
    public void HugeNumbersAreLocatedInputErrors(string file, string text, string expected)
    {
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", Branches), (file, text)), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(expected).And.Not.Contain("内部错误"));
    }

    [Test]
    public void AShiftedRowIsReportedNotReadAsWrongColumns()
    {
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", "branch_id,name,unit\nB1,中共XX单位,XX党支部,机关\n")), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("branches.csv(2): error ECO0214").And.Contain("列已错位"));
    }

    [Test]
    public void AMissingMaxScoreColumnIsOneError()
    {
        var rows = string.Concat(Enumerable.Range(1, 50).Select(i => $"B1,PE-{i},5\n"));
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", Branches), ("assessments.csv", "branch_id,item,score\n" + rows)), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr.Split('\n').Count(l => l.Contains("error", StringComparison.Ordinal) && l.Contains("ECO02", StringComparison.Ordinal)), Is.EqualTo(1), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("assessments.csv(1): error ECO0204"));
    }

    [Test]
    public void ABadDateInTheOnlyDatedRowIsOneProblem()
    {
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", Branches), ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-02-30\n")));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("ECO0201").And.Not.Contain("ECO0217"));
    }

    [TestCase("--branches", "abc")]
    [TestCase("--branches", "99999999999")]
    [TestCase("--year", "abc")]
    public void GenerateOptionsThatDoNotParseAreUsageErrors(string option, string value)
    {
        var args = option == "--branches" ? new[] { "generate", option, value, "-o", _dir } : ["generate", "-n", "3", option, value, "-o", _dir];
        var r = CliRunner.Run(args);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage), r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("内部错误"));
    }

    [Test]
    public void GenerateDoesNotOverwriteADatasetWithoutForce()
    {
        var folder = Dataset(("branches.csv", Branches));
        var r = CliRunner.Run("generate", "-n", "3", "-o", folder);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(File.ReadAllText(Path.Combine(folder, "branches.csv")), Is.EqualTo(Branches));
        Assert.That(CliRunner.Run("generate", "-n", "3", "-o", folder, "--force").ExitCode, Is.Zero);
    }

    [Test]
    public void AQuarterUnderAYearlyRuleSetIsWarned()
    {
        var r = CliRunner.Run("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024"), "--period", "2024Q1", "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("warning ECO0258").And.Contain("2024Q1"));
    }

    [Test]
    public void AMistypedFactIsWarned()
    {
        var rules = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"))
            .Replace("fact: satisfaction,", "fact: satisfactoin,", StringComparison.Ordinal);
        var file = Path.Combine(_dir, "rules.yaml");
        File.WriteAllText(file, rules);
        var r = CliRunner.Run("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "--rules", file);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("warning ECO0259").And.Contain("「satisfactoin」"));
    }

    [Test]
    public void ADeeplyNestedRuleFileIsALocatedErrorNotACrash()
    {
        const int depth = 20000;
        var when = new StringBuilder();
        for (var i = 0; i < depth; i++) when.Append("{ not: ");
        when.Append("{ fact: members, above: 1 }");
        for (var i = 0; i < depth; i++) when.Append(" }");
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"))
            .Replace("when: { fact: secretary_vacant_days, above: 90 }", "when: " + when, StringComparison.Ordinal);
        var file = Path.Combine(_dir, "deep.yaml");
        File.WriteAllText(file, text);
        var r = CliRunner.Run("validate", file);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain("error ECO0101").And.Contain("嵌套超过 64 层"));
    }

    [Test]
    public void AGbkRuleFileIsRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"));
        var file = Path.Combine(_dir, "gbk.yaml");
        File.WriteAllBytes(file, Encoding.GetEncoding("GB18030").GetBytes(text));
        var r = CliRunner.Run("validate", file);
        Assert.That(r.ExitCode, Is.Zero, r.Stdout);
    }

    [Test]
    public void ValidatingAFolderIsAProblemNotACrash()
    {
        var r = CliRunner.Run("validate", _dir);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain("是文件夹；请给出规则文件（.yaml）"));
    }

    [Test]
    public void LangEnKeepsRatingValuesInTheTableAndExplanation()
    {
        var mini = Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");
        var table = CliRunner.Run("evaluate", mini, "--rules", Path.Combine(mini, "rules.yaml"), "--lang", "en");
        Assert.That(table.Stdout, Does.Contain("先锋").And.Not.Contain("vanguard"));
        var explain = CliRunner.Run("explain", mini, "--rules", Path.Combine(mini, "rules.yaml"), "--lang", "en", "--branch", " B01 ");
        Assert.That(explain.ExitCode, Is.Zero, explain.Stderr);
        Assert.That(explain.Stdout, Does.Contain("Result: 先锋"));
    }

    // Periods and credibility (issue 20, items 4 and 7): a period none of the records falls in, a --previous that is
    // not earlier, and the record slips that were errors already (two home branches, a branch not in branches).

    [Test]
    public void APeriodNoneOfTheDatedRecordsFallsInIsAnInputError()
    {
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", Branches), ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-03-01\nB1,lecture,2024-09-30\n")),
            "--period", "2023");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("error ECO0280").And.Contain("2024-03-01 至 2024-09-30").And.Contain("考核期 2023").And.Not.Contain("内部错误"));
    }

    [Test]
    public void ADatasetWithoutDatedRecordsTakesThePeriod()
    {
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", Branches), ("indicators.csv", "branch_id,indicator,value\nB1,satisfaction,0.95\n")),
            "--period", "2023", "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.StartWith("period,").And.Contain("\n2023,B1,"));
    }

    [TestCase("2024", "与本次考核期 2024 相同")]
    [TestCase("2025", "不早于本次考核期 2024")]
    [TestCase("2024Q4", "不早于本次考核期 2024")]
    public void APreviousFileOfTheSameOrALaterPeriodIsAnInputError(string period, string expected)
    {
        var folder = Dataset(("branches.csv", Branches), ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-03-01\n"));
        var previous = Path.Combine(_dir, "previous.csv");
        File.WriteAllText(previous, $"period,branch_id,rating\n{period},B1,落后\n");
        var r = CliRunner.Run("evaluate", folder, "--previous", previous);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"{previous}: error ECO0281").And.Contain($"的考核期是 {period}，{expected}"));
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void AMemberWithTwoHomeBranchesIsALocatedInputError()
    {
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", Branches + "B2,二支部,机关,5\n"), ("members.csv", "member_id,branch_id\nM1,B1\nM1,B2\n")),
            "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("members.csv(3,home): error ECO0206").And.Contain("党员「M1」有第二个组织关系所在支部「B2」（已在「B1」）"));
    }

    [Test]
    public void ARowWhoseBranchIsNotInBranchesIsALocatedInputErrorNamingTheId()
    {
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", Branches), ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-03-01\nB9,lecture,2024-03-02\n")),
            "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("meetings.csv(3,branch_id): error ECO0207: 支部「B9」不在支部表中"));
    }
}
