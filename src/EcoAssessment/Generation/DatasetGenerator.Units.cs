using EcoAssessment.Model;

namespace EcoAssessment.Generation;

/// <summary>The generator's unit tree: the units table (厅 → 市局 → 分局) and the 分局 that district branches belong to.</summary>
internal static partial class DatasetGenerator
{
    /// <summary>The units whose branches the generator makes: 厅机关, the 11 city bureaus and four directly attached centres.</summary>
    private static IReadOnlyList<UnitSpec> Units()
    {
        var units = new List<UnitSpec> { new("ST", "浙江省生态环境厅机关", 0.12, DepartmentNames.Select(d => d + "党支部").ToArray()) };
        for (var i = 0; i < Districts.Length; i++)
        {
            var parts = Districts[i].Split(':');
            var names = new List<string> { "机关第一党支部", "机关第二党支部", "监测站党支部", "执法队党支部" };
            names.AddRange(parts[1].Split(',').Select(d => $"{d}分局党支部"));
            units.Add(new UnitSpec(CityCodes[i], $"{parts[0]}市生态环境局", 0.07, names));
        }

        units.Add(new UnitSpec("JC", "浙江省生态环境监测中心", 0.035, ["综合党支部", "分析测试党支部", "自动监测党支部", "质控党支部"]));
        units.Add(new UnitSpec("KY", "浙江省环境科技有限公司(省环科院)", 0.03, ["第一党支部", "第二党支部", "第三党支部"]));
        units.Add(new UnitSpec("GF", "浙江省固体废物监督管理中心", 0.02, ["党支部"]));
        units.Add(new UnitSpec("FS", "浙江省辐射环境监测站", 0.025, ["第一党支部", "第二党支部"]));
        return units;
    }

    /// <summary>How many of a city's districts have a 分局 of their own in the units table (the rest stay with the city bureau).</summary>
    private const int SubBureausPerCity = 3;

    private const string Province = "浙江省生态环境厅";

    /// <summary>
    /// The 分局 a city branch belongs to: a branch named after one of the city's first <see cref="SubBureausPerCity"/>
    /// districts (西湖分局党支部) belongs to that district's 分局 (杭州市生态环境局西湖分局); null for every other branch, which
    /// belongs to its unit. Decided from names only, so that no other record of the dataset changes.
    /// </summary>
    private static (string Id, string Name, int Order)? SubBureauOf(Skeleton s)
    {
        var city = Array.IndexOf(CityCodes, s.Unit.Code);
        if (city < 0 || !s.Name.EndsWith("分局党支部", StringComparison.Ordinal))
        {
            return null;
        }

        var district = s.Name[..^"分局党支部".Length];
        var k = Array.IndexOf(Districts[city].Split(':')[1].Split(','), district);
        return k is >= 0 and < SubBureausPerCity
            ? (s.Unit.Code + "F" + (k + 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), s.Unit.Name + district + "分局", k + 1)
            : null;
    }

    /// <summary>
    /// The units table: 浙江省生态环境厅 (厅) at the top; under it 厅机关, the 11 city bureaus (市局) and the directly attached
    /// centres (直属单位), in that order; under each city bureau the 分局 that hold a branch of the year.
    /// </summary>
    private static IEnumerable<UnitRecord> UnitsOf(List<Skeleton> skeletons)
    {
        yield return new UnitRecord("ZJ", Province, null, 1, "厅");
        var units = Units();
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var level = u.Code == "ST" ? "厅机关" : Array.IndexOf(CityCodes, u.Code) >= 0 ? "市局" : "直属单位";
            yield return new UnitRecord(u.Code, u.Name, "ZJ", i + 1, level);
            foreach (var sub in skeletons.Where(s => s.Unit.Code == u.Code).Select(SubBureauOf).OfType<(string Id, string Name, int Order)>().Distinct().OrderBy(x => x.Order))
            {
                yield return new UnitRecord(sub.Id, sub.Name, u.Code, sub.Order, "分局");
            }
        }
    }
}
