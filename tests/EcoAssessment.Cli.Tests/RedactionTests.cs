using System.Text;
using EcoAssessment.Privacy;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// <c>--redact</c>: no member id of the input reaches any output — files, stdout or stderr — of any command that reads a
/// dataset; the pseudonyms are stable for a key and differ between keys; the ratings do not change.
/// </summary>
public class RedactionTests
{
    private const string Key = "test-key-0123456789abcdef";
    private static readonly string Sample = Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");
    private static readonly string Sample2023 = Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2023");
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-redact-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static string[] MemberIds(string dataset) =>
        CsvText.Parse(File.ReadAllText(Path.Combine(dataset, "members.csv"))).Select(r => r["member_id"]).Distinct().ToArray();

    private static void AssertNoMemberId(string what, byte[] bytes, IEnumerable<string> ids)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var found = ids.Where(id => text.Contains(id, StringComparison.Ordinal)).Take(5).ToArray();
        Assert.That(found, Is.Empty, $"{what} holds member ids");
    }

    private CliResult Run(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.That(r.ExitCode, Is.Zero.Or.EqualTo(ExitCodes.Negative), string.Join(' ', args) + "\n" + r.Stderr);
        return r;
    }

    [Test]
    public void NoMemberIdOfTheSampleAppearsInAnyOutputOfARedactedRun()
    {
        var ids = MemberIds(Sample).Concat(MemberIds(Sample2023)).ToArray();
        Assert.That(ids, Has.Length.GreaterThan(2000));
        string[] redact = ["--redact", "--redact-key", Key];
        var previous = Path.Combine(Sample2023, "expected", "results.csv");
        var outputs = new List<(string What, byte[] Bytes)>();
        void Keep(string what, CliResult r)
        {
            outputs.Add((what + " stdout", Encoding.UTF8.GetBytes(r.Stdout)));
            outputs.Add((what + " stderr", Encoding.UTF8.GetBytes(r.Stderr + " ")));
        }

        string[] files = [.. new[] { "r.csv", "r.json", "r.md" }.Select(f => Path.Combine(_dir, f))];
        Keep("evaluate", Run(["evaluate", Sample, "--previous", previous, "--verbose", "-o", files[0], "-o", files[1], "-o", files[2], "--format", "json", .. redact]));
        Keep("evaluate table", Run(["evaluate", Sample, .. redact]));

        // Branches with findings that name members (form 4 and unit-leader cases), as text and JSON.
        foreach (var branch in new[] { "ST001", "HZ004" })
        {
            Keep("explain " + branch, Run(["explain", Sample, "--branch", branch, .. redact]));
            Keep("explain json " + branch, Run(["explain", Sample, "--branch", branch, "--format", "json", .. redact]));
        }

        Keep("annex integrity", Run(["annex", Sample, "--kind", "integrity", .. redact]));
        Keep("annex annual", Run(["annex", Sample, "--kind", "annual", "--previous", previous, .. redact]));
        var sensitivity = Path.Combine(_dir, "s.csv");
        Keep("sensitivity", Run(["sensitivity", Sample, "--runs", "5", "-o", sensitivity, .. redact]));
        Keep("trend", Run(["trend", Sample2023, Sample, "--format", "json", .. redact]));
        Keep("diff", Run(["diff", Sample, "--base", "default", "--head", Path.Combine(CliRunner.RepoRoot, "scoring-rules", "four-strong.yaml"), "--format", "csv", .. redact]));

        outputs.AddRange(files.Append(sensitivity).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))));
        Assert.That(outputs.Where(o => o.What.EndsWith("stdout", StringComparison.Ordinal) || !o.What.Contains(' ', StringComparison.Ordinal)).Sum(o => o.Bytes.Length),
            Is.GreaterThan(100_000), "the outputs were written");
        foreach (var (what, bytes) in outputs)
        {
            AssertNoMemberId(what, bytes, ids);
        }
    }

    [Test]
    public void RedactionDoesNotChangeTheRatings()
    {
        var plain = Run("evaluate", Sample, "--format", "json").Stdout;
        var redacted = Run("evaluate", Sample, "--format", "json", "--redact", "--redact-key", Key).Stdout;
        Assert.That(redacted, Is.EqualTo(plain));
    }

    private string BadMembers()
    {
        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "branches.csv"), "branch_id,name,unit\nB1,一支部,机关\nB2,二支部,机关\n");
        File.WriteAllText(Path.Combine(folder, "members.csv"), "member_id,branch_id,home\nP-1001,B1,是\nP-1001,B1,是\nP-1002,B1,是\nP-1002,B2,是\n");
        File.WriteAllText(Path.Combine(folder, "findings.csv"), "finding_id,branch_id,date,member_id,form\nF1,B1,2024-03-01,P-9999,1\n");
        File.WriteAllText(Path.Combine(folder, "study.csv"), "member_id,branch_id,date,form,hours\nP-8888,,2024-03-01,xuexi,2\n");
        return folder;
    }

    [Test]
    public void MessagesThatNameMembersUseThePseudonymsAndKeepTheLocation()
    {
        var data = BadMembers();
        var plain = CliRunner.Run("evaluate", data);
        Assert.That(plain.Stderr, Does.Contain("「P-1001」").And.Contain("「P-1002」").And.Contain("「P-9999」").And.Contain("「P-8888」"));

        var r = CliRunner.Run("evaluate", data, "--redact", "--redact-key", Key);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        var p = new MemberPseudonyms(Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Stderr, Does.Not.Contain("P-1001").And.Not.Contain("P-1002").And.Not.Contain("P-9999").And.Not.Contain("P-8888"));
            Assert.That(r.Stderr, Does.Contain($"members.csv(3,member_id): error ECO0206: 党员「{p.Of("P-1001")}」在支部「B1」中列了两次"));
            Assert.That(r.Stderr, Does.Contain($"members.csv(5,home): error ECO0206: 党员「{p.Of("P-1002")}」有第二个组织关系所在支部"));
            Assert.That(r.Stderr, Does.Contain($"findings.csv(2,member_id): error ECO0208: 党员「{p.Of("P-9999")}」不在党员表中"));
            Assert.That(r.Stderr, Does.Contain($"study.csv(2,member_id): error ECO0208: 党员「{p.Of("P-8888")}」不在党员表中"));
        }
    }

    [Test]
    public void PseudonymsAreStableAcrossRunsAndDifferWithAnotherKey()
    {
        var data = BadMembers();
        var first = CliRunner.Run("evaluate", data, "--redact", "--redact-key", Key).Stderr;
        var second = CliRunner.Run("evaluate", data, "--redact", "--redact-key", Key).Stderr;
        var other = CliRunner.Run("evaluate", data, "--redact", "--redact-key", Key + "-other").Stderr;
        Assert.That(second, Is.EqualTo(first));
        Assert.That(other, Does.Not.Contain(new MemberPseudonyms(Key).Of("P-9999")).And.Contain(new MemberPseudonyms(Key + "-other").Of("P-9999")));
    }

    [Test]
    public void TheKeyMayComeFromTheEnvironment()
    {
        var data = BadMembers();
        var before = Environment.GetEnvironmentVariable("ECO_REDACT_KEY");
        try
        {
            Environment.SetEnvironmentVariable("ECO_REDACT_KEY", Key);
            var r = CliRunner.Run("evaluate", data, "--redact");
            Assert.That(r.Stderr, Does.Contain(new MemberPseudonyms(Key).Of("P-9999")).And.Not.Contain("P-9999"));

            // The option wins over the environment.
            var o = CliRunner.Run("evaluate", data, "--redact", "--redact-key", Key + "-other");
            Assert.That(o.Stderr, Does.Contain(new MemberPseudonyms(Key + "-other").Of("P-9999")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ECO_REDACT_KEY", before);
        }
    }

    [TestCase("evaluate")]
    [TestCase("annex")]
    [TestCase("sensitivity")]
    [TestCase("trend")]
    public void RedactWithoutAKeyIsAUsageErrorThatSaysWhereToPutTheKey(string command)
    {
        var before = Environment.GetEnvironmentVariable("ECO_REDACT_KEY");
        try
        {
            Environment.SetEnvironmentVariable("ECO_REDACT_KEY", null);
            var output = Path.Combine(_dir, "out.csv");
            string[] args = command == "trend" ? ["trend", Sample2023, Sample, "--redact"] : [command, Sample, "--redact"];
            var r = CliRunner.Run(command == "evaluate" ? [.. args, "-o", output] : args);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage), r.Stderr);
            Assert.That(r.Stderr, Does.StartWith($"eco: error: eco {command}：--redact 需要密钥").And.Contain("ECO_REDACT_KEY").And.Contain("--redact-key"));
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(File.Exists(output), Is.False);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ECO_REDACT_KEY", before);
        }
    }

    [Test]
    public void AShortKeyIsAUsageError()
    {
        var r = CliRunner.Run("evaluate", Sample, "--redact", "--redact-key", "secret");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(r.Stderr, Does.Contain("--redact-key 中的密钥太短"));
        Assert.That(r.Stderr, Does.Not.Contain("secret"));
    }

    [Test]
    public void AKeyWithoutRedactIsAUsageError()
    {
        var r = CliRunner.Run("explain", Sample, "--branch", "ST001", "--redact-key", Key);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(r.Stderr, Does.Contain("给了 --redact-key 却没有 --redact"));
    }
}
