namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of dataset records, periods and the checks of a dataset against rules (core).</summary>
internal static partial class Texts
{
    // Records (DatasetBuilder).

    /// <summary>A branch id on two rows of the branches table.</summary>
    public static readonly Entry BranchIdTwice = new(
        "支部编号「{0}」重复出现（首次见于 {1}）；每个支部只占一行",
        "branch_id '{0}' appears twice (first at {1}); each branch has one row");

    /// <summary>A member listed twice in one branch.</summary>
    public static readonly Entry MemberListedTwice = new(
        "党员「{0}」在支部「{1}」中列了两次；一名党员在每个支部只占一行",
        "member '{0}' is listed twice in branch '{1}'; a member has one row per branch");

    /// <summary>A member with a second home branch.</summary>
    public static readonly Entry MemberSecondHome = new(
        "党员「{0}」有第二个组织关系所在支部「{1}」（已在「{2}」）；临时支部的党员请填 {3}",
        "member '{0}' has a second home branch '{1}' (home is '{2}'); mark temporary memberships {3}");

    /// <summary>A meeting listed again, counted once.</summary>
    public static readonly Entry MeetingListedAgain = new(
        "支部「{1}」的会议「{0}」（{2}，{3:yyyy-MM-dd}）重复列出；只计一次",
        "meeting '{0}' of branch '{1}' ({2}, {3:yyyy-MM-dd}) is listed again; it counts once");

    /// <summary>A member id that the members table does not list.</summary>
    public static readonly Entry MemberNotListed = new(
        "党员「{0}」不在党员表中；请在党员表中补上此人或更正编号",
        "member '{0}' is not in the members table; add the member or correct the id");

    /// <summary>A study row with neither a branch nor a member with a home branch.</summary>
    public static readonly Entry StudyRowNoBranch = new(
        "此行没有 branch_id（支部编号），其 member_id（党员编号）在党员表中也没有所在支部；请填写支部编号",
        "the row has no branch_id and its member_id has no home branch in members; give a branch_id");

    /// <summary>Study hours or points beyond the limit.</summary>
    public static readonly Entry StudyTooLarge = new(
        "学时和积分最大为 10^15",
        "study hours and points are at most 10^15");

    /// <summary>An assessment score beyond the limit.</summary>
    public static readonly Entry ScoreTooLarge = new(
        "得分和分值最大为 10^15",
        "scores are at most 10^15");

    /// <summary>An assessment item without max_score when the rule set needs it.</summary>
    public static readonly Entry ItemNoMaxScore = new(
        "考评项目「{0}」没有 max_score（分值）；规则按 Σ 得分 / Σ 分值 计分，每行都须填写分值",
        "item '{0}' has no max_score; the rule set scores items as Σ score / Σ max_score, so every row needs the points available");

    /// <summary>A finding id on two rows.</summary>
    public static readonly Entry FindingIdTwice = new(
        "问题编号「{0}」重复出现；每个问题须有唯一的编号",
        "finding_id '{0}' appears twice; give each finding its own id");

    /// <summary>A branch id that the branches table does not list.</summary>
    public static readonly Entry BranchNotListed = new(
        "支部「{0}」不在支部表中；请在支部表中补上或更正 branch_id（支部编号）",
        "branch '{0}' is not in the branches table; add it there or correct the branch_id");

    /// <summary>A dataset without its branches table.</summary>
    public static readonly Entry NoBranchesTable = new(
        "数据集缺少支部表（{0} 或 {1}）；这是唯一必需的表",
        "the dataset has no branches table ({0} or {1}); it is the one mandatory table");

    // Tables, as sentences name them.

    /// <summary>The branches table.</summary>
    public static readonly Entry TableBranches = new("支部", "branches");

    /// <summary>The members table.</summary>
    public static readonly Entry TableMembers = new("党员", "members");

    /// <summary>The meetings table.</summary>
    public static readonly Entry TableMeetings = new("会议", "meetings");

    /// <summary>The study table.</summary>
    public static readonly Entry TableStudy = new("学习", "study");

    /// <summary>The assessments table.</summary>
    public static readonly Entry TableAssessments = new("考评", "assessments");

    /// <summary>The findings table.</summary>
    public static readonly Entry TableFindings = new("问题", "findings");

    /// <summary>The indicators table.</summary>
    public static readonly Entry TableIndicators = new("指标", "indicators");

    /// <summary>A table's name in a sentence.</summary>
    public static Entry TableName(Model.InputTable table) => table switch
    {
        Model.InputTable.Branches => TableBranches,
        Model.InputTable.Members => TableMembers,
        Model.InputTable.Meetings => TableMeetings,
        Model.InputTable.Study => TableStudy,
        Model.InputTable.Assessments => TableAssessments,
        Model.InputTable.Findings => TableFindings,
        _ => TableIndicators,
    };

    // The period (PeriodStage).

    /// <summary>One year and its one dated row, in the list of several years.</summary>
    public static readonly Entry YearOneRow = new("{0} 年（{1} 行）", "{0} ({1} row)");

    /// <summary>One year and its dated rows, in the list of several years.</summary>
    public static readonly Entry YearRows = new("{0} 年（{1} 行）", "{0} ({1} rows)");

    /// <summary>Dated records of several years and no --period.</summary>
    public static readonly Entry SeveralYears = new(
        "记录跨越多个年度：{0}；请用 --period 选定一个考核期（例如 --period {1}）",
        "the records cover several years: {0}; choose one with --period (for example --period {1})");

    /// <summary>No dated records and no --period.</summary>
    public static readonly Entry NoDatedRecords = new(
        "没有带日期的记录（会议、学习、问题）可确定考核期；请用 --period 指定（例如 --period 2024）",
        "no dated records (meetings, study, findings) tell the period; give it with --period (for example --period 2024)");

    /// <summary>One row of a table outside the period, left out.</summary>
    public static readonly Entry OutsidePeriodOne = new(
        "{1}表中有 {0} 行不在考核期 {2} 内，已剔除",
        "{0} {1} row outside {2} left out");

    /// <summary>Rows of a table outside the period, left out.</summary>
    public static readonly Entry OutsidePeriodMany = new(
        "{1}表中有 {0} 行不在考核期 {2} 内，已剔除",
        "{0} {1} rows outside {2} left out");

    /// <summary>An indicator value given twice for a branch and the period.</summary>
    public static readonly Entry IndicatorValueTwice = new(
        "支部「{1}」的指标「{0}」在考核期 {2} 给出了两次（首次见于 {3}）；每个支部、指标和考核期只给一个值",
        "indicator '{0}' of branch '{1}' is given twice for {2} (first at {3}); give one value per branch, indicator and period");

    /// <summary>A branch's declared member count differs from the members table.</summary>
    public static readonly Entry MemberCountDiffers = new(
        "支部「{0}」填报党员 {1} 名，但党员表列出 {2} 名；以党员表为准",
        "branch '{0}' declares {1} members but the members table lists {2}; the members table is used");

    /// <summary>More than half of a branch's findings in the period exempt: a review warning.</summary>
    public static readonly Entry ManyExemptions = new(
        "支部「{0}」：考核期 {3} 内的 {2} 个问题中有 {1} 个{4}；请复核免责认定",
        "branch '{0}': {1} of its {2} findings in {3} are {4} (exempt); review the exemptions");

    // Period labels (Period.Problem; --period, the period columns).

    /// <summary>A range of days whose end is before its start.</summary>
    public static readonly Entry PeriodRangeBackwards = new(
        "区间「{0}」的结束日期早于开始日期",
        "the range '{0}' ends before it starts");

    /// <summary>A range that is not two ISO dates.</summary>
    public static readonly Entry PeriodRangeNotDates = new(
        "「{0}」不是由两个日期组成的区间（格式如 2024-01-01..2024-06-30）",
        "'{0}' is not a range of two ISO dates (2024-01-01..2024-06-30)");

    /// <summary>A text that is none of the accepted period labels.</summary>
    public static readonly Entry PeriodNotALabel = new(
        "「{0}」不是考核期；请写成 2024、2024H1、2024Q3、2024-03 或 2024-01-01..2024-06-30",
        "'{0}' is not a period: write 2024, 2024H1, 2024Q3, 2024-03 or 2024-01-01..2024-06-30");
}
