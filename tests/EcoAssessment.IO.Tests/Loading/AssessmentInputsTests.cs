using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Loading;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Loading;

/// <summary>The one path from a rule file and a dataset to a plan and a checked dataset.</summary>
public class AssessmentInputsTests
{
    private static string Sample => Path.Combine(Repo.Root, "samples", "provincial-eco-2024");

    [Test]
    public void TheDefaultRulesGiveAPlanAndTheDatasetIsCheckedAgainstThem()
    {
        var bag = new DiagnosticBag();
        var planned = AssessmentInputs.Plan((string?)null, bag);
        Assert.That(planned, Is.Not.Null);
        var read = AssessmentInputs.Dataset(planned!.Plan, Sample, Period.Parse("2024Q3"), new CsvReadOptions(), bag);
        Assert.That(read.Dataset, Is.Not.Null);
        Assert.That(bag.Items.Select(d => d.Code), Does.Contain(DiagnosticCodes.PeriodKindDiffers.Id), "a quarter under yearly rules is warned about");
    }

    [Test]
    public void AMissingRuleFileGivesNoPlan()
    {
        var bag = new DiagnosticBag();
        Assert.That(AssessmentInputs.Plan(Path.Combine(Repo.Root, "no-such-rules.yaml"), bag), Is.Null);
        Assert.That(bag.Items.Single().Code, Is.EqualTo(DiagnosticCodes.FileNotFound.Id));
    }

    [Test]
    public void ADatasetWithErrorsIsNotUsedAndNotChecked()
    {
        var bag = new DiagnosticBag();
        var plan = AssessmentInputs.Plan((string?)null, bag)!.Plan;
        var read = AssessmentInputs.Dataset(plan, Path.Combine(Repo.Root, "no-such-dataset"), Period.Parse("2024Q3"), new CsvReadOptions(), bag);
        Assert.That(read.Dataset, Is.Null);
        Assert.That(bag.HasErrors, Is.True);
        Assert.That(bag.Items.Select(d => d.Code), Does.Not.Contain(DiagnosticCodes.PeriodKindDiffers.Id));
    }
}
