using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Stages.Comparison;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;

namespace EcoAssessment.Tests.Stages.PeriodResolution;

/// <summary>--previous must be of an earlier period than the one rated.</summary>
public class PreviousPeriodCheckTests
{
    private static PreviousRatings Previous(string? label) =>
        new(label, null, new Dictionary<string, PreviousRating> { ["B1"] = new(EcoAssessment.Model.Rating.Laggard) });

    private static DiagnosticBag Check(string rated, string? previous)
    {
        var bag = new DiagnosticBag();
        PreviousPeriodCheck.Check(P(rated), Previous(previous), "previous.csv", bag);
        return bag;
    }

    [TestCase("2024", "2023")]
    [TestCase("2024Q2", "2024Q1")]
    [TestCase("2024Q1", "2023")]
    [TestCase("2024", "2023-07-01..2024-06-30")]
    public void AnEarlierPeriodIsAccepted(string rated, string previous) =>
        Assert.That(Check(rated, previous).Items, Is.Empty);

    [Test]
    public void TheSamePeriodIsAnErrorNamingTheFileAndBothPeriods()
    {
        var d = Check("2024", "2024").Items.Single();
        Assert.That((d.Code, d.Severity), Is.EqualTo(("ECO0281", Severity.Error)));
        Assert.That(d.Location, Is.EqualTo(SourceLocation.InFile("previous.csv")));
        Assert.That(d.Message, Does.Contain("「previous.csv」的考核期是 2024，与本次考核期 2024 相同"));
        Assert.That(d.Render(Language.En), Does.Contain("'previous.csv' are of the period 2024, the same as the period rated, 2024"));
    }

    [TestCase("2023", "2024")]
    [TestCase("2024Q4", "2024")]
    [TestCase("2024", "2024H2")]
    [TestCase("2024Q1", "2024Q2")]
    public void ALaterOrOverlappingPeriodIsAnError(string rated, string previous)
    {
        var d = Check(rated, previous).Items.Single();
        Assert.That((d.Code, d.Severity), Is.EqualTo(("ECO0281", Severity.Error)));
        Assert.That(d.Message, Does.Contain($"考核期是 {previous}，不早于本次考核期 {rated}"));
    }

    [Test]
    public void AFileWithoutAPeriodIsAWarning()
    {
        var d = Check("2024", null).Items.Single();
        Assert.That((d.Code, d.Severity), Is.EqualTo(("ECO0282", Severity.Warning)));
        Assert.That(d.Message, Does.Contain("「previous.csv」没有考核期").And.Contain("本次考核期 2024"));
    }

    [Test]
    public void APeriodThatCannotBeReadIsAWarning()
    {
        var d = Check("2024", "去年").Items.Single();
        Assert.That((d.Code, d.Severity), Is.EqualTo(("ECO0282", Severity.Warning)));
        Assert.That(d.Message, Does.Contain("考核期「去年」无法识别"));
    }

    [Test]
    public void OutputsShowThePreviousPeriodOrThatItIsNotStated()
    {
        Assert.That(PreviousPeriodCheck.Beside(Previous("2023"), Language.Zh), Is.EqualTo("上一期 2023"));
        Assert.That(PreviousPeriodCheck.Beside(Previous(null), Language.En), Is.EqualTo("previous period not stated"));
        Assert.That(PreviousPeriodCheck.Beside(null, Language.Zh), Is.Empty);
    }
}
