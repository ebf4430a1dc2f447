using System.Diagnostics;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Class 5 of issue 25, outputs: one commit step writes all outputs or none, resolves links and refuses an output that
/// leads to an input (exit 4), and reports a full disk as ECO0355 (exit 4). Before the change <c>-o link.csv</c> with the
/// link on an input replaced the link, <c>&gt; /dev/full</c> was exit 70, and of two outputs the first stayed written
/// when the second failed.
/// </summary>
[NonParallelizable]
public class OutputCommitTests
{
    private HostileCase _case = null!;
    private string _data = string.Empty;
    private static string Mini => Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");

    [SetUp]
    public void SetUp()
    {
        _case = new HostileCase();
        _data = _case.At("data");
        Directory.CreateDirectory(_data);
        foreach (var f in Directory.GetFiles(Mini, "*.csv"))
        {
            File.Copy(f, Path.Combine(_data, Path.GetFileName(f)));
        }
    }

    [TearDown]
    public void TearDown() => _case.Dispose();

    private string Link(string name, string target)
    {
        var path = _case.At(name);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private string[] Evaluate(params string[] outputs) =>
        ["evaluate", _data, "--rules", Path.Combine(Mini, "rules.yaml"), .. outputs.SelectMany(o => new[] { "-o", o })];

    [Test]
    public void AnOutputThatIsALinkToAnInputIsRefused()
    {
        var link = Link("link.csv", Path.Combine(_data, "meetings.csv"));
        _case.Refused(ExitCodes.OutputError, Evaluate(link), "link.csv: error ECO0354", "meetings.csv");
    }

    [Test]
    public void ALinkToALinkToTheRuleFileIsRefused()
    {
        var rules = _case.At("rules.yaml");
        File.Copy(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"), rules);
        Link("first.md", rules);
        var second = Link("second.md", _case.At("first.md"));
        _case.Refused(ExitCodes.OutputError, ["evaluate", _data, "--rules", rules, "--allow-missing", "study", "-o", second], "second.md: error ECO0354");
    }

    [Test]
    public void AnOutputInALinkedFolderThatIsTheDatasetIsRefused()
    {
        var folder = Link("out", _data);
        _case.Refused(ExitCodes.OutputError, Evaluate(Path.Combine(folder, "branches.csv")), "branches.csv: error ECO0354");
    }

    [Test]
    public void WhenTheSecondOutputCannotBeWrittenTheFirstIsNotWrittenEither()
    {
        var first = _case.At("results.csv");
        _case.Refused(ExitCodes.OutputError, Evaluate(first, _case.At("no/such/folder/results.json")), "results.json: error ECO0301", "文件夹不存在");
        Assert.That(File.Exists(first), Is.False);
        Assert.That(Directory.GetFiles(_case.Dir, "*.tmp", SearchOption.AllDirectories), Is.Empty, "no temporary file left behind");
    }

    [Test]
    public void AnOutputThatIsAFolderLeavesTheOthersUnwritten()
    {
        Directory.CreateDirectory(_case.At("report.xlsx"));
        var first = _case.At("results.md");
        _case.Refused(ExitCodes.OutputError, Evaluate(first, _case.At("report.xlsx")), "report.xlsx: error ECO0301", "文件夹");
        Assert.That(File.Exists(first), Is.False);
    }

    [Test]
    public void AFullDeviceAsAnOutputIsExitFourAndTheOtherOutputsAreNotWritten()
    {
        var first = _case.At("results.csv");
        var full = Link("full.csv", "/dev/full");
        _case.Refused(ExitCodes.OutputError, Evaluate(first, full), "full.csv: error ECO0355", "已满");
        Assert.That(File.Exists(first), Is.False);
        Assert.That(File.Exists("/dev/full"), Is.True, "the device is written to, never replaced");
    }

    [Test]
    public void AFullStandardOutputIsExitFourAndNoFileIsWritten()
    {
        var stderr = new StringWriter();
        var first = _case.At("results.csv");
        var code = CliApp.Run([.. Evaluate(first), "--format", "csv"], new FullWriter(), stderr);
        Assert.That(code, Is.EqualTo(ExitCodes.OutputError), stderr.ToString());
        Assert.That(stderr.ToString(), Does.Contain("标准输出: error ECO0355"));
        Assert.That(File.Exists(first), Is.False);
    }

    [Test]
    public void TheProgramWritingToDevFullExitsFour()
    {
        var eco = Path.Combine(CliRunner.RepoRoot, "src", "EcoAssessment.Cli", "bin", "Release", "net10.0", "eco.dll");
        var info = new ProcessStartInfo("/bin/sh", ["-c", $"dotnet '{eco}' evaluate '{_data}' --rules '{Mini}/rules.yaml' --format csv > /dev/full"]) { RedirectStandardError = true };
        using var p = Process.Start(info)!;
        var stderr = p.StandardError.ReadToEnd();
        Assert.That(p.WaitForExit(30_000), Is.True);
        Assert.That(p.ExitCode, Is.EqualTo(ExitCodes.OutputError), stderr);
        Assert.That(stderr, Does.Contain("标准输出: error ECO0355").And.Not.Contain("内部错误"));
    }

    [Test]
    public void ALinkToAnOrdinaryFileIsWrittenThroughAndKept()
    {
        var target = _case.At("real.csv");
        File.WriteAllText(target, "old");
        var link = Link("link.csv", target);
        var r = CliRunner.Run(Evaluate(link));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.Stderr);
        Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(target), "the link is kept");
        Assert.That(File.ReadAllText(target), Does.StartWith("period,branch_id"));
    }

    [Test]
    public void TrendWritesAllItsOutputsOrNone()
    {
        var first = _case.At("trend.csv");
        var r = CliRunner.Run("trend", _data, "--rules", Path.Combine(Mini, "rules.yaml"), "--periods", "2024H1,2024H2", "-o", first, "-o", _case.At("missing/trend.md"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.OutputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("trend.md: error ECO0301"));
        Assert.That(File.Exists(first), Is.False);
    }

    [Test]
    public void CheckRefusesAnOutputOverAnInputDirectlyOrThroughALink()
    {
        var rules = Path.Combine(Mini, "rules.yaml");
        _case.Refused(ExitCodes.OutputError, ["check", _data, "--rules", rules, "-o", Path.Combine(_data, "meetings.csv")], "meetings.csv: error ECO0302");
        var link = Link("suggest.yaml", Path.Combine(_data, "members.csv"));
        _case.Refused(ExitCodes.OutputError, ["check", _data, "--rules", rules, "--suggest-mapping", link], "suggest.yaml: error ECO0354");
    }

    [Test]
    public void SensitivityRefusesAnOutputOverATableItRead()
    {
        _case.Refused(ExitCodes.OutputError, ["sensitivity", _data, "--rules", Path.Combine(Mini, "rules.yaml"), "--runs", "10", "-o", Path.Combine(_data, "findings.csv")],
            "findings.csv: error ECO0302");
    }

    [Test]
    public void TrendRefusesAnOutputOverAFileItRead()
    {
        _case.Refused(ExitCodes.OutputError, ["trend", _data, "--rules", Path.Combine(Mini, "rules.yaml"), "--periods", "2024H1,2024H2", "-o", Path.Combine(_data, "branches.csv")],
            "branches.csv: error ECO0302");
    }

    private sealed class FullWriter : StringWriter
    {
        public override void Write(char value) => throw Full();

        public override void Write(string? value) => throw Full();

        public override void Write(char[] buffer, int index, int count) => throw Full();

        public override void WriteLine(string? value) => throw Full();

        private static IOException Full() => new("No space left on device", 28);
    }
}
