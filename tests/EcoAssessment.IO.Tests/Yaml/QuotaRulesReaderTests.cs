using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Rules;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Yaml;

/// <summary>The quota's rounding and minimum and the red line's 落后 count as the rule file declares them.</summary>
public class QuotaRulesReaderTests
{
    private static RuleSet Read(params string[] edits)
    {
        var (text, _) = RuleText.Edit(edits);
        var (loaded, bag) = RuleText.Read(text);
        Assert.That(bag.ErrorCount, Is.Zero, Diag.Dump(bag));
        return loaded!.Rules;
    }

    [Test]
    public void WithoutTheKeysTheQuotaIsFloorWithoutMinimumAndTheCountIsTwo()
    {
        var rules = Read("  tie_break:", "  quota: { 先锋: 0.3 }\n  tie_break:");
        Assert.That(rules.Rating.QuotaRounding, Is.EqualTo(QuotaRounding.Floor));
        Assert.That(rules.Rating.QuotaMin, Is.Zero);
        Assert.That(rules.Rollup?.LaggardMinCount ?? 2, Is.EqualTo(2));
        var defaults = RuleSetReader.ReadDefault().Rules;
        Assert.That(defaults.Rating.QuotaRounding, Is.EqualTo(QuotaRounding.Floor), "default.yaml keeps floor");
        Assert.That(defaults.Rating.QuotaMin, Is.Zero);
        Assert.That(defaults.Rollup!.LaggardMinCount, Is.EqualTo(2));
    }

    [TestCase("floor", QuotaRounding.Floor)]
    [TestCase("round", QuotaRounding.Round)]
    [TestCase("ceil", QuotaRounding.Ceiling)]
    public void TheRoundingAndTheMinimumAreRead(string written, QuotaRounding rounding)
    {
        var rules = Read("  tie_break:", $"  quota: {{ 先锋: 0.3, rounding: {written}, min: 1 }}\n  tie_break:");
        Assert.That(rules.Rating.QuotaRounding, Is.EqualTo(rounding));
        Assert.That(rules.Rating.QuotaMin, Is.EqualTo(1));
    }

    [Test]
    public void TheLaggardCountIsReadFromTheRollupSection()
    {
        var rules = Read("period: year\n", "period: year\nrollup: { weight_by: members, laggard_min_count: 3 }\n");
        Assert.That(rules.Rollup!.LaggardMinCount, Is.EqualTo(3));
    }
}
