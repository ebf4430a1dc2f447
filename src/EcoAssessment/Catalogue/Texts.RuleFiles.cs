namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of reading a rule file: the file, its YAML (in plain words, never the parser's), its keys and values (IO).</summary>
internal static partial class Texts
{
    // ── rule files: the file and its YAML ──

    /// <summary>A folder given as a rule file.</summary>
    public static readonly Entry RuleFileIsFolder = new("是文件夹；请给出规则文件（.yaml）", "is a folder; give rule files (.yaml)");

    /// <summary>A rule file larger than a rule file may be.</summary>
    public static readonly Entry RuleFileTooLarge = new("规则文件有 {0:N0} 字节，超过规则文件的上限 {1:N0} 字节；这是规则文件吗？", "the rule file has {0:N0} bytes, more than the {1:N0} a rule file may have; is it a rule file?");

    /// <summary>A rule file that does not exist.</summary>
    public static readonly Entry RuleFileMissing = new("规则文件不存在；请检查路径", "the rule file does not exist; check the path");

    /// <summary>A rule file that cannot be read; {0} is the system's message.</summary>
    public static readonly Entry RuleFileUnreadable = new("无法读取规则文件：{0}", "the rule file cannot be read: {0}");

    /// <summary>A rule file nested too deep.</summary>
    public static readonly Entry RuleTooDeep = new("规则文件在此处嵌套超过 {0} 层；任何规则都用不到这么多层，请简化条件", "the rule file nests deeper than {0} levels here; no rule needs that many — simplify the condition");

    /// <summary>A YAML syntax error; {0} is what is wrong, in plain words (one of the YamlProblem entries below).</summary>
    public static readonly Entry RuleYamlSyntax = new("YAML 语法错误：{0}", "YAML syntax: {0}");

    /// <summary>What a YAML parser's complaint means: the indentation or a colon.</summary>
    public static readonly Entry YamlProblemIndent = new(
        "此处缩进或冒号有误：同一层的键要左对齐，值里含冒号时请加引号", "the indentation or a colon is wrong here: the keys of one level line up, and a value holding a colon needs quotes");

    /// <summary>What a YAML parser's complaint means: a bracket or quote left open.</summary>
    public static readonly Entry YamlProblemUnclosed = new(
        "括号或引号没有闭合：请检查每个 {{、[ 和引号是否都已闭合", "a bracket or quote is not closed: check that every {{, [ and quote is closed");

    /// <summary>What a YAML parser's complaint means: a character no value may start with (a tab).</summary>
    public static readonly Entry YamlProblemTab = new(
        "此处有不能开始一个值的字符（如制表符）：缩进请用空格", "a character that cannot start a value (such as a tab): indent with spaces");

    /// <summary>What a YAML parser's complaint means: a key given twice.</summary>
    public static readonly Entry YamlProblemDuplicate = new("同一层里这个键写了两次", "this key is given twice at one level");

    /// <summary>What a YAML parser's complaint means, when it is none of the above.</summary>
    public static readonly Entry YamlProblemOther = new(
        "此处无法按 YAML 读取：请检查本行及上一行的缩进、冒号和引号", "this cannot be read as YAML: check the indentation, colons and quotes of this line and the one before");

    /// <summary>An empty rule file; {0} lists the first keys.</summary>
    public static readonly Entry RuleFileEmpty = new("规则文件为空或不是映射；请以 {0} 开头", "the rule file is empty or not a mapping; start with {0}");

    /// <summary>A recursive alias.</summary>
    public static readonly Entry RuleAliasRecursive = new("此处的别名引用了包含它自身的节点；规则文件不能递归", "an alias here refers to a node that contains it; a rule file cannot be recursive");

    /// <summary>Aliases that expand to too many nodes; {2} is the alias form (*name).</summary>
    public static readonly Entry RuleAliasTooMany = new("此处使用的别名（{2}）展开后有 {0} 个节点，超过规则文件的上限 {1:N0} 个；请直接写出取值或少用别名", "the aliases ({2}) used here expand to {0} nodes, more than the {1:N0} a rule file may have; write the values out or use fewer aliases");

    /// <summary>A count too large to write, in <see cref="RuleAliasTooMany"/>.</summary>
    public static readonly Entry RuleAliasBillions = new("数十亿", "billions of");

    /// <summary>Aliases that nest too deep once expanded; {1} is the alias form (*name).</summary>
    public static readonly Entry RuleAliasTooDeep = new("此处使用的别名（{1}）展开后嵌套超过 {0} 层；请直接写出取值或少用别名", "the aliases ({1}) used here nest deeper than {0} levels once expanded; write the values out or use fewer aliases");

    // ── rule files: the kinds of values ──

    /// <summary>A key of the rule file as messages name it: quoted in Chinese, bare in English.</summary>
    public static readonly Entry RuleKey = new("\"{0}\"", "{0}");

    /// <summary>A scalar as messages quote it.</summary>
    public static readonly Entry RuleScalar = new("\"{0}\"", "'{0}'");

    /// <summary>A YAML list, as what was found.</summary>
    public static readonly Entry RuleAList = new("列表", "a list");

    /// <summary>A YAML mapping, as what was found.</summary>
    public static readonly Entry RuleAMapping = new("映射", "a mapping");

    /// <summary>Any other YAML value, as what was found.</summary>
    public static readonly Entry RuleAValue = new("值", "a value");

    /// <summary>A value that must be a mapping; {1} is what was found.</summary>
    public static readonly Entry RuleMustBeMapping = new("{0}须是映射（若干\"键: 值\"行），而不是{1}", "{0} must be a mapping (key: value lines), not {1}");

    /// <summary>A value that must be a list.</summary>
    public static readonly Entry RuleMustBeList = new("{0}须是列表，而不是{1}", "{0} must be a list, not {1}");

    /// <summary>A value that must be text.</summary>
    public static readonly Entry RuleMustBeText = new("{0}须是文本，而不是{1}", "{0} must be a text value, not {1}");

    /// <summary>A number too large for a rule file.</summary>
    public static readonly Entry RuleNumberTooLarge = new("{0} {1} 过大；规则文件中的数值绝对值不超过 10^15", "{0} {1} is too large; numbers in a rule file are at most 10^15 in size");

    /// <summary>A value that must be a number; {2} and {3} are examples.</summary>
    public static readonly Entry RuleMustBeNumber = new("{0}须是数字（例如 {2} 或 {3}），而不是{1}", "{0} must be a number (such as {2} or {3}), not {1}");

    /// <summary>A value that must be a whole number.</summary>
    public static readonly Entry RuleMustBeWhole = new("{0}须是整数，而不是{1}", "{0} must be a whole number, not {1}");

    /// <summary>A value that must be true or false ({2}, {3}).</summary>
    public static readonly Entry RuleMustBeBool = new("{0}须是 {2} 或 {3}，而不是{1}", "{0} must be {2} or {3}, not {1}");

    /// <summary>A value that must be a value or a list of values.</summary>
    public static readonly Entry RuleMustBeValueOrList = new("{0}须是一个值或值的列表，而不是{1}", "{0} must be a value or a list of values, not {1}");

    /// <summary>A mapping without a required key.</summary>
    public static readonly Entry RuleNeedsKey = new("{0}缺少键\"{1}\"", "{0} needs '{1}'");

    /// <summary>A key that is not allowed; {2} lists the allowed keys.</summary>
    public static readonly Entry RuleUnknownKey = new("{1}中有未知的键\"{0}\"；可用的键：{2}", "unknown key '{0}' in {1}; allowed: {2}");

    /// <summary>A key written both in Chinese and in English.</summary>
    public static readonly Entry RuleKeyTwice = new("{0} 与 {1} 是同一个键，只能写其中一个", "give {0} or {1}, not both: they are the same key");

    /// <summary>A value that must be one of a few words; {1} lists them.</summary>
    public static readonly Entry RuleMustBeOneOf = new("{0}须是 {1}", "{0} must be {1}");

    /// <summary>A value of a setting that is not known; {2} lists the known ones.</summary>
    public static readonly Entry RuleValueNotKnown = new("{0}的取值\"{1}\"未知；请用 {2}", "{0} '{1}' is not known; use {2}");

    /// <summary>A value of a setting that is not one of its words; {2} lists them.</summary>
    public static readonly Entry RuleValueMustBe = new("{0}的取值\"{1}\"不对；须是 {2}", "{0} '{1}' must be {2}");

    /// <summary>A kind that is not known; {2} lists the known ones.</summary>
    public static readonly Entry RuleUnknownKind = new("未知的{0}\"{1}\"；可用的有：{2}", "unknown {0} '{1}'; known: {2}");

    /// <summary>A code that is not in its list; {0} names the list.</summary>
    public static readonly Entry RuleUnknownCode = new("未知的{0}\"{1}\"；请用以下之一：{2}", "unknown {0} '{1}'; use one of {2}");

    /// <summary>A meeting type key that is not known.</summary>
    public static readonly Entry RuleUnknownMeetingType = new("未知的会议类型；请用以下之一：{0}", "unknown meeting type; use one of {0}");

    // ── rule files: what a value is ──

    /// <summary>The whole rule set.</summary>
    public static readonly Entry RuleWhatRuleSet = new("规则集", "the rule set");

    /// <summary>An entry of dimensions.</summary>
    public static readonly Entry RuleWhatDimension = new("维度", "a dimension");

    /// <summary>An entry of indicators.</summary>
    public static readonly Entry RuleWhatIndicator = new("指标", "an indicator");

    /// <summary>An entry of vetoes.</summary>
    public static readonly Entry RuleWhatVeto = new("一票否决项", "a veto");

    /// <summary>An entry of grades.</summary>
    public static readonly Entry RuleWhatGrade = new("等级", "a grade");

    /// <summary>A condition.</summary>
    public static readonly Entry RuleWhatCondition = new("条件", "a condition");

    /// <summary>A filter of findings.</summary>
    public static readonly Entry RuleWhatFindingFilter = new("问题筛选条件", "a finding filter");

    /// <summary>A filter of meetings.</summary>
    public static readonly Entry RuleWhatMeetingsFilter = new("会议筛选条件", "a meetings filter");

    /// <summary>A filter of meetings, as the value of meetings:.</summary>
    public static readonly Entry RuleWhatMeetingsFilterValue = new("会议筛选条件", "meetings filter");

    /// <summary>An entry of deductions or bonuses.</summary>
    public static readonly Entry RuleWhatAdjustment = new("加减分项", "an adjustment");

    /// <summary>An entry of a list of the rule file; {0} is the list's key.</summary>
    public static readonly Entry RuleWhatEntryOf = new("{0}中的一项", "an entry of {0}");

    /// <summary>A band of the rollup; {0} is its name.</summary>
    public static readonly Entry RuleWhatBand = new("分档\"{0}\"", "band {0}");

    /// <summary>A rating threshold; {0} is 先锋 or 落后.</summary>
    public static readonly Entry RuleWhatThreshold = new("{0}线", "the {0} threshold");

    /// <summary>A range of a filter; {0} is the key.</summary>
    public static readonly Entry RuleWhatRange = new("{0}范围", "{0} range");

    /// <summary>The id of a dimension.</summary>
    public static readonly Entry RuleWhatDimensionId = new("维度编号", "dimension id");

    /// <summary>The name of a dimension.</summary>
    public static readonly Entry RuleWhatDimensionName = new("维度名称", "dimension name");

    /// <summary>The id of an indicator.</summary>
    public static readonly Entry RuleWhatIndicatorId = new("指标编号", "indicator id");

    /// <summary>The name of an indicator.</summary>
    public static readonly Entry RuleWhatIndicatorName = new("指标名称", "indicator name");

    /// <summary>The name of a grade.</summary>
    public static readonly Entry RuleWhatGradeName = new("等级名称", "grade name");

    /// <summary>The name of a band.</summary>
    public static readonly Entry RuleWhatBandName = new("分档名称", "band name");

    /// <summary>The meetings expected per year.</summary>
    public static readonly Entry RuleWhatExpectedPerYear = new("每年应开次数", "expected per year");

    /// <summary>The weight of a form of discipline.</summary>
    public static readonly Entry RuleWhatFormWeight = new("形态权重", "form weight");

    /// <summary>The kind of a measure.</summary>
    public static readonly Entry RuleWhatMeasureKind = new("度量类型", "measure kind");

    /// <summary>The method of normalising.</summary>
    public static readonly Entry RuleWhatNormaliseMethod = new("标准化方法", "normalise method");

    /// <summary>The method of normalising, in "unknown … method".</summary>
    public static readonly Entry RuleWhatNormalisationMethod = new("标准化方法", "normalisation method");

    /// <summary>The method of imputation.</summary>
    public static readonly Entry RuleWhatImputationMethod = new("缺失值补齐方法", "imputation method");

    /// <summary>The grouping of imputation.</summary>
    public static readonly Entry RuleWhatImputationBy = new("缺失值补齐的分组依据", "imputation by");

    /// <summary>The method of outlier treatment.</summary>
    public static readonly Entry RuleWhatOutliersMethod = new("异常值处理方法", "outliers method");

    /// <summary>The method of weighting.</summary>
    public static readonly Entry RuleWhatWeightingMethod = new("赋权方法", "weighting method");

    /// <summary>The lower score bound.</summary>
    public static readonly Entry RuleWhatLowerBound = new("下限", "lower bound");

    /// <summary>The upper score bound.</summary>
    public static readonly Entry RuleWhatUpperBound = new("上限", "upper bound");

    /// <summary>A row of an AHP matrix.</summary>
    public static readonly Entry RuleWhatMatrixRow = new("矩阵的一行", "a matrix row");

    /// <summary>A cell of an AHP matrix.</summary>
    public static readonly Entry RuleWhatMatrixCell = new("矩阵单元格", "a matrix cell");

    // ── rule files: the sections ──

    /// <summary>A measure without a yearly study target; {1} and {2} are the keys.</summary>
    public static readonly Entry RuleStudyTarget = new("{0} 须有年度目标：{1} 和/或 {2}", "{0} needs a yearly target: {1} and/or {2}");

    /// <summary>A condition without exactly one kind; {0} lists the kinds, {1} is <see cref="RuleConditionFound"/> or empty.</summary>
    public static readonly Entry RuleConditionKinds = new("条件须恰好有 {0} 中的一个{1}", "a condition has exactly one of {0}{1}");

    /// <summary>The kinds found in a condition; {1} is all:.</summary>
    public static readonly Entry RuleConditionFound = new("；现有 {0}（须同时满足时请用 {1} 组合）", "; found {0} (combine them with {1})");

    /// <summary>An empty any: or all:.</summary>
    public static readonly Entry RuleConditionEmpty = new("{0}: 至少须有一个条件", "{0}: needs at least one condition");

    /// <summary>count: that names more or less than one table; {1} and {2} are the forms.</summary>
    public static readonly Entry RuleCountOneTable = new("{0} 须只写一张表：{1} 或 {2}", "{0} names one table: {1} or {2}");

    /// <summary>count: of a table that cannot be counted.</summary>
    public static readonly Entry RuleCountWhichTable = new("{0} 不能统计\"{1}\"；请统计 {2} 或 {3}", "{0} cannot count '{1}'; count {2} or {3}");

    /// <summary>An unknown role in a condition; {1} is committee.</summary>
    public static readonly Entry RuleUnknownRole = new("未知的职务\"{0}\"；请用 {1}（书记、副书记和支部委员）或以下之一：{2}", "unknown role '{0}'; use {1} (secretary, deputy secretary and committee members) or one of {2}");

    /// <summary>A range without its ends.</summary>
    public static readonly Entry RuleRangeNeedsEnd = new("{0}范围须有 {1} 或 {2}", "{0} range needs {1} or {2}");

    /// <summary>thresholds: without one of its lines.</summary>
    public static readonly Entry RuleThresholdMissing = new("\"{0}\"缺少\"{1}: {{ {2}: … }}\"", "{0} needs {1}: {{ {2}: … }}");

    /// <summary>A grade whose rating is not a rating value.</summary>
    public static readonly Entry RuleGradeRating = new("等级的 {0} 须是先锋、中间或落后", "a grade's {0} is 先锋, 中间 or 落后");

    /// <summary>quota: without its share.</summary>
    public static readonly Entry RuleQuotaMissing = new("{0} 缺少 先锋: 比例（例如 0.30）", "{0} needs 先锋: share (such as 0.30)");

    /// <summary>A tie_break key that is not known.</summary>
    public static readonly Entry RuleTieBreakKey = new("{0} 的键\"{1}\"不对；须是 {2}", "{0} key '{1}' must be {2}");

    /// <summary>A veto without exactly one effect; {0} and {1} are force: and cap:.</summary>
    public static readonly Entry RuleVetoEffect = new("一票否决项须恰好有 {0} 落后 或 {1} 中间 之一", "a veto takes exactly one of {0} 落后 or {1} 中间");

    /// <summary>A veto's tier that is not a rating; {0} is <see cref="RuleVetoGrades"/> or empty.</summary>
    public static readonly Entry RuleVetoTier = new("等次须是先锋、中间或落后{0}", "the tier must be 先锋, 中间 or 落后{0}");

    /// <summary>The grades a cap may name; {1} is cap.</summary>
    public static readonly Entry RuleVetoGrades = new("；{1} 也可用以下等级之一：{0}", ", or for {1} one of the grades {0}");

    /// <summary>weight_by that is neither members nor branches.</summary>
    public static readonly Entry RuleWeightBy = new("{0}的取值\"{1}\"不对；须是 {2}（按党员人数加权平均）或 {3}（简单平均）", "{0} '{1}' must be {2} (member-weighted mean) or {3} (plain mean)");

    /// <summary>An AHP matrix that is not square.</summary>
    public static readonly Entry RuleMatrixRow = new("矩阵每行须有 {0} 个单元格（矩阵须是方阵）", "each matrix row needs {0} cells (the matrix is square)");

    /// <summary>bounds that are not two numbers; {1} is their form.</summary>
    public static readonly Entry RuleBounds = new("{0} 须是两个数：{1}", "{0} must be two numbers: {1}");

    /// <summary>A count of points below 0.</summary>
    public static readonly Entry RuleNotNegative = new("{0} 须为 0 或以上", "{0} must be 0 or more");
}
