using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Tests.Model;

public class PeriodTests
{
    [TestCase("2024", "2024-01-01", "2024-12-31", PeriodKind.Year, 12.0)]
    [TestCase("2024H1", "2024-01-01", "2024-06-30", PeriodKind.Half, 6.0)]
    [TestCase("2024h2", "2024-07-01", "2024-12-31", PeriodKind.Half, 6.0)]
    [TestCase("2024Q3", "2024-07-01", "2024-09-30", PeriodKind.Quarter, 3.0)]
    [TestCase("2024-03", "2024-03-01", "2024-03-31", PeriodKind.Month, 1.0)]
    [TestCase("2024-01-01..2024-06-30", "2024-01-01", "2024-06-30", PeriodKind.Range, 6.0)]
    public void ParsesEveryForm(string text, string start, string end, PeriodKind kind, double months)
    {
        Assert.That(Period.TryParse(text, out var p, out var error), Is.True, error);
        Assert.That(p.Start, Is.EqualTo(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(p.End, Is.EqualTo(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(p.Kind, Is.EqualTo(kind));
        Assert.That(p.Months, Is.EqualTo(months).Within(1e-12));
    }

    [Test]
    public void APartialMonthCountsItsCoveredDays() =>
        Assert.That(Period.TryParse("2024-01-01..2024-01-15", out var p, out _) ? p.Months : -1, Is.EqualTo(15.0 / 31).Within(1e-12));

    [TestCase("2024Q5")]
    [TestCase("24")]
    [TestCase("2024-13")]
    [TestCase("2024-06-30..2024-01-01")]
    [TestCase("spring")]
    public void RefusesWhatIsNotAPeriod(string text)
    {
        Assert.That(Period.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.Not.Null.And.Not.Empty);
        Assert.That(error, Is.EqualTo(Period.Problem(text)!.Render(Language.Zh)), "the string reason is the Chinese one");
    }

    [TestCase("spring", "「spring」不是考核期；请写成 2024、2024H1", "'spring' is not a period: write 2024, 2024H1")]
    [TestCase("2024-06-30..2024-01-01", "区间「2024-06-30..2024-01-01」的结束日期早于开始日期", "the range '2024-06-30..2024-01-01' ends before it starts")]
    [TestCase("2024-01-01..x", "「2024-01-01..x」不是由两个日期组成的区间", "'2024-01-01..x' is not a range of two ISO dates")]
    public void TheReasonIsWrittenInEitherLanguage(string text, string zh, string en)
    {
        var problem = Period.Problem(text);
        Assert.That(problem, Is.Not.Null);
        Assert.That(problem!.Render(Language.Zh), Does.StartWith(zh));
        Assert.That(problem.Render(Language.En), Does.StartWith(en));
        Assert.That(Period.Problem("2024Q3"), Is.Null, "a period has no problem");
        Assert.That(() => Period.Parse(text), Throws.TypeOf<FormatException>().With.Message.StartWith(zh), "the reason, in the default language");
    }
}
