using System.Security.Cryptography;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Yaml;

/// <summary>What the rule reader accepts and what it builds.</summary>
public class RuleSetReaderTests
{
    private static RuleSet ReadOk(string text)
    {
        var (loaded, bag) = RuleText.Read(text);
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(loaded, Is.Not.Null);
        return loaded!.Rules;
    }

    private static VetoRule Veto(RuleSet rules, string id) => rules.Rating.Vetoes.Single(v => v.Id == id);

    [Test]
    public void TheBaseRulesReadAndBuild()
    {
        var rules = ReadOk(RuleText.Base);
        Assert.That(rules.Id, Is.EqualTo("test-rules"));
        Assert.That(rules.Dimensions.Select(d => (d.Id, d.Weight, d.Indicators.Count)), Is.EqualTo(new[] { ("political", 30.0, 1), ("conduct", 20.0, 1) }));
        var measure = (MeetingCompletionMeasure)rules.Dimensions[0].Indicators[0].Measure;
        Assert.That(measure.Types, Is.EqualTo(new[] { MeetingType.GeneralAssembly, MeetingType.Committee }));
        Assert.That(rules.Rating.Thresholds.VanguardMin, Is.EqualTo(90m));
        Assert.That(rules.Rating.Thresholds.LaggardBelow, Is.EqualTo(60m));
        var bag = new DiagnosticBag();
        Assert.That(Plan.Build(rules, bag), Is.Not.Null, Diag.Dump(bag));
    }

    [Test]
    public void ToleranceLenientForm3IsReadAndOffByDefault()
    {
        Assert.That(ReadOk(RuleText.Base).Tolerance.LenientForm3, Is.False, "without tolerance: nothing beyond the rule");
        var (text, marks) = RuleText.Edit("adjustments:\n", "tolerance: »{ lenient_form3: true }\nadjustments:\n");
        var rules = ReadOk(text);
        Assert.That(rules.Tolerance.LenientForm3, Is.True);
        Assert.That(rules.Tolerance.Location, Is.EqualTo(SourceLocation.At(RuleText.File, marks[0].Line, marks[0].Column)));
        Assert.That(ReadOk(RuleText.Edit("adjustments:\n", "tolerance: { lenient_form3: 否 }\nadjustments:\n").Text).Tolerance.LenientForm3, Is.False);
    }

    [Test]
    public void ToleranceAllowsNothingButLenientForm3()
    {
        var (text, marks) = RuleText.Edit("adjustments:\n", "tolerance: { »exempt_form3: true }\nadjustments:\n");
        var (loaded, bag) = RuleText.Read(text);
        Assert.That(loaded, Is.Null);
        Assert.That(RuleText.ErrorsByPosition(bag), Is.EqualTo(RuleText.Expected(marks, ["ECO0102"])));
        Assert.That(bag.Items[0].Message, Does.Contain("lenient_form3"), "the message lists the one key allowed");
    }

    [Test]
    public void RecordsCarryTheLocationOfTheirNode()
    {
        var (text, marks) = RuleText.Edit("  - id: org_life\n", "  - »id: org_life\n", "when: { finding: { form: 4, role: committee } }", "when: »{ finding: { form: 4, role: committee } }");
        var rules = ReadOk(text);
        var indicator = rules.Dimensions[0].Indicators[0];
        Assert.That(indicator.Location, Is.EqualTo(SourceLocation.At(RuleText.File, marks[0].Line, marks[0].Column)));
        Assert.That(Veto(rules, "form4").When.Location, Is.EqualTo(SourceLocation.At(RuleText.File, marks[1].Line, marks[1].Column)));
    }

    [Test]
    public void RoleCommitteeExpandsToTheWholeCommittee()
    {
        var rules = ReadOk(RuleText.Base);
        var filter = ((FindingCondition)Veto(rules, "form4").When).Filter;
        Assert.That(filter.Roles, Is.EquivalentTo(new[] { MemberRole.Secretary, MemberRole.DeputySecretary, MemberRole.Committee }));
        Assert.That(filter.Form!.Values, Is.EqualTo(new[] { 4 }));
    }

    [TestCase("secretary", new[] { MemberRole.Secretary })]
    [TestCase("书记", new[] { MemberRole.Secretary })]
    [TestCase("[unit_leader, 班子成员]", new[] { MemberRole.UnitLeader })]
    [TestCase("[committee, secretary]", new[] { MemberRole.Secretary, MemberRole.DeputySecretary, MemberRole.Committee })]
    public void RolesInAFindingFilter(string role, MemberRole[] expected)
    {
        var rules = ReadOk(RuleText.Base.Replace("role: committee", $"role: {role}", StringComparison.Ordinal));
        Assert.That(((FindingCondition)Veto(rules, "form4").When).Filter.Roles, Is.EquivalentTo(expected));
    }

    [Test]
    public void ChineseCodesAreAcceptedInConditionsAndMeasures()
    {
        var text = RuleText.Base
            .Replace("types: [general_assembly, committee]", "types: [支部党员大会, 支委会, 微型党课]", StringComparison.Ordinal)
            .Replace("{ meetings: { type: org_life_review } }", "{ meetings: { type: [组织生活会, 民主评议党员] } }", StringComparison.Ordinal)
            .Replace("{ finding: { form: 4, role: committee } }",
                "{ finding: { form: { min: 3 }, source: [督察, 巡察], category: 八项规定, tolerance: [否, 容错免责, 从轻], responsibility: 纪委, open: 是 } }",
                StringComparison.Ordinal)
            .Replace("force: 落后", "force: laggard", StringComparison.Ordinal);
        var rules = ReadOk(text);

        var measure = (MeetingCompletionMeasure)rules.Dimensions[0].Indicators[0].Measure;
        Assert.That(measure.Types, Is.EqualTo(new[] { MeetingType.GeneralAssembly, MeetingType.Committee, MeetingType.Lecture }));

        var any = (AnyCondition)Veto(rules, "no_org_life").When;
        var count = (CountCondition)any.Conditions[1];
        Assert.That(((MeetingFilter)count.Filter).Types, Is.EqualTo(new[] { MeetingType.OrgLifeReview, MeetingType.MemberReview }));
        Assert.That(count.Comparison, Is.EqualTo(new Comparison(Below: 1)));
        Assert.That(Veto(rules, "no_org_life").Tier, Is.EqualTo(Rating.Laggard));

        var f = ((FindingCondition)Veto(rules, "form4").When).Filter;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((f.Form!.Min, f.Form.Max, f.Form.Values), Is.EqualTo(((int?)3, (int?)null, (IReadOnlyList<int>?)null)));
            Assert.That(f.Sources, Is.EqualTo(new[] { FindingSource.Inspection, FindingSource.Patrol }));
            Assert.That(f.Categories, Is.EqualTo(new[] { FindingCategory.EightRules }));
            Assert.That(f.Tolerances, Is.EqualTo(new[] { Tolerance.None, Tolerance.Exempt, Tolerance.Lenient }));
            Assert.That(f.Responsibilities, Is.EqualTo(new[] { ResponsibleRole.Discipline }));
            Assert.That(f.Open, Is.True);
        }
    }

    [Test]
    public void EnglishTierAndThresholdNamesAreAccepted()
    {
        var rules = ReadOk(RuleText.Base.Replace("{ 先锋: { min: 90 }, 落后: { below: 60 } }", "{ vanguard: { min: 85.5 }, laggard: { below: 60 } }", StringComparison.Ordinal)
            .Replace("cap: 中间", "cap: middle", StringComparison.Ordinal));
        Assert.That(rules.Rating.Thresholds.VanguardMin, Is.EqualTo(85.5m));
        Assert.That((Veto(rules, "form4").Effect, Veto(rules, "form4").Tier), Is.EqualTo((VetoEffect.Cap, Rating.Middle)));
    }

    [Test]
    public void TheSha256IsOfTheLfNormalisedText()
    {
        var lf = RuleText.Base;
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.That(crlf, Does.Contain("\r\n"));
        var (a, _) = RuleText.Read(lf);
        var (b, _) = RuleText.Read(crlf);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lf)));
        Assert.That(a!.Sha256, Is.EqualTo(expected));
        Assert.That(b!.Sha256, Is.EqualTo(expected));
        Assert.That(a.Sha256, Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void TheSha256OfAFileDoesNotDependOnItsLineEnds()
    {
        var dir = Path.Combine(Path.GetTempPath(), "eco-io-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var lfPath = Path.Combine(dir, "lf.yaml");
            var crlfPath = Path.Combine(dir, "crlf.yaml");
            File.WriteAllBytes(lfPath, Encoding.UTF8.GetBytes(RuleText.Base));
            File.WriteAllBytes(crlfPath, Encoding.UTF8.GetBytes(RuleText.Base.Replace("\n", "\r\n", StringComparison.Ordinal)));
            var bag = new DiagnosticBag();
            var lf = RuleSetReader.ReadFile(lfPath, bag);
            var crlf = RuleSetReader.ReadFile(crlfPath, bag);
            Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
            Assert.That(crlf!.Sha256, Is.EqualTo(lf!.Sha256));
            Assert.That(lf.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lfPath)))));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void ADifferentRuleGivesADifferentSha256()
    {
        var (a, _) = RuleText.Read(RuleText.Base);
        var (b, _) = RuleText.Read(RuleText.Base.Replace("weight: 30", "weight: 31", StringComparison.Ordinal));
        Assert.That(b!.Sha256, Is.Not.EqualTo(a!.Sha256));
    }

    [Test]
    public void CrLfTextIsLocatedLikeLfText()
    {
        var (text, marks) = RuleText.Edit("    weight: 30\n", "    weight: »heavy\n");
        var (_, bag) = RuleText.Read(text.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.That(RuleText.ErrorsByPosition(bag), Is.EqualTo(RuleText.Expected(marks, ["ECO0104"])));
    }

    [Test]
    public void AMissingRuleFileIsEco0001()
    {
        var bag = new DiagnosticBag();
        var path = Path.Combine(Path.GetTempPath(), "eco-io-tests", Guid.NewGuid().ToString("N"), "none.yaml");
        Assert.That(RuleSetReader.ReadFile(path, bag), Is.Null);
        Assert.That(bag.Items.Select(d => $"{d.Code} {Diag.Where(d)}"), Is.EqualTo(new[] { "ECO0001 none.yaml" }));
    }
}
