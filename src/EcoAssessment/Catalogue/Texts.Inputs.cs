namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the tables and columns a rule set needs, of mapping files and of <c>eco check</c>.</summary>
internal static partial class Texts
{
    /// <summary>An indicator as a part of the rule set.</summary>
    public static readonly Entry PartIndicator = new("指标 {0}「{1}」", "indicator {0} '{1}'");

    /// <summary>A veto as a part of the rule set.</summary>
    public static readonly Entry PartVeto = new("一票否决 {0}「{1}」", "veto {0} '{1}'");

    /// <summary>A deduction as a part of the rule set.</summary>
    public static readonly Entry PartDeduction = new("扣分项 {0}「{1}」", "deduction {0} '{1}'");

    /// <summary>A bonus as a part of the rule set.</summary>
    public static readonly Entry PartBonus = new("加分项 {0}「{1}」", "bonus {0} '{1}'");

    /// <summary>ECO0270: a table the rule set reads is not in the dataset.</summary>
    public static readonly Entry TableNeeded = new(
        "数据集中没有{1}表（{0}），而规则集的 {2} 要读取它；缺了它，这些指标和否决会悄悄失效，评级就不可信。{3}。请把该表放入数据集（文件名或工作表名为 {0} 或 {1}），或在 mapping.yaml 的 {4} 下把本单位的台账名映射为 {0}；若本次评估确实没有此类记录，请加 --allow-missing {0}",
        "the dataset has no {0} table ({1}), and the rule set's {2} read it; without it they would silently be switched off and the ratings could not be trusted. {3}. Add the table (a file or sheet named {0} or {1}), map the department's name to {0} under {4} in mapping.yaml, or, if this assessment really has no such records, say --allow-missing {0}");

    /// <summary>ECO0271: a table absent because the user said --allow-missing.</summary>
    public static readonly Entry TableAbsentAllowed = new(
        "按 --allow-missing，本次评估没有{1}表（{0}）：{2} 记为“无数据”，不参与评分与否决",
        "as --allow-missing says, this assessment has no {0} table ({1}): {2} are not available and take no part in scores or vetoes");

    /// <summary>ECO0271: a table absent that the rule file declares optional.</summary>
    public static readonly Entry TableAbsentOptional = new(
        "规则文件声明{1}表（{0}）可选（inputs.optional），本次评估没有此表：{2} 记为“无数据”，不参与评分与否决",
        "the rule file declares the {0} table ({1}) optional (inputs.optional) and this assessment has none: {2} are not available and take no part in scores or vetoes");

    /// <summary>What was read and left out, in the ECO0270 message: files read.</summary>
    public static readonly Entry SeenRead = new("本次读取了 {0}", "read: {0}");

    /// <summary>What was read and left out, in the ECO0270 message: files or sheets ignored.</summary>
    public static readonly Entry SeenIgnored = new("未读取 {0}", "not read: {0}");

    /// <summary>What was read and left out: nothing ignored.</summary>
    public static readonly Entry SeenNothingIgnored = new("没有未读取的文件或工作表", "no file or sheet was left unread");

    /// <summary>ECO0272: a caption not recognised while the rule set reads a column that is then absent.</summary>
    public static readonly Entry NeededColumnUnrecognised = new(
        "{0}表的列名「{1}」不认识，而规则集的 {2} 要读取该表的「{3}」列（可写作 {4}），表中却没有这一列；若「{1}」就是这一列，请把列名改为 {4} 之一，或在 mapping.yaml 的 {5} 下写 {0}: {{ {1}: {3} }}",
        "the {0} table's caption '{1}' is not recognised, while the rule set's {2} read its column '{3}' (written {4}), which the table lacks; if '{1}' is that column, rename it to one of {4}, or write {0}: {{ {1}: {3} }} under {5} in mapping.yaml");

    /// <summary>ECO0273: a column the rule set reads is absent (and no caption is unrecognised).</summary>
    public static readonly Entry NeededColumnMissing = new(
        "{0}表没有「{1}」列（可写作 {2}），而规则集的 {3} 要读取它：这些指标和否决在本表中看不到任何值",
        "the {0} table has no column '{1}' (written {2}), which the rule set's {3} read: they see no value in this table");

    /// <summary>A visible line in the results when tables were absent by choice.</summary>
    public static readonly Entry OutputTablesAbsent = new(
        "注意：本次评估没有{0}，读取这些表的指标记为“无数据”", "note: this assessment has no {0}; the indicators that read them are not available");

    /// <summary>A table named in the visible line: "findings（问题）表".</summary>
    public static readonly Entry OutputTableName = new("{1}表（{0}）", "{0} table ({1})");

    /// <summary>--allow-missing given a word that is not a table.</summary>
    public static readonly Entry CliAllowMissingUnknown = new(
        "--allow-missing 的「{0}」不是表名；可用：{1}（以逗号分隔）",
        "--allow-missing: '{0}' is not a table; use {1} (comma-separated)");

    /// <summary>--allow-missing given branches.</summary>
    public static readonly Entry CliAllowMissingBranches = new(
        "--allow-missing 不能包括 {0}（支部）表：没有它就没有可评的支部",
        "--allow-missing cannot include {0}: without it there is no branch to rate");

    /// <summary>Help of --allow-missing.</summary>
    public static readonly Entry CliAllowMissingHelp = new(
        "本次评估确实没有的表，以逗号分隔（如 {0}）；其余规则集要读取的表缺失时拒绝评估",
        "tables this assessment really lacks, comma-separated (e.g. {0}); any other table the rule set reads must be present");

    /// <summary>Help of --mapping.</summary>
    public static readonly Entry CliMappingHelp = new(
        "本单位的台账名、列名和用语到标准表、列、代码的映射文件（YAML；默认读取数据集旁的 mapping.yaml）",
        "the department's sheet, file and column names and words mapped to tables, columns and codes (YAML; mapping.yaml beside the dataset is read by default)");
}

/// <summary>The catalogue's texts of mapping files.</summary>
internal static partial class Texts
{
    /// <summary>The mapping file named in messages.</summary>
    public static readonly Entry MappingWhat = new("映射文件", "the mapping file");

    /// <summary>--mapping names a file that does not exist.</summary>
    public static readonly Entry MappingMissing = new("映射文件不存在；请检查 --mapping 给出的路径", "the mapping file does not exist; check the path given with --mapping");

    /// <summary>A name mapped twice.</summary>
    public static readonly Entry MappingTwice = new("「{0}」映射了两次；每个名称只能映射一次", "'{0}' is mapped twice; map each name once");

    /// <summary>A mapping target that is not a table.</summary>
    public static readonly Entry MappingNotATable = new("「{0}」映射到的「{1}」不是表名；可用：{2}", "'{0}' is mapped to '{1}', which is not a table; use {2}");

    /// <summary>A caption mapped to something that is not a column of the table.</summary>
    public static readonly Entry MappingNotAColumn = new("列名「{0}」映射到的「{1}」不是{2}表的列；可用：{3}", "caption '{0}' is mapped to '{1}', which is not a column of {2}; use {3}");

    /// <summary>A codes key that is not table.column of a coded column.</summary>
    public static readonly Entry MappingNotACodedColumn = new("「{0}」不是代码列；{2} 下请写 表.列，可用：{1}", "'{0}' is not a coded column; under {2} write table.column, one of {1}");

    /// <summary>A word mapped to something that is not a code of the column.</summary>
    public static readonly Entry MappingNotACode = new("「{0}」映射到的「{1}」不是 {2} 的代码；可用：{3}", "'{0}' is mapped to '{1}', which is not a code of {2}; use {3}");

    /// <summary>An unknown top-level key.</summary>
    public static readonly Entry MappingUnknownKey = new("映射文件不认识键「{0}」；可用：{1}", "the mapping file has no key '{0}'; use {1}");

    /// <summary>A section that is not a mapping.</summary>
    public static readonly Entry MappingNeedsMapping = new("「{0}」下应是「名称: 目标」形式的映射", "'{0}' must hold a mapping of name: target");

    /// <summary>An empty name or target.</summary>
    public static readonly Entry MappingNeedsName = new("这里应是一个非空的名称", "a non-empty name is needed here");
}

/// <summary>The catalogue's texts of the pre-flight report (eco check, the 数据检查 sheet).</summary>
internal static partial class Texts
{
    /// <summary>The report's title line.</summary>
    public static readonly Entry CheckTitle = new("数据检查：{0}（规则集 {1}，考核期 {2}）", "data check: {0} (rule set {1}, period {2})");

    /// <summary>No period resolved.</summary>
    public static readonly Entry CheckNoPeriod = new("未定", "not resolved");

    /// <summary>The mapping file applied.</summary>
    public static readonly Entry CheckMapping = new("映射文件：{0}（表名 {1} 个、列名 {2} 个、用语 {3} 个）", "mapping file: {0} ({1} table names, {2} captions, {3} words)");

    /// <summary>No mapping file.</summary>
    public static readonly Entry CheckNoMapping = new("映射文件：无（可用 --mapping 或在数据集旁放 mapping.yaml）", "mapping file: none (give --mapping or put mapping.yaml beside the dataset)");

    /// <summary>The previous period's file.</summary>
    public static readonly Entry CheckPrevious = new("上期结果：{0}", "previous results: {0}");

    /// <summary>Heading: tables.</summary>
    public static readonly Entry CheckTables = new("各表情况", "tables");

    /// <summary>A table that was read.</summary>
    public static readonly Entry CheckTableRead = new("{0}：读自 {1}；{2} 行", "{0}: read from {1}; {2} rows");

    /// <summary>Rows inside the period.</summary>
    public static readonly Entry CheckRowsInPeriod = new("考核期内 {0} 行", "{0} inside the period");

    /// <summary>The date range found.</summary>
    public static readonly Entry CheckDates = new("日期 {0} 至 {1}", "dates {0} to {1}");

    /// <summary>Branches covered.</summary>
    public static readonly Entry CheckBranches = new("涉及 {0} 个支部", "{0} branches");

    /// <summary>A table read but empty.</summary>
    public static readonly Entry CheckTableEmpty = new("{0}：读自 {1}，但没有任何记录", "{0}: read from {1}, but it holds no record");

    /// <summary>A table missing that the rule set reads.</summary>
    public static readonly Entry CheckTableMissing = new("{0}：缺失——规则集的 {1} 要读取它，评估将被拒绝", "{0}: missing — the rule set's {1} read it; the assessment is refused");

    /// <summary>A table absent by choice.</summary>
    public static readonly Entry CheckTableAbsentAllowed = new("{0}：本次评估没有（已声明可缺）——{1} 记为“无数据”", "{0}: absent by choice — {1} are not available");

    /// <summary>A table absent that the rule set does not read.</summary>
    public static readonly Entry CheckTableNotUsed = new("{0}：未提供（规则集不读取此表）", "{0}: not given (the rule set does not read it)");

    /// <summary>An empty table's effect.</summary>
    public static readonly Entry CheckEmptyDisables = new("读取它的 {0} 看不到任何记录", "{0}, which read it, see no record");

    /// <summary>Heading: files and sheets not read.</summary>
    public static readonly Entry CheckIgnored = new("未读取的文件或工作表", "files and sheets not read");

    /// <summary>Heading: the column captions mapped.</summary>
    public static readonly Entry CheckMappedColumns = new("映射的表名与列名", "names mapped");

    /// <summary>A mapped table name.</summary>
    public static readonly Entry CheckMappedTable = new("「{0}」→ {1} 表", "'{0}' → table {1}");

    /// <summary>A mapped caption.</summary>
    public static readonly Entry CheckMappedColumn = new("{0} 表的「{1}」→ {2} 列", "{0}: '{1}' → column {2}");

    /// <summary>Heading: problems.</summary>
    public static readonly Entry CheckProblems = new("发现的问题", "problems found");

    /// <summary>No problem.</summary>
    public static readonly Entry CheckNoProblems = new("未发现问题", "no problem found");

    /// <summary>Verdict: errors.</summary>
    public static readonly Entry CheckVerdictErrors = new("结论：{0} 处错误、{1} 条警告；评估将被拒绝（退出码 3）", "verdict: {0} errors, {1} warnings; the assessment would be refused (exit 3)");

    /// <summary>Verdict: warnings.</summary>
    public static readonly Entry CheckVerdictWarnings = new("结论：{0} 条警告，可能影响评级，请逐条核对（退出码 1）", "verdict: {0} warnings that may change ratings; review each (exit 1)");

    /// <summary>Verdict: clean.</summary>
    public static readonly Entry CheckVerdictClean = new("结论：未发现影响评级的问题（退出码 0）", "verdict: nothing found that would change ratings (exit 0)");

    /// <summary>Verdict on the 数据检查 sheet of a report (the run went on, so there is no error and no exit code to name): warnings.</summary>
    public static readonly Entry CheckSheetVerdictWarnings = new("结论：{0} 条警告，可能影响评级，请逐条核对", "verdict: {0} warnings that may change ratings; review each");

    /// <summary>Verdict on the 数据检查 sheet: clean.</summary>
    public static readonly Entry CheckSheetVerdictClean = new("结论：未发现影响评级的问题", "verdict: nothing found that would change ratings");

    /// <summary>Column captions of the Markdown table and the 数据检查 sheet.</summary>
    public static readonly Entry CheckColTable = new("表", "table");

    public static readonly Entry CheckColSources = new("来源", "read from");

    public static readonly Entry CheckColRows = new("行数", "rows");

    public static readonly Entry CheckColInPeriod = new("考核期内", "in period");

    public static readonly Entry CheckColDates = new("日期范围", "dates");

    public static readonly Entry CheckColBranches = new("支部数", "branches");

    public static readonly Entry CheckColState = new("状态", "state");

    /// <summary>States, short.</summary>
    public static readonly Entry CheckStateRead = new("已读取", "read");

    public static readonly Entry CheckStateEmpty = new("无记录", "empty");

    public static readonly Entry CheckStateMissing = new("缺失，拒绝评估", "missing: refused");

    public static readonly Entry CheckStateAbsentAllowed = new("声明可缺", "absent by choice");

    public static readonly Entry CheckStateNotUsed = new("未提供（不需要）", "not given (not needed)");

    /// <summary>The 数据检查 sheet's name.</summary>
    public static readonly Entry WbSheetChecks = new("数据检查", "checks");

    /// <summary>Problems columns of the sheet.</summary>
    public static readonly Entry CheckColSeverity = new("级别", "severity");

    public static readonly Entry CheckColCode = new("代码", "code");

    public static readonly Entry CheckColWhere = new("位置", "where");

    public static readonly Entry CheckColMessage = new("说明", "message");

    /// <summary>Severity words.</summary>
    public static readonly Entry CheckSevError = new("错误", "error");

    public static readonly Entry CheckSevWarning = new("警告", "warning");

    public static readonly Entry CheckSevNotice = new("提示", "notice");

    /// <summary>eco check's description.</summary>
    public static readonly Entry CliCheck = new(
        "评估前的数据检查：各表读自哪个文件或工作表、行数、考核期内行数、日期范围、覆盖支部，应用的映射，缺表会停用哪些指标与否决，以及发现的每个问题（退出码：0 无问题，1 有警告，3 有错误）",
        "the pre-flight check before the assessment: per table the file or sheet read, rows, rows inside the period, dates, branches covered; the mapping applied; what an absent table disables; every problem (exit 0 clean, 1 warnings, 3 errors)");

    /// <summary>--format of eco check.</summary>
    public static readonly Entry CliCheckFormat = new("输出格式：text（默认）、json 或 md", "output format: text (default), json or md");

    /// <summary>-o of eco check.</summary>
    public static readonly Entry CliCheckOutput = new("写入文件而不是屏幕", "write to this file instead of the screen");

    /// <summary>--suggest-mapping of eco check.</summary>
    public static readonly Entry CliCheckSuggest = new(
        "把未能识别的表名、列名写成建议的映射文件（默认 mapping.suggested.yaml），供核对后改名为 mapping.yaml",
        "write the names that could not be placed as a proposed mapping file (default mapping.suggested.yaml), to confirm and rename to mapping.yaml");

    /// <summary>The suggestion was written.</summary>
    public static readonly Entry CheckSuggestWritten = new("已写出建议的映射文件 {0}：{1} 条建议；请逐条核对，确认后改名为 mapping.yaml", "wrote the proposed mapping {0}: {1} suggestions; confirm each, then rename it mapping.yaml");

    /// <summary>A suggestion's comment in the YAML.</summary>
    public static readonly Entry CheckSuggestComment = new("建议：{0}（依据：{1}）", "suggested: {0} (because {1})");

    /// <summary>Why a suggestion: a known synonym.</summary>
    public static readonly Entry CheckSuggestBySynonym = new("常见台账名", "a usual name");

    /// <summary>Why a suggestion: close in spelling.</summary>
    public static readonly Entry CheckSuggestByDistance = new("与「{0}」相近", "close to '{0}'");

    /// <summary>Why a suggestion: the sheet's captions match the table's columns.</summary>
    public static readonly Entry CheckSuggestByColumns = new("列名与该表的 {0} 列相符", "its captions match {0} of the table's columns");

    /// <summary>The suggestion file's header comment.</summary>
    public static readonly Entry CheckSuggestHeader = new("{0} 建议的映射：请逐条核对，删去不对的行，确认后改名为 mapping.yaml", "mapping proposed by {0}: confirm each line, delete the wrong ones, then rename it mapping.yaml");

    /// <summary>Nothing to suggest.</summary>
    public static readonly Entry CheckSuggestNothing = new("没有需要映射的名称，未写出建议文件", "no name needs mapping; no suggestion written");
}
