using System.Diagnostics;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Class 1 of issue 25, argument injection: <c>eco diff --base git:REV:path</c> passes nothing a user wrote to git as an
/// option. Before the change <c>git:--output=FILE:rules.yaml</c> made git write FILE.
/// </summary>
[NonParallelizable]
public class GitArgumentTests
{
    private HostileCase _case = null!;
    private string _cwd = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _case = new HostileCase();
        File.Copy(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"), _case.At("rules.yaml"));
        Git("init", "-q");
        Git("add", "rules.yaml");
        Git("commit", "-q", "-m", "rules");
        _cwd = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_case.Dir);
    }

    [TearDown]
    public void TearDown()
    {
        Directory.SetCurrentDirectory(_cwd);
        _case.Dispose();
    }

    private void Git(params string[] args)
    {
        var info = new ProcessStartInfo("git", ["-c", "user.name=eco", "-c", "user.email=eco@example.invalid", .. args]) { WorkingDirectory = _case.Dir, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(info)!;
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.Zero, p.StandardError.ReadToEnd());
    }

    private string Data() => _case.Dataset(("branches.csv", HostileCase.Branches));

    [TestCase("git:--output=written.txt:rules.yaml", "--output=written.txt")]
    [TestCase("git:-owritten.txt:rules.yaml", "-owritten.txt")]
    [TestCase("git:--exec-path=.:rules.yaml", "--exec-path=.")]
    [TestCase("git:--git-dir=/:rules.yaml", "--git-dir=/")]
    [TestCase("git:-p:rules.yaml", "-p")]
    [TestCase("git:--textconv:rules.yaml", "--textconv")]
    public void ARevisionStartingWithADashIsRefused(string side, string revision)
    {
        var data = Data();
        var r = _case.Refused(ExitCodes.InputError, ["diff", data, "--base", side, "--head", "rules.yaml", "--allow-missing", CliRunner.AllTables],
            $"{side}: error ECO0350", $"版本“{revision}”以“-”开头");
        Assert.That(File.Exists(_case.At("written.txt")), Is.False);
        Assert.That(r.Stdout, Is.Empty);
    }

    [TestCase("git:HEAD\n--output=written.txt:rules.yaml", "HEAD\\u000A--output=written.txt")]
    [TestCase("git:HEAD --output=written.txt:rules.yaml", "HEAD --output=written.txt")]
    [TestCase("git:HEAD:rules\u0000.yaml", "rules\\u0000.yaml")]
    public void AControlCharacterOrSpaceIsRefusedAndNotEchoedRaw(string side, string shown)
    {
        var r = _case.Refused(ExitCodes.InputError, ["diff", Data(), "--base", side, "--head", "rules.yaml", "--allow-missing", CliRunner.AllTables], "error ECO0350", shown);
        Assert.That(r.Stderr.Split('\n').Count(l => l.Contains("ECO0350", StringComparison.Ordinal)), Is.EqualTo(1), "a line break in the argument forges no second line");
    }

    [Test]
    public void AnOrdinaryRevisionStillReadsAndAPathStartingWithADashIsAPath()
    {
        File.Copy("rules.yaml", "-rules.yaml");
        Git("add", "--", "-rules.yaml");
        Git("commit", "-q", "-m", "dash");
        var r = CliRunner.Run("diff", Data(), "--base", "git:HEAD~1:rules.yaml", "--head", "git:HEAD:-rules.yaml", "--period", "2024", "--allow-missing", CliRunner.AllTables);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.Stderr);
    }

    [Test]
    public void TheArgumentsEndOptionsBeforeTheRevision()
    {
        var args = GitArguments.Show("main", "a.yaml", out _)!;
        Assert.That(args, Is.EqualTo(new[] { "--no-pager", "show", "--no-textconv", "--end-of-options", "main:a.yaml" }));
        Assert.That(GitArguments.Show("--output=x", "a.yaml", out var why), Is.Null);
        Assert.That(why, Is.Not.Null);
    }
}
