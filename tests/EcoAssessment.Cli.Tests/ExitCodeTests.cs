using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public class ExitCodeTests
{
    [Test]
    public void UnknownOptionIsAUsageError()
    {
        var r = CliRunner.Run("--nope");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(r.Stderr, Does.Contain("--nope"));
    }

    [Test]
    public void NoCommandIsAUsageError() => Assert.That(CliRunner.Run().ExitCode, Is.EqualTo(ExitCodes.Usage));

    [Test]
    public void MissingDatasetIsAnInputErrorNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "eco-no-such-dataset-" + Guid.NewGuid().ToString("N"));
        var r = CliRunner.Run("evaluate", path);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain(path).And.Contain("ECO0001"));
        Assert.That(r.Stderr, Does.Not.Contain("   at "), "no stack trace for a user error");
    }

    [Test]
    public void HelpAndVersionSucceed()
    {
        Assert.That(CliRunner.Run("--help").ExitCode, Is.Zero);
        var v = CliRunner.Run("--version");
        Assert.That(v.ExitCode, Is.Zero);
        Assert.That(v.Stdout.Trim(), Is.EqualTo(CliApp.Version));
        Assert.That(v.Stdout, Does.Not.Contain("+"), "no git hash in the version");
    }
}
