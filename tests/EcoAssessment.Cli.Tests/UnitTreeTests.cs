using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// The roll-up at every level (issue 21, item 5) as a user sees it: the provincial sample's units table gives 厅 → 市局 →
/// 分局, and the console and the JSON show every level in the tree's order.
/// </summary>
public class UnitTreeTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    [Test]
    public void TheConsoleShowsTheRollupAtThreeLevelsIndentedInTheTreesOrder()
    {
        var r = CliRunner.Run("evaluate", Sample);
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        var lines = r.Stdout.Split('\n');
        var units = lines.SkipWhile(l => l != "单位政治生态建设状况").Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        int At(string start) => Array.FindIndex(units, l => l.StartsWith(start, StringComparison.Ordinal));

        var province = At("  浙江省生态环境厅（厅）");
        var office = At("    浙江省生态环境厅机关（厅机关）");
        var hangzhou = At("    杭州市生态环境局（市局）");
        var xihu = At("      杭州市生态环境局西湖分局（分局）");
        var ningbo = At("    宁波市生态环境局（市局）");
        Assert.That(new[] { province, office, hangzhou, xihu, ningbo }, Is.All.GreaterThanOrEqualTo(0), string.Join("\n", units));
        Assert.That(new[] { province, office, hangzhou, xihu, ningbo }, Is.Ordered, "a node, then the nodes beneath it, siblings by display order");
        Assert.That(units[^1], Does.StartWith("  全系统"));

        // The province covers every branch: the same score, band and mix as the whole system.
        Assert.That(units[province][units[province].IndexOf("87.20", StringComparison.Ordinal)..],
            Is.EqualTo(units[^1][units[^1].IndexOf("87.20", StringComparison.Ordinal)..]));
        Assert.That(units[hangzhou], Does.Contain("84.49  黄  先锋/中间/落后/未定级 1/7/0/1"));
        Assert.That(units[xihu], Does.Contain("79.25  黄  先锋/中间/落后/未定级 0/1/0/0"), "the 分局 holds HZ007 (79.25)");
    }

    [Test]
    public void TheJsonGivesEachUnitItsParentAndLevelInTheTreesOrder()
    {
        var r = CliRunner.Run("evaluate", Sample, "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var units = doc.RootElement.GetProperty("units").EnumerateArray().ToArray();
        string? S(JsonElement u, string p) => u.GetProperty(p).ValueKind == JsonValueKind.Null ? null : u.GetProperty(p).GetString();
        var byId = units.ToDictionary(u => u.GetProperty("id").GetString()!);

        Assert.That(units.Length, Is.EqualTo(50));
        Assert.That(units.Select(u => u.GetProperty("depth").GetInt32()).Distinct().Order(), Is.EqualTo(new[] { 0, 1, 2 }), "three levels");
        Assert.That((S(byId["ZJ"], "unit"), S(byId["ZJ"], "parent"), S(byId["ZJ"], "level")), Is.EqualTo(("浙江省生态环境厅", (string?)null, "厅")));
        Assert.That((S(byId["HZ"], "parent"), S(byId["HZ"], "level"), byId["HZ"].GetProperty("order").GetInt32()), Is.EqualTo(("ZJ", "市局", 2)));
        Assert.That((S(byId["HZF03"], "unit"), S(byId["HZF03"], "parent"), S(byId["HZF03"], "level")), Is.EqualTo(("杭州市生态环境局西湖分局", "HZ", "分局")));
        Assert.That(byId["ZJ"].GetProperty("branches").GetInt32(), Is.EqualTo(130));
        Assert.That(byId["HZ"].GetProperty("branches").GetInt32(), Is.EqualTo(9), "the 市局 covers its 分局's branches");
        Assert.That(units.All(u => S(u, "kind") == "unit"));

        // Every parent comes before its children; the system keeps its place and fields.
        var seen = new HashSet<string>();
        foreach (var u in units)
        {
            Assert.That(S(u, "parent") is null || seen.Contains(S(u, "parent")!), Is.True, S(u, "id"));
            seen.Add(S(u, "id")!);
        }

        var system = doc.RootElement.GetProperty("system");
        Assert.That((S(system, "unit"), S(system, "kind"), system.GetProperty("score").GetDouble()), Is.EqualTo(("全系统", "system", byId["ZJ"].GetProperty("score").GetDouble())));
        foreach (var field in new[] { "score", "score_unrounded", "health", "branches", "rated", "members", "ratings", "forms", "responsibility", "red_lines", "warnings", "signals" })
        {
            Assert.That(byId["HZF03"].TryGetProperty(field, out _), Is.True, field);
        }
    }

    [Test]
    public void AGeneralBranchAppearsAsANodeCoveringTheBranchesUnderIt()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"eco-tree-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "*.csv"))
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            }

            // B01 becomes the 党总支 of B02 and B03 (parent_id); the rules and every rating stay as they were.
            var branches = File.ReadAllLines(Path.Combine(dir, "branches.csv"));
            var rows = branches.Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)] is "B02" or "B03" ? l + ",B01" : l + ",");
            File.WriteAllLines(Path.Combine(dir, "branches.csv"), [branches[0] + ",parent_id", .. rows]);
            var rules = Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml");
            var tree = CliRunner.Run("evaluate", dir, "--rules", rules, "--format", "json");
            var flat = CliRunner.Run("evaluate", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "--rules", rules, "--format", "json");
            Assert.That(tree.ExitCode, Is.Zero, tree.Stderr);
            using var a = JsonDocument.Parse(tree.Stdout);
            using var b = JsonDocument.Parse(flat.Stdout);
            var node = a.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("kind").GetString() == "organisation");
            Assert.That((node.GetProperty("id").GetString(), node.GetProperty("parent").GetString(), node.GetProperty("depth").GetInt32(), node.GetProperty("branches").GetInt32()),
                Is.EqualTo(("B01", "厅机关", 1, 3)));
            string Ratings(JsonDocument d) => string.Join(";", d.RootElement.GetProperty("branches").EnumerateArray()
                .Select(x => x.GetProperty("branch_id").GetString() + "=" + x.GetProperty("rating").GetString() + "/" + x.GetProperty("score").GetRawText()));
            Assert.That(Ratings(a), Is.EqualTo(Ratings(b)), "a 党总支 is rated on its own records: parent_id moves no rating");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void AMappingFileNamesTheDepartmentsUnitsSheetAndItsColumns()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"eco-tree-map-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var f in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "samples", "mini-12"), "*.csv"))
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            }

            File.WriteAllText(Path.Combine(dir, "机构台账.csv"), "编号,机构名称,所属上级,排序,层级\nZJ,浙江省生态环境厅,,1,厅\nHZ,杭州市生态环境局,ZJ,1,市局\nST,厅机关,ZJ,2,厅机关\n");
            File.WriteAllText(Path.Combine(dir, "mapping.yaml"), "tables:\n  机构台账: units\ncolumns:\n  units:\n    机构名称: name\n    所属上级: parent\n");
            var r = CliRunner.Run("evaluate", dir, "--rules", Path.Combine(CliRunner.RepoRoot, "samples", "mini-12", "rules.yaml"));
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            var units = r.Stdout.Split('\n').SkipWhile(l => l != "单位政治生态建设状况").Skip(1).TakeWhile(l => l.Length > 0)
                .Where(l => l.Contains('）', StringComparison.Ordinal)).Select(l => l[..l.IndexOf('）', StringComparison.Ordinal)]).ToArray();
            Assert.That(units, Is.EqualTo(new[] { "  浙江省生态环境厅（厅", "    杭州市生态环境局（市局", "    厅机关（厅机关" }), "by the display order: 杭州 1, 厅机关 2");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
