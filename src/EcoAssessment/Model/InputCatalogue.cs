using System.Collections.Frozen;
using EcoAssessment.Catalogue;

namespace EcoAssessment.Model;

/// <summary>One accepted code: the English code, its Chinese form and further accepted spellings.</summary>
internal sealed record CodeEntry(string Code, string Chinese, IReadOnlyList<string> Aliases)
{
    /// <summary>A form of the study table that is service, not theory study (志愿服务, DOMAIN §5): its rows never count in
    /// study hours or any study indicator; they feed the service measures (D3 volunteer_hours).</summary>
    public bool Service { get; init; }
}

/// <summary>A list of codes for a coded column; entry i corresponds to enum member i.</summary>
internal sealed class CodeList
{
    private readonly FrozenDictionary<string, int> _lookup;

    public CodeList(string name, Entry label, IReadOnlyList<CodeEntry> entries)
    {
        Name = name;
        Label = label;
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

    /// <summary>The list's English name (<c>meeting type</c>), for the English messages that still take a string.</summary>
    public string Name { get; }

    /// <summary>The list's name in a sentence, in either language (会议类型 / meeting type).</summary>
    public Entry Label { get; }

    public IReadOnlyList<CodeEntry> Entries { get; }

    /// <summary>Finds the entry index for an English code, its Chinese form or an alias (case-insensitive, trimmed).</summary>
    public bool TryParse(string text, out int index) => _lookup.TryGetValue(text.Trim(), out index);

    /// <summary>"general_assembly (支部党员大会), committee (支委会), …" for messages.</summary>
    public string Describe() => string.Join(", ", Entries.Select(e => $"{e.Code} ({e.Chinese})"));

    /// <summary>The codes with their Chinese forms, for a catalogue sentence: <c>general_assembly（支部党员大会）、…</c> in Chinese, as <see cref="Describe"/> in English.</summary>
    public Text Described() => Text.Join(Texts.ListSeparator, Entries.Select(e => Texts.CodeWithChinese.With(e.Code, e.Chinese)));

    public string CodeOf(int index) => Entries[index].Code;

    /// <summary>This list with more accepted words (a mapping file's): each word → the index of its code.</summary>
    public CodeList WithWords(IReadOnlyDictionary<string, int> words) =>
        new(Name, Label, Entries.Select((e, i) => e with { Aliases = [.. e.Aliases, .. words.Where(w => w.Value == i).Select(w => w.Key)] }).ToArray());

    /// <summary>The accepted word nearest to <paramref name="text"/> (a code, Chinese form or alias), or null when none is close.</summary>
    public string? Nearest(string text) =>
        NearestWord.Find(text, Entries.SelectMany((e, i) => e.Aliases.Prepend(e.Chinese).Prepend(e.Code).Select(w => (w, i))));
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

/// <summary>One column of an input table; <see cref="Help"/> says what it holds, in either language.</summary>
internal sealed record ColumnSpec(
    string Name,
    ColumnType Type,
    bool Required,
    IReadOnlyList<string> Aliases,
    Text Help,
    CodeList? Codes = null,
    string? Unit = null)
{
    /// <summary>What the column holds, in English (docs/inputs.md).</summary>
    public string Description => Help.Render(Language.En);

    /// <summary>What the column holds, in <paramref name="language"/> (template workbooks).</summary>
    public string Describe(Language language) => Help.Render(language);
}

/// <summary>One input table: its English name (file name), Chinese alias, columns and purpose (<see cref="Help"/>, in either language).</summary>
internal sealed record TableSpec(string Name, string Chinese, Text Help, IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>Further file and sheet names that departments give the table (执纪台账 for findings), each naming this table only.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Every name that denotes the table: <see cref="Name"/>, <see cref="Chinese"/>, then <see cref="Aliases"/>.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Chinese).Prepend(Name);

    /// <summary>What the table holds, in English (docs/inputs.md).</summary>
    public string Description => Help.Render(Language.En);

    /// <summary>What the table holds, in <paramref name="language"/>.</summary>
    public string Describe(Language language) => Help.Render(language);

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

    public static readonly CodeList BranchTypes = new("branch type", Texts.CodesBranchType, [
        E("regular", "支部", "党支部"), E("joint", "联合支部", "联合党支部"), E("temporary", "临时支部", "临时党支部")]);

    public static readonly CodeList MemberStatuses = new("member status", Texts.CodesMemberStatus, [
        E("full", "正式", "正式党员"), E("probationary", "预备", "预备党员")]);

    public static readonly CodeList MemberRoles = new("member role", Texts.CodesMemberRole, [
        E("secretary", "书记", "支部书记", "党支部书记"), E("deputy_secretary", "副书记", "支部副书记"),
        E("committee", "委员", "支委", "支部委员", "组织委员", "宣传委员", "纪检委员"),
        E("unit_leader", "班子成员", "领导班子成员"), E("member", "党员", "普通党员")]);

    public static readonly CodeList MeetingTypes = new("meeting type", Texts.CodesMeetingType, [
        E("general_assembly", "支部党员大会", "党员大会", "支部大会", "党支部党员大会", "全体党员大会", "支部党员会议", "党员大会会议"),
        E("committee", "支委会", "支部委员会", "支部委员会会议", "支委会议", "支委会会议", "支委员会", "党支部委员会会议", "支部委员会议"),
        E("group", "党小组会", "党小组会议", "党小组", "党小组学习会"), E("lecture", "党课", "微型党课", "讲党课", "专题党课", "书记讲党课"),
        E("theme_day", "主题党日", "主题党日活动", "党日活动", "党员活动日"),
        E("org_life_review", "组织生活会", "专题组织生活会", "年度组织生活会"), E("member_review", "民主评议党员", "民主评议", "党员民主评议"),
        E("talk", "谈心谈话", "谈话谈心", "谈心谈话活动")]);

    public static readonly CodeList StudyForms = new("study form", Texts.CodesStudyForm, [
        E("original_texts", "读原著学原文", "读原著", "学原文", "读原著、学原文", "读原著学原文悟原理"), E("micro_lecture", "微型党课", "微党课"),
        E("on_site", "现场教学", "现场教学活动"), E("xuexi", "学习强国", "学习强国平台", "学习强国APP"),
        E("online_college", "网络学院", "干部网络学院", "领导干部网络学院", "网络培训学院"),
        E("central_group", "中心组学习", "理论学习中心组", "理论学习中心组学习", "中心组"), E("training", "专题培训", "集中培训", "专题学习培训"),
        E("volunteer", "志愿服务", "志愿服务活动", "志愿活动") with { Service = true }]);

    /// <summary>Bit i set when study form i is service, not theory study (<see cref="CodeEntry.Service"/>): such rows count
    /// for the service measures only, never in study hours, points, forms or any study indicator.</summary>
    public static readonly int ServiceFormMask = StudyForms.Entries.Select((e, i) => e.Service ? 1 << i : 0).Aggregate(0, (a, b) => a | b);

    /// <summary>Whether a study form is theory study (every form but the service ones such as 志愿服务).</summary>
    public static bool IsStudy(StudyForm form) => (ServiceFormMask & (1 << (int)form)) == 0;

    public static readonly CodeList FindingSources = new("finding source", Texts.CodesFindingSource, [
        E("inspection", "督察", "中央生态环保督察", "中央生态环境保护督察", "中央环保督察", "生态环保督察", "生态环境保护督察", "环保督察",
            "省级生态环保督察", "督察整改", "督察反馈"),
        E("patrol", "巡察", "巡视", "巡视巡察", "巡视反馈", "巡察反馈", "巡视整改", "巡察整改"),
        E("audit", "审计", "审计监督", "经济责任审计", "审计发现", "审计整改"), E("petition", "信访", "信访举报", "来信来访", "举报"),
        E("special", "专项检查", "专项督查", "专项整治", "专项监督"), E("other", "其他", "其它")]);

    public static readonly CodeList FindingCategories = new("finding category", Texts.CodesFindingCategory, [
        E("four_winds", "四风", "四风问题", "形式主义", "官僚主义", "享乐主义", "奢靡之风", "形式主义官僚主义"),
        E("eight_rules", "八项规定", "中央八项规定", "八项规定精神", "违反中央八项规定精神", "中央八项规定精神"),
        E("integrity", "廉政", "廉洁", "廉洁纪律", "廉洁自律"),
        E("discipline", "纪律", "政治纪律", "组织纪律", "群众纪律", "工作纪律", "生活纪律"), E("other", "其他", "其它")]);

    public static readonly CodeList Tolerances = new("tolerance", Texts.CodesTolerance, [
        E("none", "否", "无", "-", "—"), E("exempt", "容错免责", "免责", "是", "容错", "容错纠错"), E("lenient", "从轻/减轻", "从轻", "减轻", "从轻处理", "减轻处理")]);

    public static readonly CodeList Responsibilities = new("responsibility", Texts.CodesResponsibility, [
        E("secretary", "书记", "支部书记", "党支部书记"), E("leader", "班子成员", "领导班子成员", "领导班子"), E("party_committee", "机关党委"),
        E("branch", "党支部", "支部"), E("discipline", "纪委", "机关纪委", "纪检")]);

    /// <summary>
    /// The words for the 四种形态 that findings.form also accepts besides 1–4 (第一种形态, 二, 形态三 …); entry i is form
    /// i + 1. The column stays a count: the words are read as their numbers.
    /// </summary>
    public static readonly CodeList FindingForms = new("finding form", Texts.CodesFindingForm, [.. new[] { "一", "二", "三", "四" }.Select((n, i) =>
        E((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"第{n}种形态", n, $"{n}种形态", $"第{n}种", $"第{n}形态", $"形态{n}",
            $"第{i + 1}种形态", $"{i + 1}种形态", $"形态{i + 1}"))]);

    private static ColumnSpec Req(string name, ColumnType type, Text description, params string[] aliases) =>
        new(name, type, true, aliases, description);

    private static ColumnSpec Opt(string name, ColumnType type, Text description, params string[] aliases) =>
        new(name, type, false, aliases, description);

    private static ColumnSpec Coded(string name, bool required, CodeList codes, Text description, params string[] aliases) =>
        new(name, ColumnType.Code, required, aliases, description, codes);

    public static readonly TableSpec Branches = new("branches", "支部", Texts.TableHelpBranches, [
        Req("branch_id", ColumnType.Id, Texts.ColumnBranchId, "支部编号", "党组织编号"),
        Req("name", ColumnType.Text, Texts.ColumnBranchName, "支部名称", "党组织名称", "名称"),
        Req("unit", ColumnType.Text, Texts.ColumnUnit, "单位", "所在单位"),
        Coded("type", false, BranchTypes, Texts.ColumnBranchType, "类型", "支部类型", "类别"),
        Opt("parent_id", ColumnType.Id, Texts.ColumnParentId, "上级党组织", "上级编号"),
        Opt("members", ColumnType.Count, Texts.ColumnMembers, "党员数", "党员人数"),
        Opt("party_groups", ColumnType.Count, Texts.ColumnPartyGroups.With("党小组", "党小组会"), "党小组数"),
        Opt("has_committee", ColumnType.Flag, Texts.ColumnHasCommittee.With("支委会"), "设支委会", "是否设支委会"),
        Opt("secretary_vacant_days", ColumnType.Number, Texts.ColumnSecretaryVacantDays, "书记空缺天数"),
        Opt("founded", ColumnType.Date, Texts.ColumnFounded, "成立日期", "成立时间"),
        Opt("dissolved", ColumnType.Date, Texts.ColumnDissolved, "撤销日期", "撤销时间"),
    ])
    {
        Aliases = ["支部名册", "党支部名册", "党组织名册", "党支部", "支部信息"],
    };

    public static readonly TableSpec Members = new("members", "党员", Texts.TableHelpMembers, [
        Req("member_id", ColumnType.Id, Texts.ColumnMemberId, "党员编号"),
        Req("branch_id", ColumnType.Id, Texts.ColumnMembershipBranch, "支部编号"),
        Coded("status", false, MemberStatuses, Texts.ColumnMemberStatus, "人员类别", "党员类别"),
        Coded("role", false, MemberRoles, Texts.ColumnMemberRole, "党内职务", "职务"),
        Opt("home", ColumnType.Flag, Texts.ColumnHome.With("是", "否"), "本支部", "组织关系所在"),
        Opt("joined", ColumnType.Date, Texts.ColumnJoined, "加入日期", "转入日期"),
    ])
    {
        Aliases = ["党员花名册", "花名册", "党员名册", "党员信息"],
    };

    public static readonly TableSpec Meetings = new("meetings", "会议", Texts.TableHelpMeetings.With("三会一课", "主题党日"), [
        Req("branch_id", ColumnType.Id, Texts.ColumnMeetingBranch, "支部编号"),
        Coded("type", true, MeetingTypes, Texts.ColumnMeetingType, "类型", "会议类型"),
        Req("date", ColumnType.Date, Texts.ColumnMeetingDate, "日期", "会议日期"),
        Opt("meeting_id", ColumnType.Id, Texts.ColumnMeetingId, "会议编号"),
        Opt("attendees", ColumnType.Count, Texts.ColumnAttendees, "实到", "实到人数"),
        Opt("expected", ColumnType.Count, Texts.ColumnExpected, "应到", "应到人数"),
        Opt("excused", ColumnType.Count, Texts.ColumnExcused, "请假", "请假人数"),
        Opt("theme_day", ColumnType.Flag, Texts.ColumnThemeDay.With("主题党日"), "结合主题党日", "是否结合主题党日"),
        Opt("topic", ColumnType.Text, Texts.ColumnTopic, "主题", "议题"),
    ])
    {
        Aliases = ["三会一课台账", "三会一课", "组织生活台账", "会议记录", "会议台账", "三会一课记录", "三会一课台帐", "组织生活台帐"],
    };

    public static readonly TableSpec Study = new("study", "学习", Texts.TableHelpStudy, [
        Opt("member_id", ColumnType.Id, Texts.ColumnStudyMember, "党员编号"),
        Opt("branch_id", ColumnType.Id, Texts.ColumnStudyBranch, "支部编号"),
        Req("date", ColumnType.Date, Texts.ColumnStudyDate, "日期", "学习日期", "月份"),
        Coded("form", true, StudyForms, Texts.ColumnStudyForm, "形式", "学习形式"),
        new("hours", ColumnType.Number, false, ["学时"], Texts.ColumnStudyHours, Unit: "h"),
        Opt("points", ColumnType.Number, Texts.ColumnStudyPoints.With("学习强国", "网络学院"), "积分", "学分"),
        Opt("completed", ColumnType.Flag, Texts.ColumnStudyCompleted, "完成", "是否完成"),
    ])
    {
        Aliases = ["学习台账", "理论学习台账", "学习记录", "学习情况", "学习台帐", "理论学习台帐"],
    };

    public static readonly TableSpec Assessments = new("assessments", "考评", Texts.TableHelpAssessments.With("双强双优"), [
        Req("branch_id", ColumnType.Id, Texts.ColumnAssessedBranch, "支部编号"),
        Req("item", ColumnType.Id, Texts.ColumnItem, "指标编号", "项目编号", "考评项目"),
        Req("score", ColumnType.Number, Texts.ColumnScore, "得分"),
        Opt("max_score", ColumnType.Number, Texts.ColumnMaxScore, "分值", "满分"),
        Opt("assessor", ColumnType.Text, Texts.ColumnAssessor, "评分人"),
        Opt("period", ColumnType.Period, Texts.ColumnRecordPeriod, "年度", "期间"),
    ])
    {
        Aliases = ["双强双优", "双强双优考核", "双强双优考核表", "考核台账", "考评台账", "考核评分", "考核台帐"],
    };

    public static readonly TableSpec Findings = new("findings", "问题", Texts.TableHelpFindings, [
        Req("finding_id", ColumnType.Id, Texts.ColumnFindingId, "问题编号"),
        Req("branch_id", ColumnType.Id, Texts.ColumnFindingBranch, "支部编号"),
        Req("date", ColumnType.Date, Texts.ColumnFindingDate, "日期", "发现日期"),
        Opt("member_id", ColumnType.Id, Texts.ColumnFindingMember, "党员编号"),
        new("form", ColumnType.Count, false, ["形态", "处理形态"], Texts.ColumnFindingForm.With("四种形态"), FindingForms),
        Coded("source", false, FindingSources, Texts.ColumnFindingSource, "问题来源", "来源"),
        Coded("category", false, FindingCategories, Texts.ColumnFindingCategory, "问题类别", "纪律类别"),
        Opt("due_date", ColumnType.Date, Texts.ColumnDueDate, "整改期限"),
        Opt("closed_date", ColumnType.Date, Texts.ColumnClosedDate, "办结日期", "整改完成日期"),
        Coded("tolerance", false, Tolerances, Texts.ColumnTolerance, "容错免责", "是否容错免责"),
        Coded("responsibility", false, Responsibilities, Texts.ColumnResponsibility, "责任主体"),
    ])
    {
        Aliases = ["执纪台账", "问题台账", "监督检查问题", "问题清单", "执纪问责台账", "执纪台帐", "问题台帐", "监督执纪台账", "整改台账"],
    };

    public static readonly TableSpec Indicators = new("indicators", "指标",
        Texts.TableHelpIndicators, [
        Req("branch_id", ColumnType.Id, Texts.ColumnIndicatorBranch, "支部编号"),
        Opt("indicator", ColumnType.Id, Texts.ColumnIndicator, "指标"),
        Opt("value", ColumnType.Number, Texts.ColumnValue, "值", "数值"),
        Opt("period", ColumnType.Period, Texts.ColumnRecordPeriod, "期间", "年度"),
    ])
    {
        Aliases = ["指标数据", "指标值"],
    };

    /// <summary>
    /// The optional unit tree (厅 → 市局 → 分局): a branch's <c>unit</c> is a unit_id or name of it; no rule set reads it, so
    /// it is never needed, and without it the roll-up is flat by the branches' unit names.
    /// </summary>
    public static readonly TableSpec Units = new("units", "单位", Texts.TableHelpUnits, [
        Req("unit_id", ColumnType.Id, Texts.ColumnUnitId, "单位编号", "编号"),
        Req("name", ColumnType.Text, Texts.ColumnUnitName, "单位名称", "名称"),
        Opt("parent", ColumnType.Text, Texts.ColumnUnitParent, "上级单位", "上级单位编号", "上级"),
        Opt("order", ColumnType.Count, Texts.ColumnUnitOrder, "排序", "显示顺序", "显示排序"),
        Opt("level", ColumnType.Text, Texts.ColumnUnitLevel, "层级", "级别", "单位层级"),
    ])
    {
        Aliases = ["单位名册", "单位信息", "单位表", "单位层级", "单位列表", "组织机构"],
    };

    /// <summary>All tables in reading order (branches first, members before the tables that refer to members); entry i is <see cref="InputTable"/> i.</summary>
    public static IReadOnlyList<TableSpec> Tables { get; } = [Branches, Members, Meetings, Study, Assessments, Findings, Indicators, Units];

    /// <summary>The catalogue table of a table kind.</summary>
    public static TableSpec Of(InputTable table) => Tables[(int)table];

    /// <summary>Finds a table by its English name, Chinese name or one of its <see cref="TableSpec.Aliases"/> (a file name without extension).</summary>
    public static TableSpec? FindTable(string name)
    {
        var folded = TextNormaliser.Fold(name);
        return Tables.FirstOrDefault(t => t.Names.Any(n => string.Equals(n, folded, StringComparison.OrdinalIgnoreCase)));
    }

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
