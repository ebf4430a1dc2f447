using EcoAssessment.Model;
using EcoAssessment.Rules;
using NUnit.Framework;

namespace EcoAssessment.Tests.Rules;

/// <summary>The days of an annual window and the share of the year gone by, for the periods a clerk runs.</summary>
public class AnnualWindowTests
{
    [TestCase("2024Q1", "2023-04-01")]
    [TestCase("2024Q3", "2023-10-01")]
    [TestCase("2024-02", "2023-03-01")] // 29 February: the 12 months end with it
    [TestCase("2024", "2024-01-01")]
    public void TheRollingWindowIsTheTwelveMonthsEndingOnThePeriodsLastDay(string period, string from) =>
        Assert.That(AnnualWindows.From(AnnualWindow.Rolling12Months, Period.Parse(period)), Is.EqualTo(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("2024Q1", 0.25, true)]
    [TestCase("2024Q2", 0.5, true)]
    [TestCase("2024Q3", 0.75, true)]
    [TestCase("2024Q4", 1.0, false)]
    [TestCase("2024H1", 0.5, true)]
    public void YearToDateStartsOnFirstJanuaryAndIsDueLaterUntilTheYearEnds(string label, double elapsed, bool dueLater)
    {
        var period = Period.Parse(label);
        Assert.That(AnnualWindows.From(AnnualWindow.YearToDate, period), Is.EqualTo(new DateOnly(2024, 1, 1)));
        Assert.That(AnnualWindows.YearElapsed(period), Is.EqualTo(elapsed).Within(1e-12));
        Assert.That(AnnualWindows.DueLater(AnnualWindow.YearToDate, period), Is.EqualTo(dueLater));
        Assert.That(AnnualWindows.DueLater(AnnualWindow.Rolling12Months, period), Is.False, "a rolling window has no 未到期");
    }

    [Test]
    public void TheWordsOfARuleFileAreTheWindowsInOrder() =>
        Assert.That(Enum.GetValues<AnnualWindow>().Select(AnnualWindows.Name), Is.EqualTo(new[] { "period", "rolling_12_months", "year_to_date" }));
}
