using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// eco explain only says what is true: a veto that did not fire shows the comparison that failed, on the side the value
/// fell (the first release printed "satisfaction = 0.939 &lt; 0.9" for a veto that did not fire), in both languages.
/// </summary>
public class ExplainTruthTests
{
    private static string Provincial => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    [Test]
    public void AVetoThatDidNotFireShowsTheComparisonThatFailed()
    {
        var zh = CliRunner.Run("explain", Provincial, "--branch", "ST002");
        var en = CliRunner.Run("explain", Provincial, "--branch", "ST002", "--lang", "en");
        Assert.Multiple(() =>
        {
            Assert.That(zh.ExitCode, Is.Zero, zh.Stderr);
            Assert.That(zh.Stdout, Does.Contain("[未触发] 群众满意度低于90% (low_satisfaction, 最高 中间)"));
            Assert.That(zh.Stdout, Does.Contain("支部数据 satisfaction = 0.963 ≥ 0.9（条件 < 0.9 不成立）"));
            Assert.That(zh.Stdout, Does.Contain("支部数据 secretary_vacant_days = 0 ≤ 90（条件 > 90 不成立）"));
            Assert.That(zh.Stdout, Does.Not.Contain("satisfaction = 0.963 < 0.9"));
            Assert.That(en.Stdout, Does.Contain("fact satisfaction = 0.963 ≥ 0.9 (condition < 0.9 not met)"));
        });
    }

    [Test]
    public void EveryComparisonVetoThatDidNotFireSaysSoInTheJsonTrace()
    {
        var r = CliRunner.Run("explain", Provincial, "--branch", "ST002", "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        foreach (var v in doc.RootElement.GetProperty("branch").GetProperty("trace").GetProperty("vetoes").EnumerateArray())
        {
            var trace = v.GetProperty("trace").GetString()!;
            if (!v.GetProperty("fired").GetBoolean() && trace.Contains(" = ", StringComparison.Ordinal))
            {
                Assert.That(trace, Does.Contain("不成立"), v.GetProperty("id").GetString());
            }
        }
    }
}
