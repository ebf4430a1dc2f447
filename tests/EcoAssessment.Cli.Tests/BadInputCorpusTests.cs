using System.Text;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// The bad-input corpus through the command line (DESIGN §5, §7): each broken file gives exit 3, a message that names
/// the file and the row (and column), no stack trace, and no output file. The same checks at reader level, with every
/// error listed exactly, are in EcoAssessment.IO.Tests CsvReaderFailureTests and CsvReaderLimitTests.
/// </summary>
public class BadInputCorpusTests
{
    private const string Branches = "branch_id,name,unit,type\nB1,一支部,机关,regular\nB2,二支部,机关,regular\nT1,临时支部,机关,temporary\n";
    private const string Members = "member_id,branch_id,home\nM1,B1,是\nM2,B1,是\nM3,B2,是\nM1,T1,否\n";
    private const string MeetingsHeader = "branch_id,type,date,attendees,expected\n";
    private const string FindingsHeader = "finding_id,branch_id,date,member_id,form,due_date,closed_date\n";
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-corpus-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Dataset(string file, byte[] content)
    {
        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "branches.csv"), Branches);
        File.WriteAllText(Path.Combine(folder, "members.csv"), Members);
        File.WriteAllBytes(Path.Combine(folder, file), content);
        return folder;
    }

    private static TestCaseData Case(string name, string file, string text, string expected) =>
        new TestCaseData(file, Encoding.UTF8.GetBytes(text), expected).SetName($"CLI corpus: {name}");

    private static IEnumerable<TestCaseData> Broken()
    {
        yield return Case("duplicate branch", "branches.csv", Branches + "B2,重复,机关,regular\n", "branches.csv(5,branch_id): error ECO0206");
        yield return Case("member twice in one branch", "members.csv", Members + "M2,B1,是\n", "members.csv(6,member_id): error ECO0206");
        yield return Case("second home branch", "members.csv", Members + "M3,B1,是\n", "members.csv(6,home): error ECO0206");
        yield return Case("duplicate finding", "findings.csv", FindingsHeader + "F1,B1,2024-03-01,,1,,\nF1,B2,2024-04-01,,1,,\n", "findings.csv(3,finding_id): error ECO0206");
        yield return Case("unknown branch", "meetings.csv", MeetingsHeader + "B9,lecture,2024-03-01,,\n", "meetings.csv(2,branch_id): error ECO0207");
        yield return Case("unknown member", "findings.csv", FindingsHeader + "F1,B1,2024-03-01,M9,1,,\n", "findings.csv(2,member_id): error ECO0208");
        yield return Case("missing required column", "meetings.csv", "branch_id,type\nB1,lecture\n", "meetings.csv(1): error ECO0204");
        yield return Case("unparseable number", "meetings.csv", MeetingsHeader + "B1,lecture,2024-03-01,七,8\n", "meetings.csv(2,attendees): error ECO0202");
        yield return Case("unparseable date", "meetings.csv", MeetingsHeader + "B1,lecture,2024-02-30,,\n", "meetings.csv(2,date): error ECO0201");
        yield return Case("NaN", "assessments.csv", "branch_id,item,score,max_score\nB1,OR-1,NaN,10\n", "assessments.csv(2,score): error ECO0202");
        yield return Case("Infinity", "assessments.csv", "branch_id,item,score,max_score\nB1,OR-1,5,Infinity\n", "assessments.csv(2,max_score): error ECO0202");
        yield return Case("negative count", "meetings.csv", MeetingsHeader + "B1,lecture,2024-03-01,-2,8\n", "meetings.csv(2,attendees): error ECO0210");
        yield return Case("form 0", "findings.csv", FindingsHeader + "F1,B1,2024-03-01,,0,,\n", "findings.csv(2,form): error ECO0210");
        yield return Case("form 5", "findings.csv", FindingsHeader + "F1,B1,2024-03-01,,5,,\n", "findings.csv(2,form): error ECO0210");
        yield return Case("due date before the finding", "findings.csv", FindingsHeader + "F1,B1,2024-03-01,,1,2024-02-01,\n", "findings.csv(2,due_date): error ECO0211");
        yield return Case("closed date before the finding", "findings.csv", FindingsHeader + "F1,B1,2024-03-01,,1,,2024-02-28\n", "findings.csv(2,closed_date): error ECO0211");
        yield return Case("empty file", "meetings.csv", string.Empty, "meetings.csv(1): error ECO0215");
        yield return Case("unterminated quote", "meetings.csv", MeetingsHeader + "B1,lecture,2024-03-01,,\nB2,\"lecture,2024-03-01,,\n", "meetings.csv(3): error ECO0214");
        yield return Case("row with more than 1 MiB characters", "meetings.csv", MeetingsHeader + "B1,lecture,2024-03-01,," + new string('8', 1 << 20) + "\n", "meetings.csv(2): error ECO0218");
        yield return Case("row with more than 4096 fields", "meetings.csv", MeetingsHeader + "B1,lecture,2024-03-01" + string.Concat(Enumerable.Repeat(",1", 5000)) + "\n", "meetings.csv(2): error ECO0218");
        yield return new TestCaseData("meetings.csv", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE }, "meetings.csv: error ECO0002")
            .SetName("CLI corpus: binary file with NUL bytes");
        yield return new TestCaseData("meetings.csv", Enumerable.Range(0, 4096).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray(), "meetings.csv(1): error ECO0204")
            .SetName("CLI corpus: binary garbage without NUL bytes");
    }

    [TestCaseSource(nameof(Broken))]
    public void EachBrokenFileIsALocatedInputErrorWithNothingWritten(string file, byte[] content, string expected)
    {
        var output = Path.Combine(_dir, "out.csv");
        var r = CliRunner.Partial("evaluate", Dataset(file, content), "--period", "2024", "-o", output);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
            Assert.That(r.Stderr, Does.Contain(Path.DirectorySeparatorChar + expected), r.Stderr.Length > 2000 ? r.Stderr[..2000] : r.Stderr);
            Assert.That(r.Stderr, Does.Not.Contain("内部错误").And.Not.Contain("   at "));
            Assert.That(r.Stderr, Has.Length.LessThan(20_000), "the message does not echo the file");
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(File.Exists(output), Is.False, "nothing is written");
        }
    }

    [Test]
    public void ATableFileAboveTheSizeLimitIsRefusedBeforeItIsRead()
    {
        var folder = Dataset("meetings.csv", Encoding.UTF8.GetBytes(MeetingsHeader));
        using (var sparse = new FileStream(Path.Combine(folder, "meetings.csv"), FileMode.Open, FileAccess.Write))
        {
            sparse.SetLength(EcoAssessment.IO.InputLimits.MaxTableBytes + 1);
        }

        var output = Path.Combine(_dir, "out.csv");
        var r = CliRunner.Partial("evaluate", folder, "--period", "2024", "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("meetings.csv: error ECO0004: 该文件有 2,147,483,592 字节，超过输入文件的上限"));
        Assert.That(File.Exists(output), Is.False);
    }

    [TestCase("previous")]
    [TestCase("weights")]
    [TestCase("workbook")]
    public void OtherInputFilesAboveTheSizeLimitAreRefusedBeforeTheyAreRead(string kind)
    {
        var folder = Dataset("meetings.csv", Encoding.UTF8.GetBytes(MeetingsHeader));
        var big = Path.Combine(_dir, kind == "workbook" ? "big.xlsx" : "big.csv");
        using (var sparse = new FileStream(big, FileMode.Create, FileAccess.Write))
        {
            sparse.SetLength(EcoAssessment.IO.InputLimits.MaxTableBytes + 1);
        }

        var output = Path.Combine(_dir, "out.csv");
        var r = kind switch
        {
            "previous" => CliRunner.Partial("evaluate", folder, "--period", "2024", "--previous", big, "-o", output),
            "weights" => CliRunner.Run("weights", "entropy", big),
            _ => CliRunner.Partial("evaluate", big, "-o", output),
        };
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"{Path.GetFileName(big)}: error ECO0004:").And.Contain("有 2,147,483,592 字节"));
        Assert.That(r.Stderr, Does.Not.Contain("   at "));
        Assert.That(File.Exists(output), Is.False);
    }

    private static IEnumerable<TestCaseData> Warned()
    {
        yield return Case("attendees above expected", "meetings.csv", MeetingsHeader + "B1,general_assembly,2024-03-01,9,8\n", "meetings.csv(2,attendees): warning ECO0252");
        yield return Case("records outside the period", "meetings.csv", MeetingsHeader + "B1,lecture,2024-03-01,,\nB1,lecture,2023-12-01,,\n", "meetings.csv: warning ECO0251");
    }

    [TestCaseSource(nameof(Warned))]
    public void WarningsAreLocatedAndTheRunGoesOn(string file, byte[] content, string expected)
    {
        var output = Path.Combine(_dir, "out.csv");
        var r = CliRunner.Partial("evaluate", Dataset(file, content), "--period", "2024", "-o", output);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain(Path.DirectorySeparatorChar + expected));
        Assert.That(File.Exists(output), Is.True);
    }

    [Test]
    public void AHomeAndATemporaryMembershipAreNotDuplicates()
    {
        var r = CliRunner.Partial("evaluate", Dataset("meetings.csv", Encoding.UTF8.GetBytes(MeetingsHeader + "B1,lecture,2024-03-01,,\n")), "--period", "2024");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("ECO0206"));
    }
}
