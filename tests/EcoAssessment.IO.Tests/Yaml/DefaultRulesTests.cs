using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Yaml;

public class DefaultRulesTests
{
    private static readonly string[] DomainIds =
    [
        "org_life_completion", "theme_day_coverage", "attendance", "annual_review", "study_compliance", "study_hours",
        "study_form_diversity", "original_texts_share", "micro_lecture_share", "capability_items", "weighted_findings",
        "four_winds_findings", "rectification_on_time", "risk_point_coverage", "conduct_items", "performance_items",
        "special_task_share", "volunteer_hours", "public_service_events", "recognitions",
    ];

    [Test]
    public void TheEmbeddedDefaultIsValidAndFollowsDomainIds()
    {
        var loaded = RuleSetReader.ReadDefault();
        var bag = new DiagnosticBag();
        Assert.That(Plan.Build(loaded.Rules, bag), Is.Not.Null, string.Join("\n", bag.Items));
        Assert.That(loaded.Rules.Dimensions.Select(d => d.Id), Is.EqualTo(new[] { "political", "capability", "conduct", "responsibility" }));
        Assert.That(loaded.Rules.Dimensions.SelectMany(d => d.Indicators).Select(i => i.Id), Is.EquivalentTo(DomainIds));
        Assert.That(loaded.Rules.Dimensions.Select(d => d.Weight), Is.EqualTo(new[] { 30.0, 20.0, 30.0, 20.0 }));
        Assert.That(loaded.Rules.Dimensions.Select(d => d.Indicators.Sum(i => i.Weight)), Is.EqualTo(new[] { 30.0, 20.0, 30.0, 20.0 }),
            "DOMAIN.md §5: indicator weights add up to their dimension's weight");
    }

    [Test]
    public void TheShippedFileStartsWithTheSchemaComment()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "EcoAssessment.sln")))
        {
            root = root.Parent!;
        }

        var first = File.ReadLines(Path.Combine(root.FullName, "scoring-rules", "default.yaml")).First();
        Assert.That(first, Is.EqualTo("# yaml-language-server: $schema=schema/rules.schema.json"));
    }

    [Test]
    public void OriginalTextsHasItsOwnIndicatorWhoseWeightCameFromB2AndB2KeepsTheForm()
    {
        var rules = RuleSetReader.ReadDefault().Rules;
        var capability = rules.Dimensions.Single(d => d.Id == "capability");
        var b2 = capability.Indicators.Single(i => i.Id == "study_form_diversity");
        var own = capability.Indicators.Single(i => i.Id == "original_texts_share");
        Assert.Multiple(() =>
        {
            Assert.That(own.Measure, Is.InstanceOf<EcoAssessment.Rules.OriginalTextsShareMeasure>());
            Assert.That(own.Name, Is.EqualTo("读原著学原文"));
            Assert.That(b2.Weight + own.Weight, Is.EqualTo(4), "B2's former weight, shared");
            Assert.That(own.Weight, Is.GreaterThan(0));
            Assert.That(((EcoAssessment.Rules.StudyFormsMeasure)b2.Measure).Forms, Does.Contain(EcoAssessment.Model.StudyForm.OriginalTexts));
            Assert.That(capability.Weight, Is.EqualTo(20));
        });
    }

    [Test]
    public void D2AndD3AreDerivedFromTheRecordsUnlessTyped()
    {
        var indicators = RuleSetReader.ReadDefault().Rules.Dimensions.SelectMany(d => d.Indicators).ToDictionary(i => i.Id);
        Assert.Multiple(() =>
        {
            Assert.That(indicators["special_task_share"].Measure, Is.InstanceOf<EcoAssessment.Rules.SpecialTaskShareMeasure>());
            Assert.That(indicators["volunteer_hours"].Measure, Is.InstanceOf<EcoAssessment.Rules.VolunteerHoursMeasure>());
        });
    }
}
