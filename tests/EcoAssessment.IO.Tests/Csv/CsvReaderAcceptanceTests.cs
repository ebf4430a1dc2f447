using System.Security.Cryptography;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Csv;

/// <summary>What real files look like (DOMAIN.md §6) and the reader must accept without an error.</summary>
public class CsvReaderAcceptanceTests
{
    private static Dataset ReadOk(TempDataset ds, out DiagnosticBag bag, Period? period = null)
    {
        var (result, b) = ds.Read(period);
        bag = b;
        Assert.That(Diag.Errors(b), Is.Empty, Diag.Dump(b));
        Assert.That(result.Dataset, Is.Not.Null);
        return result.Dataset!;
    }

    private static BranchData Branch(Dataset d, string id) => d.Branches.Single(b => b.BranchId == id);

    [Test]
    public void TheBaselineReadsWithoutAnyDiagnostic()
    {
        using var ds = new TempDataset().WithBaseline();
        var data = ReadOk(ds, out var bag);
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(data.Period.Label, Is.EqualTo("2024"));
        Assert.That(data.Branches.Select(b => b.BranchId), Is.EqualTo(new[] { "B1", "B2" }));
        Assert.That(data.Tables, Is.EquivalentTo(Enum.GetValues<InputTable>()));
    }

    [Test]
    public void ChineseFileNamesHeadersAndCodesAreAccepted()
    {
        using var ds = new TempDataset()
            .Csv("支部.csv", "支部编号,支部名称,单位,类型", "B1,第一支部,生态环境局,联合支部", "B2,第二支部,生态环境局,临时党支部")
            .Csv("党员.csv", "党员编号,支部编号,人员类别,党内职务,本支部", "M1,B1,正式党员,书记,是", "M2,B1,预备,委员,√")
            .Csv("会议.csv", "支部编号,类型,日期,会议编号,实到,应到,请假,结合主题党日",
                "B1,支部党员大会,2024年3月7日,MT1,2,3,1,是", "B1,微型党课,2024/4/9,MT2,,,,否", "B2,支委会,2024.5.6,MT3,,,,×")
            .Csv("问题.csv", "问题编号,支部编号,日期,党员编号,形态,问题来源,问题类别,整改期限,办结日期,容错免责,责任主体",
                "F1,B1,2024-05-10,M1,1,巡察,八项规定,2024-06-30,,容错免责,书记")
            .Csv("考评.csv", "支部编号,考评项目,得分,满分", "B1,OR-01,8,10")
            .Csv("学习.csv", "党员编号,日期,学习形式,学时", "M1,2024-03,学习强国,2")
            .Csv("指标.csv", "支部编号,指标,数值", "B1,risk_point_coverage,92%")
            .Csv("单位.csv", "单位编号,单位名称,上级单位,排序,层级", "U0,省生态环境厅,,1,厅", "U1,生态环境局,省生态环境厅,1,市局");
        var data = ReadOk(ds, out var bag);
        Assert.That(bag.Items.Select(d => d.Code), Is.EqualTo(new[] { "ECO0256" }),
            "the one exempt finding of B1 is all its findings: the review warning, and nothing else");

        var b1 = Branch(data, "B1");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(b1.Record.Type, Is.EqualTo(BranchType.Joint));
            Assert.That(Branch(data, "B2").Record.Type, Is.EqualTo(BranchType.Temporary));
            Assert.That(b1.Memberships.Select(m => (m.MemberId, m.Status, m.Role, m.Home)), Is.EqualTo(new[]
            {
                ("M1", MemberStatus.Full, MemberRole.Secretary, true), ("M2", MemberStatus.Probationary, MemberRole.Committee, true),
            }));
            Assert.That(b1.MeetingRecords!.Select(m => (m.Type, m.Date, m.ThemeDay)), Is.EqualTo(new[]
            {
                (MeetingType.GeneralAssembly, new DateOnly(2024, 3, 7), true), (MeetingType.Lecture, new DateOnly(2024, 4, 9), false),
            }));
            Assert.That(Branch(data, "B2").MeetingRecords!.Single().Type, Is.EqualTo(MeetingType.Committee));
            var f = b1.Findings.Single();
            Assert.That((f.Form, f.Source, f.Category, f.Tolerance, f.Responsibility, f.DueDate, f.ClosedDate),
                Is.EqualTo((1, FindingSource.Patrol, FindingCategory.EightRules, Tolerance.Exempt, ResponsibleRole.Secretary, new DateOnly(2024, 6, 30), (DateOnly?)null)));
            Assert.That(b1.Assessments.Single().Score, Is.EqualTo(8));
            Assert.That(b1.MemberStudy["M1"].Hours, Is.EqualTo(2));
            Assert.That(b1.IndicatorValues["risk_point_coverage"], Is.EqualTo(0.92));
        }

        Assert.That(data.Tables, Is.EquivalentTo(Enum.GetValues<InputTable>()));
    }

    [Test]
    public void SeveralFilesOfOneTableAreAllRead()
    {
        using var ds = new TempDataset().Text("branches.csv", Baseline.Branches)
            .Csv("meetings-2024Q1.csv", "branch_id,type,date", "B1,general_assembly,2024-03-07", "B2,committee,2024-01-15")
            .Csv("meetings-2024Q2.csv", "branch_id,type,date", "B1,committee,2024-04-07")
            .Csv("会议_三季度.csv", "支部编号,类型,日期", "B1,支委会,2024-08-07");
        var (result, bag) = ds.Read();
        Assert.That(Diag.Errors(bag), Is.Empty, Diag.Dump(bag));
        Assert.That(Branch(result.Dataset!, "B1").MeetingRecords!.Select(m => m.Date.Month), Is.EquivalentTo(new[] { 3, 4, 8 }));
        Assert.That(Branch(result.Dataset!, "B2").Meetings.Total, Is.EqualTo(1));
        Assert.That(result.Files.Where(f => f.Table == "meetings").Select(f => Path.GetFileName(f.Path)),
            Is.EquivalentTo(new[] { "meetings-2024Q1.csv", "meetings-2024Q2.csv", "会议_三季度.csv" }));
    }

    [TestCase("meetings", "meetings")]
    [TestCase("会议", "meetings")]
    [TestCase("meetings-2024Q1", "meetings")]
    [TestCase("meetings_一季度", "meetings")]
    [TestCase("会议 2024", "meetings")]
    [TestCase("Branches", "branches")]
    [TestCase("支部", "branches")]
    [TestCase("指标", "indicators")]
    [TestCase("meetingsx", null)]
    [TestCase("notes", null)]
    [TestCase("会议纪要", null)]
    [TestCase("会议记录", "meetings")]
    [TestCase("执纪台账", "findings")]
    [TestCase("执纪台账_2024", "findings")]
    [TestCase("三会一课台账-一季度", "meetings")]
    [TestCase("党员花名册", "members")]
    [TestCase("支部名册", "branches")]
    [TestCase("双强双优考核", "assessments")]
    [TestCase("理论学习台账", "study")]
    public void TableOfAFileName(string fileName, string? table) =>
        Assert.That(CsvDatasetReader.TableOf(fileName)?.Name, Is.EqualTo(table));

    [Test]
    public void AUtf8BomIsSkipped()
    {
        using var ds = new TempDataset().WithBaseline();
        ds.Bytes("branches.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Baseline.Branches)]);
        var data = ReadOk(ds, out var bag);
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(data.Branches.Select(b => b.BranchId), Is.EqualTo(new[] { "B1", "B2" }));
    }

    [Test]
    public void AUtf8BomBeforeAQuotedHeaderIsSkipped()
    {
        using var ds = new TempDataset().WithBaseline();
        const string quoted = "\"branch_id\",\"name\",\"unit\"\n\"B1\",\"第一支部\",\"生态环境局\"\n\"B2\",\"第二支部\",\"生态环境局\"\n";
        ds.Bytes("branches.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(quoted)]);
        var data = ReadOk(ds, out var bag);
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(data.Branches.Select(b => b.Record.Name), Is.EqualTo(new[] { "第一支部", "第二支部" }));
    }

    /// <summary>
    /// DOMAIN.md §6: Excel's "CSV (逗号分隔)" on Chinese Windows writes code page 936 (GBK); the rule given there is
    /// BOM → UTF-8, valid UTF-8 → UTF-8, else GB18030. A clerk's export must read like its UTF-8 twin.
    /// </summary>
    [Test]
    public void AGbkFileFromChineseExcelIsRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        using var ds = new TempDataset()
            .Bytes("支部.csv", gb18030.GetBytes("支部编号,支部名称,单位\r\nB1,第一支部,生态环境局\r\nB2,第二支部,生态环境局\r\n"))
            .Bytes("会议.csv", gb18030.GetBytes("支部编号,类型,日期\r\nB1,支部党员大会,2024年3月7日\r\n"));
        var data = ReadOk(ds, out var bag);
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(Branch(data, "B1").Record.Name, Is.EqualTo("第一支部"));
        Assert.That(Branch(data, "B1").MeetingRecords!.Single().Type, Is.EqualTo(MeetingType.GeneralAssembly));
    }

    [Test]
    public void IdsAreTextLeadingZerosKept()
    {
        using var ds = new TempDataset().Csv("branches.csv", "branch_id,name,unit", "007,甲,单位", "7,乙,单位")
            .Csv("meetings.csv", "branch_id,type,date", "007,committee,2024-03-07");
        var data = ReadOk(ds, out _);
        Assert.That(data.Branches.Select(b => b.BranchId), Is.EqualTo(new[] { "007", "7" }));
        Assert.That(Branch(data, "007").Meetings.Total, Is.EqualTo(1));
        Assert.That(Branch(data, "7").Meetings.Total, Is.Zero);
    }

    [Test]
    public void CrLfLineEndsAreAccepted()
    {
        using var ds = new TempDataset().WithBaseline();
        ds.Text("meetings.csv", Baseline.Meetings.Replace("\n", "\r\n", StringComparison.Ordinal));
        var data = ReadOk(ds, out var bag);
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(Branch(data, "B1").MeetingRecords!.Single().Date, Is.EqualTo(new DateOnly(2024, 3, 7)));
    }

    [Test]
    public void TotalsRowsAndBlankSpacerRowsAreSkipped()
    {
        using var ds = new TempDataset().WithBaseline().Csv("meetings.csv",
            "branch_id,type,date,meeting_id,attendees,expected,excused,theme_day,topic",
            "B1,general_assembly,2024-03-07,MT1,7,8,1,否,",
            ",,,,,,,,",
            string.Empty,
            "  ,　, ,,,,,,",
            "B2,committee,2024-04-02,MT2,3,3,0,是,",
            "合计,,,,10,11,1,,",
            ",小计,,,10,11,,,",
            "总计,,,,10,11,1,,");
        var data = ReadOk(ds, out var bag);
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        Assert.That(data.Branches.Sum(b => b.Meetings.Total), Is.EqualTo(2));
    }

    [Test]
    public void FullWidthDigitsAndLettersAreFolded()
    {
        using var ds = new TempDataset().WithBaseline().Csv("meetings.csv",
            "branch_id,type,date,meeting_id,attendees,expected",
            "Ｂ１,general_assembly,２０２４－０３－０７,ＭＴ１,７,８",
            "　B2　,committee,２０２４年４月２日,MT2,３,３");
        var data = ReadOk(ds, out var bag);
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        var m = Branch(data, "B1").MeetingRecords!.Single();
        Assert.That((m.Date, m.MeetingId, m.Attendees, m.Expected), Is.EqualTo((new DateOnly(2024, 3, 7), "MT1", 7, 8)));
        Assert.That(Branch(data, "B2").MeetingRecords!.Single().Date, Is.EqualTo(new DateOnly(2024, 4, 2)));
    }

    [TestCase("92%", 0.92)]
    [TestCase("92 %", 0.92)]
    [TestCase("９２％", 0.92)]
    [TestCase("0.92", 0.92)]
    [TestCase("1.5e-1", 0.15)]
    [TestCase("-3", -3.0)]
    public void IndicatorValuesReadPercentAsAFraction(string cell, double expected)
    {
        using var ds = new TempDataset().WithFile("indicators.csv", $"branch_id,indicator,value\nB1,risk_point_coverage,{cell}\n");
        var data = ReadOk(ds, out _);
        Assert.That(Branch(data, "B1").IndicatorValues["risk_point_coverage"], Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void IndicatorsInLongAndWideFormReadTheSame()
    {
        using var longDs = new TempDataset().WithFile("indicators.csv",
            "branch_id,indicator,value\nB1,risk_point_coverage,92%\nB1,volunteer_hours,6.5\nB2,risk_point_coverage,0.8\n");
        using var wideDs = new TempDataset().WithFile("indicators.csv",
            "branch_id,risk_point_coverage,volunteer_hours\nB1,92%,6.5\nB2,0.8,\n");
        var longData = ReadOk(longDs, out var longBag);
        var wideData = ReadOk(wideDs, out var wideBag);
        Assert.That(longBag.Items, Is.Empty, Diag.Dump(longBag));
        Assert.That(wideBag.Items, Is.Empty, Diag.Dump(wideBag));
        foreach (var id in new[] { "B1", "B2" })
        {
            Assert.That(Branch(wideData, id).IndicatorValues, Is.EquivalentTo(Branch(longData, id).IndicatorValues), id);
        }

        Assert.That(Branch(wideData, "B1").IndicatorValues["risk_point_coverage"], Is.EqualTo(0.92));
        Assert.That(Branch(wideData, "B2").IndicatorValues.ContainsKey("volunteer_hours"), Is.False, "a blank cell is not available, never 0");
    }

    [Test]
    public void WideIndicatorsWithChineseBranchHeaderAndABadCellAreLocatedAtTheIndicatorColumn()
    {
        using var ds = new TempDataset().WithFile("indicators.csv", "支部编号,risk_point_coverage,volunteer_hours\nB1,92%,很多\n");
        var (_, bag) = ds.Read();
        Assert.That(Diag.Errors(bag), Is.EqualTo(new[] { "ECO0202 indicators.csv(2,volunteer_hours)" }), Diag.Dump(bag));
    }

    [Test]
    public void UnknownCsvFileNamesGetAWarningAndAreNotRead()
    {
        using var ds = new TempDataset().WithBaseline()
            .Csv("notes.csv", "this,is,\"not a table")
            .Text("readme.txt", "not csv at all");
        var (result, bag) = ds.Read();
        Assert.That(Diag.Errors(bag), Is.Empty, Diag.Dump(bag));
        var notice = Diag.WithCode(bag, DiagnosticCodes.IgnoredFile).Single(d => Diag.Where(d) == "notes.csv");
        Assert.That((notice.Severity, Diag.Where(notice)), Is.EqualTo((Severity.Warning, "notes.csv")), "a CSV file may be a table the clerk meant to give");
        Assert.That(notice.Message, Does.Contain("会议.csv（meetings.csv）"));
        Assert.That(notice.Render(EcoAssessment.Catalogue.Language.En), Does.Contain("meetings.csv (会议.csv)"));
        Assert.That(result.Files.Select(f => Path.GetFileName(f.Path)), Has.None.EqualTo("notes.csv"));
    }

    [Test]
    public void AttendeesAboveExpectedIsAWarningNotAnError()
    {
        using var ds = new TempDataset().WithFile("meetings.csv",
            "branch_id,type,date,meeting_id,attendees,expected,excused\nB1,general_assembly,2024-03-07,MT1,9,8,0\nB2,committee,2024-04-02,MT2,3,3,1\n");
        var data = ReadOk(ds, out var bag);
        var warnings = bag.Items.Where(d => d.Severity == Severity.Warning).Select(d => $"{d.Code} {Diag.Where(d)}");
        Assert.That(warnings, Is.EqualTo(new[] { "ECO0252 meetings.csv(2,attendees)", "ECO0252 meetings.csv(3,attendees)", "ECO0284 meetings.csv(2,attendees)" }), Diag.Dump(bag));
        Assert.That(data.Branches.Sum(b => b.Meetings.Total), Is.EqualTo(2), "the rows are kept");
    }

    [Test]
    public void TheSameMeetingInTwoFilesCountsOnceWithAWarningNamingBothFiles()
    {
        using var ds = new TempDataset().WithBaseline()
            .Csv("meetings-copy.csv", "branch_id,type,date,meeting_id", "B1,general_assembly,2024-03-07,MT1");
        var data = ReadOk(ds, out var bag);
        var repeat = Diag.WithCode(bag, DiagnosticCodes.MeetingInTwoFiles).Single();
        Assert.That(repeat.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(Diag.Where(repeat), Is.EqualTo("meetings.csv(2)"));
        Assert.That(repeat.Message, Does.Contain("meetings-copy.csv」和「").And.Contain("meetings.csv」中"));
        Assert.That(Diag.WithCode(bag, DiagnosticCodes.DuplicateMeeting), Is.Empty, "a repeat across files is the warning, not a notice");
        Assert.That(Branch(data, "B1").Meetings.Total, Is.EqualTo(1));
    }

    [Test]
    public void AnUnknownColumnGetsANoticeAtItsHeader()
    {
        using var ds = new TempDataset().WithFile("meetings.csv", "branch_id,type,date,备注\nB1,general_assembly,2024-03-07,无\n");
        var (_, bag) = ds.Read();
        Assert.That(bag.Items.Select(d => $"{d.Severity} {d.Code} {Diag.Where(d)}"), Is.EqualTo(new[] { "Notice ECO0257 meetings.csv(1,备注)" }));
    }

    [Test]
    public void TheFilesReadCarryTheirTableAndTheSha256OfTheirBytes()
    {
        using var ds = new TempDataset().WithBaseline();
        var (result, bag) = ds.Read();
        Assert.That(bag.HasErrors, Is.False);
        Assert.That(result.Files.Select(f => (Path.GetFileName(f.Path), f.Table)), Is.EquivalentTo(Baseline.Files.Keys.Select(k => (k, k[..^4]))));
        foreach (var f in result.Files)
        {
            Assert.That(f.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f.Path)))), f.Path);
            Assert.That(f.Path, Is.EqualTo(ds.PathOf(Path.GetFileName(f.Path))));
        }
    }

    [Test]
    public void ADelimiterOtherThanCommaCanBeChosen()
    {
        using var ds = new TempDataset().Text("branches.csv", Baseline.Branches.Replace(',', ';'))
            .Text("meetings.csv", Baseline.Meetings.Replace(',', ';'));
        var bag = new DiagnosticBag();
        var result = CsvDatasetReader.Read(ds.Folder, null, bag, new CsvReadOptions { Delimiter = ';' });
        Assert.That(Diag.Errors(bag), Is.Empty, Diag.Dump(bag));
        Assert.That(result.Dataset!.Branches.Sum(b => b.Meetings.Total), Is.EqualTo(2));
    }
}
