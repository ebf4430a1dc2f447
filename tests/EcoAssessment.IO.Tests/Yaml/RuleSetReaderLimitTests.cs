using System.Diagnostics;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Yaml;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Yaml;

/// <summary>The bounds on rule files: size, alias expansion ("billion laughs"), nesting through aliases.</summary>
public class RuleSetReaderLimitTests
{
    private static string BillionLaughs()
    {
        var sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        return sb.ToString();
    }

    [Test]
    public void BillionLaughsIsALocatedErrorAndFast()
    {
        var watch = Stopwatch.StartNew();
        var (loaded, bag) = RuleText.Read(BillionLaughs());
        watch.Stop();
        Assert.That(loaded, Is.Null);

        // a4 is the first anchor whose expansion (11,111 + 1 nodes × 10) passes 100,000.
        Assert.That(RuleText.ErrorsByPosition(bag), Is.EqualTo(new[] { "ECO0112 test.yaml(5,5)" }), Diag.Dump(bag));
        Assert.That(bag.Items.Single().Message, Does.Contain("超过规则文件的上限 100,000 个"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void AliasesThatStayUnderTheLimitAreAccepted()
    {
        var text = RuleText.Base;
        var (loaded, bag) = RuleText.Read("x-shared: &shared [1, 2, 3]\n" + text);
        Assert.That(bag.Items.Where(d => d.Code == DiagnosticCodes.AliasExpansion.Id), Is.Empty, Diag.Dump(bag));
        _ = loaded;
    }

    [Test]
    public void NestingThroughAChainOfAliasesIsBounded()
    {
        // Each anchor nests the previous one two levels deeper: the text is flat, the expansion 200 levels deep.
        var sb = new StringBuilder("l0: &l0 { v: 1 }\n");
        for (var i = 1; i <= 100; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{i}: &l{i} {{ n: [*l{i - 1}] }}\n");
        }

        var (loaded, bag) = RuleText.Read(sb.ToString());
        Assert.That(loaded, Is.Null);
        var error = bag.Items.Single();
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.AliasExpansion.Id), Diag.Dump(bag));
        Assert.That(error.Message, Does.Contain("嵌套超过 64 层"));
        Assert.That(error.Location!.Line, Is.InRange(30, 34));
    }

    [Test]
    public void ARuleFileAboveOneMebibyteIsNotRead()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("eco-rules-").FullName, "big.yaml");
        try
        {
            File.WriteAllText(file, RuleText.Base + "\n# " + new string('x', (int)InputLimits.MaxRuleFileBytes) + "\n");
            var bag = new DiagnosticBag();
            Assert.That(RuleSetReader.ReadFile(file, bag), Is.Null);
            Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0004 big.yaml" }), Diag.Dump(bag));
            Assert.That(bag.Items.Single().Message, Does.Contain("1,048,576"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Test]
    public void ARecursiveAliasIsADiagnosticNotAHang()
    {
        var bag = new DiagnosticBag();
        Assert.That(() => RuleSetReader.Read("a: &x [1, *x]\n", RuleText.File, bag), Throws.Nothing);
        Assert.That(bag.HasErrors, Is.True);
        Assert.That(bag.Items.All(d => d.Code.StartsWith("ECO01", StringComparison.Ordinal) && d.Location?.Line > 0), Is.True, Diag.Dump(bag));
    }
}
