using System.Globalization;
using EcoAssessment.IO.Yaml;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Docs;

/// <summary>docs/default-rules.md explains every indicator, deduction and veto of the default rule set with its weight.</summary>
public class DefaultRulesDocTests
{
    private static string Doc()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "EcoAssessment.sln")))
        {
            dir = dir.Parent!;
        }

        return File.ReadAllText(Path.Combine(dir.FullName, "docs", "default-rules.md"));
    }

    [Test]
    public void EveryIndicatorIsExplainedWithItsWeight()
    {
        var doc = Doc().Split('\n');
        var rules = RuleSetReader.ReadDefault().Rules;
        Assert.Multiple(() =>
        {
            foreach (var d in rules.Dimensions)
            {
                Assert.That(doc.Any(l => l.StartsWith("## ", StringComparison.Ordinal) && l.Contains($" {d.Id} — {d.Weight.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal)),
                    $"dimension {d.Id} with weight {d.Weight}");
                foreach (var i in d.Indicators)
                {
                    var row = doc.FirstOrDefault(l => l.Contains($"(`{i.Id}`)", StringComparison.Ordinal));
                    Assert.That(row, Is.Not.Null, $"indicator {i.Id} has a row");
                    Assert.That(row?.TrimEnd().EndsWith($"| {i.Weight.ToString(CultureInfo.InvariantCulture)} |", StringComparison.Ordinal), Is.True, $"{i.Id} weight {i.Weight}");
                }
            }

            foreach (var v in rules.Rating.Vetoes)
            {
                Assert.That(doc.Any(l => l.Contains($"| `{v.Id}` |", StringComparison.Ordinal)), $"veto {v.Id}");
            }

            foreach (var a in rules.Adjustments.Deductions)
            {
                Assert.That(doc.Any(l => l.Contains($"| `{a.Id}` |", StringComparison.Ordinal)), $"deduction {a.Id}");
            }
        });
    }
}
