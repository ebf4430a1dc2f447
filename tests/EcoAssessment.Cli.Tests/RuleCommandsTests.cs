using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>eco validate and eco test: exit codes and the lines CI reads.</summary>
public class RuleCommandsTests
{
    private static string Rules(string name) => Path.Combine(CliRunner.RepoRoot, "scoring-rules", name);

    [Test]
    public void ShippedRulesValidate()
    {
        var r = CliRunner.Run("validate", Rules("default.yaml"), Rules("classification-2012.yaml"),
            Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"));
        Assert.That(r.ExitCode, Is.Zero, r.Stdout);
        Assert.That(r.Stdout, Does.EndWith("3 valid, 0 invalid\n"));
        Assert.That(r.Stdout, Does.Not.Contain("warning"));
    }

    [Test]
    public void ANegativeWeightIsReportedAtItsLineWithExit1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eco-neg-{Guid.NewGuid():N}.yaml");
        var lines = File.ReadAllLines(Rules("default.yaml"));
        var line = Array.FindIndex(lines, l => l.Trim() == "weight: 8") + 1;   // the first indicator weight of 8
        lines[line - 1] = lines[line - 1].Replace("weight: 8", "weight: -8", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);
        try
        {
            var r = CliRunner.Run("validate", file);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
            Assert.That(r.Stdout, Does.Contain($"{file}({line},17): error ECO0107"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void BrokenYamlIsLocatedAndExits1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eco-yaml-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "id: x\nname: [unclosed\nversion: 1\n");
        try
        {
            var r = CliRunner.Run("validate", file);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
            Assert.That(r.Stdout, Does.Match(@"\(\d+,\d+\): error ECO0101"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void AnUnreadableFileIsAProblemNotACrash()
    {
        var r = CliRunner.Run("validate", Path.Combine(Path.GetTempPath(), "eco-no-such-rules.yaml"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain("ECO0001"));
    }

    [Test]
    public void TheRuleTestsPassWithTheClosingLine()
    {
        var r = CliRunner.Run("test", Path.Combine(CliRunner.RepoRoot, "scoring-rules", "tests"));
        Assert.That(r.ExitCode, Is.Zero, r.Stdout);
        Assert.That(r.Stdout, Does.Match(@"\n\d+ passed, 0 failed\n$"));
        Assert.That(r.Stdout, Does.Contain("PASS "));
    }

    [Test]
    public void AMissingTestPathIsAnInputError() =>
        Assert.That(CliRunner.Run("test", Path.Combine(Path.GetTempPath(), "eco-no-such-tests")).ExitCode, Is.EqualTo(ExitCodes.InputError));
}
