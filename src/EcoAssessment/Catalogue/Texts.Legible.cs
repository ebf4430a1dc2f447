namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the report as printed (page numbers, the sheets per dimension, units' reasons) and of one pack per unit.</summary>
internal static partial class Texts
{
    // ── Printing ───────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The footer of every printed page of the report: {0} the sheet, {1} the page, {2} the pages (spreadsheet codes).</summary>
    public static readonly Entry LgFooter = new("{0}　第 {1} 页，共 {2} 页", "{0} · page {1} of {2}");

    // ── 明细 by dimension ───────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The name of the details sheet of one dimension ({0}: the dimension's name).</summary>
    public static readonly Entry LgSheetDetailsOf = new("明细·{0}", "Details·{0}");

    /// <summary>The caption of an indicator's raw value column ({0}: the indicator's name).</summary>
    public static readonly Entry LgColRawOf = new("{0}（实际值）", "{0} (actual)");

    /// <summary>The caption of an indicator's score column ({0}: the indicator's name).</summary>
    public static readonly Entry LgColScoreOf = new("{0}（得分）", "{0} (score)");

    /// <summary>The note above the 明细 sheets: where the indicators are.</summary>
    public static readonly Entry LgDetailsNote = new(
        "本表列各维度得分；各指标的得分与实际值按维度分列在「明细·维度」各表中。支部按单位层级顺序排列，单位内按名次。",
        "Dimension scores here; each indicator's score and actual value are on the Details·dimension sheets. Branches by unit in the tree's order, by rank within a unit.");

    // ── Units ──────────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Why a unit is 红 or 橙 by its score: {0} the score, {1} the band, {2} the band's line.</summary>
    public static readonly Entry LgBandBelow = new("平均得分 {0} 分，低于「{1}」档线 {2} 分", "mean score {0}, below the {1} line of {2}");

    /// <summary>The caption of the 汇总 sheet's table of 红 and 橙 units.</summary>
    public static readonly Entry LgRedOrangeTitle = new("红色、橙色单位及原因", "Units in red or orange, and why");

    /// <summary>When no unit is 红 or 橙.</summary>
    public static readonly Entry LgRedOrangeNone = new("没有红色或橙色单位", "No unit is red or orange");

    /// <summary>The caption of the reasons column.</summary>
    public static readonly Entry LgColWhy = new("原因", "Why");

    /// <summary>The note under the 汇总 per-unit table when the tree is deeper than it shows ({0}: the levels shown).</summary>
    public static readonly Entry LgTopLevelsNote = new(
        "本表和下方的图只列到第 {0} 层单位（每个单位含其下各级单位的支部）；更下层的单位见「单位」表。",
        "This table and the chart below show the units of the first {0} levels only (each covers the branches of the units beneath it); deeper units are on the Units sheet.");

    /// <summary>The note above the 单位 sheet's chart when the tree is deeper than it shows ({0}: the levels shown).</summary>
    public static readonly Entry LgChartTopLevelsNote = new(
        "下图只列到第 {0} 层单位（每个单位含其下各级单位的支部），数据见「汇总」表；各级单位的全部数字见上表。",
        "The chart below shows the units of the first {0} levels only (each covers the branches beneath it), from the Summary sheet; every unit's numbers are in the table above.");

    /// <summary>The note of the 图表 trend table: the units are each branch's own unit.</summary>
    public static readonly Entry LgTrendNote = new(
        "各单位按支部的所在单位统计（只含直接隶属本单位的支部，不含下级单位），按单位层级顺序排列。",
        "Per unit: the branches whose own unit it is (not those of the units beneath it), in the tree's order.");

    /// <summary>The caption of the 图表 trend table's column of the names the charts show.</summary>
    public static readonly Entry LgColChartLabel = new("图中名称", "Label in the chart");

    /// <summary>The note of the 支部画像 sheet: which unit the unit average is of.</summary>
    public static readonly Entry LgProfileUnitNote = new(
        "「本单位平均」是本支部所在单位（第 3 行）直接隶属支部的平均，不含下级单位的支部，与「图表」表的统计口径一致。",
        "Unit average: the branches whose own unit is the branch's (row 3), not those of units beneath it, as on the Charts sheet.");

    // ── One pack per unit ──────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The console line after the packs were written: {0} the count, {1} the folder.</summary>
    public static readonly Entry LgPacksWritten = new("已按单位写出 {0} 份报告到 {1}", "wrote {0} unit reports to {1}");

    /// <summary>A trace's member_count fact, named for a Chinese document (ReadableTrace).</summary>
    public static readonly Entry TraceMemberCount = new("党员数", "member count");

    /// <summary>A trace's satisfaction fact (the indicators table's column), named for a Chinese document.</summary>
    public static readonly Entry TraceSatisfaction = new("群众满意度", "satisfaction");

    /// <summary>The end of a unit pack's cards file name, beside its workbook (nn-id-name-支部告知单.docx).</summary>
    public static readonly Entry LgPackCardsSuffix = new("支部告知单", "cards");

    /// <summary>What --split-by wrote besides the workbooks: each unit's cards.</summary>
    public static readonly Entry LgPackCardsWritten = new("每个单位另附支部告知单（每个支部一页）", "each with its branch cards (one page per branch)");

    /// <summary>The 汇总 fact of a unit's pack: the unit's score (in place of the system's).</summary>
    public static readonly Entry LgFactUnitScore = new("本单位得分", "Unit score");

    /// <summary>The 汇总 note of a unit's pack: {0} the unit.</summary>
    public static readonly Entry LgPackNote = new(
        "本报告只含「{0}」及其下各级单位的支部；评级、名次和先锋名额按全系统统一评定。",
        "This report holds only the branches of {0} and the units beneath it; ratings, ranks and the vanguard quota are those of the whole system.");

    /// <summary>The refusal of an unknown --split-by key: {0} the option, {1} the key, {2} the keys accepted.</summary>
    public static readonly Entry LgSplitUnknown = new(
        "{0} 的取值「{1}」无法识别；可用的取值：{2}",
        "{0} {1} is not known; accepted: {2}");

    /// <summary>The help of --split-by.</summary>
    public static readonly Entry LgCliSplitBy = new(
        "按单位分册：每个单位一份报告工作簿（只含本单位及下级单位的支部），写入 {0} 指定的文件夹",
        "One report workbook per unit (only the branches of the unit and the units beneath it), into the folder {0} names");

    /// <summary>The refusal of --split-by without an output: {0} the option, {1} the output option.</summary>
    public static readonly Entry LgSplitNoOutput = new(
        "{0} 需要用 {1} 指定一个文件夹，例如 {1} 单位报告/",
        "{0} needs a folder given with {1}, e.g. {1} unit-reports/");

    /// <summary>The refusal of --split-by with an output that is a file: {0} the option, {1} the output option, {2} the output.</summary>
    public static readonly Entry LgSplitNotFolder = new(
        "{0} 需要一个文件夹作为输出，而「{2}」是一个文件；请给 {1} 一个以 / 结尾的文件夹，例如 {1} 单位报告/",
        "{0} needs a folder as its output, and {2} is a file; give {1} a folder ending in /, e.g. {1} unit-reports/");
}
