namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of Markdown outputs: results, trend, diff, annex.</summary>
internal static partial class Texts
{
    // ── Results (results.md) ──────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The header row of the rating mix table.</summary>
    public static readonly Entry MdMixHeader = new("| 评级 | 支部数 |", "| rating | branches |");

    /// <summary>The header row of the ranked branches table.</summary>
    public static readonly Entry MdRankingHeader = new("| 排名 | 支部编号 | 支部名称 | 单位 | 得分 | 评级 | 原因 |", "| rank | branch | name | unit | score | rating | reasons |");

    /// <summary>The header row of the unit roll-up table; {0}–{3} are the rating values.</summary>
    public static readonly Entry MdUnitHeader = new(
        "| 单位 | 支部数 | 得分 | 生态 | {0} | {1} | {2} | {3} | 四种形态 1/2/3/4 | 红线 |",
        "| unit | branches | score | health | {0} | {1} | {2} | {3} | forms 1/2/3/4 | red lines |");

    // ── The ranked table eco evaluate prints ──────────────────────────────────────────────────────────────────────

    /// <summary>The heading of the unit roll-up below the ranked table.</summary>
    public static readonly Entry TableUnitsHeading = new("单位政治生态建设状况", "Units (political-ecology health)");
}
