using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;
using static EcoAssessment.Tests.Support.TestRules;

namespace EcoAssessment.Tests.Stages.Rollup;

/// <summary>The unit red line for the 落后 share: more than 10 % and at least a count of 落后 branches (DOMAIN §5).</summary>
public class LaggardRedLineTests
{
    private static readonly RollupRules Bands = new("members", [new Band("绿", 85), new Band("黄", 75), new Band("橙", 60)]);

    /// <summary>A unit of 9 branches scoring 95, except <paramref name="laggards"/> of them at 50.</summary>
    private static UnitSummary Unit(int laggards, RollupRules? rollup = null)
    {
        var data = new TestData().Table(InputTable.Findings, InputTable.Meetings);
        for (var i = 1; i <= 9; i++)
        {
            var id = $"B{i}";
            data.Add(Branch(id, members: 10, unit: "U1")).Add(Value(id, "s", i <= laggards ? 50 : 95));
        }

        var rules = ScoreOnly() with { Rollup = rollup ?? Bands };
        var a = Plan.Create(rules).Run(data.Build(Period.Year(2024)));
        return EcoAssessment.Analysis.Rollup.Compute(a).Units.Single();
    }

    [Test]
    public void OneLaggardOfNineIsNoRedLine()
    {
        // Before: 1 of 9 = 11.1 % > 10 % made the unit 红 although its score is 90.
        var u = Unit(1);
        Assert.That(u.Ratings[EcoAssessment.Model.Rating.Laggard], Is.EqualTo(1));
        Assert.That(u.RedLines, Is.Empty);
        Assert.That(u.Health, Is.EqualTo("绿"));
    }

    [Test]
    public void TwoLaggardsOfNineAreARedLineWithTheShareAndTheCount()
    {
        var u = Unit(2);
        Assert.That(u.RedLines, Is.EqualTo(new[] { "laggard_share:22.2%>10% (2 of 9, at least 2)" }));
        Assert.That(u.Health, Is.EqualTo("红"));
        Assert.That(u.DescribeAlerts(Language.Zh), Is.EqualTo("红线：落后支部 2 个，占已定级支部 9 个的 22.2%，超过 10% 且不少于 2 个"));
        Assert.That(u.DescribeAlerts(Language.En), Is.EqualTo("red line: 2 of the 9 rated branches are 落后 (22.2%), above 10% and at least 2"));
    }

    [Test]
    public void TheCountIsDeclaredInTheRollupSection()
    {
        Assert.That(Unit(1, Bands with { LaggardMinCount = 1 }).RedLines, Is.EqualTo(new[] { "laggard_share:11.1%>10% (1 of 9, at least 1)" }));
        Assert.That(Unit(2, Bands with { LaggardMinCount = 3 }).RedLines, Is.Empty);
    }

    [Test]
    public void WithoutARollupSectionTheCountIsTwo() =>
        Assert.That(new RollupRules("members", []).LaggardMinCount, Is.EqualTo(2));
}
