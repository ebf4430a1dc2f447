using System.Text;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Class 8 of issue 25, encodings: a file that is UTF-8 but for a stray byte is refused with what was detected and
/// where the first invalid byte is (ECO0356, one message), instead of being read as GB18030 into a hundred mojibake
/// errors. A real GB18030 file is still read.
/// </summary>
[NonParallelizable]
public class StrayByteTests
{
    private HostileCase _case = null!;

    [SetUp]
    public void SetUp() => _case = new HostileCase();

    [TearDown]
    public void TearDown() => _case.Dispose();

    private static byte[] WithStray(string text, string before, params byte[] stray)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = Encoding.UTF8.GetByteCount(text[..text.IndexOf(before, StringComparison.Ordinal)]);
        return [.. bytes[..at], .. stray, .. bytes[at..]];
    }

    private static readonly string ManyBranches = "branch_id,name,unit,members\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"B{i},第{i}党支部,生态环境局机关,10\n"));

    private string Data(byte[] branches)
    {
        var data = _case.At("data");
        Directory.CreateDirectory(data);
        File.WriteAllBytes(Path.Combine(data, "branches.csv"), branches);
        return data;
    }

    private static string[] Evaluate(string data, params string[] more) => ["evaluate", data, "--period", "2024", "--allow-missing", CliRunner.AllTables, .. more];

    [Test]
    public void OneStrayByteInATableIsLocatedAndNotReadAsGb18030()
    {
        var data = Data(WithStray(ManyBranches, "第3党", 0xFF));
        var r = _case.Refused(ExitCodes.InputError, Evaluate(data), "branches.csv(4,4): error ECO0356", "第 4 行第 4 个字节", "0xFF", "GB18030");
        Assert.That(r.Stderr.Split('\n').Count(l => l.Contains(": error ECO", StringComparison.Ordinal)), Is.EqualTo(1), r.Stderr);
    }

    [Test]
    public void ATruncatedCharacterAtTheEndIsLocated()
    {
        var bytes = Encoding.UTF8.GetBytes(ManyBranches.TrimEnd('\n') + "注");
        _case.Refused(ExitCodes.InputError, Evaluate(Data(bytes[..^1])), "branches.csv(31,", "error ECO0356");
    }

    [Test]
    public void ARealGb18030FileIsStillRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var r = CliRunner.Run(Evaluate(Data(Encoding.GetEncoding("GB18030").GetBytes(ManyBranches))));
        Assert.That(r.Stderr, Does.Not.Contain("ECO0356"));
        Assert.That(r.Stdout, Does.Contain("第1党支部"));
    }

    [Test]
    public void AStrayByteInARuleFileIsLocated()
    {
        var rules = _case.At("rules.yaml");
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"));
        File.WriteAllBytes(rules, WithStray(text, "政治", 0xC3));
        _case.Refused(ExitCodes.InputError, Evaluate(Data(Encoding.UTF8.GetBytes(ManyBranches)), "--rules", rules), "rules.yaml(", "error ECO0356");
        var v = _case.Refused(ExitCodes.Negative, ["validate", rules]);
        Assert.That(v.Stdout, Does.Contain("error ECO0356"));
    }

    [Test]
    public void AStrayByteInAPreviousFileIsLocated()
    {
        var previous = _case.At("previous.csv");
        File.WriteAllBytes(previous, WithStray("branch_id,rating\nB1,先锋\nB2,中间\nB3,落后\nB4,先锋\nB5,中间\n", "落后", 0x80));
        _case.Refused(ExitCodes.InputError, Evaluate(Data(Encoding.UTF8.GetBytes(ManyBranches)), "--previous", previous), "previous.csv(4,4): error ECO0356");
    }

    [Test]
    public void AStrayByteInATestFileIsLocated()
    {
        var cases = _case.At("cases.yaml");
        File.WriteAllBytes(cases, WithStray("# 测试用例：先锋、中间、落后各一\nrules: x.yaml\ncases: []\n", "中间", 0xFE));
        var r = _case.Refused(ExitCodes.Negative, ["test", cases]);
        Assert.That(r.Stdout, Does.Contain("cases.yaml(1,").And.Contain("error ECO0356"));
    }
}
