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

    // ── Trend (eco trend --format md) ─────────────────────────────────────────────────────────────────────────────

    /// <summary>The heading of the trend: the first and the last period.</summary>
    public static readonly Entry MdTrendHeading = new("## 走势 {0} → {1}", "## Trend {0} → {1}");

    /// <summary>The first cell of the unit trend table's header.</summary>
    public static readonly Entry MdTrendUnit = new("单位", "unit");

    /// <summary>The last cell of the trend tables' header: the direction.</summary>
    public static readonly Entry MdTrendDirection = new("走势", "direction");

    /// <summary>The first cells of the declining branches table's header.</summary>
    public static readonly Entry MdTrendBranchHeader = new("| 支部编号 | 支部名称 | 单位 | ", "| branch | name | unit | ");

    // ── Rule diff (eco diff --format md) ──────────────────────────────────────────────────────────────────────────

    /// <summary>The heading of a rule diff: the base and the head rule file.</summary>
    public static readonly Entry MdDiffHeading = new("## 规则变更：`{0}` → `{1}`", "## Rule change: `{0}` → `{1}`");

    /// <summary>The summary line of a rule diff: rule sets, period, branches, then the changes.</summary>
    public static readonly Entry MdDiffSummary = new(
        "{0} {1} → {2} {3}，考核期 {4}，共 {5} 个支部：**评级变化 {6} 个**，名次变化 {7} 个，得分变化 {8} 个。",
        "{0} {1} → {2} {3}, period {4}, {5} branches: **{6} rating changes**, {7} rank changes, {8} score changes.");

    /// <summary>The corner cell of the transition matrix.</summary>
    public static readonly Entry MdDiffCorner = new("原规则 ＼ 新规则", "base ＼ head");

    /// <summary>The total column of the transition matrix.</summary>
    public static readonly Entry MdDiffTotal = new("合计", "total");

    /// <summary>The heading and header of the rating changes table.</summary>
    public static readonly Entry MdDiffRatingChanges = new(
        "### 评级变化\n\n| 支部编号 | 支部名称 | 单位 | 得分 | 名次 | 评级 |",
        "### Rating changes\n\n| branch | name | unit | score | rank | rating |");

    /// <summary>The heading (with the number shown) and header of the largest score changes table.</summary>
    public static readonly Entry MdDiffLargest = new(
        "### 得分变化最大的支部（前 {0} 个）\n\n| 支部编号 | 支部名称 | 得分 | 变化 | 名次 |",
        "### Largest score changes (top {0})\n\n| branch | name | score | change | rank |");

    /// <summary>No branch changes at all.</summary>
    public static readonly Entry MdDiffNoChanges = new("没有支部的得分、名次或评级发生变化。", "No branch changes score, rank or rating.");

    // ── Annexes (eco annex) ───────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The heading of the integrity statistics, with the period.</summary>
    public static readonly Entry MdAnnexIntegrityHeading = new("## 党风廉政建设统计 · {0}", "## Integrity statistics · {0}");

    /// <summary>The heading and the first header cells of the findings table by form and category.</summary>
    public static readonly Entry MdAnnexFormsTable = new(
        "### 四种形态与问题类别\n\n| 单位 | 第一种 | 第二种 | 第三种 | 第四种 | 整改事项 | ",
        "### The four forms and problem categories\n\n| unit | form 1 | form 2 | form 3 | form 4 | rectification items | ");

    /// <summary>A finding without a category.</summary>
    public static readonly Entry MdAnnexUncategorised = new("未分类", "uncategorised");

    /// <summary>The total column and row.</summary>
    public static readonly Entry MdAnnexTotal = new("合计", "total");

    /// <summary>The heading and header of the rectification table.</summary>
    public static readonly Entry MdAnnexRectificationTable = new(
        "### 整改\n\n| 单位 | 期内到期 | 按期办结 | 按期率 | 逾期未办结 |",
        "### Rectification\n\n| unit | due in the period | closed on time | on-time rate | overdue and open |");

    /// <summary>The heading of the annual annex, with the period and the rule set's name.</summary>
    public static readonly Entry MdAnnexAnnualHeading = new("## 年度党组织评定情况 · {0} · {1}", "## Annual rating of Party organisations · {0} · {1}");

    /// <summary>The heading of the transitions, against the previous period {0}.</summary>
    public static readonly Entry MdAnnexTransitionsHeading = new("### 动态管理（与 {0} 相比）", "### Transitions (against {0})");

    /// <summary>The previous period when its file names none.</summary>
    public static readonly Entry MdAnnexPreviousPeriod = new("上期", "the previous period");

    /// <summary>The counts of the transitions: up, same, down, new, removed, then the removed ids.</summary>
    public static readonly Entry MdAnnexTransitions = new(
        "晋位升级 {0} 个，保持 {1} 个，降级 {2} 个，新增 {3} 个；撤并 {4} 个{5}。",
        "{0} up, {1} same, {2} down, {3} new; {4} removed{5}.");

    /// <summary>The ids of the removed branches after their count.</summary>
    public static readonly Entry MdAnnexRemovedIds = new("（{0}）", " ({0})");

    /// <summary>The heading of the rectification list, with its length.</summary>
    public static readonly Entry MdAnnexRectifyHeading = new("### 整顿名单（{0} 个：连续两期评为落后）", "### Rectification list ({0}: rated 落后 two periods running)");

    /// <summary>The header of the rectification list.</summary>
    public static readonly Entry MdAnnexRectifyHeader = new("| 支部编号 | 支部名称 | 单位 | 得分 | 原因 |", "| branch | name | unit | score | reasons |");

    /// <summary>The transitions when no previous ratings were given.</summary>
    public static readonly Entry MdAnnexNoPrevious = new(
        "### 动态管理\n\n未提供上期评级（{0}），不列晋位、降级与整顿名单。",
        "### Transitions\n\nNo previous ratings given ({0}): no transitions and no rectification list.");

    /// <summary>The heading of the findings treated with tolerance, with their number.</summary>
    public static readonly Entry MdAnnexToleranceHeading = new("### 容错免责与从轻减轻（{0} 件）", "### Tolerance and exemption ({0} cases)");

    /// <summary>The header of the tolerance table.</summary>
    public static readonly Entry MdAnnexToleranceHeader = new("| 问题编号 | 支部 | 单位 | 形态 | 处理 | 整改 |", "| finding | branch | unit | form | treatment | rectification |");

    /// <summary>Rectification state: overdue and still open.</summary>
    public static readonly Entry MdAnnexOverdueOpen = new("逾期未办结", "overdue, open");

    /// <summary>Rectification state: open, not yet due.</summary>
    public static readonly Entry MdAnnexOpen = new("未办结", "open");

    /// <summary>Rectification state: closed after the due date.</summary>
    public static readonly Entry MdAnnexClosedLate = new("逾期办结", "closed late");

    /// <summary>Rectification state: closed by the due date.</summary>
    public static readonly Entry MdAnnexClosedOnTime = new("按期办结", "closed on time");

    // ── eco weights (the text form) ───────────────────────────────────────────────────────────────────────────────

    /// <summary>After λmax, CI and CR: the AHP matrix is consistent.</summary>
    public static readonly Entry WeightsConsistent = new("一致性检验通过（CR < 0.1）", "consistent (CR < 0.1)");

    /// <summary>After λmax, CI and CR: the AHP matrix is inconsistent.</summary>
    public static readonly Entry WeightsInconsistent = new("一致性检验未通过（CR ≥ 0.1）：请调整判断矩阵", "inconsistent (CR ≥ 0.1): revise the judgements");

    // ── The library's writers (AssessmentOutputs) ─────────────────────────────────────────────────────────────────

    /// <summary>Save was given a file whose extension picks no format; {0} is the path.</summary>
    public static readonly Entry OutputExtensionUnknown = new(
        "输出文件'{0}'的扩展名无法确定格式；请以 .csv、.json、.md 或 .xlsx 结尾（扩展名决定格式）",
        "name the output .csv, .json, .md or .xlsx (the extension picks the format), not '{0}'");

    /// <summary>Explain was asked for a branch that is not in the assessment; {0} is the branch id.</summary>
    public static readonly Entry OutputBranchNotAssessed = new("支部'{0}'不在本次评价中；请检查支部编号", "branch '{0}' is not in the assessment");
}
