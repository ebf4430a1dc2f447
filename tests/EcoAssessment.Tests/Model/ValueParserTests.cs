using EcoAssessment.Model;
using EcoAssessment.Tests.Support;
using NUnit.Framework;

namespace EcoAssessment.Tests.Model;

public class ValueParserTests
{
    [TestCase("2024-03-07")]
    [TestCase("2024/3/7")]
    [TestCase("2024/03/07")]
    [TestCase("2024.3.7")]
    [TestCase("2024.03.07")]
    [TestCase("2024年3月7日")]
    [TestCase("2024年03月07日")]
    [TestCase("  2024-03-07  ")]
    public void EveryAcceptedDateFormReadsAsTheSameDay(string text)
    {
        Assert.That(ValueParser.TryParseDate(text, allowMonth: false, out var date, out var monthOnly), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(2024, 3, 7)));
        Assert.That(monthOnly, Is.False);
    }

    [TestCase("2024-03")]
    [TestCase("2024/3")]
    [TestCase("2024.03")]
    [TestCase("2024年3月")]
    public void AMonthIsReadAsItsFirstDayOnlyWhenAllowed(string text)
    {
        Assert.That(ValueParser.TryParseDate(text, allowMonth: true, out var date, out var monthOnly), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(2024, 3, 1)));
        Assert.That(monthOnly, Is.True);

        Assert.That(ValueParser.TryParseDate(text, allowMonth: false, out _, out _), Is.False, "a month is not a date where a day is required");
    }

    [TestCase("2024-02-29", 2024, 2, 29)]
    [TestCase("2023-12-31", 2023, 12, 31)]
    [TestCase("2024-1-1", 2024, 1, 1)]
    public void ValidCalendarEdgesAreAccepted(string text, int y, int m, int d)
    {
        Assert.That(ValueParser.TryParseDate(text, false, out var date, out _), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(y, m, d)));
    }

    [TestCase("2024-02-30")]
    [TestCase("2023-02-29")]
    [TestCase("2024-04-31")]
    [TestCase("2024-13-01")]
    [TestCase("2024-00-10")]
    [TestCase("2024-03-00")]
    [TestCase("2024年2月30日")]
    [TestCase("24-03-07")]
    [TestCase("20240307")]
    [TestCase("07/03/2024")]
    [TestCase("2024-03-07-01")]
    [TestCase("2024-003-07")]
    [TestCase("2024-03-007")]
    [TestCase("2024-+3-07")]
    [TestCase("2024-03-07T10:00")]
    [TestCase("yesterday")]
    [TestCase("")]
    [TestCase("   ")]
    public void InvalidDatesAreRefused(string text)
    {
        Assert.That(ValueParser.TryParseDate(text, allowMonth: true, out _, out _), Is.False);
    }

    [TestCase("12", 12.0)]
    [TestCase("0.85", 0.85)]
    [TestCase("-3.5", -3.5)]
    [TestCase("1e3", 1000.0)]
    [TestCase(" 7 ", 7.0)]
    [TestCase("92%", 0.92)]
    [TestCase("92 %", 0.92)]
    [TestCase("100%", 1.0)]
    [TestCase("12.5%", 0.125)]
    public void NumbersAreReadInTheInvariantCultureAndPercentDividesBy100(string text, double expected)
    {
        Assert.That(ValueParser.TryParseNumber(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase("NaN")]
    [TestCase("nan")]
    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    [TestCase("∞")]
    [TestCase("1e400")]
    [TestCase("NaN%")]
    [TestCase("%")]
    [TestCase("")]
    [TestCase("1,000")]
    [TestCase("0,85")]
    [TestCase("12abc")]
    [TestCase("0x10")]
    public void NotANumberIsRefused(string text)
    {
        Assert.That(ValueParser.TryParseNumber(text, out var value), Is.False);
        Assert.That(value, Is.EqualTo(0.0), "a refused number leaves 0, never NaN");
    }

    [TestCase("3", 3)]
    [TestCase("3.0", 3)]
    [TestCase("0", 0)]
    [TestCase(" 12 ", 12)]
    public void CountsAreWholeNumbersAtLeastZero(string text, int expected)
    {
        Assert.That(ValueParser.TryParseCount(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("-1")]
    [TestCase("2.5")]
    [TestCase("50%")]
    [TestCase("NaN")]
    [TestCase("three")]
    [TestCase("1e12")]
    public void CountsRefuseNegativeFractionalPercentAndHugeValues(string text)
    {
        Assert.That(ValueParser.TryParseCount(text, out _), Is.False);
    }

    [TestCase("是", true)]
    [TestCase("否", false)]
    [TestCase("√", true)]
    [TestCase("×", false)]
    [TestCase("Y", true)]
    [TestCase("N", false)]
    [TestCase("y", true)]
    [TestCase("n", false)]
    [TestCase("yes", true)]
    [TestCase("No", false)]
    [TestCase("1", true)]
    [TestCase("0", false)]
    [TestCase("true", true)]
    [TestCase("FALSE", false)]
    [TestCase("True", true)]
    [TestCase("有", true)]
    [TestCase("无", false)]
    [TestCase("✓", true)]
    [TestCase("✗", false)]
    [TestCase(" 是 ", true)]
    public void EveryFlagSpellingIsAccepted(string text, bool expected)
    {
        Assert.That(ValueParser.TryParseFlag(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("maybe")]
    [TestCase("2")]
    [TestCase("-1")]
    [TestCase("是的")]
    [TestCase("1.0")]
    public void AnythingElseIsNotAFlag(string text)
    {
        Assert.That(ValueParser.TryParseFlag(text, out _), Is.False);
    }

    [TestCase("２０２４－０３－０７", "2024-03-07")]
    [TestCase("２０２４年３月７日", "2024-03-07")]
    [TestCase("２０２４／３／７", "2024-03-07")]
    public void FullWidthDatesParseOnceFolded(string text, string iso)
    {
        Assert.That(ValueParser.TryParseDate(TextNormaliser.Fold(text), false, out var date, out _), Is.True);
        Assert.That(date, Is.EqualTo(R.D(iso)));
    }

    [TestCase("９２％", 0.92)]
    [TestCase("１２．５", 12.5)]
    [TestCase("　８　", 8.0)]
    public void FullWidthNumbersParseOnceFolded(string text, double expected)
    {
        Assert.That(ValueParser.TryParseNumber(TextNormaliser.Fold(text), out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected).Within(1e-12));
    }

    [TestCase("３", 3)]
    [TestCase("１０", 10)]
    public void FullWidthCountsParseOnceFolded(string text, int expected)
    {
        Assert.That(ValueParser.TryParseCount(TextNormaliser.Fold(text), out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("Ｙ", true)]
    [TestCase("Ｎ", false)]
    [TestCase("１", true)]
    [TestCase("ｔｒｕｅ", true)]
    public void FullWidthFlagsParseOnceFolded(string text, bool expected)
    {
        Assert.That(ValueParser.TryParseFlag(TextNormaliser.Fold(text), out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }
}
