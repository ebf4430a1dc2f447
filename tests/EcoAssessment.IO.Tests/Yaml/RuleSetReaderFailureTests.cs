using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Yaml;

/// <summary>
/// One broken edit of <see cref="RuleText.Base"/> per case: the reader must report exactly the listed codes, each at the
/// line and column of the <c>»</c> marker (the node concerned), and return no rule set.
/// </summary>
public class RuleSetReaderFailureTests
{
    private static TestCaseData Case(string name, string[] codes, params string[] edits) =>
        new TestCaseData(codes, edits).SetName($"Broken rules: {name}");

    private static IEnumerable<TestCaseData> BrokenRules()
    {
        // ECO0102 unknown keys, at the key.
        yield return Case("unknown top-level key", ["ECO0102"], "period: year\n", "period: year\n»colour: red\n");
        yield return Case("misspelt indicator key", ["ECO0102"], "    weight: 10\n", "    »wieght: 10\n");
        yield return Case("unknown key in a block measure", ["ECO0102"], "          per_members: 10\n", "          per_members: 10\n          »per_member: 5\n");
        yield return Case("comparator on a finding condition", ["ECO0102"],
            "{ finding: { form: 4, role: committee } }", "{ finding: { form: 4, role: committee }, »below: 1 }");
        yield return Case("unknown key in a threshold", ["ECO0102"], "{ min: 90 }", "{ min: 90, »max: 100 }");

        // ECO0103 missing keys, at the mapping that lacks them.
        yield return Case("indicator without normalise", ["ECO0103"],
            "  - id: findings\n", "  - »id: findings\n", "        normalise: { method: goalposts, low: 0, high: 5 }\n", string.Empty);
        yield return Case("flow measure without types", ["ECO0103"],
            "{ kind: meeting_completion, types: [general_assembly, committee] }", "»{ kind: meeting_completion }");
        yield return Case("veto without when", ["ECO0103"],
            "  - id: form4\n", "  - »id: form4\n", "      when: { finding: { form: 4, role: committee } }\n", string.Empty);
        yield return Case("rule set without rating (misspelt ratings)", ["ECO0103", "ECO0102"],
            "id: test-rules", "»id: test-rules", "rating:\n", "»ratings:\n");
        yield return Case("thresholds without 落后", ["ECO0103"], "thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }", "thresholds: »{ 先锋: { min: 90 } }");
        yield return Case("condition without a kind", ["ECO0103"], "{ indicator: org_life, below: 0.5 }", "»{ below: 0.5 }");
        yield return Case("form range without min or max", ["ECO0103"], "form: 4, role", "form: »{ }, role");

        // ECO0104 values of the wrong kind, at the value.
        yield return Case("text where a number is expected (weight)", ["ECO0104"], "    weight: 30\n", "    weight: »heavy\n");
        yield return Case("text where a number is expected (min_coverage)", ["ECO0104"], "min_coverage: 0.7", "min_coverage: »七成");
        yield return Case("text where a number is expected (goalpost)", ["ECO0104"], "low: 0, high: 5", "low: »zero, high: 5");
        yield return Case("text where a number is expected (threshold)", ["ECO0104"], "{ min: 90 }", "{ min: »九十 }");
        yield return Case("number where a direction is expected", ["ECO0104"], "    direction: higher\n", "    direction: »1\n");
        yield return Case("number where a period kind is expected", ["ECO0104"], "period: year", "period: »2024");
        yield return Case("list where text is expected", ["ECO0104"], "id: test-rules", "id: »[a, b]");
        yield return Case("mapping where a list is expected", ["ECO0104"], "bounds: [0, 100]", "bounds: »{ lower: 0 }");
        yield return Case("three bounds", ["ECO0104"], "bounds: [0, 100]", "bounds: »[0, 50, 100]");
        yield return Case("unknown measure kind", ["ECO0104"], "kind: finding_severity", "kind: »finding_severty");
        yield return Case("unknown measure kind with the keys of the intended kind", ["ECO0104"],
            "kind: meeting_completion, types", "kind: »meeting_count, types");
        yield return Case("unknown normalisation method", ["ECO0104"], "{ method: goalposts, low: 0, high: 1 }", "{ method: »linear, low: 0, high: 1 }");
        yield return Case("veto with both force and cap", ["ECO0104"],
            "  - id: no_org_life\n", "  - »id: no_org_life\n", "      force: 落后\n", "      force: 落后\n      cap: 中间\n");
        yield return Case("veto with neither force nor cap", ["ECO0104"], "  - id: form4\n", "  - »id: form4\n", "      cap: 中间\n", string.Empty);
        yield return Case("veto with an unknown tier", ["ECO0104"], "force: 落后", "force: »很差");
        yield return Case("condition with two kinds", ["ECO0104"],
            "{ indicator: org_life, below: 0.5 }", "»{ indicator: org_life, fact: satisfaction, below: 0.5 }");
        yield return Case("any with no condition", ["ECO0104"],
            "{ any: [ { indicator: org_life, below: 0.5 }, { count: { meetings: { type: org_life_review } }, below: 1 } ] }", "{ any: »[ ] }");
        yield return Case("tie_break key of an unknown kind", ["ECO0104"], "dimension.conduct", "»conduct");
        yield return Case("open is not a flag", ["ECO0104"], "overdue: true, open: true", "overdue: true, open: »maybe");

        // ECO0203 unknown codes, at the code.
        yield return Case("unknown meeting type in types", ["ECO0203"], "types: [general_assembly, committee]", "types: [general_assembly, »party_meeting]");
        yield return Case("unknown meeting type in a count condition", ["ECO0203"], "type: org_life_review", "type: »review");
        yield return Case("unknown role", ["ECO0203"], "role: committee", "role: »班长");
        yield return Case("unknown finding source", ["ECO0203"], "form: 4, role: committee", "form: 4, source: [巡察, »媒体]");

        // ECO0330 annual windows: a word not known, or a window where it changes nothing, at the value.
        yield return Case("unknown annual window on a veto", ["ECO0330"], "      force: 落后\n", "      window: »fortnightly\n      force: 落后\n");
        yield return Case("annual window on an indicator not measured by annual_review", ["ECO0330"],
            "    weight: 10\n", "    weight: 10\n        window: »year_to_date\n");
        yield return Case("annual window on a veto that counts no meetings", ["ECO0330"],
            "      cap: 中间\n", "      cap: 中间\n      window: »rolling_12_months\n");
    }

    [TestCaseSource(nameof(BrokenRules))]
    public void EachBrokenRuleFileGivesTheLocatedErrors(string[] codes, string[] edits)
    {
        var (text, marks) = RuleText.Edit(edits);
        var (loaded, bag) = RuleText.Read(text);
        Assert.That(RuleText.ErrorsByPosition(bag), Is.EqualTo(RuleText.Expected(marks, codes)), Diag.Dump(bag) + "\n---\n" + text);
        Assert.That(loaded, Is.Null);
    }

    private static IEnumerable<TestCaseData> SyntaxErrors()
    {
        yield return new TestCaseData("unclosed double quote", new[] { "name: 测试规则\n", "name: »\"测试规则\n" }).SetName("YAML syntax: unclosed quote");
        yield return new TestCaseData("mapping value inside a plain scalar", new[] { "name: 测试规则\n", "name: 测试规则»: 二\n" }).SetName("YAML syntax: colon inside a plain value");
        yield return new TestCaseData("key more indented than its siblings", new[] { "    weight: 30\n", "     weight»: 30\n" }).SetName("YAML syntax: bad indentation");
        yield return new TestCaseData("duplicate key", new[] { "name: 测试规则\n", "name: 测试规则\n»name: 又一个\n" }).SetName("YAML syntax: duplicate key");
    }

    /// <summary>A syntax error is ECO0101 at the place YamlDotNet stops, which must be on the offending line.</summary>
    [TestCaseSource(nameof(SyntaxErrors))]
    public void YamlSyntaxErrorsAreLocated(string what, string[] edits)
    {
        var (text, marks) = RuleText.Edit(edits);
        var (loaded, bag) = RuleText.Read(text);
        var errors = bag.Items.Where(d => d.Severity == Severity.Error).ToArray();
        Assert.That(errors.Select(d => d.Code), Is.EqualTo(new[] { "ECO0101" }), what + "\n" + Diag.Dump(bag));
        Assert.That(errors[0].Location!.File, Is.EqualTo(RuleText.File));
        Assert.That((errors[0].Location!.Line, errors[0].Location!.Column), Is.EqualTo(((int?)marks[0].Line, (int?)marks[0].Column)), Diag.Dump(bag));
        Assert.That(errors[0].Message, Does.StartWith("YAML 语法错误：").And.Not.Contain("Line:"), "the location is printed once, in front");
        Assert.That(errors[0].Render(Language.En), Does.StartWith("YAML syntax: ").And.Not.Contain("Line:"));
        Assert.That(loaded, Is.Null);
    }

    [Test]
    public void UnknownKeyMessageListsTheAllowedKeys()
    {
        var (text, marks) = RuleText.Edit("period: year\n", "period: year\n»colour: red\n");
        var (_, bag) = RuleText.Read(text);
        var error = bag.Items.Single();
        Assert.That(error.ToString(), Does.StartWith($"{RuleText.File}({marks[0].Line},1): error ECO0102: 规则集中有未知的键\"colour\"；可用的键："));
        Assert.That(error.ToString(Language.En), Does.StartWith($"{RuleText.File}({marks[0].Line},1): error ECO0102: unknown key 'colour' in the rule set; allowed: "));
        foreach (var key in new[] { "id", "name", "version", "period", "dimensions", "weighting", "aggregation", "adjustments", "rating", "rollup" })
        {
            Assert.That(error.Message, Does.Contain(key));
        }
    }

    [Test]
    public void UnknownIndicatorKeyMessageListsTheIndicatorKeys()
    {
        var (text, _) = RuleText.Edit("    weight: 10\n", "    wieght: 10\n");
        var (_, bag) = RuleText.Read(text);
        var allowed = bag.Items.Single().Message.Split("可用的键：")[1].Split("、");
        Assert.That(allowed, Is.EquivalentTo(new[] { "id", "name", "measure", "direction", "normalise", "weight", "window" }));
        var allowedEn = bag.Items.Single().Render(Language.En).Split("allowed: ")[1].Split(", ");
        Assert.That(allowedEn, Is.EquivalentTo(allowed));
    }

    [Test]
    public void AllProblemsAreReportedAtOnce()
    {
        var (text, marks) = RuleText.Edit(
            "period: year\n", "period: year\n»colour: red\n",
            "    weight: 30\n", "    weight: »heavy\n",
            "types: [general_assembly, committee]", "types: [general_assembly, »party_meeting]",
            "  - id: form4\n", "  - »id: form4\n", "      cap: 中间\n", "      cap: 中间\n      force: 落后\n");
        var (loaded, bag) = RuleText.Read(text);
        Assert.That(RuleText.ErrorsByPosition(bag), Is.EqualTo(RuleText.Expected(marks, ["ECO0102", "ECO0104", "ECO0203", "ECO0104"])), Diag.Dump(bag));
        Assert.That(loaded, Is.Null);
    }

    [Test]
    public void AnEmptyFileIsAMissingKeyAtTheStart()
    {
        var (loaded, bag) = RuleText.Read("# only a comment\n");
        Assert.That(bag.Items.Select(d => $"{d.Code} {Diag.Where(d)}"), Is.EqualTo(new[] { "ECO0103 test.yaml(1,1)" }));
        Assert.That(loaded, Is.Null);
    }
}
