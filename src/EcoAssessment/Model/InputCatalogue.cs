using System.Collections.Frozen;

namespace EcoAssessment.Model;

/// <summary>One accepted code: the English code, its Chinese form and further accepted spellings.</summary>
internal sealed record CodeEntry(string Code, string Chinese, IReadOnlyList<string> Aliases);

/// <summary>A list of codes for a coded column; entry i corresponds to enum member i.</summary>
internal sealed class CodeList
{
    private readonly FrozenDictionary<string, int> _lookup;

    public CodeList(string name, IReadOnlyList<CodeEntry> entries)
    {
        Name = name;
        Entries = entries;
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            map[entries[i].Code] = i;
            map[entries[i].Chinese] = i;
            foreach (var a in entries[i].Aliases)
            {
                map[a] = i;
            }
        }

        _lookup = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    public IReadOnlyList<CodeEntry> Entries { get; }

    /// <summary>Finds the entry index for an English code, its Chinese form or an alias (case-insensitive, trimmed).</summary>
    public bool TryParse(string text, out int index) => _lookup.TryGetValue(text.Trim(), out index);

    /// <summary>"general_assembly (支部党员大会), committee (支委会), …" for messages.</summary>
    public string Describe() => string.Join(", ", Entries.Select(e => $"{e.Code} ({e.Chinese})"));

    public string CodeOf(int index) => Entries[index].Code;
}

/// <summary>The type of a column's values.</summary>
internal enum ColumnType
{
    /// <summary>An identifier: kept as text, trimmed, full-width characters folded.</summary>
    Id,
    /// <summary>Free text.</summary>
    Text,
    /// <summary>A whole number ≥ 0.</summary>
    Count,
    /// <summary>A real number; <c>92%</c> reads as 0.92.</summary>
    Number,
    /// <summary>A calendar date.</summary>
    Date,
    /// <summary>是/否, √/×, Y/N, 1/0, true/false.</summary>
    Flag,
    /// <summary>One of a code list.</summary>
    Code,
    /// <summary>A period label such as 2024 or 2024Q3.</summary>
    Period,
}

/// <summary>One column of an input table.</summary>
internal sealed record ColumnSpec(
    string Name,
    ColumnType Type,
    bool Required,
    IReadOnlyList<string> Aliases,
    string Description,
    CodeList? Codes = null,
    string? Unit = null);

/// <summary>One input table: its English name (file name), Chinese alias, columns and purpose.</summary>
internal sealed record TableSpec(string Name, string Chinese, string Description, IReadOnlyList<ColumnSpec> Columns)
{
    public ColumnSpec? Column(string name)
    {
        // An index loop, not LINQ or foreach (an enumerator object each time): readers look a code column up for every row.
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return Columns[i];
            }
        }

        return null;
    }
}

/// <summary>
/// The input contract in one place: every table, column, type, code and Chinese alias that the readers accept.
/// The CSV reader, the documentation test (docs/inputs.md) and later the template and generator all read this.
/// </summary>
internal static class InputCatalogue
{
    private static CodeEntry E(string code, string chinese, params string[] aliases) => new(code, chinese, aliases);

    public static readonly CodeList BranchTypes = new("branch type", [
        E("regular", "支部", "党支部"), E("joint", "联合支部", "联合党支部"), E("temporary", "临时支部", "临时党支部")]);

    public static readonly CodeList MemberStatuses = new("member status", [
        E("full", "正式", "正式党员"), E("probationary", "预备", "预备党员")]);

    public static readonly CodeList MemberRoles = new("member role", [
        E("secretary", "书记", "支部书记"), E("deputy_secretary", "副书记"), E("committee", "委员", "支委", "支部委员"),
        E("unit_leader", "班子成员"), E("member", "党员")]);

    public static readonly CodeList MeetingTypes = new("meeting type", [
        E("general_assembly", "支部党员大会", "党员大会"), E("committee", "支委会", "支部委员会", "支部委员会会议"),
        E("group", "党小组会"), E("lecture", "党课", "微型党课"), E("theme_day", "主题党日"),
        E("org_life_review", "组织生活会"), E("member_review", "民主评议党员", "民主评议"), E("talk", "谈心谈话")]);

    public static readonly CodeList StudyForms = new("study form", [
        E("original_texts", "读原著学原文"), E("micro_lecture", "微型党课"), E("on_site", "现场教学"),
        E("xuexi", "学习强国"), E("online_college", "网络学院", "干部网络学院", "领导干部网络学院"),
        E("central_group", "中心组学习", "理论学习中心组"), E("training", "专题培训"), E("volunteer", "志愿服务")]);

    public static readonly CodeList FindingSources = new("finding source", [
        E("inspection", "督察"), E("patrol", "巡察"), E("audit", "审计"), E("petition", "信访"),
        E("special", "专项检查"), E("other", "其他")]);

    public static readonly CodeList FindingCategories = new("finding category", [
        E("four_winds", "四风"), E("eight_rules", "八项规定"), E("integrity", "廉政"), E("discipline", "纪律"),
        E("other", "其他")]);

    public static readonly CodeList Tolerances = new("tolerance", [
        E("none", "否", "无", "-", "—"), E("exempt", "容错免责", "免责", "是"), E("lenient", "从轻/减轻", "从轻", "减轻")]);

    public static readonly CodeList Responsibilities = new("responsibility", [
        E("secretary", "书记"), E("leader", "班子成员"), E("party_committee", "机关党委"), E("branch", "党支部"),
        E("discipline", "纪委")]);

    private static ColumnSpec Req(string name, ColumnType type, string description, params string[] aliases) =>
        new(name, type, true, aliases, description);

    private static ColumnSpec Opt(string name, ColumnType type, string description, params string[] aliases) =>
        new(name, type, false, aliases, description);

    private static ColumnSpec Coded(string name, bool required, CodeList codes, string description, params string[] aliases) =>
        new(name, ColumnType.Code, required, aliases, description, codes);

    public static readonly TableSpec Branches = new("branches", "支部", "The branches to rate (mandatory).", [
        Req("branch_id", ColumnType.Id, "Unique branch id.", "支部编号", "党组织编号"),
        Req("name", ColumnType.Text, "Branch name.", "支部名称", "党组织名称", "名称"),
        Req("unit", ColumnType.Text, "The unit the branch belongs to; the roll-up key.", "单位", "所在单位"),
        Coded("type", false, BranchTypes, "Blank = regular.", "类型", "支部类型", "类别"),
        Opt("parent_id", ColumnType.Id, "Parent organisation id.", "上级党组织", "上级编号"),
        Opt("members", ColumnType.Count, "Member count; used only without a members table.", "党员数", "党员人数"),
        Opt("party_groups", ColumnType.Count, "Number of 党小组; blank = 0 (no 党小组会 expected).", "党小组数"),
        Opt("has_committee", ColumnType.Flag, "Whether a 支委会 exists; blank = at least 7 full members.", "设支委会", "是否设支委会"),
        Opt("secretary_vacant_days", ColumnType.Number, "Days the secretary post was vacant in the period.", "书记空缺天数"),
    ]);

    public static readonly TableSpec Members = new("members", "党员", "Memberships: one row per member and branch.", [
        Req("member_id", ColumnType.Id, "Member id (no personal names needed).", "党员编号"),
        Req("branch_id", ColumnType.Id, "Branch of this membership.", "支部编号"),
        Coded("status", false, MemberStatuses, "Blank = full.", "人员类别", "党员类别"),
        Coded("role", false, MemberRoles, "Blank = member.", "党内职务", "职务"),
        Opt("home", ColumnType.Flag, "Home membership (是) or a temporary-branch membership (否); blank = 是.", "本支部", "组织关系所在"),
        Opt("joined", ColumnType.Date, "Date the member joined this branch; pro-rates N.", "加入日期", "转入日期"),
    ]);

    public static readonly TableSpec Meetings = new("meetings", "会议", "Organisational-life records (三会一课, 主题党日 …).", [
        Req("branch_id", ColumnType.Id, "Branch that held the meeting.", "支部编号"),
        Coded("type", true, MeetingTypes, "Meeting type.", "类型", "会议类型"),
        Req("date", ColumnType.Date, "Meeting date.", "日期", "会议日期"),
        Opt("meeting_id", ColumnType.Id, "Meeting id; repeats of the same meeting count once.", "会议编号"),
        Opt("attendees", ColumnType.Count, "Members present.", "实到", "实到人数"),
        Opt("expected", ColumnType.Count, "Members expected.", "应到", "应到人数"),
        Opt("excused", ColumnType.Count, "Members excused.", "请假", "请假人数"),
        Opt("theme_day", ColumnType.Flag, "Combined with 主题党日.", "结合主题党日", "是否结合主题党日"),
        Opt("topic", ColumnType.Text, "Topic.", "主题", "议题"),
    ]);

    public static readonly TableSpec Study = new("study", "学习", "Theory-study records, per member or per branch.", [
        Opt("member_id", ColumnType.Id, "Member who studied (or gave a micro lecture); member_id or branch_id is required.", "党员编号"),
        Opt("branch_id", ColumnType.Id, "Branch, for branch-level rows.", "支部编号"),
        Req("date", ColumnType.Date, "Date, or a month (2024-03).", "日期", "学习日期", "月份"),
        Coded("form", true, StudyForms, "Study form.", "形式", "学习形式"),
        new("hours", ColumnType.Number, false, ["学时"], "Study hours.", Unit: "h"),
        Opt("points", ColumnType.Number, "Points (学习强国, 网络学院 credits).", "积分", "学分"),
        Opt("completed", ColumnType.Flag, "Task completed.", "完成", "是否完成"),
    ]);

    public static readonly TableSpec Assessments = new("assessments", "考评", "双强双优 assessment items (PF-/OR-/CO-/PE- codes).", [
        Req("branch_id", ColumnType.Id, "Branch assessed.", "支部编号"),
        Req("item", ColumnType.Id, "Item code; its prefix names its pillar.", "指标编号", "项目编号", "考评项目"),
        Req("score", ColumnType.Number, "Points awarded.", "得分"),
        Opt("max_score", ColumnType.Number, "Points available; required when a rule uses assessment_ratio.", "分值", "满分"),
        Opt("assessor", ColumnType.Text, "Who scored it.", "评分人"),
        Opt("period", ColumnType.Period, "Counts only in runs of this period.", "年度", "期间"),
    ]);

    public static readonly TableSpec Findings = new("findings", "问题", "Supervision findings and rectification items.", [
        Req("finding_id", ColumnType.Id, "Unique finding id.", "问题编号"),
        Req("branch_id", ColumnType.Id, "Branch concerned.", "支部编号"),
        Req("date", ColumnType.Date, "Date found.", "日期", "发现日期"),
        Opt("member_id", ColumnType.Id, "Member concerned.", "党员编号"),
        Opt("form", ColumnType.Count, "四种形态 1–4; blank = a rectification item that is not a discipline case.", "形态", "处理形态"),
        Coded("source", false, FindingSources, "Where it was found.", "问题来源", "来源"),
        Coded("category", false, FindingCategories, "Category.", "问题类别", "纪律类别"),
        Opt("due_date", ColumnType.Date, "Rectification deadline.", "整改期限"),
        Opt("closed_date", ColumnType.Date, "Date rectified; blank = still open.", "办结日期", "整改完成日期"),
        Coded("tolerance", false, Tolerances, "容错免责: blank = none.", "容错免责", "是否容错免责"),
        Coded("responsibility", false, Responsibilities, "五责联抓 role; blank = from the member's role.", "责任主体"),
    ]);

    public static readonly TableSpec Indicators = new("indicators", "指标",
        "Precomputed values: long (branch_id, indicator, value) or wide (branch_id + one column per indicator id).", [
        Req("branch_id", ColumnType.Id, "Branch.", "支部编号"),
        Opt("indicator", ColumnType.Id, "Indicator id (long form).", "指标"),
        Opt("value", ColumnType.Number, "Value (long form); rates as fractions, 92% reads as 0.92.", "值", "数值"),
        Opt("period", ColumnType.Period, "Counts only in runs of this period.", "期间", "年度"),
    ]);

    /// <summary>All tables in reading order (branches first, members before the tables that refer to members).</summary>
    public static IReadOnlyList<TableSpec> Tables { get; } = [Branches, Members, Meetings, Study, Assessments, Findings, Indicators];

    /// <summary>Finds a table by its English name or Chinese alias (a file name without extension).</summary>
    public static TableSpec? FindTable(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase) || t.Chinese == name);

    /// <summary>Finds the column a header names: its English name or any alias, ignoring case and surrounding space.</summary>
    public static ColumnSpec? FindColumn(TableSpec table, string header)
    {
        var h = TextNormaliser.Fold(header);
        foreach (var c in table.Columns)
        {
            if (string.Equals(c.Name, h, StringComparison.OrdinalIgnoreCase) || c.Aliases.Contains(h))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Expected 三会一课 and 主题党日 meetings per year (支部工作条例); 党小组会 is per 党小组, 支委会 only with a committee.</summary>
    public static int DefaultExpectedPerYear(MeetingType type) => type switch
    {
        MeetingType.GeneralAssembly => 4,
        MeetingType.Committee => 12,
        MeetingType.Group => 12,
        MeetingType.Lecture => 4,
        MeetingType.ThemeDay => 12,
        _ => 1,
    };
}
