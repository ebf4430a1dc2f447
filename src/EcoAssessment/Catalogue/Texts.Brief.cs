namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's sentences of the one-page brief (<c>eco evaluate -o brief.docx</c>, docs/brief.md).</summary>
internal static partial class Texts
{
    /// <summary>The brief's title. {0} the period phrase.</summary>
    public static readonly Entry BriefTitle = new("{0}基层党组织政治生态建设状况评估情况的报告", "Report on the political ecology of primary Party organisations, {0}");

    /// <summary>A year's period phrase. {0} the year.</summary>
    public static readonly Entry BriefYear = new("{0}年度", "{0}");

    /// <summary>Another period's phrase. {0} the label.</summary>
    public static readonly Entry BriefPeriod = new("{0}", "{0}");

    /// <summary>A heading run in at the start of its section's paragraph. {0} the heading.</summary>
    public static readonly Entry BriefLead = new("{0}。", "{0}. ");

    /// <summary>Heading 1.</summary>
    public static readonly Entry BriefSectionOverview = new("一、总体情况", "1. Overview");

    /// <summary>Heading 2.</summary>
    public static readonly Entry BriefSectionLists = new("二、先锋与整顿", "2. 先锋 and rectification");

    /// <summary>Heading 3.</summary>
    public static readonly Entry BriefSectionRed = new("三、红色单位及原因", "3. Units in red and why");

    /// <summary>Heading 4.</summary>
    public static readonly Entry BriefSectionChange = new("四、与上期相比", "4. Against the previous period");

    /// <summary>Heading 5.</summary>
    public static readonly Entry BriefSectionForms = new("五、四种形态与抓早抓小", "5. The four forms and early handling");

    /// <summary>The overview. {0} branches, {1} rated, {2} 先锋, {3} its share, {4} 中间, {5} 落后, {6} the unrated clause, {7} system score, {8} band clause.</summary>
    public static readonly Entry BriefOverview = new(
        "本期共评估基层党组织{0}个，定级{1}个：先锋{2}个（{3}）、中间{4}个、落后{5}个{6}。全系统得分{7}{8}。",
        "{0} primary organisations assessed, {1} rated: 先锋 {2} ({3}), 中间 {4}, 落后 {5}{6}. The system's score is {7}{8}.");

    /// <summary>The unrated clause of <see cref="BriefOverview"/>. {0} count.</summary>
    public static readonly Entry BriefUnrated = new("，未定级{0}个", "; {0} not rated");

    /// <summary>The band clause of <see cref="BriefOverview"/>. {0} band.</summary>
    public static readonly Entry BriefBand = new("，为「{0}」", ", band '{0}'");

    /// <summary>The units by band. {0} units, {1} the counts.</summary>
    public static readonly Entry BriefUnitBands = new("各级单位{0}个：{1}。", "{0} units: {1}.");

    /// <summary>One band's count. {0} band, {1} count.</summary>
    public static readonly Entry BriefBandCount = new("{0}{1}个", "{0} {1}");

    /// <summary>The 先锋 list, short. {0} count, {1} the names.</summary>
    public static readonly Entry BriefVanguards = new("先锋支部{0}个：{1}。", "{0} 先锋 branches: {1}.");

    /// <summary>The 先锋 list, long: by unit. {0} count, {1} units, {2} the units with the most.</summary>
    public static readonly Entry BriefVanguardsByUnit = new(
        "先锋支部{0}个，分布在{1}个单位，以{2}最多。", "{0} 先锋 branches in {1} units: {2}.");

    /// <summary>One unit's count in <see cref="BriefVanguardsByUnit"/>. {0} unit, {1} count.</summary>
    public static readonly Entry BriefUnitCount = new("{0}{1}个", "{0} {1}");

    /// <summary>The 整顿 list. {0} count, {1} the branches (unit and name).</summary>
    public static readonly Entry BriefRectification = new("连续两期落后、列入整顿的支部{0}个：{1}。", "{0} branches 落后 twice in a row, listed for rectification: {1}.");

    /// <summary>The 整顿 list, long: by unit. {0} count, {1} by unit.</summary>
    public static readonly Entry BriefRectificationByUnit = new("连续两期落后、列入整顿的支部{0}个，按单位：{1}。", "{0} branches listed for rectification, by unit: {1}.");

    /// <summary>No branch for 整顿.</summary>
    public static readonly Entry BriefNoRectification = new("没有连续两期落后、列入整顿的支部。", "No branch is listed for rectification.");

    /// <summary>No previous period: no 整顿.</summary>
    public static readonly Entry BriefRectificationUnknown = new("未提供上期结果，不认定整顿。", "No previous period given: rectification is not decided.");

    /// <summary>One branch of a list. {0} unit, {1} branch name.</summary>
    public static readonly Entry BriefBranchOfUnit = new("{0}{1}", "{1} ({0})");

    /// <summary>The red units. {0} count, {1} the units with their reasons.</summary>
    public static readonly Entry BriefRedUnits = new("评为红色的单位{0}个：{1}。", "{0} units in red: {1}.");

    /// <summary>One red unit. {0} unit, {1} reasons.</summary>
    public static readonly Entry BriefRedUnit = new("{0}（{1}）", "{0} ({1})");

    /// <summary>A red line by the share of 落后 branches. {0} 落后 count, {1} rated, {2} share.</summary>
    public static readonly Entry BriefRedLaggards = new("落后支部占{2}（{0}/{1}）", "落后 {2} ({0} of {1})");

    /// <summary>A red line by a unit leader's form-4 case. {0} finding id.</summary>
    public static readonly Entry BriefRedForm4 = new("班子成员受第四种形态处理（问题{0}）", "a unit leader under the fourth form (finding {0})");

    /// <summary>No red unit.</summary>
    public static readonly Entry BriefNoRedUnits = new("没有评为红色的单位。", "No unit is in red.");

    /// <summary>The change against the previous period. {0} previous label, {1} up, {2} down, {3} same, {4} new, {5} 先锋 before, {6} now, {7} 落后 before, {8} now.</summary>
    public static readonly Entry BriefChange = new(
        "与上期（{0}）相比，评级上升{1}个、下降{2}个、持平{3}个，新参评{4}个；先锋由{5}个变为{6}个，落后由{7}个变为{8}个。",
        "Against the previous period ({0}): {1} up, {2} down, {3} the same, {4} new; 先锋 from {5} to {6}, 落后 from {7} to {8}.");

    /// <summary>No previous period given.</summary>
    public static readonly Entry BriefNoPrevious = new("未提供上期结果（--previous），不作比较。", "No previous period given (--previous): nothing to compare.");

    /// <summary>The four forms. {0} cases, {1} form 1, {2} its share, {3} form 2, {4} form 3, {5} form 4.</summary>
    public static readonly Entry BriefForms = new(
        "本期运用监督执纪四种形态处理{0}件：第一种{1}件（占{2}）、第二种{3}件、第三种{4}件、第四种{5}件。",
        "{0} cases under the four forms: first {1} ({2}), second {3}, third {4}, fourth {5}.");

    /// <summary>No case this period.</summary>
    public static readonly Entry BriefNoForms = new("本期没有四种形态处理记录。", "No case under the four forms this period.");

    /// <summary>The first form at least half.</summary>
    public static readonly Entry BriefEarlyCare = new("第一种形态占比不低于一半，抓早抓小总体落实。", "The first form is at least half: early handling holds overall.");

    /// <summary>The first form below half.</summary>
    public static readonly Entry BriefEarlyWeak = new("第一种形态占比低于一半，须加强抓早抓小。", "The first form is below half: early handling must be strengthened.");

    /// <summary>Units warned for early handling. {0} count, {1} units.</summary>
    public static readonly Entry BriefEarlyUnits = new("第一种形态占比低于一半的单位{0}个：{1}。", "{0} units with the first form below half: {1}.");
}
