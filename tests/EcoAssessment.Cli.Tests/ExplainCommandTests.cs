using System.Text.Json;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

public partial class ExplainCommandTests
{
    private static string Mini12 => Path.Combine(CliRunner.RepoRoot, "samples", "mini-12");

    private static string Provincial => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    [Test]
    public void ExplainsTheQuotaBoundaryOfMini12InChinese()
    {
        var r = CliRunner.Run("explain", Mini12, "--rules", Path.Combine(Mini12, "rules.yaml"), "--branch", "B03");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.Contain("结论：中间"));
        // B04's form-1 finding is early care (weight 0 on C1): 96.00 puts it third, B03 (92.00) fourth of four 先锋.
        Assert.That(r.Stdout, Does.Contain("超出名额 ⌊0.30×11⌋ = 3 → 中间；因 得分(96.00 对 92.00) 排在 B04 之后"), "the key that decided the boundary");
        Assert.That(r.Stdout, Does.Contain("三会一课完成率 (org_life_completion)").And.Contain("general_assembly 2/2"));
    }

    [Test]
    public void NamesTheFindingsBehindAVetoAndADeduction()
    {
        var r = CliRunner.Run("explain", Mini12, "--rules", Path.Combine(Mini12, "rules.yaml"), "--branch", "B06", "--lang", "en");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        Assert.That(r.Stdout, Does.Contain("[fired] 督察巡察问题逾期未整改 (overdue_inspection, cap 中间); changed the rating"));
        Assert.That(r.Stdout, Does.Contain("findings F0601"));
        Assert.That(r.Stdout, Does.Contain("整改逾期 (overdue): −2"));
        Assert.That(r.Stdout, Does.Contain("Result: 中间"), "rating values never change with --lang");
    }

    [Test]
    public void JsonHasTheBranchAndItsTrace()
    {
        var r = CliRunner.Run("explain", Mini12, "--rules", Path.Combine(Mini12, "rules.yaml"), "--branch", "B12", "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var branch = doc.RootElement.GetProperty("branch");
        Assert.That(branch.GetProperty("rating").GetString(), Is.EqualTo("未定级"));
        Assert.That(branch.GetProperty("coverage").GetDouble(), Is.EqualTo(0.6).Within(1e-12));
        Assert.That(branch.GetProperty("trace").GetProperty("indicators").GetArrayLength(), Is.EqualTo(8));
    }

    [Test]
    public void AnUnknownBranchIsAnInputErrorListingSomeIds()
    {
        var r = CliRunner.Run("explain", Mini12, "--rules", Path.Combine(Mini12, "rules.yaml"), "--branch", "B99");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("数据集中没有支部“B99”").And.Contain("B01"));
    }

    [Test]
    public void EveryBranchOfTheProvincialSampleCanBeExplained()
    {
        var bag = new EcoAssessment.Diagnostics.DiagnosticBag();
        var plan = Plan.Create(RuleSetReader.ReadDefault().Rules);
        var read = CsvDatasetReader.Read(Provincial, null, bag, requirements: plan.Requirements);
        Assert.That(read.Dataset, Is.Not.Null, string.Join("\n", bag.Items));
        var a = plan.Run(read.Dataset!);
        Assert.That(a.Results, Has.Count.GreaterThanOrEqualTo(100));
        var rules = a.Rules;
        var ids = new HashSet<string>(
            rules.Dimensions.Select(d => d.Id).Concat(rules.Dimensions.SelectMany(d => d.Indicators).Select(i => i.Id))
                .Concat(rules.Rating.Vetoes.Select(v => v.Id)).Concat(rules.Adjustments.Deductions.Concat(rules.Adjustments.Bonuses).Select(x => x.Id))
                .Append(rules.Id),
            StringComparer.Ordinal)
        {
            // Codes of the data (meeting types, study forms, finding categories) without an underscore, tables, the unit of hours.
            "group", "committee", "lecture", "talk", "xuexi", "meetings", "findings", "assessments", "indicators", "study", "h", "satisfaction",
        };
        foreach (var r in a.Results)
        {
            var text = ExplanationText.Render(a, r);
            Assert.That(text, Does.Contain($"({r.BranchId})").And.Contain("结论：" + EcoAssessment.Model.RatingLabels.Chinese(r.Rating)), r.BranchId);
            Assert.That(r.VetoTraces.Select(v => v.Id), Is.EqualTo(a.Rules.Rating.Vetoes.Select(v => v.Id)), "every veto is considered for every branch");
            var english = LatinWords().Matches(text).Select(m => m.Value).Where(w => !ids.Contains(w) && !IsCode(w)).Distinct().ToArray();
            Assert.That(english, Is.Empty, $"{r.BranchId}: English words in the Chinese explanation (only ids, codes, units and file names)");
        }

        var cli = CliRunner.Run("explain", Provincial, "--branch", a.Results[^1].BranchId);
        Assert.That(cli.ExitCode, Is.Zero, cli.Stderr);
    }

    [Test]
    public void TheProvincialSampleKeepsTheQuotaAndFiresEveryVeto()
    {
        var r = CliRunner.Run("evaluate", Provincial, "--format", "csv");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var rows = CsvText.Parse(r.Stdout);
        var rated = rows.Count(x => x["rating"] != "未定级");
        Assert.That(rated, Is.GreaterThanOrEqualTo(100));
        Assert.That(rows.Count(x => x["rating"] == "先锋"), Is.LessThanOrEqualTo((int)Math.Floor(0.3m * rated)));
        Assert.That(rows.Any(x => x["reason_codes"].Contains("quota:先锋→中间", StringComparison.Ordinal)), Is.True, "the quota overflows");
        var fired = rows.SelectMany(x => x["vetoes"].Split(';', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var declared = RuleSetReader.ReadDefault().Rules.Rating.Vetoes.Select(v => v.Id);
        Assert.That(fired, Is.SupersetOf(declared));
    }

    /// <summary>A code rather than a word: written with an underscore, a hyphen, a dot or a digit (general_assembly, OR-, default.yaml, F0601).</summary>
    private static bool IsCode(string w) => w.Any(c => c is '_' or '-' or '.' || char.IsAsciiDigit(c));

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z][A-Za-z0-9_.\-]*")]
    private static partial System.Text.RegularExpressions.Regex LatinWords();
}
