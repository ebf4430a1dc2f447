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
        "数据集中没有{1}表（{0}），而规则集的 {2} 要读取它；缺了它，这些指标和否决会悄悄失效，评级就不可信。{3}。请把该表放入数据集（文件名或工作表名为 {0} 或 {1}），或在 mapping.yaml 的 tables 下把本单位的台账名映射为 {0}；若本次评估确实没有此类记录，请加 --allow-missing {0}",
        "the dataset has no {0} table ({1}), and the rule set's {2} read it; without it they would silently be switched off and the ratings could not be trusted. {3}. Add the table (a file or sheet named {0} or {1}), map the department's name to {0} under tables in mapping.yaml, or, if this assessment really has no such records, say --allow-missing {0}");

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
        "{0}表的列名「{1}」不认识，而规则集的 {2} 要读取该表的「{3}」列（可写作 {4}），表中却没有这一列；若「{1}」就是这一列，请把列名改为 {4} 之一，或在 mapping.yaml 的 columns 下写 {0}: {{ {1}: {3} }}",
        "the {0} table's caption '{1}' is not recognised, while the rule set's {2} read its column '{3}' (written {4}), which the table lacks; if '{1}' is that column, rename it to one of {4}, or write {0}: {{ {1}: {3} }} under columns in mapping.yaml");

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
        "--allow-missing 不能包括 branches（支部）表：没有它就没有可评的支部",
        "--allow-missing cannot include branches: without it there is no branch to rate");

    /// <summary>Help of --allow-missing.</summary>
    public static readonly Entry CliAllowMissingHelp = new(
        "本次评估确实没有的表，以逗号分隔（如 findings,study）；其余规则集要读取的表缺失时拒绝评估",
        "tables this assessment really lacks, comma-separated (e.g. findings,study); any other table the rule set reads must be present");

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
    public static readonly Entry MappingNotACodedColumn = new("「{0}」不是代码列；codes 下请写 表.列，可用：{1}", "'{0}' is not a coded column; under codes write table.column, one of {1}");

    /// <summary>A word mapped to something that is not a code of the column.</summary>
    public static readonly Entry MappingNotACode = new("「{0}」映射到的「{1}」不是 {2} 的代码；可用：{3}", "'{0}' is mapped to '{1}', which is not a code of {2}; use {3}");

    /// <summary>An unknown top-level key.</summary>
    public static readonly Entry MappingUnknownKey = new("映射文件不认识键「{0}」；可用：{1}", "the mapping file has no key '{0}'; use {1}");

    /// <summary>A section that is not a mapping.</summary>
    public static readonly Entry MappingNeedsMapping = new("「{0}」下应是「名称: 目标」形式的映射", "'{0}' must hold a mapping of name: target");

    /// <summary>An empty name or target.</summary>
    public static readonly Entry MappingNeedsName = new("这里应是一个非空的名称", "a non-empty name is needed here");
}
