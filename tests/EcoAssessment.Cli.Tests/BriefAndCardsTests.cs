using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// The one-page brief (<c>eco evaluate -o brief.docx</c>) and the 支部告知单 (<c>eco explain --card</c>, <c>eco evaluate
/// --cards cards.docx</c>) of the provincial sample: what they say, their 公文 layout, and that the brief and the cards
/// never share a switch. The pages as LibreOffice prints them are checked in <see cref="LibreOfficeTests"/>.
/// </summary>
public class BriefAndCardsTests
{
    private static readonly string Samples = Path.Combine(CliRunner.RepoRoot, "samples");
    private static readonly string Dataset = Path.Combine(Samples, "provincial-eco-2024");
    private static readonly string Previous = Path.Combine(Samples, "provincial-eco-2023", "expected", "results.csv");
    private string _temp = null!;

    [SetUp]
    public void SetUp() => _temp = Directory.CreateTempSubdirectory("eco-brief-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, params string[] extra)
    {
        var path = Path.Combine(_temp, name);
        var r = CliRunner.Run(["evaluate", Dataset, "--previous", Previous, .. extra]);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        return path;
    }

    private static string[] Paragraphs(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText.Replace("\u200B", string.Empty, StringComparison.Ordinal)).ToArray();

    private static void AssertValid(WordprocessingDocument doc)
    {
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.That(errors, Is.Empty, "the document is valid WordprocessingML");
    }

    [Test]
    public void TheBriefSaysTheNumbersInOfficialLayout()
    {
        var path = Path.Combine(_temp, "brief.docx");
        Write("brief.docx", "-o", path);
        using var doc = WordprocessingDocument.Open(path, false);
        AssertValid(doc);
        var text = Paragraphs(doc);
        var section = doc.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var margins = section.GetFirstChild<PageMargin>()!;
        var styles = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        string? FontOf(string style) => styles.Elements<Style>().Single(s => s.StyleId == style).StyleRunProperties!.RunFonts!.EastAsia;
        Assert.Multiple(() =>
        {
            Assert.That(text[0], Is.EqualTo("2024年度基层党组织政治生态建设状况评估情况的报告"));
            Assert.That(text.Skip(1).Select(t => t[..2]), Is.EqualTo(new[] { "一、", "二、", "三、", "四、", "五、" }));
            Assert.That(text[1], Does.Contain("本期共评估基层党组织130个，定级126个：先锋37个（29.4%）、中间78个、落后11个，未定级4个"));
            Assert.That(text[1], Does.Contain("全系统得分87.20，为「绿」"));
            Assert.That(text[2], Does.Contain("先锋支部37个").And.Contain("连续两期落后、列入整顿的支部3个"));
            Assert.That(text[3], Does.StartWith("三、红色单位及原因。评为红色的单位3个：浙江省生态环境厅机关（落后支部占13.3%（2/15））、嘉兴市生态环境局"),
                "红 units in the tree's order (厅机关 first), each with its reason in Chinese");
            Assert.That(text[4], Does.Contain("与上期（2023）相比，评级上升22个、下降23个、持平79个"));
            Assert.That(text[5], Does.Contain("第一种67件"));
            Assert.That(section.GetFirstChild<PageSize>()!.Width!.Value, Is.EqualTo(11906U), "A4");
            Assert.That((margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value), Is.EqualTo((2098, 1984, 1587U, 1474U)),
                "公文 margins: 37, 35, 28, 26 mm");
            Assert.That(FontOf("EcoBody"), Is.EqualTo("仿宋_GB2312"));
            Assert.That(FontOf("EcoHeading"), Is.EqualTo("黑体"));
            Assert.That(styles.Elements<Style>().Single(s => s.StyleId == "EcoLead").StyleRunProperties!.RunFonts!.EastAsia!.Value, Is.EqualTo("黑体"),
                "the run-in headings are 黑体");
            Assert.That(styles.Elements<Style>().Single(s => s.StyleId == "EcoBody").StyleRunProperties!.FontSize!.Val!.Value, Is.EqualTo("32"), "三号 16 pt");
        });
    }

    [Test]
    public void TheBriefIsTheSameBytesEveryTimeAndEnglishWithLangEn()
    {
        var a = Path.Combine(_temp, "a.docx");
        var b = Path.Combine(_temp, "b.docx");
        var en = Path.Combine(_temp, "en.docx");
        Write("a.docx", "-o", a);
        Write("b.docx", "-o", b);
        Write("en.docx", "-o", en, "--lang", "en");
        Assert.That(File.ReadAllBytes(a), Is.EqualTo(File.ReadAllBytes(b)));
        using var doc = WordprocessingDocument.Open(en, false);
        Assert.That(Paragraphs(doc)[0], Is.EqualTo("Report on the political ecology of primary Party organisations, 2024"));
    }

    [Test]
    public void TheCardsAreOnePagePerBranch()
    {
        var path = Path.Combine(_temp, "cards.docx");
        Write("cards.docx", "--cards", path);
        using var doc = WordprocessingDocument.Open(path, false);
        AssertValid(doc);
        var body = doc.MainDocumentPart!.Document.Body!;
        var titles = body.Elements<Paragraph>().Where(p => p.InnerText == "支部告知单").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(titles, Has.Length.EqualTo(130), "one card per branch");
            Assert.That(titles.Skip(1).All(t => t.ParagraphProperties?.PageBreakBefore is not null), Is.True, "each card after the first starts a page");
            Assert.That(Paragraphs(doc), Has.Some.EqualTo("机关第二党支部（NB002）"));
        });
    }

    [Test]
    public void ExplainCardTellsABranchItsRatingGapChangesVetoesAndChange()
    {
        var r = CliRunner.Run("explain", Dataset, "--previous", Previous, "--branch", "ST014", "--card");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.StartWith("支部告知单\n督察办党支部（ST014）\n浙江省生态环境厅机关　考核期2024\n"));
        Assert.That(r.Stdout, Does.Contain("一、评定结果。你支部本期得分79.53，在126个已定级支部中排第103位，评定为「中间」。"));
        Assert.That(r.Stdout, Does.Contain("二、晋级差距。距「先锋」线90.00分还差10.47分。"));
        Assert.That(r.Stdout, Does.Contain("三会一课完成率从83.3%提到100%"), "a rate in per cent, in the indicator's own unit");
        Assert.That(r.Stdout, Does.Contain("理论学习达标率从0%提到100%（约加5.00分）"));
        Assert.That(r.Stdout, Does.Contain("以上各项改到最好仍差0.35分"));
        Assert.That(r.Stdout, Does.Contain("四、须消除的一票否决。无。"));
        Assert.That(r.Stdout, Does.Contain("五、与上期相比。上期为「中间」，本期为「中间」，持平。"));

        var vetoed = CliRunner.Run("explain", Dataset, "--previous", Previous, "--branch", "TZ008", "--card");
        Assert.That(vetoed.Stdout, Does.Contain("「书记空缺超过3个月」：").And.Contain("须使此条件不再成立"));
        Assert.That(vetoed.Stdout, Does.Contain("连续两期落后，列入整顿。"));

        var quota = CliRunner.Run("explain", Dataset, "--branch", "ST008", "--card", "--lang", "en");
        Assert.That(quota.Stdout, Does.Contain("the quota kept the branch out: it must pass the last 先锋 place's score"));
        Assert.That(quota.Stdout, Does.Contain("No previous period given"));
    }

    [Test]
    public void TheCardsOptionTakesOnlyADocxAndTheBriefIsChosenByItsExtension()
    {
        var r = CliRunner.Run("evaluate", Dataset, "--cards", Path.Combine(_temp, "cards.xlsx"));
        Assert.That(r.ExitCode, Is.Not.Zero);
        Assert.That(r.Stderr, Does.Contain("cards.xlsx").And.Contain(".docx"));
        Assert.That(File.Exists(Path.Combine(_temp, "cards.xlsx")), Is.False);
    }

    [Test]
    public void WithoutBandsAUnitOverARedLineIsRedAndWithoutPreviousNothingIsCompared()
    {
        var mini = Path.Combine(Samples, "mini-12");
        var path = Path.Combine(_temp, "mini.docx");
        var r = CliRunner.Run("evaluate", mini, "--rules", Path.Combine(mini, "rules.yaml"), "-o", path);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = WordprocessingDocument.Open(path, false);
        var text = Paragraphs(doc);
        Assert.Multiple(() =>
        {
            Assert.That(text[3], Does.Contain("评为红色的单位1个：杭州市生态环境局（落后支部占80%（4/5））"));
            Assert.That(text[2], Does.Contain("未提供上期结果，不认定整顿"));
            Assert.That(text[4], Does.Contain("未提供上期结果（--previous），不作比较"));
            Assert.That(text[1], Does.Not.Contain("为「"), "no band without the rule set's bands");
        });
    }

    [Test]
    public void ATargetIsWrittenInItsUnitRoundedTowardTheGoal()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IO.Output.CardContent.Value(0.8999, Analysis.IndicatorUnit.Percent, Catalogue.Language.Zh, IO.Output.CardContent.Toward.Up), Is.EqualTo("90%"));
            Assert.That(IO.Output.CardContent.Value(0.90001, Analysis.IndicatorUnit.Percent, Catalogue.Language.Zh, IO.Output.CardContent.Toward.Up), Is.EqualTo("90.1%"),
                "reaching the written value reaches the target");
            Assert.That(IO.Output.CardContent.Value(0.8776, Analysis.IndicatorUnit.Percent, Catalogue.Language.Zh, IO.Output.CardContent.Toward.Nearest), Is.EqualTo("87.8%"));
            Assert.That(IO.Output.CardContent.Value(22.69, Analysis.IndicatorUnit.Hours, Catalogue.Language.Zh, IO.Output.CardContent.Toward.Nearest), Is.EqualTo("22.7学时"));
            Assert.That(IO.Output.CardContent.Value(22.69, Analysis.IndicatorUnit.Hours, Catalogue.Language.En, IO.Output.CardContent.Toward.Nearest), Is.EqualTo("22.7 h"));
            Assert.That(IO.Output.CardContent.Value(0.364, Analysis.IndicatorUnit.Number, Catalogue.Language.Zh, IO.Output.CardContent.Toward.Down), Is.EqualTo("0.36"),
                "lower is better: rounded down");
        });
    }

    [Test]
    public void WithoutAUnitsTableEveryUnitNameIsCountedByBand()
    {
        var flat = Path.Combine(_temp, "flat");
        Directory.CreateDirectory(flat);
        foreach (var f in Directory.GetFiles(Dataset, "*.csv").Where(f => Path.GetFileName(f) != "units.csv"))
        {
            File.Copy(f, Path.Combine(flat, Path.GetFileName(f)));
        }

        var path = Path.Combine(_temp, "flat.docx");
        var r = CliRunner.Run("evaluate", flat, "-o", path);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = WordprocessingDocument.Open(path, false);
        var text = Paragraphs(doc);
        Assert.That(text[1], Does.Contain("各级单位49个：绿33个、黄15个、红1个"), "the 49 unit names of the branches table, flat");
        Assert.That(text[3], Does.Contain("评为红色的单位1个：浙江省生态环境厅机关"));
    }
}
