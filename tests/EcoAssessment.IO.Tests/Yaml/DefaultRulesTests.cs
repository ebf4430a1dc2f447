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
        "study_form_diversity", "micro_lecture_share", "capability_items", "weighted_findings",
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
}
