using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// 第一种形态 as early care (DOMAIN §5): under the default rules C1 and C2 count forms 2–4 only, so a branch that handles
/// its problems early (talks and reminders, no serious cases) is not worse off than one without findings; the roll-up
/// reports the first-form share as a positive signal.
/// </summary>
public class EarlyCareTests
{
    private const string FindingsHeader = "finding_id,branch_id,date,member_id,form,source,category,due_date,closed_date,tolerance,responsibility\n";

    private static string DefaultRules => Path.Combine(CliRunner.RepoRoot, "scoring-rules", "default.yaml");

    /// <summary>mini-12's records with <paramref name="findings"/> as its findings table, in a new folder.</summary>
    private static string Dataset(string findings)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"eco-early-care-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "*.csv"))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        File.WriteAllText(Path.Combine(dir, "findings.csv"), FindingsHeader + findings);
        return dir;
    }

    private static Dictionary<string, Dictionary<string, string>> Evaluate(string dir, params string[] extra)
    {
        var r = CliRunner.Run(["evaluate", dir, "--rules", DefaultRules, "--format", "csv", "--allow-missing", "study", .. extra]);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        return CsvText.Parse(r.Stdout).ToDictionary(x => x["branch_id"], StringComparer.Ordinal);
    }

    [Test]
    public void ABranchWithOnlyFirstFormFindingsScoresAsOneWithoutFindingsOnC1AndC2()
    {
        // B02 handled two four-winds problems by talks and reminders (form 1); B01 had none. Same N (10).
        var dir = Dataset("F0201,B02,2024-04-02,M0205,1,patrol,four_winds,2024-05-31,2024-05-20,,\n" +
                          "F0202,B02,2024-05-02,M0206,1,inspection,eight_rules,2024-06-30,2024-06-20,,\n");
        try
        {
            var rows = Evaluate(dir);
            Assert.Multiple(() =>
            {
                Assert.That(rows["B02"]["ind.weighted_findings"], Is.EqualTo(rows["B01"]["ind.weighted_findings"]), "C1");
                Assert.That(rows["B02"]["ind.four_winds_findings"], Is.EqualTo(rows["B01"]["ind.four_winds_findings"]), "C2");
                Assert.That(rows["B02"]["ind.weighted_findings"], Is.EqualTo("100"));
            });
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void SecondFormFindingsStillCountOnC1AndC2()
    {
        var dir = Dataset("F0201,B02,2024-04-02,M0205,2,patrol,four_winds,2024-05-31,2024-05-20,,\n");
        try
        {
            var rows = Evaluate(dir);
            Assert.Multiple(() =>
            {
                // C1: 3 / 10 × 10 = 3 on goalposts 0–5 → 40; C2: 1 / 10 × 10 = 1 on goalposts 0–1 → 0.
                Assert.That(double.Parse(rows["B02"]["ind.weighted_findings"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(40).Within(1e-9));
                Assert.That(double.Parse(rows["B02"]["ind.four_winds_findings"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(0).Within(1e-9));
            });
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void ARuleFileMayCountTheFirstFormOnC2Again()
    {
        var rules = Path.Combine(Path.GetTempPath(), $"eco-early-care-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(rules, File.ReadAllText(DefaultRules).Replace("forms: [2, 3, 4]", "forms: [1, 2, 3, 4]", StringComparison.Ordinal));
        var dir = Dataset("F0201,B02,2024-04-02,M0205,1,patrol,four_winds,2024-05-31,2024-05-20,,\n");
        try
        {
            var r = CliRunner.Run("evaluate", dir, "--rules", rules, "--format", "csv", "--allow-missing", "study");
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            var b02 = CsvText.Parse(r.Stdout).Single(x => x["branch_id"] == "B02");
            Assert.That(double.Parse(b02["ind.four_winds_findings"], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(0).Within(1e-9));
        }
        finally
        {
            Directory.Delete(dir, true);
            File.Delete(rules);
        }
    }

    /// <summary>
    /// mini-12: 厅机关 handled 2 of its 3 cases under the first form (B02, B04; B05 form 4); 杭州 1 of 3 is not, and
    /// neither is the system (2 of 6 would be 33 %: no signal, and too few cases to flag).
    /// </summary>
    [Test]
    public void TheRollUpReportsTheFirstFormShareAsAPositiveSignalInEveryOutput()
    {
        var root = CliRunner.RepoRoot;
        var mini = Path.Combine(root, "samples", "mini-12");
        var rules = Path.Combine(mini, "rules.yaml");
        var dir = Path.Combine(Path.GetTempPath(), $"eco-early-care-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var json = Path.Combine(dir, "r.json");
            var md = Path.Combine(dir, "r.md");
            var xlsx = Path.Combine(dir, "r.xlsx");
            var r = CliRunner.Run("evaluate", mini, "--rules", rules, "-o", json, "-o", md, "-o", xlsx);
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);

            const string Sentence = "抓早抓小：第一种形态 2 件，占全部 3 件的 66.7%，不低于 50%";
            using var doc = JsonDocument.Parse(File.ReadAllText(json));
            var units = doc.RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!);
            var table = CliRunner.Run("evaluate", mini, "--rules", rules).Stdout;
            var office = table.Split('\n').Single(l => l.TrimStart().StartsWith("厅机关", StringComparison.Ordinal));
            using var wb = new ClosedXML.Excel.XLWorkbook(xlsx);
            var sheet = wb.Worksheet("单位");
            var column = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "抓早抓小（第一种形态占比）").Address.ColumnNumber;
            Assert.Multiple(() =>
            {
                Assert.That(units["厅机关"].GetProperty("signals")[0].GetString(), Is.EqualTo("early_care:form1 2/3=66.7%≥50%"));
                Assert.That(units["厅机关"].GetProperty("warnings").GetArrayLength(), Is.Zero);
                Assert.That(units["杭州市生态环境局"].GetProperty("signals").GetArrayLength(), Is.Zero, "no form-1 case");
                Assert.That(doc.RootElement.GetProperty("system").GetProperty("signals").GetArrayLength(), Is.Zero, "2 of 6 is below half");
                Assert.That(doc.RootElement.GetProperty("system").GetProperty("warnings").GetArrayLength(), Is.Zero, "fewer than 10 cases are not flagged");
                Assert.That(office, Does.EndWith(Sentence), "the console roll-up line");
                Assert.That(File.ReadAllText(md), Does.Contain("| 抓早抓小 |").And.Contain("| " + Sentence + " |"));
                Assert.That(sheet.Cell(2, 1).GetString(), Is.EqualTo("厅机关"));
                Assert.That(sheet.Cell(2, column).GetString(), Is.EqualTo(Sentence));
            });
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void WeakEarlyHandlingIsStillFlaggedAndGetsNoSignal()
    {
        // B02: 10 cases, 3 of them form 1 (30 %) — the 抓早抓小 warning as before, no positive signal.
        var findings = string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"F02{i:00},B02,2024-0{1 + (i % 9)}-02,M0205,{(i <= 3 ? 1 : 2)},patrol,other,,,,\n"));
        var dir = Dataset(findings);
        try
        {
            var r = CliRunner.Run("evaluate", dir, "--rules", DefaultRules, "--format", "json", "--allow-missing", "study");
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            using var doc = JsonDocument.Parse(r.Stdout);
            var office = doc.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "厅机关");
            Assert.Multiple(() =>
            {
                Assert.That(office.GetProperty("warnings")[0].GetString(), Is.EqualTo("early_handling:form1 3/10<50%"));
                Assert.That(office.GetProperty("signals").GetArrayLength(), Is.Zero);
                Assert.That(office.GetProperty("forms").GetProperty("form1_share").GetDouble(), Is.EqualTo(0.3).Within(1e-12));
            });
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
