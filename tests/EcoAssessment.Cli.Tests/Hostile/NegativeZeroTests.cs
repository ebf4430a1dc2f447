using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Class 6 of issue 25, determinism: a value written <c>-0</c> reads as 0 and writes as 0, so the same data written
/// <c>-0</c> or <c>0</c> gives the same results. Before the change <c>-0</c> came out as <c>-0</c>.
/// </summary>
public class NegativeZeroTests
{
    [TestCase("-0")]
    [TestCase("-0.0")]
    [TestCase(" -0.000 ")]
    [TestCase("-0e5")]
    [TestCase("-0%")]
    [TestCase("-0E-3")]
    public void MinusZeroReadsAsZero(string text)
    {
        Assert.That(ValueParser.TryParseNumber(text, out var v), Is.True);
        Assert.That(v, Is.Zero);
        Assert.That(double.IsNegative(v), Is.False, "the sign of the zero is gone");
        Assert.That(Formats.Number(v), Is.EqualTo("0"));
    }

    [Test]
    public void AZeroIsNeverWrittenWithASign()
    {
        Assert.That(Formats.Number(-0.0), Is.EqualTo("0"));
        Assert.That(Formats.Score(-0.001m), Is.EqualTo("0.00"));
        Assert.That(Formats.Score(-0.005m), Is.EqualTo("-0.01"), "a value that does not show as zero keeps its sign");
        Assert.That(Formats.Score(0.004m), Is.EqualTo("0.00"));
    }

    [Test]
    public void TheSameDataWrittenMinusZeroOrZeroGivesTheSameResults()
    {
        using var c = new HostileCase();
        var mini = Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");
        string Results(string zero)
        {
            var data = c.At("data-" + (zero == "0" ? "plain" : "minus"));
            Directory.CreateDirectory(data);
            foreach (var f in Directory.GetFiles(mini, "*.csv"))
            {
                var text = File.ReadAllText(f);
                if (Path.GetFileName(f) == "indicators.csv")
                {
                    text = text.Replace("B02,8", "B02," + zero, StringComparison.Ordinal);
                }

                File.WriteAllText(Path.Combine(data, Path.GetFileName(f)), text);
            }

            var csv = CliRunner.Run("evaluate", data, "--rules", Path.Combine(mini, "rules.yaml"), "--format", "csv");
            Assert.That(csv.ExitCode, Is.EqualTo(ExitCodes.Success), csv.Stderr);
            var explain = CliRunner.Run("explain", data, "--rules", Path.Combine(mini, "rules.yaml"), "--branch", "B02");
            Assert.That(explain.ExitCode, Is.EqualTo(ExitCodes.Success), explain.Stderr);
            return csv.Stdout + explain.Stdout.Replace(data, "DATA", StringComparison.Ordinal);
        }

        var plain = Results("0");
        var minus = Results("-0");
        Assert.That(minus, Is.EqualTo(plain));
        Assert.That(minus, Does.Not.Contain("-0,").And.Not.Contain(",-0\n"));
    }
}
