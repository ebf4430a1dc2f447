using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.IO.Yaml;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Xlsx;

/// <summary>The report's 规则 sheet states the quota's rounding and minimum and the unit red line's count as the rule file set them.</summary>
public class ReportRulesSheetTests
{
    private static Dictionary<string, string> RuleLines(string? quota, string? rollup, Language language)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "scoring-rules", "default.yaml"));
        if (quota is not null)
        {
            Assert.That(text, Does.Contain("  quota: { 先锋: 0.30 }"));
            text = text.Replace("  quota: { 先锋: 0.30 }", quota, StringComparison.Ordinal);
        }

        if (rollup is not null)
        {
            Assert.That(text, Does.Contain("rollup: { weight_by: members,"));
            text = text.Replace("rollup: { weight_by: members,", rollup, StringComparison.Ordinal);
        }

        var bag = new DiagnosticBag();
        var rules = RuleSetReader.Read(text, "rules.yaml", bag);
        Assert.That(rules, Is.Not.Null, Diag.Dump(bag));
        using var ds = SmallRun.Write();
        var (a, _) = SmallRun.Run(ds, rules);
        using var ms = new MemoryStream();
        ReportWorkbookWriter.Write(a, ms, language);
        using var wb = new XLWorkbook(new MemoryStream(ms.ToArray()));
        var ws = wb.Worksheet(language == Language.Zh ? "规则" : "Rules");
        var lines = new Dictionary<string, string>();
        foreach (var row in ws.RowsUsed())
        {
            var label = row.Cell(1).GetString();
            if (label.Length > 0)
            {
                lines.TryAdd(label, row.Cell(2).GetString());
            }
        }

        return lines;
    }

    [Test]
    public void TheDefaultRulesShowFloorNoMinimumAndTwoLaggardBranches()
    {
        var lines = RuleLines(null, null, Language.Zh);
        Assert.That(lines["先锋比例上限"], Is.EqualTo("0.3"));
        Assert.That(lines["先锋名额取整"], Is.EqualTo("向下取整（比例×定级支部数，舍去小数）"));
        Assert.That(lines["先锋名额最少"], Is.EqualTo("无"));
        Assert.That(lines["单位红线：落后支部数"], Is.EqualTo("落后占比超过 10% 且至少 2 个"));
    }

    [Test]
    public void TheRuleFilesRoundingMinimumAndLaggardCountAreShownAsSet()
    {
        var lines = RuleLines("  quota: { 先锋: 0.30, rounding: ceil, min: 1 }", "rollup: { weight_by: members, laggard_min_count: 3,", Language.Zh);
        Assert.That(lines["先锋名额取整"], Is.EqualTo("向上取整（比例×定级支部数，有小数即进一）"));
        Assert.That(lines["先锋名额最少"], Is.EqualTo("1"));
        Assert.That(lines["单位红线：落后支部数"], Is.EqualTo("落后占比超过 10% 且至少 3 个"));

        var en = RuleLines("  quota: { 先锋: 0.30, rounding: round, min: 2 }", null, Language.En);
        Assert.That(en["先锋 places rounding"], Is.EqualTo("to the nearest, halves up"));
        Assert.That(en["fewest 先锋 places"], Is.EqualTo("2"));
        Assert.That(en["unit red line: 落后 branches"], Is.EqualTo("share above 10 % and at least 2"));
    }
}
