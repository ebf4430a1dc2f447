using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// Study is study (DOMAIN §5): 志愿服务 rows of the study table are service, not theory study. They never add to study
/// hours or any study indicator; they feed D3 (volunteer_hours), which a value typed in the indicators table still
/// overrides, and the trace says which source was used.
/// </summary>
public class StudyIsStudyTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    /// <summary>The provincial 2024 sample in a new folder, with <paramref name="studyRows"/> appended to its study table and
    /// <paramref name="edit"/> applied to its indicators table.</summary>
    private static string Dataset(string studyRows, Func<string, string>? edit = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"eco-study-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(Sample, "*.csv"))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        File.AppendAllText(Path.Combine(dir, "study.csv"), studyRows);
        if (edit is not null)
        {
            var path = Path.Combine(dir, "indicators.csv");
            File.WriteAllText(path, edit(File.ReadAllText(path)));
        }

        return dir;
    }

    /// <summary>The raw value and detail of each indicator of a branch, from <c>eco explain --format json</c>.</summary>
    private static Dictionary<string, (double? Raw, string Detail)> Explain(string dir, string branch)
    {
        var r = CliRunner.Run(["explain", dir, "--branch", branch, "--format", "json"]);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        return doc.RootElement.GetProperty("branch").GetProperty("trace").GetProperty("indicators").EnumerateArray().ToDictionary(
            i => i.GetProperty("id").GetString()!,
            i => (i.GetProperty("raw").ValueKind == JsonValueKind.Number ? i.GetProperty("raw").GetDouble() : (double?)null, i.GetProperty("detail").GetString()!));
    }

    private static void Run(string studyRows, Action<Dictionary<string, (double? Raw, string Detail)>, Dictionary<string, (double? Raw, string Detail)>> check,
        Func<string, string>? edit = null)
    {
        var before = Dataset(string.Empty, edit);
        var after = Dataset(studyRows, edit);
        try
        {
            check(Explain(before, "ST002"), Explain(after, "ST002"));
        }
        finally
        {
            Directory.Delete(before, true);
            Directory.Delete(after, true);
        }
    }

    [Test]
    public void AVolunteerRowNeverAddsToStudyHoursOrStudyIndicators()
    {
        // The case: a 40-hour 志愿服务 row of ST002's secretary raised study_hours 29.59 → 34.59 and study_compliance
        // 0.125 → 0.25 (the secretary then reached the 40-hour target; measured before the sample gained its quarterly
        // 读原著学原文 sessions). Service is not theory study: nothing a study indicator measures moves.
        Run("MST00201,,2024-06-15,volunteer,40,,是\n", (before, after) => Assert.Multiple(() =>
        {
            foreach (var id in new[] { "study_hours", "study_compliance", "study_form_diversity", "micro_lecture_share", "original_texts_share" })
            {
                Assert.That(after[id].Raw, Is.EqualTo(before[id].Raw), id);
            }
        }));
    }

    [Test]
    public void D3IsDerivedFromVolunteerRowsWhenNotTypedAndTheTraceSaysSo()
    {
        // ST002's typed volunteer_hours is emptied. The sample records no 志愿服务 in its study table: D3 is not derived
        // (not available, not a guessed 0). With the 40-hour row it is 40 h over ST002's 8 members = 5.
        Run("MST00201,,2024-06-15,volunteer,40,,是\n", (before, after) => Assert.Multiple(() =>
        {
            Assert.That(before["volunteer_hours"].Raw, Is.Null, before["volunteer_hours"].Detail);
            Assert.That(before["volunteer_hours"].Detail, Does.Contain("没有任何支部的志愿服务记录"));
            Assert.That(after["volunteer_hours"].Raw, Is.EqualTo(5).Within(1e-9));
            Assert.That(after["volunteer_hours"].Detail, Does.Contain("由记录推算").And.Contain("indicators.volunteer_hours"));
            Assert.That(after["volunteer_hours"].Detail, Does.Contain("志愿服务学时"));
        }), edit: text => ClearCell(text, "ST002", "volunteer_hours"));
    }

    [Test]
    public void ATypedD3ValueWinsOverTheDerivedOneAndTheTraceSaysSo()
    {
        Run("MST00201,,2024-06-15,volunteer,40,,是\n", (before, after) => Assert.Multiple(() =>
        {
            Assert.That(after["volunteer_hours"].Raw, Is.EqualTo(before["volunteer_hours"].Raw), "the typed value, not the rows");
            Assert.That(after["volunteer_hours"].Detail, Does.Contain("填报值 indicators.volunteer_hours"));
        }));
    }

    [Test]
    public void D2IsDerivedFromHomeIsNoMembershipsWhenNotTypedAndATypedValueWins()
    {
        // Two of ST002's home members also join a temporary branch (home=否): 2 / 8.
        var members = Path.Combine(Sample, "members.csv");
        var header = File.ReadLines(members).First();
        Assert.That(header, Does.StartWith("member_id,branch_id,status,role,home"), "the columns this test writes");
        Run(string.Empty, (before, after) =>
        {
            Assert.That(after["special_task_share"].Raw, Is.EqualTo(before["special_task_share"].Raw), "typed wins");
        });

        // Untyped, D2 is derived: the sample's MST00205 and MST00206 are in ST016 (督察整改临时党支部, home=否): 2 / 8. Two
        // more of ST002's home members join a new temporary branch: 4 / 8.
        var dir = Dataset(string.Empty, text => ClearCell(text, "ST002", "special_task_share"));
        try
        {
            var sampleOnly = Explain(dir, "ST002")["special_task_share"];
            var temp = "TMP01";
            File.AppendAllText(Path.Combine(dir, "branches.csv"), BranchRow(File.ReadLines(Path.Combine(dir, "branches.csv")).First(), temp));
            File.AppendAllText(Path.Combine(dir, "members.csv"), $"MST00202,{temp},full,member,否,\nMST00203,{temp},full,member,否,\n");
            var d2 = Explain(dir, "ST002")["special_task_share"];
            Assert.Multiple(() =>
            {
                Assert.That(sampleOnly.Raw, Is.EqualTo(2.0 / 8).Within(1e-9));
                Assert.That(d2.Raw, Is.EqualTo(4.0 / 8).Within(1e-9));
                Assert.That(d2.Detail, Does.Contain("由记录推算").And.Contain("4 / 本支部党员 8"));
            });
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>A temporary branch's row with the sample's branches columns (blank but its id, name, unit and type).</summary>
    private static string BranchRow(string header, string id)
    {
        var cells = header.Split(',').Select(c => c switch
        {
            "branch_id" => id,
            "name" => "专项督察临时党支部",
            "unit" => "浙江省生态环境厅机关",
            "type" => "temporary",
            _ => string.Empty,
        });
        return string.Join(",", cells) + "\n";
    }

    /// <summary>The indicators table with one branch's cell of a column emptied.</summary>
    private static string ClearCell(string text, string branch, string column)
    {
        var lines = text.Split('\n');
        var at = Array.IndexOf(lines[0].Split(','), column);
        Assert.That(at, Is.GreaterThan(0), column);
        return string.Join('\n', lines.Select(l =>
        {
            var cells = l.Split(',');
            if (cells[0] == branch)
            {
                cells[at] = string.Empty;
            }

            return string.Join(',', cells);
        }));
    }

    /// <summary>A rule set of D2 and B1 only: it reads members (D2, derived), study (B1) and indicators (D2, typed).</summary>
    private const string StandInRules = """
        id: stand-in
        name: 专项任务与学时
        version: "1"
        period: year
        dimensions:
          - id: responsibility
            name: 敢担当
            weight: 100
            indicators:
              - { id: special_task_share, name: 专项任务参与, measure: { kind: special_task_share }, direction: higher, normalise: { method: goalposts, low: 0, high: 0.2 }, weight: 50 }
              - { id: study_hours, name: 人均学时, measure: { kind: study_hours }, direction: higher, normalise: { method: goalposts, low: 0, high: 40 }, weight: 50 }
        weighting: { method: manual }
        aggregation: arithmetic
        rating:
          thresholds: { 先锋: { min: 90 }, 落后: { below: 60 } }
        """;

    [Test]
    public void TheIndicatorsTableStandsInForTheMembersTableThatD2IsDerivedFrom()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"eco-study-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "branches.csv"), "branch_id,name,unit,members\nB1,一支部,机关,5\n");
            File.WriteAllText(Path.Combine(dir, "study.csv"), "branch_id,date,form,hours\nB1,2024-03-01,xuexi,20\nB1,2024-05-01,volunteer,10\n");
            File.WriteAllText(Path.Combine(dir, "indicators.csv"), "branch_id,special_task_share\nB1,0.2\n");
            var rules = Path.Combine(dir, "rules.yaml");
            File.WriteAllText(rules, StandInRules);
            var typed = CliRunner.Run("explain", dir, "--rules", rules, "--branch", "B1", "--format", "json");
            Assert.That(typed.ExitCode, Is.Zero, typed.Stderr);
            Assert.That(typed.Stdout, Does.Contain("填报值 indicators.special_task_share"), "no members table needed: D2 is typed");
            Assert.That(typed.Stderr, Does.Not.Contain("ECO0270"));

            File.Delete(Path.Combine(dir, "indicators.csv"));
            var refused = CliRunner.Run("evaluate", dir, "--rules", rules, "--format", "csv");
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.InputError), refused.Stderr);
            Assert.That(refused.Stderr, Does.Contain("error ECO0270").And.Contain("members").And.Contain("special_task_share"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
