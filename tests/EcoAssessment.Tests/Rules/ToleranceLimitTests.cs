using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Tests.Support;
using NUnit.Framework;
using static EcoAssessment.Tests.Support.R;
using static EcoAssessment.Tests.Support.TestRules;

namespace EcoAssessment.Tests.Rules;

/// <summary>
/// 容错 within its limits (DOMAIN.md §5): a form-3 or form-4 finding marked 容错免责 or 从轻/减轻 is an input error at its
/// tolerance cell, except a lenient form-3 finding under a rule set that allows it (tolerance: { lenient_form3: true }).
/// </summary>
public class ToleranceLimitTests
{
    private static SourceLocation RowOf(int row) => new()
    {
        File = "findings.csv",
        Line = row,
        Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["tolerance"] = "是否容错免责" },
    };

    private static DiagnosticBag Check(bool lenientForm3, params (int? Form, Tolerance Tolerance)[] findings)
    {
        var data = new TestData().Add(Branch("B1", members: 10));
        for (var i = 0; i < findings.Length; i++)
        {
            data.Add(Finding($"F{i + 1}", "B1", "2024-05-01", form: findings[i].Form, tolerance: findings[i].Tolerance, at: RowOf(i + 2)));
        }

        var rules = ScoreOnly() with { Tolerance = new ToleranceRules(lenientForm3) };
        var bag = new DiagnosticBag();
        DatasetChecks.CheckTolerance(rules, data.Build(Period.Year(2024)), bag);
        return bag;
    }

    [TestCase(3, Tolerance.Exempt, false)]
    [TestCase(3, Tolerance.Exempt, true)]
    [TestCase(4, Tolerance.Exempt, false)]
    [TestCase(4, Tolerance.Exempt, true)]
    [TestCase(4, Tolerance.Lenient, false)]
    [TestCase(4, Tolerance.Lenient, true)]
    public void AForm3Or4CaseIsNeverExemptAndAForm4CaseNeverLenient(int form, Tolerance tolerance, bool lenientForm3)
    {
        var bag = Check(lenientForm3, (form, tolerance));
        var d = bag.Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Severity, Is.EqualTo(Severity.Error));
            Assert.That(d.Code, Is.EqualTo("ECO0240"));
            Assert.That(d.Location?.ToString(), Is.EqualTo("findings.csv(2,是否容错免责)"), "the finding's row, the tolerance column as the file names it");
            Assert.That(d.Message, Does.Contain("问题「F1」为" + (form == 3 ? "第三种形态" : "第四种形态"))
                .And.Contain(tolerance == Tolerance.Exempt ? "「容错免责」" : "「从轻/减轻」")
                .And.Contain("不能容错免责或从轻").And.Contain("请更正形态").And.Contain("把「是否容错免责」改为「否」"));
        });
    }

    [Test]
    public void ALenientForm3CaseIsAnErrorUnlessTheRuleSetAllowsIt()
    {
        var refused = Check(false, (3, Tolerance.Lenient)).Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That(refused.Severity, Is.EqualTo(Severity.Error));
            Assert.That(refused.Code, Is.EqualTo("ECO0241"));
            Assert.That(refused.Location?.ToString(), Is.EqualTo("findings.csv(2,是否容错免责)"));
            Assert.That(refused.Message, Does.Contain("问题「F1」为第三种形态，不能标为「从轻/减轻」").And.Contain("tolerance: { lenient_form3: true }"));
            Assert.That(Check(true, (3, Tolerance.Lenient)).Items, Is.Empty, "allowed by the rule set");
        });
    }

    [Test]
    public void Form1And2CasesAndRectificationItemsKeepTheirTolerance()
    {
        var bag = Check(false, (1, Tolerance.Exempt), (2, Tolerance.Exempt), (1, Tolerance.Lenient), (2, Tolerance.Lenient),
            (null, Tolerance.Exempt), (3, Tolerance.None), (4, Tolerance.None));
        Assert.That(bag.Items, Is.Empty, string.Join("\n", bag.Items));
    }

    [Test]
    public void EveryRefusedFindingIsReportedInRowOrder()
    {
        var bag = Check(false, (4, Tolerance.Exempt), (2, Tolerance.Exempt), (3, Tolerance.Lenient), (3, Tolerance.Exempt));
        Assert.That(bag.Items.Select(d => (d.Code, d.Location?.Line)),
            Is.EqualTo(new[] { ("ECO0240", (int?)2), ("ECO0241", 4), ("ECO0240", 5) }));
    }

    [Test]
    public void TheDefaultRuleSetAllowsNothingBeyondTheRule()
    {
        Assert.That(ScoreOnly().Tolerance.LenientForm3, Is.False);
    }
}
