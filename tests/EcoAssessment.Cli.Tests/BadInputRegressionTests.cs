using System.Text;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>Inputs that once crashed or misled: each must give a located message and the right exit code.</summary>
public class BadInputRegressionTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("eco-bad-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Dataset(params (string File, string Text)[] files)
    {
        var folder = Path.Combine(_dir, "data");
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    private const string Branches = "branch_id,name,unit,members\nB1,一支部,机关,10\n";

    [TestCase("assessments.csv", "branch_id,item,score,max_score\nB1,OR-1,1e30,1e30\n", "assessments.csv(2,score): error ECO0210")]
    [TestCase("study.csv", "branch_id,date,form,hours\nB1,2024-03-01,xuexi,1e29\n", "study.csv(2,hours): error ECO0210")]
    [TestCase("meetings.csv", "branch_id,type,date,attendees\nB1,lecture,2024-03-01,99999999999999999999\n", "meetings.csv(2,attendees): error ECO0210")]
    public void HugeNumbersAreLocatedInputErrors(string file, string text, string expected)
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), (file, text)), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(expected).And.Not.Contain("内部错误"));
    }

    [Test]
    public void AShiftedRowIsReportedNotReadAsWrongColumns()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", "branch_id,name,unit\nB1,中共XX单位,XX党支部,机关\n")), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("branches.csv(2): error ECO0214").And.Contain("列已错位"));
    }

    [Test]
    public void AMissingMaxScoreColumnIsOneError()
    {
        var rows = string.Concat(Enumerable.Range(1, 50).Select(i => $"B1,PE-{i},5\n"));
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("assessments.csv", "branch_id,item,score\n" + rows)), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr.Split('\n').Count(l => l.Contains("error", StringComparison.Ordinal) && l.Contains("ECO02", StringComparison.Ordinal)), Is.EqualTo(1), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("assessments.csv(1): error ECO0204"));
    }

    [Test]
    public void ABadDateInTheOnlyDatedRowIsOneProblem()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-02-30\n")));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("ECO0201").And.Not.Contain("ECO0217"));
    }

    [TestCase("--branches", "abc")]
    [TestCase("--branches", "99999999999")]
    [TestCase("--year", "abc")]
    public void GenerateOptionsThatDoNotParseAreUsageErrors(string option, string value)
    {
        var args = option == "--branches" ? new[] { "generate", option, value, "-o", _dir } : ["generate", "-n", "3", option, value, "-o", _dir];
        var r = CliRunner.Run(args);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage), r.Stderr);
        Assert.That(r.Stderr, Does.Not.Contain("内部错误"));
    }

    [Test]
    public void GenerateDoesNotOverwriteADatasetWithoutForce()
    {
        var folder = Dataset(("branches.csv", Branches));
        var r = CliRunner.Run("generate", "-n", "3", "-o", folder);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(File.ReadAllText(Path.Combine(folder, "branches.csv")), Is.EqualTo(Branches));
        Assert.That(CliRunner.Run("generate", "-n", "3", "-o", folder, "--force").ExitCode, Is.Zero);
    }

    [Test]
    public void AQuarterUnderAYearlyRuleSetIsWarned()
    {
        var r = CliRunner.Partial("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024"), "--period", "2024Q1", "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("warning ECO0258").And.Contain("2024Q1"));
    }

    [Test]
    public void AMistypedFactIsWarned()
    {
        var rules = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"))
            .Replace("fact: satisfaction,", "fact: satisfactoin,", StringComparison.Ordinal);
        var file = Path.Combine(_dir, "rules.yaml");
        File.WriteAllText(file, rules);
        var r = CliRunner.Partial("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "--rules", file);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("warning ECO0259").And.Contain("「satisfactoin」"));
    }

    [Test]
    public void ADeeplyNestedRuleFileIsALocatedErrorNotACrash()
    {
        const int depth = 20000;
        var when = new StringBuilder();
        for (var i = 0; i < depth; i++) when.Append("{ not: ");
        when.Append("{ fact: members, above: 1 }");
        for (var i = 0; i < depth; i++) when.Append(" }");
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"))
            .Replace("when: { fact: secretary_vacant_days, above: 90 }", "when: " + when, StringComparison.Ordinal);
        var file = Path.Combine(_dir, "deep.yaml");
        File.WriteAllText(file, text);
        var r = CliRunner.Run("validate", file);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain("error ECO0101").And.Contain("嵌套超过 64 层"));
    }

    [Test]
    public void AGbkRuleFileIsRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"));
        var file = Path.Combine(_dir, "gbk.yaml");
        File.WriteAllBytes(file, Encoding.GetEncoding("GB18030").GetBytes(text));
        var r = CliRunner.Run("validate", file);
        Assert.That(r.ExitCode, Is.Zero, r.Stdout);
    }

    [Test]
    public void ValidatingAFolderIsAProblemNotACrash()
    {
        var r = CliRunner.Run("validate", _dir);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain("是文件夹；请给出规则文件（.yaml）"));
    }

    [Test]
    public void LangEnKeepsRatingValuesInTheTableAndExplanation()
    {
        var mini = Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");
        var table = CliRunner.Partial("evaluate", mini, "--rules", Path.Combine(mini, "rules.yaml"), "--lang", "en");
        Assert.That(table.Stdout, Does.Contain("先锋").And.Not.Contain("vanguard"));
        var explain = CliRunner.Partial("explain", mini, "--rules", Path.Combine(mini, "rules.yaml"), "--lang", "en", "--branch", " B01 ");
        Assert.That(explain.ExitCode, Is.Zero, explain.Stderr);
        Assert.That(explain.Stdout, Does.Contain("Result: 先锋"));
    }

    // ── department wordings and the template's examples (issue 20, items 3 and 5) ──

    [Test]
    public void AMistypedMeetingTypeSuggestsTheNearestWord()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("三会一课台账.csv", "branch_id,type,date\nB1,支部党员大大会,2024-03-01\n")), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("三会一课台账.csv(2,type): error ECO0203").And.Contain("是否指「支部党员大会」？").And.Contain("谈心谈话（talk）"));
    }

    [Test]
    public void AnUnknownFormWordListsTheFormsWithoutAGuess()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("执纪台账.csv", "finding_id,branch_id,date,form\nF1,B1,2024-03-01,第五种形态\n")), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("执纪台账.csv(2,form): error ECO0203").And.Contain("第一种形态、第二种形态、第三种形态、第四种形态").And.Not.Contain("是否指"));
    }

    [Test]
    public void TheUntouchedTemplateStopsWithOnlyExamples()
    {
        var template = Path.Combine(_dir, "input-template.xlsx");
        Assert.That(CliRunner.Run("template", "-o", template).ExitCode, Is.Zero);
        var r = CliRunner.Partial("evaluate", template);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("error ECO0261").And.Contain("没有记录：只有模板的示例行").And.Not.Contain("落后"));
    }

    // ---- 容错 within its limits: a form-3 or form-4 finding marked 容错免责 or 从轻 ----

    private const string ToleranceMembers = "member_id,branch_id,role\nM1,B1,committee\nM2,B1,member\n";

    [TestCase("F2,B1,2024-05-01,M2,4,exempt\n", "findings.csv(3,tolerance): error ECO0240", "问题「F2」为第四种形态，不能标为「容错免责」")]
    [TestCase("F2,B1,2024-05-01,M2,4,从轻\n", "findings.csv(3,tolerance): error ECO0240", "问题「F2」为第四种形态，不能标为「从轻/减轻」")]
    [TestCase("F2,B1,2024-05-01,M1,3,容错免责\n", "findings.csv(3,tolerance): error ECO0240", "问题「F2」为第三种形态，不能标为「容错免责」")]
    [TestCase("F2,B1,2024-05-01,M1,3,lenient\n", "findings.csv(3,tolerance): error ECO0241", "问题「F2」为第三种形态，不能标为「从轻/减轻」")]
    public void AForm3Or4FindingMarkedExemptOrLenientIsAnInputErrorWithNothingWritten(string row, string expected, string message)
    {
        var output = Path.Combine(_dir, "out.csv");
        var folder = Dataset(("branches.csv", Branches), ("members.csv", ToleranceMembers),
            ("findings.csv", "finding_id,branch_id,date,member_id,form,tolerance\nF1,B1,2024-03-01,M2,1,exempt\n" + row));
        var r = CliRunner.Partial("evaluate", folder, "--period", "2024", "-o", output);
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
            Assert.That(r.Stderr, Does.Contain(Path.DirectorySeparatorChar + expected).And.Contain(message)
                .And.Contain("请更正形态").And.Contain("改为「否」"), r.Stderr);
            Assert.That(r.Stderr, Does.Not.Contain("F1」"), "a form-1 case may be exempt");
            Assert.That(r.Stderr, Does.Not.Contain("内部错误").And.Not.Contain("   at "));
            Assert.That(File.Exists(output), Is.False, "nothing is written");
        });
    }

    [Test]
    public void TheToleranceErrorNamesTheColumnAsTheFileNamesIt()
    {
        var folder = Dataset(("branches.csv", Branches), ("members.csv", ToleranceMembers),
            ("问题.csv", "问题编号,支部编号,发现日期,党员编号,形态,是否容错免责\nF1,B1,2024-03-01,M2,4,是\n"));
        var r = CliRunner.Partial("evaluate", folder, "--period", "2024", "--format", "csv");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("问题.csv(2,是否容错免责): error ECO0240").And.Contain("把「是否容错免责」改为「否」"), r.Stderr);
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void ARuleFileMayAllowLenientForm3ButNeverExemptForm3NorAnythingForForm4()
    {
        var rules = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"))
            .Replace("adjustments:\n", "tolerance: { lenient_form3: true }\nadjustments:\n", StringComparison.Ordinal);
        Assert.That(rules, Does.Contain("tolerance: { lenient_form3: true }"));
        var file = Path.Combine(_dir, "rules.yaml");
        File.WriteAllText(file, rules);
        string Findings(string rows) => "finding_id,branch_id,date,member_id,form,tolerance\n" + rows;

        var lenient = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("members.csv", ToleranceMembers),
            ("findings.csv", Findings("F1,B1,2024-05-01,M1,3,lenient\n"))), "--period", "2024", "--rules", file, "--format", "csv");
        Assert.That(lenient.ExitCode, Is.Zero, lenient.Stderr);
        Assert.That(CsvText.Parse(lenient.Stdout).Single()["vetoes"], Does.Contain("committee_form3"), "a lenient form-3 case still counts for the veto");

        var exempt = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("members.csv", ToleranceMembers),
            ("findings.csv", Findings("F1,B1,2024-05-01,M1,3,exempt\nF2,B1,2024-05-01,M2,4,lenient\n"))), "--period", "2024", "--rules", file, "--format", "csv");
        Assert.That(exempt.ExitCode, Is.EqualTo(ExitCodes.InputError), exempt.Stderr);
        Assert.That(exempt.Stderr, Does.Contain("findings.csv(2,tolerance): error ECO0240").And.Contain("findings.csv(3,tolerance): error ECO0240"), exempt.Stderr);

        File.WriteAllText(file, rules.Replace("tolerance: { lenient_form3: true }", "tolerance: { exempt_form3: true }", StringComparison.Ordinal));
        var unknown = CliRunner.Run("validate", file);
        Assert.That(unknown.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(unknown.Stdout, Does.Contain("error ECO0102").And.Contain("exempt_form3"), "exempt form 3 cannot be allowed at all");
    }

    [Test]
    public void InAWorkbookTheToleranceErrorNamesTheCell()
    {
        var book = Path.Combine(_dir, "book.xlsx");
        Assert.That(CliRunner.Run("generate", "-n", "20", "--seed", "3", "-o", book).ExitCode, Is.Zero);
        string row;
        using (var zip = System.IO.Compression.ZipFile.Open(book, System.IO.Compression.ZipArchiveMode.Update))
        {
            // The 问题 sheet (the sixth): the first form-2 case becomes form 4 and is marked 容错免责 in column J (容错免责).
            var entry = zip.GetEntry("xl/worksheets/sheet6.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            var form = System.Text.RegularExpressions.Regex.Match(xml, "<c r=\"E([0-9]+)\"><v>2</v></c>");
            Assert.That(form.Success, Is.True, "the generated sheet has a form-2 case");
            row = form.Groups[1].Value;
            xml = xml.Replace(form.Value, $"<c r=\"E{row}\"><v>4</v></c>", StringComparison.Ordinal);
            var end = xml.IndexOf("</row>", xml.IndexOf($"<c r=\"E{row}\">", StringComparison.Ordinal), StringComparison.Ordinal);
            xml = xml.Insert(end, $"<c r=\"J{row}\" t=\"inlineStr\"><is><t>容错免责</t></is></c>");
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet6.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        var output = Path.Combine(_dir, "out.csv");
        var r = CliRunner.Partial("evaluate", book, "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"book.xlsx!问题!J{row}: error ECO0240").And.Contain("为第四种形态，不能标为「容错免责」"), r.Stderr);
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void DiffChecksTheToleranceUnderTheStricterRuleSet()
    {
        var allowing = Path.Combine(_dir, "allowing.yaml");
        File.WriteAllText(allowing, File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"))
            .Replace("adjustments:\n", "tolerance: { lenient_form3: true }\nadjustments:\n", StringComparison.Ordinal));
        var folder = Dataset(("branches.csv", Branches), ("findings.csv", "finding_id,branch_id,date,form,tolerance\nF1,B1,2024-05-01,3,lenient\n"));
        var r = CliRunner.Partial("diff", folder, "--period", "2024", "--base", allowing, "--head", "default");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr.Split('\n').Count(l => l.Contains("error ECO0241", StringComparison.Ordinal)), Is.EqualTo(1), r.Stderr);
        Assert.That(r.Stdout, Is.Empty);
        Assert.That(CliRunner.Partial("diff", folder, "--period", "2024", "--base", allowing, "--head", allowing).ExitCode, Is.Zero);
    }

    // Periods and credibility (issue 20, items 4 and 7): a period none of the records falls in, a --previous that is
    // not earlier, and the record slips that were errors already (two home branches, a branch not in branches).

    [Test]
    public void APeriodNoneOfTheDatedRecordsFallsInIsAnInputError()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-03-01\nB1,lecture,2024-09-30\n")),
            "--period", "2023");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("error ECO0280").And.Contain("2024-03-01 至 2024-09-30").And.Contain("考核期 2023").And.Not.Contain("内部错误"));
    }

    [Test]
    public void ADatasetWithoutDatedRecordsTakesThePeriod()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("indicators.csv", "branch_id,indicator,value\nB1,satisfaction,0.95\n")),
            "--period", "2023", "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.StartWith("period,").And.Contain("\n2023,B1,"));
    }

    [TestCase("2024", "与本次考核期 2024 相同")]
    [TestCase("2025", "不早于本次考核期 2024")]
    [TestCase("2024Q4", "不早于本次考核期 2024")]
    public void APreviousFileOfTheSameOrALaterPeriodIsAnInputError(string period, string expected)
    {
        var folder = Dataset(("branches.csv", Branches), ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-03-01\n"));
        var previous = Path.Combine(_dir, "previous.csv");
        File.WriteAllText(previous, $"period,branch_id,rating\n{period},B1,落后\n");
        var r = CliRunner.Partial("evaluate", folder, "--previous", previous);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"{previous}: error ECO0281").And.Contain($"的考核期是 {period}，{expected}"));
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void AMemberWithTwoHomeBranchesIsALocatedInputError()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches + "B2,二支部,机关,5\n"), ("members.csv", "member_id,branch_id\nM1,B1\nM1,B2\n")),
            "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("members.csv(3,home): error ECO0206").And.Contain("党员「M1」有第二个组织关系所在支部「B2」（已在「B1」）"));
    }

    [Test]
    public void ARowWhoseBranchIsNotInBranchesIsALocatedInputErrorNamingTheId()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", Branches), ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-03-01\nB9,lecture,2024-03-02\n")),
            "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("meetings.csv(3,branch_id): error ECO0207: 支部「B9」不在支部表中"));
    }

    // Tables and columns the rule set reads, and the department's own names (issue 20, items 2 and 3): an absent table,
    // a column under a caption not recognised, a mapping file with problems, --allow-missing with a word that is no table.

    [Test]
    public void ATableTheRuleSetReadsThatIsAbsentStopsTheRunWithNothingWritten()
    {
        var folder = Dataset(("branches.csv", Branches), ("执纪问题汇总表.csv", "问题编号,支部编号,发现日期,形态\nF1,B1,2024-03-01,4\n"));
        var output = Path.Combine(_dir, "results.csv");
        var r = CliRunner.Run("evaluate", folder, "--period", "2024", "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("error ECO0270: 数据集中没有问题表（findings）").And.Contain("一票否决 form4").And.Contain("未读取 执纪问题汇总表.csv"));
        Assert.That(r.Stderr, Does.Contain("执纪问题汇总表.csv: warning ECO0254"));
        Assert.That(File.Exists(output), Is.False);
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void AColumnTheRuleSetReadsUnderAnUnrecognisedCaptionIsAnErrorAtThatCell()
    {
        var folder = Dataset(("branches.csv", Branches), ("findings.csv", "finding_id,branch_id,date,处理方式\nF1,B1,2024-03-01,4\n"));
        var r = CliRunner.Run("evaluate", folder, "--period", "2024", "--allow-missing", CliRunner.AllTables.Replace("findings,", string.Empty, StringComparison.Ordinal));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("findings.csv(1,处理方式): error ECO0272: findings表的列名「处理方式」不认识").And.Contain("「form」列"));
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void AMappingFileThatIsNotYamlIsALocatedError()
    {
        var folder = Dataset(("branches.csv", Branches));
        File.WriteAllText(Path.Combine(folder, "mapping.yaml"), "tables:\n  执纪台账: [findings\n");
        var r = CliRunner.Run("evaluate", folder, "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(Path.Combine(folder, "mapping.yaml") + "(").And.Contain("error ECO0101"));
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void AllowMissingWithAWordThatIsNoTableIsAUsageError()
    {
        var r = CliRunner.Run("evaluate", Dataset(("branches.csv", Branches)), "--allow-missing", "findings,执纪");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("--allow-missing 的「执纪」不是表名"));
    }

    // Explanations only say what is true (issue 21, item 6): a trend direction threshold that is not points above 0.

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("abc")]
    [TestCase("3,5")]
    public void ATrendDirectionThresholdThatIsNotPointsAboveZeroIsAUsageErrorSayingWhatWouldBeRight(string value)
    {
        var samples = Path.Combine(CliRunner.RepoRoot, "samples");
        var r = CliRunner.Run("trend", Path.Combine(samples, "provincial-eco-2023"), Path.Combine(samples, "provincial-eco-2024"), "--direction-threshold", value);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"--direction-threshold 须为大于 0 的分数（如 3），现为「{value}」"));
        Assert.That(r.Stdout, Is.Empty);
    }


    // ---- Quota rounding and minimum, the 落后 red line's count (rule file) ----

    [TestCase("  quota: { 先锋: 0.30 }", "  quota: { 先锋: 0.30, rounding: up }", "error ECO0104", "rating.quota.rounding")]
    [TestCase("  quota: { 先锋: 0.30 }", "  quota: { 先锋: 0.30, min: -1 }", "error ECO0107", "rating.quota.min 为 -1")]
    [TestCase("rollup: { weight_by: members,", "rollup: { weight_by: members, laggard_min_count: 0,", "error ECO0107", "rollup.laggard_min_count 为 0")]
    public void ABadQuotaRoundingMinimumOrLaggardCountIsALocatedRuleError(string find, string replace, string code, string words)
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"));
        Assert.That(text, Does.Contain(find));
        var line = $"({text[..text.IndexOf(find, StringComparison.Ordinal)].Count(c => c == '\n') + 1},"; // the line of the edited key
        var rules = Path.Combine(_dir, "rules.yaml");
        File.WriteAllText(rules, text.Replace(find, replace, StringComparison.Ordinal));
        var output = Path.Combine(_dir, "results.csv");
        var r = CliRunner.Run("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "--rules", rules, "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(rules + line).And.Contain(code).And.Contain(words).And.Not.Contain("内部错误"));
        Assert.That(File.Exists(output), Is.False);
    }


    // ---- 第一种形态 as early care: C2's forms ----

    [Test]
    public void AFindingCountWithAFormOutsideOneToFourIsALocatedRuleError()
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"))
            .Replace("forms: [2, 3, 4]", "forms: [2, 3, 5]", StringComparison.Ordinal);
        var file = Path.Combine(_dir, "forms.yaml");
        File.WriteAllText(file, text);
        var r = CliRunner.Run("validate", file);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain(file + "(").And.Contain("指标「four_winds_findings」：finding_count 的 forms 须列出 1–4 中的形态").And.Contain("而不是「[2, 3, 5]」"));
    }


    // ---- Organisational life over a branch's lifetime: founded and dissolved ----

    [Test]
    public void ABranchDissolvedBeforeItWasFoundedIsALocatedInputErrorNamingBothDates()
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", "branch_id,name,unit,members,成立日期,撤销日期\nB1,一支部,机关,10,2024-04-01,2024-03-31\n"),
            ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-03-01\n")), "--period", "2024");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("branches.csv(2,撤销日期): error ECO0315")
            .And.Contain("「撤销日期」2024-03-31早于「成立日期」2024-04-01").And.Not.Contain("内部错误"));
    }

    [TestCase("2025-02-01,", "成立于2025-02-01，在考核期2024结束之后")]
    [TestCase("2023-01-01,2023-12-31", "已于2023-12-31撤销，在考核期2024开始之前")]
    public void ABranchThatDidNotExistInThePeriodIsLeftOutWithAWarning(string dates, string words)
    {
        var r = CliRunner.Partial("evaluate", Dataset(("branches.csv", "branch_id,name,unit,members,founded,dissolved\nB1,一支部,机关,10,,\nB2,二支部,机关,8," + dates + "\n"),
            ("meetings.csv", "branch_id,type,date\nB1,lecture,2024-03-01\n")), "--period", "2024", "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("warning ECO0316").And.Contain("支部「B2」" + words));
        Assert.That(r.Stdout, Does.Contain("\n2024,B1,").And.Not.Contain(",B2,"));
    }

    // ---- Study is study: 志愿服务 is service ----

    [Test]
    public void AStudyFormsMeasureCountingVolunteerServiceIsALocatedRuleError()
    {
        const string forms = "forms: [original_texts, micro_lecture, on_site, xuexi, online_college, central_group]";
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"));
        Assert.That(text, Does.Contain(forms));
        var at = text.IndexOf(forms, StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at) + "forms: ".Length;
        var file = Path.Combine(_dir, "volunteer.yaml");
        File.WriteAllText(file, text.Replace(forms, "forms: [xuexi, 志愿服务]", StringComparison.Ordinal));
        var r = CliRunner.Run("validate", file);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative), r.Stdout + r.Stderr);
        Assert.That(r.Stdout + r.Stderr, Does.Contain($"{file}({line},{column}): error ECO0104")
            .And.Contain("study_forms 的 forms 列出了「volunteer」：它是服务而不是理论学习").And.Not.Contain("内部错误"));
    }

    // ---- The unit tree: the units table and parent_id ----

    /// <summary>mini-12 with <paramref name="units"/> as its units table and, when given, <paramref name="branches"/> as its branches table.</summary>
    private string TreeDataset(string? units, string? branches = null)
    {
        var dir = Path.Combine(_dir, "tree");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "*.csv"))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        if (units is not null)
        {
            File.WriteAllText(Path.Combine(dir, "单位.csv"), units);
        }

        if (branches is not null)
        {
            File.WriteAllText(Path.Combine(dir, "branches.csv"), branches);
        }

        return dir;
    }

    [TestCase("单位编号,单位名称,上级单位\nZJ,浙江省生态环境厅,\nST,厅机关,ZJ\n", "branches.csv(8,unit)", "error ECO0320", "支部「B07」的「unit」为「杭州市生态环境局」，单位表（")]
    [TestCase("单位编号,单位名称,上级单位\nST,厅机关,HZ\nHZ,杭州市生态环境局,ST\n", "单位.csv(2,上级单位)", "error ECO0322", "单位的上级关系成环：「ST」→「HZ」→「ST」")]
    [TestCase("单位编号,单位名称,上级单位\nST,厅机关,ZX\nHZ,杭州市生态环境局,\n", "单位.csv(2,上级单位)", "error ECO0321", "单位「ST」的「上级单位」为「ZX」")]
    public void AUnitsTableThatMakesNoTreeIsRefusedAtTheRow(string units, string at, string code, string words)
    {
        var output = Path.Combine(_dir, "results.csv");
        var r = CliRunner.Run("evaluate", TreeDataset(units), "--rules", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"), "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(at).And.Contain(code).And.Contain(words).And.Not.Contain("内部错误"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void AParentIdThatNamesNoBranchIsRefusedAtTheRow()
    {
        var branches = "branch_id,name,unit,parent_id\nB01,第一党支部,厅机关,\nB02,第二党支部,厅机关,B99\n" +
                       string.Join("", Enumerable.Range(3, 10).Select(i => $"B{i:D2},第{i}党支部,{(i <= 6 ? "厅机关" : "杭州市生态环境局")},\n"));
        var r = CliRunner.Run("evaluate", TreeDataset(null, branches), "--rules", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("branches.csv(3,parent_id)").And.Contain("error ECO0324").And.Contain("支部「B02」的「parent_id」为「B99」"));
    }

    // ---- The quarterly rule set: annual windows ----

    [TestCase("window: year_to_date               # no 组织生活会", "window: quarterly               # no 组织生活会", "\"quarterly\"")]
    [TestCase("window: year_to_date             # held so far", "window: year_to_dat             # held so far", "\"year_to_dat\"")]
    public void AnAnnualWindowOfAnotherNameIsALocatedRuleErrorListingTheWords(string find, string replace, string word)
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "quarterly.yaml"));
        Assert.That(text, Does.Contain(find));
        var file = Path.Combine(_dir, "quarterly.yaml");
        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));
        var r = CliRunner.Run("validate", file);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain(file + "(").And.Contain("ECO0330").And.Contain(word).And.Contain("rolling_12_months").And.Contain("year_to_date"));
        Assert.That(r.Stdout + r.Stderr, Does.Not.Contain("内部错误"));
    }
    [TestCase("city", "out-folder/", "ECO0340", "--split-by 的取值「city」无法识别；可用的取值：unit")]
    [TestCase("unit", "report.xlsx", "ECO0341", "--split-by 需要一个文件夹作为输出，而「")]
    [TestCase("unit", null, "ECO0341", "--split-by 需要用 -o 指定一个文件夹")]
    public void SplitByAnUnknownKeyOrWithoutAFolderIsAUsageError(string key, string? output, string code, string words)
    {
        var args = new List<string> { "evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "--split-by", key };
        if (output is not null)
        {
            args.AddRange(["-o", Path.Combine(_dir, output)]);
        }

        var r = CliRunner.Run([.. args]);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage), r.Stderr);
        Assert.That(r.Stderr, Does.Contain(code).And.Contain(words).And.Not.Contain("内部错误"));
        Assert.That(Directory.GetFiles(_dir, "*.xlsx", SearchOption.AllDirectories), Is.Empty, "nothing written");
    }

    [Test]
    public void AFolderOutputWithoutSplitByIsAUsageError()
    {
        var r = CliRunner.Run("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "-o", Path.Combine(_dir, "packs") + "/");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Usage), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("packs/").And.Contain(".xlsx"));
    }

    [Test]
    public void SplitByUnitWritesOneWorkbookPerUnitIntoTheFolder()
    {
        var folder = Path.Combine(_dir, "packs") + "/";
        var r = CliRunner.Run("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024"), "--split-by", "unit", "-o", folder);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var files = Directory.GetFiles(folder, "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Has.Length.EqualTo(16));
        Assert.That(files[0], Is.EqualTo("01-ST-浙江省生态环境厅机关.xlsx"));
        Assert.That(files[^1], Is.EqualTo("16-FS-浙江省辐射环境监测站.xlsx"));
        Assert.That(r.Stdout, Does.Contain("已按单位写出 16 份报告").And.Contain("支部告知单"));

        // Beside each workbook, its unit's cards: the branches of that unit only, one card each.
        var cards = Directory.GetFiles(folder, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.That(cards, Has.Length.EqualTo(16));
        Assert.That(cards[1], Is.EqualTo("02-HZ-杭州市生态环境局-支部告知单.docx"));
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(folder, cards[1]));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var text = System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", string.Empty);
        var ids = System.Text.RegularExpressions.Regex.Matches(text, "（\u200B?([A-Z]{2}[0-9]{3})）").Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.That(ids, Is.Not.Empty);
        Assert.That(ids, Is.All.StartsWith("HZ"), "the 杭州 pack's cards are 杭州's branches");
        Assert.That(ids, Has.Length.EqualTo(9), "杭州市生态环境局 and its 分局: 9 branches");
    }

    // ---- A rule file that is not YAML: what is wrong in plain words, where it is ----

    [TestCase("id: x\nname: [a\ndimensions:\n  - id: p\n", "(2,7)", "括号或引号没有闭合", TestName = "An unclosed [ is located at the bracket, not at 1,1")]
    [TestCase("id: x\n  name: a\n", "(2,7)", "此处缩进或冒号有误", TestName = "A key indented under a scalar is an indentation problem")]
    [TestCase("id: x\nid: y\n", "(2,1)", "同一层里这个键写了两次", TestName = "A key given twice is said so")]
    [TestCase("id: \"x\nname: y\n", "(1,5)", "括号或引号没有闭合", TestName = "An unclosed quote is said so")]
    public void ARuleFileThatIsNotYamlSaysWhatIsWrongInChineseWithoutTheParsersEnglish(string yaml, string at, string words)
    {
        var file = Path.Combine(_dir, "broken.yaml");
        File.WriteAllText(file, yaml);
        var r = CliRunner.Run("validate", file);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(r.Stdout, Does.Contain(file + at + ": error ECO0101: YAML 语法错误：" + words));
        Assert.That(r.Stdout + r.Stderr, Does.Not.Contain("Operation is not valid").And.Not.Contain("While scanning").And.Not.Contain("While parsing").And.Not.Contain("{{"));
    }
}
