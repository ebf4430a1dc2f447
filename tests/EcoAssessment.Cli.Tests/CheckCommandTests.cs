using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// No table the rule set reads is silently absent, the department's own names through a mapping file, and
/// <c>eco check</c>: the pre-flight report of both samples, the template and renamed files, as text, JSON, Markdown and
/// the report's 数据检查 sheet.
/// </summary>
public class CheckCommandTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    private static string Workbook => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024.xlsx");

    private string _temp = null!;

    [SetUp]
    public void SetUp() => _temp = Directory.CreateTempSubdirectory("eco-check-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_temp, recursive: true);

    /// <summary>A copy of the 2024 sample folder (without its expected results) with one file renamed.</summary>
    private string SampleWith(string file, string renamed)
    {
        var folder = Path.Combine(_temp, "data");
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.EnumerateFiles(Sample))
        {
            var name = Path.GetFileName(f);
            File.Copy(f, Path.Combine(folder, name == file ? renamed : name));
        }

        return folder;
    }

    /// <summary>The sample's results as CSV.</summary>
    private string Results(string dataset, params string[] extra)
    {
        var output = Path.Combine(_temp, $"r{Guid.NewGuid():N}.csv");
        var r = CliRunner.Run(["evaluate", dataset, "-o", output, .. extra]);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        return File.ReadAllText(output);
    }

    [Test]
    public void AFindingsFileUnderAnUnknownNameStopsTheRunNamingTheTableWhatWasReadAndWhatNeedsIt()
    {
        var folder = SampleWith("findings.csv", "我局执纪记录.csv");
        var output = Path.Combine(_temp, "results.csv");
        var r = CliRunner.Run("evaluate", folder, "-o", output);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain($"{folder}: error ECO0270: 数据集中没有问题表（findings）")
            .And.Contain("一票否决 form4「党员受第四种形态处理」").And.Contain("指标 weighted_findings「加权问题指数」")
            .And.Contain("未读取 README.md、我局执纪记录.csv").And.Contain("--allow-missing findings"));
        Assert.That(r.Stderr, Does.Contain("我局执纪记录.csv: warning ECO0254"), "the file left out is a warning printed in full");
        Assert.That(File.Exists(output), Is.False);
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void AllowMissingRatesWithoutTheTableAndEveryOutputSaysSo()
    {
        var folder = SampleWith("findings.csv", "我局执纪记录.csv");
        var md = Path.Combine(_temp, "results.md");
        var json = Path.Combine(_temp, "results.json");
        var r = CliRunner.Run("evaluate", folder, "--allow-missing", "findings", "-o", md, "-o", json);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout.Split('\n')[0], Is.EqualTo("注意：本次评估没有问题表（findings），读取这些表的指标记为“无数据”"));
        Assert.That(r.Stderr, Does.Contain("warning ECO0271: 按 --allow-missing，本次评估没有问题表（findings）"));
        Assert.That(File.ReadAllText(md).Split('\n')[2], Is.EqualTo("> **注意：本次评估没有问题表（findings），读取这些表的指标记为“无数据”**"));
        var findings = JsonNode.Parse(File.ReadAllText(json))!["checks"]!["tables"]!.AsArray().Single(t => (string?)t!["table"] == "findings")!;
        Assert.That((string?)findings["state"], Is.EqualTo("absent_allowed"));
        Assert.That(findings["read_by"]!.AsArray().Select(x => (string?)x), Does.Contain("form4"));
    }

    [Test]
    public void AllowMissingRefusesAWordThatIsNoTableAndTheBranchesTable()
    {
        var bad = CliRunner.Run("evaluate", Sample, "--allow-missing", "findngs");
        Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(bad.Stderr, Does.Contain("--allow-missing 的「findngs」不是表名"));
        Assert.That(CliRunner.Run("evaluate", Sample, "--allow-missing", "branches").Stderr, Does.Contain("不能包括 branches"));
    }

    [Test]
    public void ARuleFileMayDeclareATableOptional()
    {
        var folder = SampleWith("study.csv", "学习-草稿.txt");
        var rules = Path.Combine(_temp, "rules.yaml");
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml"));
        File.WriteAllText(rules, text.Replace("\nrating:", "\ninputs:\n  optional: [study]\nrating:", StringComparison.Ordinal));
        var r = CliRunner.Run("evaluate", folder, "--rules", rules, "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stderr, Does.Contain("warning ECO0271: 规则文件声明学习表（study）可选"));
        Assert.That(r.Stderr, Does.Contain("学习-草稿.txt: warning ECO0254"), "a text file beside the tables may be one: a warning");

        File.WriteAllText(rules, text.Replace("\nrating:", "\ninputs:\n  optional: [studies]\nrating:", StringComparison.Ordinal));
        var bad = CliRunner.Run("evaluate", folder, "--rules", rules);
        Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(bad.Stderr, Does.Contain("error ECO0104").And.Contain("studies"));
    }

    [Test]
    public void TheDepartmentsFileNameThroughAMappingBesideTheTablesGivesByteIdenticalResults()
    {
        var original = Results(Sample);
        var folder = SampleWith("findings.csv", "我局执纪记录.csv");
        File.WriteAllText(Path.Combine(folder, "mapping.yaml"), "tables:\n  我局执纪记录: findings\n");
        Assert.That(Results(folder), Is.EqualTo(original));
    }

    [Test]
    public void TheDepartmentsSheetNamesThroughAMappingBesideTheWorkbookGiveByteIdenticalResults()
    {
        var original = Results(Workbook);
        var copy = Path.Combine(_temp, "本局台账.xlsx");
        File.Copy(Workbook, copy);
        using (var book = SpreadsheetDocument.Open(copy, true))
        {
            foreach (var sheet in book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>())
            {
                sheet.Name = sheet.Name!.Value switch { "问题" => "我局执纪记录", "会议" => "组织生活记录本", var n => n };
            }
        }

        var refused = CliRunner.Run("evaluate", copy);
        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(refused.Stderr, Does.Contain("error ECO0270: 数据集中没有会议表（meetings）").And.Contain("error ECO0270: 数据集中没有问题表（findings）"));
        File.WriteAllText(Path.Combine(_temp, "mapping.yaml"), "tables:\n  我局执纪记录: findings\n  组织生活记录本: 会议\n");
        Assert.That(Results(copy), Is.EqualTo(original));
    }

    [Test]
    public void AColumnTheRuleSetReadsUnderAnUnknownCaptionIsAnErrorAtItsCellAndAMappingReadsIt()
    {
        var original = Results(Sample);
        var folder = SampleWith("findings.csv", "findings.csv");
        var path = Path.Combine(folder, "findings.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var form = Array.IndexOf(header, "form");
        Assert.That(form, Is.GreaterThanOrEqualTo(0), lines[0]);
        header[form] = "处理结果";
        lines[0] = string.Join(',', header);
        File.WriteAllLines(path, lines);

        var r = CliRunner.Run("evaluate", folder);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stderr);
        Assert.That(r.Stderr, Does.Contain("findings.csv(1,处理结果): error ECO0272: findings表的列名「处理结果」不认识").And.Contain("「form」列"));

        File.WriteAllText(Path.Combine(folder, "mapping.yaml"), "columns:\n  findings:\n    处理结果: form\n");
        Assert.That(Results(folder), Is.EqualTo(original));
    }

    [Test]
    public void AWordOfTheDepartmentIsReadAsTheCodeTheMappingGivesIt()
    {
        var folder = SampleWith("meetings.csv", "meetings.csv");
        var path = Path.Combine(folder, "meetings.csv");
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(",committee,"));
        File.WriteAllText(path, text.Replace(",committee,", ",支委扩大会议,", StringComparison.Ordinal));
        var refused = CliRunner.Run("evaluate", folder);
        Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(refused.Stderr, Does.Contain("error ECO0203"));

        var mapping = Path.Combine(_temp, "department.yaml");
        File.WriteAllText(mapping, "codes:\n  meetings.type:\n    支委扩大会议: committee\n");
        Assert.That(Results(folder, "--mapping", mapping), Is.EqualTo(Results(Sample)));
    }

    [Test]
    public void AMappingFileWithProblemsIsRefusedWithEachProblemAtItsLine()
    {
        var mapping = Path.Combine(_temp, "mapping.yaml");
        File.WriteAllText(mapping, "tables:\n  执纪记录: problems\ncolumns:\n  findings:\n    处理结果: formx\ncodes:\n  meetings.date:\n    x: y\nsheets: {}\n");
        var r = CliRunner.Run("evaluate", Sample, "--mapping", mapping);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain($"{mapping}(2,9): error ECO0130: 「执纪记录」映射到的「problems」不是表名")
            .And.Contain($"{mapping}(5,11): error ECO0130: 列名「处理结果」映射到的「formx」不是findings表的列")
            .And.Contain($"{mapping}(7,3): error ECO0130: 「meetings.date」不是代码列")
            .And.Contain($"{mapping}(9,1): error ECO0130: 映射文件不认识键「sheets」"));
        Assert.That(CliRunner.Run("evaluate", Sample, "--mapping", Path.Combine(_temp, "none.yaml")).Stderr, Does.Contain("error ECO0001: 映射文件不存在"));
    }

    [TestCase("provincial-eco-2024")]
    [TestCase("provincial-eco-2024.xlsx")]
    public void CheckReportsEveryTableOfTheSampleAndItsWarnings(string sample)
    {
        var r = CliRunner.Run("check", Path.Combine(CliRunner.RepoRoot, "samples", sample));
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative), r.Stdout + r.Stderr);
        var source = sample.EndsWith(".xlsx", StringComparison.Ordinal) ? "provincial-eco-2024.xlsx!会议" : "meetings.csv";
        Assert.That(r.Stdout, Does.Contain("（规则集 iron-army，考核期 2024）")
            .And.Contain($"会议表（meetings）：读自 {source}；5706 行；考核期内 5706 行；日期 2024-01-03 至 2024-12-28；涉及 130 个支部")
            .And.Contain("学习表（study）：").And.Contain("涉及 127 个支部")
            .And.Contain("warning ECO0256").And.Contain("结论：").And.Contain("（退出码 1）"));
    }

    [Test]
    public void CheckInJsonAndMarkdownHoldsTheSameFindings()
    {
        var json = CliRunner.Run("check", Sample, "--format", "json");
        Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.Negative), json.Stderr);
        var doc = JsonNode.Parse(json.Stdout)!;
        Assert.That((string?)doc["period"], Is.EqualTo("2024"));
        var meetings = doc["tables"]!.AsArray().Single(t => (string?)t!["table"] == "meetings")!;
        Assert.That(((long?)meetings["rows"], (long?)meetings["rows_in_period"], (string?)meetings["first_date"], (int?)meetings["branches"]),
            Is.EqualTo(((long?)5706, (long?)5706, "2024-01-03", (int?)130)));
        Assert.That((int?)doc["exit_code"], Is.EqualTo(1));
        Assert.That(doc["problems"]!.AsArray().Select(p => (string?)p!["code"]), Does.Contain("ECO0256"));

        var md = CliRunner.Run("check", Sample, "--format", "md", "--lang", "en");
        Assert.That(md.Stdout, Does.StartWith("# data check: ").And.Contain("| table | read from | rows | in period | dates | branches | state |")
            .And.Contain("| meetings table (会议) | meetings.csv | 5706 | 5706 | 2024-01-03..2024-12-28 | 130 | read |"));
    }

    [Test]
    public void CheckOnTheUntouchedTemplateSaysItHoldsOnlyExamples()
    {
        var template = Path.Combine(_temp, "模板.xlsx");
        Assert.That(CliRunner.Run("template", "-o", template).ExitCode, Is.Zero);
        var r = CliRunner.Run("check", template);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stdout);
        Assert.That(r.Stdout, Does.Contain("error ECO0261").And.Contain("（退出码 3）"));
        Assert.That(r.Stdout, Does.Contain("问题表（findings）：读自 模板.xlsx!问题，但没有任何记录").And.Not.Contain("缺失"),
            "the sheets are there: they hold only examples");
    }

    [Test]
    public void CheckOnRenamedSheetsNamesWhatIsMissingAndSuggestsAMappingThatReadsThem()
    {
        var folder = SampleWith("findings.csv", "我局执纪记录.csv");
        var suggestion = Path.Combine(_temp, "mapping.suggested.yaml");
        var r = CliRunner.Run("check", folder, "--suggest-mapping", suggestion);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stdout, Does.Contain("问题表（findings）：缺失——规则集的").And.Contain("我局执纪记录.csv：文件名不是已知的表名"));
        Assert.That(r.Stderr, Does.Contain("已写出建议的映射文件"));
        var text = File.ReadAllText(suggestion);
        Assert.That(text, Does.Contain("\"我局执纪记录\": findings"));

        var mapped = CliRunner.Run("check", folder, "--mapping", suggestion);
        Assert.That(mapped.ExitCode, Is.EqualTo(ExitCodes.Negative), mapped.Stdout);
        Assert.That(mapped.Stdout, Does.Contain("映射文件：").And.Contain("「我局执纪记录」→ findings 表").And.Contain("问题表（findings）：读自 我局执纪记录.csv；224 行"));
    }

    [Test]
    public void TheReportWorkbookHoldsTheDataCheckSheet()
    {
        var report = Path.Combine(_temp, "report.xlsx");
        var r = CliRunner.Run("evaluate", Sample, "-o", report);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var book = new XLWorkbook(report);
        Assert.That(book.TryGetWorksheet("数据检查", out var sheet), Is.True, string.Join(",", book.Worksheets.Select(w => w.Name)));
        var cells = sheet.CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.That(cells, Does.Contain("会议表（meetings）").And.Contain("meetings.csv").And.Contain("ECO0256"));
        Assert.That(cells.Any(c => c.StartsWith("结论：", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void CheckWritesNoResultAndLeavesTheDatasetAlone()
    {
        var before = Directory.EnumerateFiles(Sample).Select(f => (f, File.GetLastWriteTimeUtc(f))).ToArray();
        var r = CliRunner.Run("check", Sample, "-o", Path.Combine(_temp, "check.md"), "--format", "md");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Negative));
        Assert.That(File.ReadAllText(Path.Combine(_temp, "check.md")), Does.StartWith("# 数据检查："));
        Assert.That(Directory.EnumerateFiles(Sample).Select(f => (f, File.GetLastWriteTimeUtc(f))), Is.EqualTo(before));
    }

    [Test]
    public void CheckOfCleanDataExitsZeroAndSaysSo()
    {
        var folder = Path.Combine(_temp, "clean");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "branches.csv"), "branch_id,name,unit,members\nB1,一支部,机关,10\nB2,二支部,机关,8\n");
        File.WriteAllText(Path.Combine(folder, "indicators.csv"), "branch_id,i\nB1,0.9\nB2,0.5\n");
        var rules = Path.Combine(_temp, "rules.yaml");
        File.WriteAllText(rules, string.Join("\n",
            "# yaml-language-server: $schema=schema/rules.schema.json",
            "id: clean", "name: 一项指标", "version: \"1\"",
            "dimensions:",
            "  - id: a",
            "    name: 维度",
            "    weight: 1",
            "    indicators:",
            "      - { id: i, name: 指标, measure: { kind: value }, normalise: { method: goalposts, low: 0, high: 1 }, weight: 1 }",
            "rating:",
            "  thresholds: { 先锋: { min: 80 }, 落后: { below: 60 } }",
            ""));
        var r = CliRunner.Run("check", folder, "--rules", rules, "--period", "2024");
        Assert.That(r.ExitCode, Is.Zero, r.Stdout + r.Stderr);
        Assert.That(r.Stdout, Does.Contain("指标表（indicators）：读自 indicators.csv；2 行；涉及 2 个支部").And.Contain("未发现问题").And.Contain("（退出码 0）"));
        Assert.That(r.Stdout, Does.Contain("会议表（meetings）：未提供（规则集不读取此表）"));
    }

    [Test]
    public void ASheetUnderAnUnknownNameIsSuggestedByItsCaptionsAndTheSuggestionReadsTheWorkbook()
    {
        var copy = Path.Combine(_temp, "本局台账.xlsx");
        File.Copy(Workbook, copy);
        using (var book = SpreadsheetDocument.Open(copy, true))
        {
            var sheet = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name!.Value == "问题");
            sheet.Name = "我局执纪记录";
        }

        var suggestion = Path.Combine(_temp, "mapping.suggested.yaml");
        var r = CliRunner.Run("check", copy, "--suggest-mapping", suggestion);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError), r.Stdout);
        Assert.That(File.ReadAllText(suggestion), Does.Contain("\"我局执纪记录\": findings   # 列名与该表的"));
        Assert.That(Results(copy, "--mapping", suggestion), Is.EqualTo(Results(Workbook)));
    }
}
