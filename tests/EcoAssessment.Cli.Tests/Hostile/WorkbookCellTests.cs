using NUnit.Framework;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// Class 3 of issue 25, workbook cells without the bound CSV has: a sheet cell is bounded like a CSV row (ECO0352 at
/// the cell), the report never writes a cell over 32,767 characters, and --previous rows are bounded with their values
/// echoed cut. Before the change a 10 MB cell ran to 5 GB and exit 70, a 2 MB cell went into the report, and --previous
/// echoed a 50 MB value into its message.
/// </summary>
[NonParallelizable]
public class WorkbookCellTests
{
    private HostileCase _case = null!;

    [SetUp]
    public void SetUp() => _case = new HostileCase();

    [TearDown]
    public void TearDown() => _case.Dispose();

    private string Book(MiniWorkbook book)
    {
        var path = _case.At("book.xlsx");
        File.WriteAllBytes(path, book.Bytes());
        return path;
    }

    private static string[] Evaluate(string data, params string[] more) => ["evaluate", data, "--period", "2024", "--allow-missing", CliRunner.AllTables, .. more];

    [Test]
    public void ATenMegabyteCellIsRefusedAtItsCell()
    {
        var path = Book(new MiniWorkbook()
            .Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", "一支部", "机关", "10"])
            .Sheet("会议", ["branch_id", "type", "date", "attendees"], ["B1", "lecture", "2024-03-01", new string('9', 10 << 20)]));
        _case.Refused(ExitCodes.InputError, Evaluate(path, "-o", _case.At("out.csv")), "book.xlsx!会议!D2: error ECO0352", "1,048,576");
    }

    [Test]
    public void ATwoMegabyteNameIsRefused()
    {
        var path = Book(new MiniWorkbook().Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", new string('名', 2 << 20), "机关", "10"]));
        _case.Refused(ExitCodes.InputError, Evaluate(path, "-o", _case.At("report.xlsx")), "book.xlsx!支部!B2: error ECO0352");
    }

    [Test]
    public void ALongSharedStringIsRefusedWhereItIsUsed()
    {
        var book = new MiniWorkbook().Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", "s:0", "机关", "10"]);
        book.Shared.Add(new string('x', 3 << 20));
        _case.Refused(ExitCodes.InputError, Evaluate(Book(book)), "book.xlsx!支部!B2: error ECO0352");
    }

    [Test]
    public void ARowWhoseCellsTogetherAreTooLongIsRefused()
    {
        var half = new string('长', 600_000);
        var path = Book(new MiniWorkbook().Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", half, half, "10"]));
        _case.Refused(ExitCodes.InputError, Evaluate(path), "book.xlsx!支部!A2: error ECO0352", "1,200,");
    }

    [Test]
    public void ALongHeaderCellIsRefused()
    {
        var path = Book(new MiniWorkbook().Sheet("支部", ["branch_id", "name", new string('h', 1_100_000), "members"], ["B1", "一支部", "机关", "10"]));
        _case.Refused(ExitCodes.InputError, Evaluate(path), "book.xlsx!支部!C1: error ECO0352");
    }

    [Test]
    public void ANameWithinTheBoundIsCutToExcelsLimitInTheReport()
    {
        var path = Book(new MiniWorkbook()
            .Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", new string('名', 100_000), "机关", "10"], ["B2", "二支部", "机关", "12"])
            .Sheet("会议", ["branch_id", "type", "date", "attendees"], ["B1", "lecture", "2024-03-01", "8"]));
        var report = _case.At("report.xlsx");
        var r = CliRunner.Run(Evaluate(path, "-o", report));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Success), r.Stderr);
        // Every text of every part (inline strings, shared strings), as Excel would read it.
        using var zip = System.IO.Compression.ZipFile.OpenRead(report);
        var longest = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                using var s = e.Open();
                return System.Xml.Linq.XDocument.Load(s).Descendants().Where(x => x.Name.LocalName == "t").Select(x => x.Value.Length).ToList();
            })
            .Max();
        Assert.That(longest, Is.EqualTo(32_767), "the long name is cut to the limit, not left out and not over it");
    }

    [Test]
    public void APreviousRowWithAHugeValueIsRefusedAndNotEchoed()
    {
        var data = _case.Dataset(("branches.csv", HostileCase.Branches));
        var previous = _case.At("previous.csv");
        File.WriteAllText(previous, "branch_id,rating\nB1," + new string('先', 50 << 20) + "\n");
        _case.Refused(ExitCodes.InputError, Evaluate(data, "--previous", previous), "previous.csv(2): error ECO0218");
    }

    [Test]
    public void APreviousValueThatIsNotARatingIsEchoedCut()
    {
        var data = _case.Dataset(("branches.csv", HostileCase.Branches));
        var previous = _case.At("previous.csv");
        File.WriteAllText(previous, "branch_id,rating\nB1," + new string('好', 5000) + "\n");
        var r = _case.Refused(ExitCodes.InputError, Evaluate(data, "--previous", previous), "previous.csv(2,rating): error ECO0203");
        Assert.That(r.Stderr.Length, Is.LessThan(2000));
    }
}
