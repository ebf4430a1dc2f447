using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Csv;

/// <summary>The bounds of <see cref="InputLimits"/>: a file, header or row beyond them is one located error, not a crash or a flood.</summary>
public class CsvReaderLimitTests
{
    private const string MeetingsHeader = "branch_id,type,date,meeting_id,attendees,expected,excused,theme_day,topic";

    [Test]
    public void AFileAboveTheSizeLimitIsNotReadAndIsNamed()
    {
        using var ds = new TempDataset().WithBaseline().Csv("meetings.csv", MeetingsHeader, "B1,general_assembly,2024-03-07,MT1,7,8,1,否," + new string('题', 500));
        var size = new FileInfo(ds.PathOf("meetings.csv")).Length;
        var (result, bag) = ds.Read(options: new CsvReadOptions { MaxFileBytes = size - 1 });
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0004 meetings.csv" }), Diag.Dump(bag));
        Assert.That(bag.Items.Single(d => d.Severity == Severity.Error).Message, Does.Contain(size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 字节").And.Contain("meetings-part1.csv"));
        Assert.That(result.Dataset, Is.Null);
    }

    [Test]
    public void AFileAtTheSizeLimitIsRead()
    {
        using var ds = new TempDataset().WithBaseline();
        var largest = ds.Folder is { } f ? Directory.EnumerateFiles(f).Max(p => new FileInfo(p).Length) : 0;
        var (result, bag) = ds.Read(options: new CsvReadOptions { MaxFileBytes = largest });
        Assert.That(bag.HasErrors, Is.False, Diag.Dump(bag));
        Assert.That(result.Dataset, Is.Not.Null);
    }

    [Test]
    public void ARowWithTooManyFieldsIsLocated()
    {
        var wide = "B1,general_assembly,2024-03-07" + string.Concat(Enumerable.Repeat(",", 20));
        using var ds = new TempDataset().WithBaseline().Csv("meetings.csv", MeetingsHeader, "B1,general_assembly,2024-03-07,MT1,7,8,1,否,", wide);
        var (result, bag) = ds.Read(options: new CsvReadOptions { MaxFields = 16 });
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0218 meetings.csv(3)" }), Diag.Dump(bag));
        Assert.That(bag.Items.Single(d => d.Severity == Severity.Error).Message, Does.Contain("该行有 23 个字段，超过每行上限 16 个"));
        Assert.That(result.Dataset, Is.Null);
    }

    [Test]
    public void AHeaderWithTooManyFieldsIsOneError()
    {
        using var ds = new TempDataset().WithBaseline().Csv("meetings.csv", MeetingsHeader + string.Concat(Enumerable.Range(1, 30).Select(i => $",x{i}")), "B1,general_assembly,2024-03-07");
        var (_, bag) = ds.Read(options: new CsvReadOptions { MaxFields = 32 });
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0218 meetings.csv(1)" }), Diag.Dump(bag));
    }

    [Test]
    public void ARowLongerThanTheDefaultLimitIsLocated()
    {
        var topic = new string('长', InputLimits.MaxRowChars);
        using var ds = new TempDataset().WithBaseline().Csv("meetings.csv", MeetingsHeader, "B1,general_assembly,2024-03-07,MT1,7,8,1,否,短", $"B2,committee,2024-04-02,MT2,3,3,0,是,{topic}");
        var (result, bag) = ds.Read();
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0218 meetings.csv(3)" }), Diag.Dump(bag));
        Assert.That(result.Dataset, Is.Null);
    }

    [Test]
    public void AnUnclosedQuoteAtTheStartOfALargeFileIsOneLocatedError()
    {
        var rows = string.Concat(Enumerable.Range(1, 50_000).Select(i => $"B1,general_assembly,2024-03-07,M{i},7,8,1,否,议题\n"));
        using var ds = new TempDataset().WithBaseline().Text("meetings.csv", MeetingsHeader + "\nB1,general_assembly,2024-03-07,M0,7,8,1,否,\"未闭合\n" + rows);
        var (_, bag) = ds.Read();
        var errors = Diag.Errors(bag);
        Assert.That(errors, Has.Length.EqualTo(1), Diag.Dump(bag));
        Assert.That(errors[0], Does.StartWith("ECO02").And.EndWith("meetings.csv(2)"));
        Assert.That(bag.Items.Single(d => d.Severity == Severity.Error).ToString(), Has.Length.LessThan(400), "the message does not quote the swallowed rows");
    }

    [Test]
    public void AHugeBadCellIsQuotedShortened()
    {
        var huge = new string('x', 100_000);
        using var ds = new TempDataset().WithBaseline().Csv("meetings.csv", MeetingsHeader, $"B1,general_assembly,{huge},MT1,7,8,1,否,");
        var (_, bag) = ds.Read();
        var error = bag.Items.Single(d => d.Severity == Severity.Error);
        Assert.That(Diag.Where(error), Is.EqualTo("meetings.csv(2,date)"));
        Assert.That(error.Message, Has.Length.LessThan(300).And.Contain("xxx…\""));
        Assert.That(error.Render(Language.En), Has.Length.LessThan(300).And.Contain("xxx…'"));
    }
}
