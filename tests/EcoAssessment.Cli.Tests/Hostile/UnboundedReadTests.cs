using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Text;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Class 2 of issue 25, unbounded reads: every input file is read within its limit whatever it is (BoundedInput). Before
/// the change a table, rule file, --previous or test file that is /dev/zero or a pipe was read on to 4 GB and exit 70.
/// </summary>
[NonParallelizable]
public class UnboundedReadTests
{
    private HostileCase _case = null!;

    [SetUp]
    public void SetUp() => _case = new HostileCase();

    [TearDown]
    public void TearDown() => _case.Dispose();

    private string Link(string name, string target)
    {
        var path = _case.At(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    private static string[] Evaluate(string data, params string[] more) => ["evaluate", data, "--period", "2024", "--allow-missing", CliRunner.AllTables, .. more];

    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void ATableThatIsADeviceIsRefusedWithinItsLimit(string device)
    {
        var data = _case.Dataset(("branches.csv", HostileCase.Branches));
        Link("data/meetings.csv", device);
        _case.Refused(ExitCodes.InputError, Evaluate(data), "meetings.csv: error ECO0351", "67,108,864");
    }

    [Test]
    public void ATableThatIsAnEndlessPipeIsRefused()
    {
        var data = _case.Dataset(("branches.csv", HostileCase.Branches));
        _case.EndlessPipe("data/meetings.csv", "B1,lecture,2024-03-01,5\n");
        _case.Refused(ExitCodes.InputError, Evaluate(data), "meetings.csv: error ECO0351", "管道");
    }

    [Test]
    public void ARuleFileThatIsADeviceOrAPipeIsRefusedAtTheRuleFileLimit()
    {
        var data = _case.Dataset(("branches.csv", HostileCase.Branches));
        _case.Refused(ExitCodes.InputError, Evaluate(data, "--rules", "/dev/zero"), "/dev/zero: error ECO0351", "1,048,576");
        var pipe = _case.EndlessPipe("rules.yaml", "# 注释\n");
        _case.Refused(ExitCodes.InputError, Evaluate(data, "--rules", pipe), "rules.yaml: error ECO0351");
    }

    [Test]
    public void APreviousFileOrAMappingFileThatIsADeviceIsRefused()
    {
        var data = _case.Dataset(("branches.csv", HostileCase.Branches));
        _case.Refused(ExitCodes.InputError, Evaluate(data, "--previous", "/dev/zero"), "/dev/zero: error ECO0351");
        _case.Refused(ExitCodes.InputError, Evaluate(data, "--mapping", "/dev/zero"), "/dev/zero: error ECO0351");
    }

    [Test]
    public void AWorkbookThatIsADeviceIsRefused()
    {
        var book = Link("book.xlsx", "/dev/zero");
        _case.Refused(ExitCodes.InputError, Evaluate(book), "book.xlsx: error ECO0351");
    }

    [Test]
    public void ValidateAndTestRefuseTheirOwnEndlessInputsWithExitOne()
    {
        var v = _case.Refused(ExitCodes.Negative, ["validate", "/dev/zero"]);
        Assert.That(v.Stdout, Does.Contain("/dev/zero: error ECO0351"));
        var pipe = _case.EndlessPipe("cases.yaml", "cases:\n");
        var r = _case.Refused(ExitCodes.Negative, ["test", pipe]);
        Assert.That(r.Stdout, Does.Contain("cases.yaml: error ECO0351").And.Contain("16,777,216"));
        Assert.That(r.Stdout.TrimEnd().Split('\n')[^1], Is.EqualTo("0 passed, 1 failed"));
    }

    [Test]
    public void AWeightsTableThatIsADeviceIsRefused()
    {
        _case.Refused(ExitCodes.InputError, ["weights", "entropy", "/dev/zero"], "/dev/zero: error ECO0351");
    }

    [Test]
    public void AFileThatGrowsWhileItIsReadIsRefusedNotFollowed()
    {
        var path = _case.At("growing.csv");
        File.WriteAllText(path, "branch_id,name\nB1,一支部\n");
        var bag = new DiagnosticBag();
        using (var stream = BoundedInput.Open(path, 1 << 20, bag, Catalogue.Texts.ReadWhatFile, Catalogue.Texts.ReadAdviceWeights)!)
        {
            File.AppendAllText(path, new string('x', 100_000));
            Assert.Throws<BoundedInputException>(() => stream.CopyTo(Stream.Null));
        }

        Assert.That(BoundedInput.ReadAll("/dev/zero", 1000, bag, Catalogue.Texts.ReadWhatFile, Catalogue.Texts.ReadAdviceWeights), Is.Null);
        Assert.That(bag.Items.Single().Code, Is.EqualTo("ECO0351"));
    }
}
