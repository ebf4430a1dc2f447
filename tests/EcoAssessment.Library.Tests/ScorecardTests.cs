using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;
using NUnit.Framework;

namespace EcoAssessment.Library.Tests;

/// <summary>The façade as a script uses it: only public members (this project has no InternalsVisibleTo).</summary>
public sealed class ScorecardTests
{
    private static string Mini => Repo.PathOf("samples", "mini-12");

    private static RuleSet MiniRules => Scorecard.LoadRules(Path.Combine(Mini, "rules.yaml"));

    [Test]
    public void TheMiniSampleGivesItsHandCheckedResultsThroughTheFacade()
    {
        var rules = MiniRules;
        var assessment = Scorecard.Evaluate(Scorecard.LoadDataset(Mini, new DatasetLoadOptions { Rules = rules }), rules);
        var expected = File.ReadAllText(Path.Combine(Mini, "expected", "results.csv")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.That(assessment.ToCsv(), Is.EqualTo(expected));
    }

    [Test]
    public void ARuleSetChangedInCodeIsValidatedLikeAFile()
    {
        var rules = Scorecard.DefaultRules;
        var bad = rules with { Rating = rules.Rating with { Thresholds = new Thresholds(VanguardMin: 50, LaggardBelow: 80) } };
        var e = Assert.Throws<RuleSetException>(() => Plan.Create(bad));
        Assert.That(e!.Diagnostics.Select(d => (d.Code, d.Severity)), Does.Contain(("ECO0108", Severity.Error)), e.Message);
        Assert.That(Plan.Validate(bad), Is.Not.Empty);
        Assert.That(Plan.Validate(rules), Is.Empty);
    }

    [Test]
    public void AWeightChangedInCodeChangesTheScores()
    {
        var data = Scorecard.LoadDataset(Mini, new DatasetLoadOptions { Rules = MiniRules });
        var rules = MiniRules;
        var heavier = rules with
        {
            Dimensions = [.. rules.Dimensions.Select((d, i) => i == 0 ? d with { Weight = d.Weight * 4 } : d)],
        };
        var a = Plan.Create(rules).Run(data);
        var b = Plan.Create(heavier).Run(data);
        Assert.That(b.Results.Select(r => r.Score), Is.Not.EqualTo(a.Results.Select(r => r.Score)));
        Assert.That(b.Results.Select(r => r.BranchId).Order(), Is.EqualTo(a.Results.Select(r => r.BranchId).Order()));
    }

    [Test]
    public void ABrokenRuleFileThrowsWithItsLocatedProblems()
    {
        var e = Assert.Throws<RuleSetException>(() => Scorecard.ParseRules("id: x\nname: y\nversion: 1\nbogus: 1\n", "broken.yaml"));
        Assert.That(e!.Diagnostics, Is.Not.Empty);
        Assert.That(e.Diagnostics.All(d => d.Location?.File == "broken.yaml"), Is.True, e.Message);
        Assert.That(() => Scorecard.LoadRules(Repo.PathOf("no-such-rules.yaml")), Throws.TypeOf<RuleSetException>());
    }

    [Test]
    public void AMissingDatasetThrowsWithTheErrorCode()
    {
        var e = Assert.Throws<DatasetException>(() => Scorecard.LoadDataset(Repo.PathOf("samples", "no-such-dataset")));
        Assert.That(e!.Diagnostics.Single(d => d.Severity == Severity.Error).Code, Is.EqualTo("ECO0001"));
    }

    /// <summary>Every table but branches and findings: the case's dataset holds only those.</summary>
    private static readonly IReadOnlySet<InputTable> Partial =
        new HashSet<InputTable> { InputTable.Members, InputTable.Meetings, InputTable.Study, InputTable.Assessments, InputTable.Indicators };

    [Test]
    public void ATableTheRuleSetReadsIsNeverSilentlyAbsentUnlessAllowed()
    {
        var folder = Directory.CreateTempSubdirectory("eco-absent-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "branches.csv"), "branch_id,name,unit,members\nB1,一支部,机关,10\nB2,二支部,机关,8\n");
            File.WriteAllText(Path.Combine(folder, "findings.csv"), "finding_id,branch_id,date,form\nF1,B1,2024-05-01,1\n");
            var e = Assert.Throws<DatasetException>(() => Scorecard.LoadDataset(folder, new DatasetLoadOptions { Period = Period.Parse("2024") }));
            Assert.That(e!.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).Distinct(), Is.EqualTo(new[] { "ECO0270" }), e.Message);
            Assert.That(e.Message, Does.Contain("会议表（meetings）"));
            var data = Scorecard.LoadDataset(folder, new DatasetLoadOptions { Period = Period.Parse("2024"), AllowMissing = Partial }, out var diagnostics);
            Assert.That(data, Is.Not.Null);
            Assert.That(diagnostics.Count(d => d.Code == "ECO0271"), Is.EqualTo(Partial.Count));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void ALenientForm3FindingLoadsOnlyUnderARuleSetThatAllowsIt()
    {
        var folder = Directory.CreateTempSubdirectory("eco-tolerance-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "branches.csv"), "branch_id,name,unit,members\nB1,一支部,机关,10\n");
            File.WriteAllText(Path.Combine(folder, "findings.csv"), "finding_id,branch_id,date,form,tolerance\nF1,B1,2024-05-01,3,从轻\n");
            var e = Assert.Throws<DatasetException>(() => Scorecard.LoadDataset(folder, new DatasetLoadOptions { Period = Period.Parse("2024"), AllowMissing = Partial }));
            Assert.That(e!.Diagnostics.Single(d => d.Severity == Severity.Error).Code, Is.EqualTo("ECO0241"), e.Message);
            var allowing = Scorecard.DefaultRules with { Tolerance = new ToleranceRules(LenientForm3: true) };
            Assert.That(Scorecard.LoadDataset(folder, new DatasetLoadOptions { Period = Period.Parse("2024"), Rules = allowing, AllowMissing = Partial }), Is.Not.Null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void AQuarterUnderAYearlyRuleSetReportsTheWarning()
    {
        Scorecard.LoadDataset(Repo.PathOf("samples", "provincial-eco-2024"), new DatasetLoadOptions { Period = Period.Parse("2024Q2") }, out var diagnostics);
        Assert.That(diagnostics.Select(d => d.Code), Does.Contain("ECO0258"));
    }

    [Test]
    public void ToPreviousCarriesRatingsIntoTheNextPeriod()
    {
        var sample = Repo.PathOf("samples", "provincial-eco-2024");
        var q1 = Scorecard.Evaluate(Scorecard.LoadDataset(sample, new DatasetLoadOptions { Period = Period.Parse("2024Q1") }));
        var q2 = Scorecard.Evaluate(Scorecard.LoadDataset(sample, new DatasetLoadOptions { Period = Period.Parse("2024Q2") }), previous: q1.ToPrevious());
        Assert.That(q2.Results.All(r => r.PreviousRating == q1.Find(r.BranchId)!.Rating), Is.True);
        Assert.That(q2.Results.Where(r => r.Rating != Rating.Unrated).All(r => r.Transition is "up" or "down" or "same"), Is.True);
    }

    [Test]
    public void PreviousRatingsOfTheSameOrALaterPeriodAreRefused()
    {
        var sample = Repo.PathOf("samples", "provincial-eco-2024");
        var q1 = Scorecard.LoadDataset(sample, new DatasetLoadOptions { Period = Period.Parse("2024Q1") });
        var q2 = Scorecard.Evaluate(Scorecard.LoadDataset(sample, new DatasetLoadOptions { Period = Period.Parse("2024Q2") }));
        var e = Assert.Throws<ArgumentException>(() => Scorecard.Evaluate(q1, previous: q2.ToPrevious()));
        Assert.That(e!.Message, Does.Contain("error ECO0281").And.Contain("考核期是 2024Q2，不早于本次考核期 2024Q1"));
        Assert.That(e.ParamName, Is.EqualTo("previous"));
    }

    [Test]
    public void ExplainNamesTheBranchAndRejectsAnUnknownOne()
    {
        var rules = MiniRules;
        var a = Scorecard.Evaluate(Scorecard.LoadDataset(Mini, new DatasetLoadOptions { Rules = rules }), rules);
        var first = a.Results[0];
        Assert.That(a.Explain(first.BranchId, Language.En), Does.Contain(first.BranchId).And.Contain("Indicators").And.Not.Contain("原始值"));
        Assert.That(a.Explain(first.BranchId), Does.Contain(first.BranchId).And.Contain("一、指标").And.Not.Contain("Indicators"));
        Assert.That(() => a.Explain("NO-SUCH"), Throws.ArgumentException);
    }

    [Test]
    public void SavePicksTheFormatByExtensionAndJsonNamesTheRuleFile()
    {
        var rules = MiniRules;
        var a = Scorecard.Evaluate(Scorecard.LoadDataset(Mini, new DatasetLoadOptions { Rules = rules }), rules);
        var dir = Directory.CreateTempSubdirectory("eco-lib-");
        try
        {
            foreach (var ext in new[] { ".csv", ".json", ".md", ".xlsx" })
            {
                a.Save(Path.Combine(dir.FullName, "out" + ext));
            }

            Assert.That(File.ReadAllText(Path.Combine(dir.FullName, "out.csv")), Is.EqualTo(a.ToCsv()));
            Assert.That(a.ToJson(), Does.Contain("\"source\": \"rules.yaml\"").And.Contain("meetings.csv"));
            var inCode = Plan.Create(rules with { Version = "changed" }).Run(Scorecard.LoadDataset(Mini, new DatasetLoadOptions { Rules = rules }));
            Assert.That(inCode.ToJson(), Does.Contain("\"sha256\": null"));
            Assert.That(new FileInfo(Path.Combine(dir.FullName, "out.xlsx")).Length, Is.GreaterThan(1000));
            Assert.That(() => a.Save(Path.Combine(dir.FullName, "out.txt")), Throws.ArgumentException);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
