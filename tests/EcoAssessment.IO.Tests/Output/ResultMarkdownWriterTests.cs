using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Output;

/// <summary>The Markdown summary on <see cref="SmallRun"/>.</summary>
public class ResultMarkdownWriterTests
{
    private static string Render(Language language)
    {
        using var ds = SmallRun.Write();
        var (a, _) = SmallRun.Run(ds);
        return ResultMarkdownWriter.Render(a, language);
    }

    [Test]
    public void TheSummaryStartsWithTheRuleSetAndPeriodAndGivesTheRatingMix()
    {
        var md = Render(Language.Zh);
        Assert.That(md, Does.StartWith("## 写出测试 — 2024\n\n| 评级 | 支部数 |\n|---|---:|\n| 先锋 | 1 |\n| 中间 | 2 |\n| 落后 | 1 |\n| 未定级 | 1 |\n"));
    }

    [Test]
    public void TheBranchTableIsInRankOrderWithPipesEscaped()
    {
        var lines = Render(Language.Zh).Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("| 排名 |", StringComparison.Ordinal));
        var rows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).ToArray();
        Assert.That(rows.Select(r => r.Split(" | ")[1]), Is.EqualTo(new[] { "B4", "B2", "B3", "B5", "B1" }));
        Assert.That(rows[0], Does.StartWith("| 1 | B4 | @提醒支部 | 乙单位 | 90.00 | 先锋 | "));
        Assert.That(rows[3], Does.StartWith("| 4 | B5 | 第五,\"支部\" | 乙单位 | -10.00 | 落后 | "));
        Assert.That(rows[4], Does.StartWith("|  | B1 | 第一\\|支部 | 甲单位 |  | 未定级 | "));
    }

    [Test]
    public void EnglishChangesLabelsOnly()
    {
        var md = Render(Language.En);
        Assert.That(md, Does.Contain("| rating | branches |").And.Contain("| 先锋 | 1 |").And.Contain("| 未定级 | 1 |"));
        Assert.That(md, Does.Contain("| rank | branch |").And.Contain("| 1 | B4 | @提醒支部 | 乙单位 | 90.00 | 先锋 | "), "rating values never change with --lang");
    }
}
