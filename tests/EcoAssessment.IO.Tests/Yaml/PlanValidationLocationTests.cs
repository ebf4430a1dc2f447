using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Yaml;

/// <summary>
/// Semantic problems are found by <see cref="Plan.Build"/> after the reader, and must still point into the YAML: the
/// location of the record concerned (the condition, the indicator, the tie-break key).
/// </summary>
public class PlanValidationLocationTests
{
    private static TestCaseData Case(string name, string[] codes, params string[] edits) =>
        new TestCaseData(codes, edits).SetName($"Semantic: {name}");

    private static IEnumerable<TestCaseData> SemanticProblems()
    {
        yield return Case("unknown indicator in a veto condition", ["ECO0105"],
            "when: { finding: { form: 4, role: committee } }", "when: »{ indicator: org_lif, below: 0.5 }");
        yield return Case("unknown indicator inside any:", ["ECO0105"],
            "{ indicator: org_life, below: 0.5 }", "»{ indicator: nope, below: 0.5 }");
        yield return Case("unknown indicator under not:", ["ECO0105"],
            "when: { finding: { form: 4, role: committee } }", "when: { not: »{ normalised: nope, min: 60 } }");
        yield return Case("unknown indicator in a deduction", ["ECO0105"],
            "when: { finding: { overdue: true, open: true } }", "when: »{ normalised: nope, below: 60 }");
        yield return Case("unknown dimension in tie_break", ["ECO0105"], "dimension.conduct", "»dimension.conduc");
        yield return Case("comparison without a comparator", ["ECO0103"],
            "{ indicator: org_life, below: 0.5 }", "»{ indicator: org_life }");
        yield return Case("indicator id declared twice", ["ECO0106"], "  - id: findings\n", "  - »id: org_life\n");
        yield return Case("goalposts low equals high", ["ECO0107"], "{ method: goalposts, low: 0, high: 5 }", "»{ method: goalposts, low: 5, high: 5 }");
        yield return Case("zero dimension weight", ["ECO0107"], "  - id: conduct\n    name: 作风硬\n    weight: 20", "  - id: conduct\n    name: 作风硬\n    weight: »0");
        yield return Case("thresholds out of order", ["ECO0108"], "thresholds: { 先锋: { min: 90 }", "thresholds: »{ 先锋: { min: 50 }");
        yield return Case("cap at 先锋", ["ECO0104"], "  - id: form4\n", "  - »id: form4\n", "cap: 中间", "cap: 先锋");
        yield return Case("quota above 1", ["ECO0107"], "  tie_break:", "  quota: { 先锋: »1.5 }\n  tie_break:");
        yield return Case("negative quota min", ["ECO0107"], "  tie_break:", "  quota: { 先锋: 0.3, min: »-1 }\n  tie_break:");
    }

    [TestCaseSource(nameof(SemanticProblems))]
    public void SemanticProblemsCarryTheYamlLocation(string[] codes, string[] edits)
    {
        var (text, marks) = RuleText.Edit(edits);
        var (loaded, readBag) = RuleText.Read(text);
        Assert.That(readBag.Items, Is.Empty, "the reader accepts the shape: " + Diag.Dump(readBag));
        var bag = new DiagnosticBag();
        Assert.That(Plan.Build(loaded!.Rules, bag), Is.Null);
        Assert.That(RuleText.ErrorsByPosition(bag), Is.EqualTo(RuleText.Expected(marks, codes)), Diag.Dump(bag));
    }

    [Test]
    public void TheUnknownIndicatorMessageNamesItAndPrintsInMsBuildForm()
    {
        var (text, marks) = RuleText.Edit("when: { finding: { form: 4, role: committee } }", "when: »{ indicator: org_lif, below: 0.5 }");
        var (loaded, _) = RuleText.Read(text);
        var bag = new DiagnosticBag();
        Plan.Build(loaded!.Rules, bag);
        var printed = bag.Items.Single().ToString();
        Assert.That(printed, Does.StartWith($"{RuleText.File}({marks[0].Line},{marks[0].Column}): error ECO0105: 条件引用的指标「org_lif」未声明"));
        Assert.That(printed, Does.Contain("findings、org_life"));
        var english = bag.Items.Single().ToString(EcoAssessment.Catalogue.Language.En);
        Assert.That(english, Does.StartWith($"{RuleText.File}({marks[0].Line},{marks[0].Column}): error ECO0105: condition names indicator 'org_lif'"));
        Assert.That(english, Does.Contain("findings, org_life"));
    }

    [Test]
    public void PlanCreateThrowsWithTheLocatedProblems()
    {
        var (text, marks) = RuleText.Edit("{ indicator: org_life, below: 0.5 }", "»{ indicator: nope, below: 0.5 }");
        var (loaded, _) = RuleText.Read(text);
        var e = Assert.Throws<RuleSetException>(() => Plan.Create(loaded!.Rules));
        Assert.That(e!.Message, Does.Contain($"{RuleText.File}({marks[0].Line},{marks[0].Column}): error ECO0105"));
    }
}
