using System.Text.RegularExpressions;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Class 7 of issue 25, the one diagnostic form: every problem <c>eco test</c> finds in a test file is written
/// <c>file(line,col): error ECOnnnn: …</c>, and the run exits 1. Before the change it printed "the case needs expect: …"
/// without a code.
/// </summary>
[NonParallelizable]
public class RuleTestFormTests
{
    private static readonly Regex OneForm = new(@"^\S.*?(\(\d+(,\d+)?\))?: (error|warning) ECO\d{4}: \S", RegexOptions.CultureInvariant);
    private HostileCase _case = null!;

    [SetUp]
    public void SetUp() => _case = new HostileCase();

    [TearDown]
    public void TearDown() => _case.Dispose();

    private const string Rules = "rules: ../../scoring-rules/default.yaml\n";

    private CliResult Run(string yaml)
    {
        var path = _case.At("cases.yaml");
        File.WriteAllText(path, yaml.Replace("../../scoring-rules/default.yaml", Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"), StringComparison.Ordinal));
        var r = _case.Refused(ExitCodes.Negative, ["test", path]);
        // Every line under a FAIL line that names a place is in the one form; the first of them is.
        var details = r.Stdout.Split('\n').Where(l => l.StartsWith("     ", StringComparison.Ordinal) && !l.StartsWith("       ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.That(details, Is.Not.Empty, r.Stdout);
        Assert.That(details[0], Does.Match(OneForm.ToString()), r.Stdout);
        Assert.That(r.Stdout.TrimEnd().Split('\n')[^1], Does.Match(@"^\d+ passed, [1-9]\d* failed$"));
        return r;
    }

    [Test]
    public void ACaseWithoutExpectIsInTheOneForm()
    {
        var r = Run(Rules + "cases:\n  - name: 无预期\n    period: 2024\n    data:\n      branches:\n        - { branch_id: B1, name: 一支部, unit: 机关, members: 10 }\n");
        Assert.That(r.Stdout, Does.Contain("cases.yaml(3,5): error ECO0121:").And.Contain("expect"));
    }

    [Test]
    public void ACaseThatIsNotAMappingIsInTheOneForm()
    {
        var r = Run(Rules + "cases:\n  - 只是一句话\n");
        Assert.That(r.Stdout, Does.Contain("cases.yaml(3,5): error ECO0121:"));
    }

    [Test]
    public void ABadPeriodIsInTheOneForm()
    {
        var r = Run(Rules + "cases:\n  - name: 错期\n    period: 二〇二四\n    data: {}\n    expect: { B1: { rating: 先锋 } }\n");
        Assert.That(r.Stdout, Does.Contain("cases.yaml(3,5): error ECO0121:"));
    }

    [Test]
    public void DataErrorsStartWithALineInTheOneForm()
    {
        var r = Run(Rules + "cases:\n  - name: 坏数据\n    period: 2024\n    data:\n      branches:\n        - { branch_id: B1, name: 一支部, unit: 机关, members: 很多 }\n    expect: { B1: { rating: 先锋 } }\n");
        Assert.That(r.Stdout, Does.Contain("cases.yaml(3,5): error ECO0121:").And.Contain("error ECO02"));
    }

    [Test]
    public void AMissingTestFileIsExitOneInTheOneForm()
    {
        var r = _case.Refused(ExitCodes.Negative, ["test", _case.At("nope.yaml")], "nope.yaml: error ECO0001:");
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void AYamlSyntaxErrorIsInTheOneForm()
    {
        var r = Run("rules: [\n");
        Assert.That(r.Stdout, Does.Contain("cases.yaml(").And.Contain("error ECO0121:"));
    }

    [Test]
    public void AFileThatIsNotAMappingIsInTheOneForm()
    {
        var r = Run("- 一\n- 二\n");
        Assert.That(r.Stdout, Does.Contain("cases.yaml: error ECO0121:"));
    }
}
