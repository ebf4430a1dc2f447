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
        Model.InputTable.Units => TableUnits,
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
        "支部「{0}」：考核期 {3} 内的 {2} 个问题中有 {1} 个容错免责；请复核免责认定",
        "branch '{0}': {1} of its {2} findings in {3} are exempt under the tolerance rules; review the exemptions");

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

    // The input contract (InputCatalogue): what each table and column holds, and the names of the code lists.

    /// <summary>The help text of the table Branches.</summary>
    public static readonly Entry TableHelpBranches = new("待评定的支部（唯一必需的表）。", "The branches to rate (mandatory).");

    /// <summary>The help text of the column BranchId.</summary>
    public static readonly Entry ColumnBranchId = new("支部的唯一编号。", "Unique branch id.");

    /// <summary>The help text of the column BranchName.</summary>
    public static readonly Entry ColumnBranchName = new("支部名称。", "Branch name.");

    /// <summary>The help text of the column Unit.</summary>
    public static readonly Entry ColumnUnit = new("支部所属单位；按单位汇总时以此为准。", "The unit the branch belongs to; the roll-up key.");

    /// <summary>The help text of the column BranchType.</summary>
    public static readonly Entry ColumnBranchType = new("空白 = 普通支部。", "Blank = regular.");

    /// <summary>The help text of the column ParentId.</summary>
    public static readonly Entry ColumnParentId = new("上级党组织编号。", "Parent organisation id.");

    /// <summary>The help text of the column Members.</summary>
    public static readonly Entry ColumnMembers = new("党员人数；仅在没有党员表时使用。", "Member count; used only without a members table.");

    /// <summary>The help text of the column PartyGroups.</summary>
    public static readonly Entry ColumnPartyGroups = new("{0}数量；空白 = 0（不要求召开{1}）。", "Number of {0}; blank = 0 (no {1} expected).");

    /// <summary>The help text of the column HasCommittee.</summary>
    public static readonly Entry ColumnHasCommittee = new("是否设{0}；空白 = 正式党员不少于 7 名时视为设立。", "Whether a {0} exists; blank = at least 7 full members.");

    /// <summary>The help text of the column SecretaryVacantDays.</summary>
    public static readonly Entry ColumnSecretaryVacantDays = new("考核期内书记岗位空缺的天数。", "Days the secretary post was vacant in the period.");

    /// <summary>The help text of the table Members.</summary>
    public static readonly Entry TableHelpMembers = new("党员的组织关系：每名党员在每个支部占一行。", "Memberships: one row per member and branch.");

    /// <summary>The help text of the column MemberId.</summary>
    public static readonly Entry ColumnMemberId = new("党员编号（无需填写姓名）。", "Member id (no personal names needed).");

    /// <summary>The help text of the column MembershipBranch.</summary>
    public static readonly Entry ColumnMembershipBranch = new("此组织关系所在的支部。", "Branch of this membership.");

    /// <summary>The help text of the column MemberStatus.</summary>
    public static readonly Entry ColumnMemberStatus = new("空白 = 正式党员。", "Blank = full.");

    /// <summary>The help text of the column MemberRole.</summary>
    public static readonly Entry ColumnMemberRole = new("空白 = 普通党员。", "Blank = member.");

    /// <summary>The help text of the column Home.</summary>
    public static readonly Entry ColumnHome = new("组织关系所在支部（{0}）或临时支部（{1}）；空白 = {0}。", "Home membership ({0}) or a temporary-branch membership ({1}); blank = {0}.");

    /// <summary>The help text of the column Joined.</summary>
    public static readonly Entry ColumnJoined = new("党员转入本支部的日期；党员数按在册天数折算。", "Date the member joined this branch; pro-rates N.");

    /// <summary>The help text of the table Meetings.</summary>
    public static readonly Entry TableHelpMeetings = new("组织生活记录（{0}、{1} …）。", "Organisational-life records ({0}, {1} …).");

    /// <summary>The help text of the column MeetingBranch.</summary>
    public static readonly Entry ColumnMeetingBranch = new("召开会议的支部。", "Branch that held the meeting.");

    /// <summary>The help text of the column MeetingType.</summary>
    public static readonly Entry ColumnMeetingType = new("会议类型。", "Meeting type.");

    /// <summary>The help text of the column MeetingDate.</summary>
    public static readonly Entry ColumnMeetingDate = new("会议日期。", "Meeting date.");

    /// <summary>The help text of the column MeetingId.</summary>
    public static readonly Entry ColumnMeetingId = new("会议编号；同一会议重复列出只计一次。", "Meeting id; repeats of the same meeting count once.");

    /// <summary>The help text of the column Attendees.</summary>
    public static readonly Entry ColumnAttendees = new("实到人数。", "Members present.");

    /// <summary>The help text of the column Expected.</summary>
    public static readonly Entry ColumnExpected = new("应到人数。", "Members expected.");

    /// <summary>The help text of the column Excused.</summary>
    public static readonly Entry ColumnExcused = new("请假人数。", "Members excused.");

    /// <summary>The help text of the column ThemeDay.</summary>
    public static readonly Entry ColumnThemeDay = new("是否结合{0}。", "Combined with {0}.");

    /// <summary>The help text of the column Topic.</summary>
    public static readonly Entry ColumnTopic = new("会议主题。", "Topic.");

    /// <summary>The help text of the table Study.</summary>
    public static readonly Entry TableHelpStudy = new("理论学习记录，按党员或按支部填写。", "Theory-study records, per member or per branch.");

    /// <summary>The help text of the column StudyMember.</summary>
    public static readonly Entry ColumnStudyMember = new("参加学习（或讲微型党课）的党员；member_id 与 branch_id 至少填一项。", "Member who studied (or gave a micro lecture); member_id or branch_id is required.");

    /// <summary>The help text of the column StudyBranch.</summary>
    public static readonly Entry ColumnStudyBranch = new("支部，用于以支部为单位的学习记录。", "Branch, for branch-level rows.");

    /// <summary>The help text of the column StudyDate.</summary>
    public static readonly Entry ColumnStudyDate = new("日期，或月份（2024-03）。", "Date, or a month (2024-03).");

    /// <summary>The help text of the column StudyForm.</summary>
    public static readonly Entry ColumnStudyForm = new(
        "学习形式。志愿服务是服务，不是理论学习：不计入学时和任何学习指标，只计入志愿服务指标。",
        "Study form. Volunteer service is service, not theory study: it never counts in study hours or any study indicator, only in the volunteer indicator.");

    /// <summary>The help text of the column StudyHours.</summary>
    public static readonly Entry ColumnStudyHours = new("学时。", "Study hours.");

    /// <summary>The help text of the column StudyPoints.</summary>
    public static readonly Entry ColumnStudyPoints = new("积分（{0}、{1}学分）。", "Points ({0}, {1} credits).");

    /// <summary>The help text of the column StudyCompleted.</summary>
    public static readonly Entry ColumnStudyCompleted = new("是否完成学习任务。", "Task completed.");

    /// <summary>The help text of the table Assessments.</summary>
    public static readonly Entry TableHelpAssessments = new("{0}考评项目（编号以 PF-/OR-/CO-/PE- 开头）。", "{0} assessment items (PF-/OR-/CO-/PE- codes).");

    /// <summary>The help text of the column AssessedBranch.</summary>
    public static readonly Entry ColumnAssessedBranch = new("被考评的支部。", "Branch assessed.");

    /// <summary>The help text of the column Item.</summary>
    public static readonly Entry ColumnItem = new("考评项目编号；前缀表示所属板块。", "Item code; its prefix names its pillar.");

    /// <summary>The help text of the column Score.</summary>
    public static readonly Entry ColumnScore = new("得分。", "Points awarded.");

    /// <summary>The help text of the column MaxScore.</summary>
    public static readonly Entry ColumnMaxScore = new("分值（满分）；规则使用 assessment_ratio 时必填。", "Points available; required when a rule uses assessment_ratio.");

    /// <summary>The help text of the column Assessor.</summary>
    public static readonly Entry ColumnAssessor = new("评分人。", "Who scored it.");

    /// <summary>The help text of the column RecordPeriod.</summary>
    public static readonly Entry ColumnRecordPeriod = new("只在此考核期的运行中计入。", "Counts only in runs of this period.");

    /// <summary>The help text of the table Findings.</summary>
    public static readonly Entry TableHelpFindings = new("监督发现的问题和整改事项。", "Supervision findings and rectification items.");

    /// <summary>The help text of the column FindingId.</summary>
    public static readonly Entry ColumnFindingId = new("问题的唯一编号。", "Unique finding id.");

    /// <summary>The help text of the column FindingBranch.</summary>
    public static readonly Entry ColumnFindingBranch = new("问题所涉支部。", "Branch concerned.");

    /// <summary>The help text of the column FindingDate.</summary>
    public static readonly Entry ColumnFindingDate = new("发现日期。", "Date found.");

    /// <summary>The help text of the column FindingMember.</summary>
    public static readonly Entry ColumnFindingMember = new("问题所涉党员。", "Member concerned.");

    /// <summary>The help text of the column FindingForm.</summary>
    public static readonly Entry ColumnFindingForm = new("{0} 1–4；空白 = 不属于执纪问责的整改事项。", "{0} 1–4; blank = a rectification item that is not a discipline case.");

    /// <summary>The help text of the column FindingSource.</summary>
    public static readonly Entry ColumnFindingSource = new("问题来源。", "Where it was found.");

    /// <summary>The help text of the column FindingCategory.</summary>
    public static readonly Entry ColumnFindingCategory = new("问题类别。", "Category.");

    /// <summary>The help text of the column DueDate.</summary>
    public static readonly Entry ColumnDueDate = new("整改期限。", "Rectification deadline.");

    /// <summary>The help text of the column ClosedDate.</summary>
    public static readonly Entry ColumnClosedDate = new("整改完成日期；空白 = 尚未办结。", "Date rectified; blank = still open.");

    /// <summary>The help text of the column Tolerance.</summary>
    public static readonly Entry ColumnTolerance = new("容错免责情形；空白 = 无。", "Tolerance and exemption; blank = none.");

    /// <summary>The help text of the column Responsibility.</summary>
    public static readonly Entry ColumnResponsibility = new("五责联抓中的责任主体；空白 = 按党员的职务确定。", "Responsible party; blank = from the member's role.");

    /// <summary>The help text of the table Indicators.</summary>
    public static readonly Entry TableHelpIndicators = new("预先算好的指标值：长表（branch_id、指标编号、值三列）或宽表（branch_id 加每个指标编号一列）。", "Precomputed values: long (branch_id, indicator, value) or wide (branch_id + one column per indicator id).");

    /// <summary>The help text of the column IndicatorBranch.</summary>
    public static readonly Entry ColumnIndicatorBranch = new("支部。", "Branch.");

    /// <summary>The help text of the column Indicator.</summary>
    public static readonly Entry ColumnIndicator = new("指标编号（长表）。", "Indicator id (long form).");

    /// <summary>The help text of the column Value.</summary>
    public static readonly Entry ColumnValue = new("指标值（长表）；比率写成小数，92% 读作 0.92。", "Value (long form); rates as fractions, 92% reads as 0.92.");

    /// <summary>The code list of branch type, as messages name it.</summary>
    public static readonly Entry CodesBranchType = new("支部类型", "branch type");

    /// <summary>The code list of member status, as messages name it.</summary>
    public static readonly Entry CodesMemberStatus = new("人员类别", "member status");

    /// <summary>The code list of member role, as messages name it.</summary>
    public static readonly Entry CodesMemberRole = new("党内职务", "member role");

    /// <summary>The code list of meeting type, as messages name it.</summary>
    public static readonly Entry CodesMeetingType = new("会议类型", "meeting type");

    /// <summary>The code list of study form, as messages name it.</summary>
    public static readonly Entry CodesStudyForm = new("学习形式", "study form");

    /// <summary>The code list of finding source, as messages name it.</summary>
    public static readonly Entry CodesFindingSource = new("问题来源", "finding source");

    /// <summary>The code list of finding category, as messages name it.</summary>
    public static readonly Entry CodesFindingCategory = new("问题类别", "finding category");

    /// <summary>The code list of tolerance, as messages name it.</summary>
    public static readonly Entry CodesTolerance = new("容错免责情形", "tolerance");

    /// <summary>The code list of responsibility, as messages name it.</summary>
    public static readonly Entry CodesResponsibility = new("责任主体", "responsibility");

    /// <summary>A code with its Chinese form, in a list of the codes accepted.</summary>
    public static readonly Entry CodeWithChinese = new("{0}（{1}）", "{0} ({1})");
}
