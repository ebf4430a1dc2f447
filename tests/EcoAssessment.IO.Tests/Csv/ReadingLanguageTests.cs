using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Previous;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Csv;

/// <summary>
/// The readers' messages come from the catalogue: a bad input reads in Chinese by default and in English when rendered
/// with <see cref="Language.En"/>; values, headers, keys and codes are quoted as written in both.
/// </summary>
public class ReadingLanguageTests
{
    private static Diagnostic Single(DiagnosticBag bag, DiagnosticCode code) =>
        bag.Items.Single(d => d.Code == code.Id);

    [Test]
    public void ABadDateIsChineseByDefaultAndEnglishOnRequest()
    {
        using var ds = new TempDataset().WithFile("meetings.csv",
            "branch_id,type,date\nB1,general_assembly,2024-03-07\nB2,committee,not-a-date-1\n");
        var (result, bag) = ds.Read();
        Assert.That(result.Dataset, Is.Null);
        var error = Single(bag, DiagnosticCodes.BadDate);
        Assert.That(error.Message, Is.EqualTo("\"not-a-date-1\"不是日期；请写成 2024-03-07（也可写 2024/3/7、2024.3.7、2024年3月7日）"));
        Assert.That(error.Render(Language.En), Is.EqualTo("'not-a-date-1' is not a date; write 2024-03-07 (also 2024/3/7, 2024.3.7, 2024年3月7日)"));
        Assert.That(error.ToString(), Does.EndWith("(3,date): error ECO0201: " + error.Message), "the printed form keeps its code and severity word");
    }

    [Test]
    public void AFlagACodeAndACountReadInBothLanguages()
    {
        using var ds = new TempDataset().WithFile("meetings.csv",
            "branch_id,type,date,attendees,theme_day\nB1,party_meeting,2024-03-07,-2,maybe\n");
        var (_, bag) = ds.Read();
        var flag = Single(bag, DiagnosticCodes.BadFlag);
        Assert.That(flag.Message, Is.EqualTo("\"maybe\"不是是否值；请填写 是/否、√/×、Y/N、1/0 或 true/false"));
        Assert.That(flag.Render(Language.En), Is.EqualTo("'maybe' is not a yes/no value; write 是/否, √/×, Y/N, 1/0 or true/false"));
        var code = Single(bag, DiagnosticCodes.UnknownCode);
        Assert.That(code.Message, Does.StartWith("\"party_meeting\"不是有效的会议类型；请用以下之一：支部党员大会（general_assembly）、支委会（committee）、"));
        Assert.That(code.Render(Language.En), Does.StartWith("'party_meeting' is not a meeting type; use one of general_assembly (支部党员大会), committee (支委会), "));
        var count = Single(bag, DiagnosticCodes.OutOfRange);
        Assert.That(count.Message, Is.EqualTo("\"-2\"为负数；\"attendees\"是人数或项数，须为不小于 0 的整数"));
        Assert.That(count.Render(Language.En), Is.EqualTo("'-2' is negative; attendees counts people or items, a whole number ≥ 0"));
    }

    [Test]
    public void AnEmptyCellIsNamedByItsHeaderAsWritten()
    {
        using var ds = new TempDataset().WithFile("meetings.csv", "支部编号,类型,日期\n,支委会,2024-03-07\n");
        var (_, bag) = ds.Read();
        var error = Single(bag, DiagnosticCodes.MissingValue);
        Assert.That(Diag.Where(error), Is.EqualTo("meetings.csv(2,支部编号)"));
        Assert.That(error.Message, Is.EqualTo("\"支部编号\"为空；每一行都须填写"));
        Assert.That(error.Render(Language.En), Is.EqualTo("支部编号 is empty; every row needs it"));
    }

    [Test]
    public void AMissingColumnListsTheHeaderInEitherLanguage()
    {
        using var ds = new TempDataset().WithFile("meetings.csv", "branch_id,type\nB1,committee\n");
        var (_, bag) = ds.Read();
        var error = Single(bag, DiagnosticCodes.MissingColumn);
        Assert.That(error.Message, Does.StartWith("meetings 表缺少必填列 date（或 ").And.EndWith("；表头现有：branch_id、type"));
        Assert.That(error.Render(Language.En), Does.StartWith("meetings needs a column date (or ").And.EndWith("; the header has: branch_id, type"));
    }

    [Test]
    public void ARuleFileProblemNamesItsKeyInBothLanguages()
    {
        var (text, _) = RuleText.Edit("    weight: 30\n", "    weight: »heavy\n");
        var (_, bag) = RuleText.Read(text);
        var error = bag.Items.Single(d => d.Severity == Severity.Error);
        Assert.That(error.Message, Is.EqualTo("\"weight\"须是数字（例如 10 或 0.5），而不是\"heavy\""));
        Assert.That(error.Render(Language.En), Is.EqualTo("weight must be a number (such as 10 or 0.5), not 'heavy'"));
    }

    [Test]
    public void APreviousRatingThatIsNotARatingReadsInBothLanguages()
    {
        using var ds = new TempDataset().Text("prev.csv", "branch_id,rating\nB1,优秀\n");
        var bag = new DiagnosticBag();
        Assert.That(PreviousRatingsReader.Read(ds.PathOf("prev.csv"), bag), Is.Null);
        var error = Single(bag, DiagnosticCodes.UnknownCode);
        Assert.That(error.Message, Is.EqualTo("\"优秀\"不是评级；请填写先锋、中间、落后或未定级"));
        Assert.That(error.Render(Language.En), Is.EqualTo("'优秀' is not a rating; write 先锋, 中间, 落后 or 未定级"));
    }
}
