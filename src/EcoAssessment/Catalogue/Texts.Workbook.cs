namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the report, template and trend workbooks and the rule sheet.</summary>
internal static partial class Texts
{
    // ── The report workbook: sheet names ──────────────────────────────────────────────────────────────────────────

    /// <summary>The report's summary sheet.</summary>
    public static readonly Entry WbSheetSummary = new("汇总", "Summary");

    /// <summary>The report's ranking sheet.</summary>
    public static readonly Entry WbSheetRanking = new("排名", "Ranking");

    /// <summary>The report's details sheet.</summary>
    public static readonly Entry WbSheetDetails = new("明细", "Details");

    /// <summary>The report's deductions sheet.</summary>
    public static readonly Entry WbSheetDeductions = new("扣分", "Deductions");

    /// <summary>The report's units sheet.</summary>
    public static readonly Entry WbSheetUnits = new("单位", "Units");

    /// <summary>The report's transitions sheet (against the previous period).</summary>
    public static readonly Entry WbSheetTransitions = new("动态管理", "Transitions");

    /// <summary>The report's chart data sheet.</summary>
    public static readonly Entry WbSheetCharts = new("图表", "Charts");

    /// <summary>The report's branch profile sheet.</summary>
    public static readonly Entry WbSheetProfile = new("支部画像", "Profile");

    /// <summary>The report's rule sheet.</summary>
    public static readonly Entry WbSheetRules = new("规则", "Rules");

    /// <summary>The report's notes sheet.</summary>
    public static readonly Entry WbSheetNotes = new("说明", "Notes");

    // ── The report workbook: column headers ───────────────────────────────────────────────────────────────────────

    /// <summary>Column: the branch id.</summary>
    public static readonly Entry WbColBranch = new("支部编号", "Branch");

    /// <summary>Column: the branch name.</summary>
    public static readonly Entry WbColName = new("支部名称", "Name");

    /// <summary>Column: the unit.</summary>
    public static readonly Entry WbColUnit = new("单位", "Unit");

    /// <summary>Column: the score.</summary>
    public static readonly Entry WbColScore = new("得分", "Score");

    /// <summary>Column: the rating.</summary>
    public static readonly Entry WbColRating = new("评级", "Rating");

    /// <summary>Column: the rank.</summary>
    public static readonly Entry WbColRank = new("排名", "Rank");

    /// <summary>Column: the grade of the rule file's grades.</summary>
    public static readonly Entry WbColGrade = new("等次", "Grade");

    /// <summary>Column: the coverage.</summary>
    public static readonly Entry WbColCoverage = new("覆盖率", "Coverage");

    /// <summary>Column: the points deducted.</summary>
    public static readonly Entry WbColDeductions = new("扣分", "Deductions");

    /// <summary>Column: the vetoes that applied.</summary>
    public static readonly Entry WbColVetoes = new("否决项", "Vetoes");

    /// <summary>Column: the reasons of the rating.</summary>
    public static readonly Entry WbColReasons = new("原因", "Reasons");

    /// <summary>Column suffix after an indicator id: its raw value.</summary>
    public static readonly Entry WbColRaw = new("原始值", "raw");

    /// <summary>Column: deduction, bonus or veto.</summary>
    public static readonly Entry WbColKind = new("类别", "Kind");

    /// <summary>Column: the id of the deduction, bonus or veto.</summary>
    public static readonly Entry WbColItem = new("项目", "Item");

    /// <summary>Column: the name of the deduction, bonus or veto.</summary>
    public static readonly Entry WbColItemName = new("名称", "Name of the item");

    /// <summary>Column: the points or the effect of a veto.</summary>
    public static readonly Entry WbColPointsEffect = new("分值/效果", "Points / effect");

    /// <summary>Column: the records behind an item.</summary>
    public static readonly Entry WbColTrace = new("依据", "Trace");

    /// <summary>Column: where an item is written in the rule file.</summary>
    public static readonly Entry WbColRule = new("规则位置", "Rule");

    /// <summary>Column: the previous period's rating.</summary>
    public static readonly Entry WbColPreviousRating = new("上期评级", "Previous");

    /// <summary>Column: this period's rating.</summary>
    public static readonly Entry WbColCurrentRating = new("本期评级", "Rating");

    /// <summary>Column: the transition against the previous period.</summary>
    public static readonly Entry WbColTransition = new("变动", "Transition");

    /// <summary>Column: listed for rectification.</summary>
    public static readonly Entry WbColRectification = new("列入整顿", "Rectification");

    /// <summary>Column: the dynamic limit applied.</summary>
    public static readonly Entry WbColDynamic = new("动态调整", "Dynamic limit");

    /// <summary>Column: the score band of the distribution.</summary>
    public static readonly Entry WbColScoreBand = new("分数段", "Score band");

    /// <summary>Column and series: 先锋 branches in the previous period.</summary>
    public static readonly Entry WbColVanguardBefore = new("上期先锋", "先锋 before");

    /// <summary>Column and series: 先锋 branches now.</summary>
    public static readonly Entry WbColVanguardNow = new("本期先锋", "先锋 now");

    /// <summary>Column and series: 落后 branches in the previous period.</summary>
    public static readonly Entry WbColLaggardBefore = new("上期落后", "落后 before");

    /// <summary>Column and series: 落后 branches now.</summary>
    public static readonly Entry WbColLaggardNow = new("本期落后", "落后 now");

    /// <summary>Column and series: the mean score in the previous period.</summary>
    public static readonly Entry WbColMeanBefore = new("上期平均分", "Mean score before");

    /// <summary>Column and series: the mean score now.</summary>
    public static readonly Entry WbColMeanNow = new("本期平均分", "Mean score now");

    /// <summary>Column: a dimension.</summary>
    public static readonly Entry WbColDimension = new("维度", "Dimension");

    /// <summary>Column and series: the branch shown in the profile.</summary>
    public static readonly Entry WbColThisBranch = new("本支部", "Branch");

    /// <summary>Column and series: the mean of the branch's unit.</summary>
    public static readonly Entry WbColUnitAverage = new("本单位平均", "Unit average");

    /// <summary>Column and series: the mean of the whole system.</summary>
    public static readonly Entry WbColSystemAverage = new("全系统平均", "System average");

    /// <summary>Column: the number of branches.</summary>
    public static readonly Entry WbColBranches = new("支部数", "Branches");

    /// <summary>Column: the share of the rated branches.</summary>
    public static readonly Entry WbColShareOfRated = new("占参评支部", "Share of rated");

    /// <summary>Column: the health band (政治生态).</summary>
    public static readonly Entry WbColHealth = new("政治生态", "Health");

    /// <summary>Column: the rated branches.</summary>
    public static readonly Entry WbColRated = new("参评", "Rated");

    /// <summary>Column: the number of members.</summary>
    public static readonly Entry WbColMembers = new("党员数", "Members");

    /// <summary>Column and series: the first of the four forms.</summary>
    public static readonly Entry WbColForm1 = new("第一种形态", "Form 1");

    /// <summary>Column and series: the second of the four forms.</summary>
    public static readonly Entry WbColForm2 = new("第二种形态", "Form 2");

    /// <summary>Column and series: the third of the four forms.</summary>
    public static readonly Entry WbColForm3 = new("第三种形态", "Form 3");

    /// <summary>Column and series: the fourth of the four forms.</summary>
    public static readonly Entry WbColForm4 = new("第四种形态", "Form 4");

    /// <summary>Column: red lines and warnings of a unit.</summary>
    public static readonly Entry WbColRedLinesWarnings = new("红线与提示", "Red lines and warnings");

    // ── The report workbook: values ───────────────────────────────────────────────────────────────────────────────

    /// <summary>Kind of an item: a deduction.</summary>
    public static readonly Entry WbKindDeduction = new("扣分", "deduction");

    /// <summary>Kind of an item: a bonus.</summary>
    public static readonly Entry WbKindBonus = new("加分", "bonus");

    /// <summary>Kind of an item: a veto.</summary>
    public static readonly Entry WbKindVeto = new("否决", "veto");

    /// <summary>A veto's effect: the rating is forced to {0}.</summary>
    public static readonly Entry WbVetoForce = new("直接定为 {0}", "force {0}");

    /// <summary>A veto's effect: the rating is capped at {0}.</summary>
    public static readonly Entry WbVetoCap = new("最高 {0}", "cap at {0}");

    /// <summary>After a veto's effect: the veto did not change the rating.</summary>
    public static readonly Entry WbVetoNoEffect = new("（未改变评级）", " (no effect)");

    /// <summary>Yes (listed for rectification).</summary>
    public static readonly Entry WbYes = new("是", "yes");

    /// <summary>Transition: the branch was removed since the previous period.</summary>
    public static readonly Entry WbTransitionRemoved = new("撤销", "removed");

    /// <summary>The profile sheet's hint beside the branch id to choose.</summary>
    public static readonly Entry WbProfileHint = new("← 选择或输入支部编号，下表和雷达图随之更新", "← choose or type a branch id; the table and the radar chart follow");

    // ── The report workbook: summary sheet ────────────────────────────────────────────────────────────────────────

    /// <summary>Summary fact: the rule set.</summary>
    public static readonly Entry WbFactRuleSet = new("规则", "Rule set");

    /// <summary>Summary fact: the period.</summary>
    public static readonly Entry WbFactPeriod = new("期间", "Period");

    /// <summary>Summary fact: the number of rated branches.</summary>
    public static readonly Entry WbFactRated = new("参评支部", "Rated branches");

    /// <summary>Summary fact: the system's score.</summary>
    public static readonly Entry WbFactSystemScore = new("全系统得分", "System score");

    /// <summary>Summary fact: the system's health band.</summary>
    public static readonly Entry WbFactHealth = new("政治生态", "Health band");

    /// <summary>Summary fact: the system's red lines.</summary>
    public static readonly Entry WbFactRedLines = new("红线", "Red lines");

    // ── The report workbook: rule sheet ───────────────────────────────────────────────────────────────────────────

    /// <summary>Rule sheet column: the dimension's weight.</summary>
    public static readonly Entry WbColDimensionWeight = new("维度权重", "Dimension weight");

    /// <summary>Rule sheet column: the indicator id.</summary>
    public static readonly Entry WbColIndicator = new("指标编号", "Indicator");

    /// <summary>Rule sheet column: the indicator name.</summary>
    public static readonly Entry WbColIndicatorName = new("指标名称", "Name");

    /// <summary>Rule sheet column: the indicator's direction.</summary>
    public static readonly Entry WbColDirection = new("方向", "Direction");

    /// <summary>Rule sheet column: the indicator's normalisation.</summary>
    public static readonly Entry WbColNormalisation = new("标准化", "Normalisation");

    /// <summary>Rule sheet column: the indicator's weight.</summary>
    public static readonly Entry WbColWeight = new("权重", "Weight");

    /// <summary>Direction: higher is better.</summary>
    public static readonly Entry WbDirectionHigher = new("越高越好", "higher");

    /// <summary>Direction: lower is better.</summary>
    public static readonly Entry WbDirectionLower = new("越低越好", "lower");

    /// <summary>Normalisation method goalposts.</summary>
    public static readonly Entry WbNormGoalposts = new("阈值法", "goalposts");

    /// <summary>Normalisation method minmax.</summary>
    public static readonly Entry WbNormMinMax = new("极差法", "minmax");

    /// <summary>Normalisation method zscore.</summary>
    public static readonly Entry WbNormZScore = new("标准分数法", "zscore");

    /// <summary>Normalisation method rank.</summary>
    public static readonly Entry WbNormRank = new("排序法", "rank");

    /// <summary>Normalisation method percentile.</summary>
    public static readonly Entry WbNormPercentile = new("百分位法", "percentile");

    /// <summary>Normalisation method none.</summary>
    public static readonly Entry WbNormNone = new("不标准化", "none");

    /// <summary>Rule sheet heading: the rating rules.</summary>
    public static readonly Entry WbRatingRules = new("评级规则", "Rating rules");

    /// <summary>Rating rule: the 先锋 threshold.</summary>
    public static readonly Entry WbRuleVanguardFrom = new("先锋", "先锋 from");

    /// <summary>Rating rule: the 落后 threshold.</summary>
    public static readonly Entry WbRuleLaggardBelow = new("落后", "落后 below");

    /// <summary>Rating rule: the minimum coverage.</summary>
    public static readonly Entry WbRuleMinCoverage = new("最低覆盖率", "Minimum coverage");

    /// <summary>Rating rule: the 先锋 quota.</summary>
    public static readonly Entry WbRuleQuota = new("先锋比例上限", "先锋 quota");

    /// <summary>Rating rule value: no quota.</summary>
    public static readonly Entry WbRuleNone = new("无", "none");

    /// <summary>Rating rule: the weighting method.</summary>
    public static readonly Entry WbRuleWeighting = new("权重方法", "Weighting");

    /// <summary>Rating rule: the aggregation method.</summary>
    public static readonly Entry WbRuleAggregation = new("合成方法", "Aggregation");

    /// <summary>Weighting method: the declared weights.</summary>
    public static readonly Entry WbWeightingManual = new("手动", "Manual");

    /// <summary>Weighting method: equal weights.</summary>
    public static readonly Entry WbWeightingEqual = new("等权", "Equal");

    /// <summary>Weighting method: AHP.</summary>
    public static readonly Entry WbWeightingAhp = new("层次分析法", "Ahp");

    /// <summary>Weighting method: entropy.</summary>
    public static readonly Entry WbWeightingEntropy = new("熵权法", "Entropy");

    /// <summary>Weighting method: CRITIC.</summary>
    public static readonly Entry WbWeightingCritic = new("CRITIC 法", "Critic");

    /// <summary>Weighting method: manual and entropy combined.</summary>
    public static readonly Entry WbWeightingCombined = new("主客观组合", "Combined");

    /// <summary>Aggregation: weighted arithmetic mean.</summary>
    public static readonly Entry WbAggregationArithmetic = new("算术平均", "Arithmetic");

    /// <summary>Aggregation: weighted geometric mean.</summary>
    public static readonly Entry WbAggregationGeometric = new("几何平均", "Geometric");

    /// <summary>Rule sheet column: a veto id.</summary>
    public static readonly Entry WbColVeto = new("否决项", "Veto");

    /// <summary>Rule sheet column: a veto's effect.</summary>
    public static readonly Entry WbColEffect = new("效果", "Effect");

    /// <summary>Rule sheet column: the name of a veto, deduction or bonus.</summary>
    public static readonly Entry WbColRuleName = new("名称", "Name");

    /// <summary>Rule sheet column: a deduction or bonus id.</summary>
    public static readonly Entry WbColAdjustment = new("扣分/加分", "Deduction/bonus");

    /// <summary>Rule sheet column: the points of a deduction or bonus.</summary>
    public static readonly Entry WbColPoints = new("分值", "Points");

    // ── The report workbook: charts ───────────────────────────────────────────────────────────────────────────────

    /// <summary>Chart title: the rating mix per unit.</summary>
    public static readonly Entry WbChartRatingsPerUnit = new("各单位支部评级结构", "Ratings per unit");

    /// <summary>Chart title: the four forms per unit.</summary>
    public static readonly Entry WbChartFormsPerUnit = new("各单位四种形态结构", "The four forms per unit");

    /// <summary>Chart axis: cases (person-times).</summary>
    public static readonly Entry WbAxisCases = new("人次", "Cases");

    /// <summary>Chart title: the score distribution per dimension.</summary>
    public static readonly Entry WbChartDistribution = new("各维度得分分布", "Dimension score distribution");

    /// <summary>Chart title: the ratings per unit, previous period against now.</summary>
    public static readonly Entry WbChartRatingTrend = new("各单位评级变化（上期→本期）", "Ratings per unit, previous period → now");

    /// <summary>Chart title: the mean score per unit, previous period against now.</summary>
    public static readonly Entry WbChartScoreTrend = new("各单位平均得分（上期→本期）", "Mean score per unit, previous period → now");

    /// <summary>Chart title: a branch's dimensions against its unit and the system.</summary>
    public static readonly Entry WbChartProfile = new("支部四个维度得分与单位、全系统平均", "The branch's dimensions against its unit and the system");

    // ── The report workbook: notes sheet ──────────────────────────────────────────────────────────────────────────

    /// <summary>Notes column: the sheet.</summary>
    public static readonly Entry WbColSheet = new("工作表", "Sheet");

    /// <summary>Notes column: the column.</summary>
    public static readonly Entry WbColColumn = new("列", "Column");

    /// <summary>Notes column: what it means.</summary>
    public static readonly Entry WbColMeaning = new("含义", "Meaning");

    /// <summary>Notes: the dimensions column of the details sheet.</summary>
    public static readonly Entry WbColDimensions = new("维度", "Dimensions");

    /// <summary>Notes: the indicators columns of the details sheet.</summary>
    public static readonly Entry WbColIndicators = new("指标", "Indicators");

    /// <summary>Note on the summary sheet.</summary>
    public static readonly Entry WbNoteSummary = new(
        "规则、期间、支部数和评级结构；全系统得分为参评支部按党员数加权的平均分。",
        "Rule set, period, branch count and rating mix; the system score is the member-weighted mean of rated branches.");

    /// <summary>Note on the rank column.</summary>
    public static readonly Entry WbNoteRank = new(
        "按得分从高到低的名次，得分相同按规则的并列规则区分；未定级支部无名次。",
        "Place by score, ties broken by the rule set's tie-break keys; unrated branches have none.");

    /// <summary>Note on the score column.</summary>
    public static readonly Entry WbNoteScore = new("百分制决策得分（保留两位小数），含扣分与加分。", "Decision score out of 100 (2 decimals), after deductions and bonuses.");

    /// <summary>Note on the rating column; {0}–{3} are the rating values.</summary>
    public static readonly Entry WbNoteRating = new(
        "{0}、{1}、{2}或{3}（临时支部、覆盖率不足）。",
        "{0}, {1}, {2} or {3} (temporary branches, coverage below the minimum).");

    /// <summary>Note on the coverage column.</summary>
    public static readonly Entry WbNoteCoverage = new(
        "有数据的指标所占权重之和；低于规则的最低覆盖率则不定级。",
        "Share of the weight held by indicators with data; below the minimum the branch is not rated.");

    /// <summary>Note on the reasons column: sentences here, codes in the CSV's reason_codes column.</summary>
    public static readonly Entry WbNoteReasons = new(
        "评级的每一步：阈值、否决、比例限制、动态调整，以文字说明；对应的原因代码见结果 CSV 的 reason_codes 列（docs/reasons.md）。",
        "Each step of the rating: threshold, vetoes, quota, dynamic limit, in words; the reason codes are in the results CSV's reason_codes column (docs/reasons.md).");

    /// <summary>Note on the dimension columns of the details sheet.</summary>
    public static readonly Entry WbNoteDimensions = new("各维度 0–100 得分。", "Each dimension's 0–100 score.");

    /// <summary>Note on the indicator columns of the details sheet.</summary>
    public static readonly Entry WbNoteIndicators = new(
        "每个指标标准化后的 0–100 得分，以及原始值（比例以小数表示）。",
        "Each indicator's normalised 0–100 score and its raw value (rates as fractions).");

    /// <summary>Note on the deductions sheet.</summary>
    public static readonly Entry WbNoteDeductions = new("实际发生的扣分、加分与否决，依据列出对应的记录。", "The deductions, bonuses and vetoes that applied, with the records behind them.");

    /// <summary>Note on the units sheet.</summary>
    public static readonly Entry WbNoteUnits = new(
        "政治生态建设状况：支部评级结构、四种形态结构、红线与抓早抓小提示、生态等级（绿/黄/橙/红）。",
        "Political-ecology health: rating mix, mix of the four forms, red lines and warnings, health band (green/yellow/orange/red).");

    /// <summary>Note on the transitions sheet.</summary>
    public static readonly Entry WbNoteTransitions = new(
        "与上期评级比较：升级、降级、持平、新参评、撤销；列入整顿的支部排在最前。",
        "Against the previous period: up, down, same, new, removed; branches listed for rectification first.");

    /// <summary>Note on the rule sheet.</summary>
    public static readonly Entry WbNoteRules = new(
        "本次评价所用的指标体系、权重、阈值、否决项与扣分项，规则位置指向规则文件的行。",
        "The indicator system, weights, thresholds, vetoes and deductions applied, with their rule-file lines.");

    // ── The trend workbook ────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The trend workbook's sheet of unit scores per period.</summary>
    public static readonly Entry WbTrendSheetUnits = new("单位趋势", "Unit trends");

    /// <summary>The trend workbook's sheet of the rating mix per period.</summary>
    public static readonly Entry WbTrendSheetMix = new("评级结构", "Rating mix");

    /// <summary>The trend workbook's sheet of branch scores per period.</summary>
    public static readonly Entry WbTrendSheetBranches = new("支部趋势", "Branch trends");

    /// <summary>Column: the direction of a series over the periods.</summary>
    public static readonly Entry WbColTrend = new("走势", "Direction");

    /// <summary>Column: the period.</summary>
    public static readonly Entry WbColPeriod = new("期间", "Period");

    /// <summary>Column: the score in period {0}.</summary>
    public static readonly Entry WbColPeriodScore = new("{0} 得分", "{0} score");

    /// <summary>Column: the rating in period {0}.</summary>
    public static readonly Entry WbColPeriodRating = new("{0} 评级", "{0} rating");

    /// <summary>Chart title: each unit's score over the periods.</summary>
    public static readonly Entry WbChartUnitTrend = new("各单位得分走势", "Score per unit over the periods");

    /// <summary>Chart title: the rating mix per period.</summary>
    public static readonly Entry WbChartMixPerPeriod = new("各期评级结构", "Rating mix per period");

    // ── The input template: what each column means (the 说明 sheet's 含义 column, the header comments) ──────────

    /// <summary>Template: the notes sheet.</summary>
    public static readonly Entry WbTplSheetNotes = new("说明", "notes");

    /// <summary>Template: yes in a flag column's drop-down and example.</summary>
    public static readonly Entry WbTplYes = new("是", "Y");

    /// <summary>Template: no in a flag column's drop-down.</summary>
    public static readonly Entry WbTplNo = new("否", "N");

    /// <summary>Template: the title of the warning for a value not in the drop-down.</summary>
    public static readonly Entry WbTplNotInList = new("不在列表中", "Not in the list");

    /// <summary>Template: the warning for a value not in the drop-down; {0} is the inputs document.</summary>
    public static readonly Entry WbTplChooseFromList = new(
        "请从下拉列表中选择（{0} 列出的其他写法也可识别）。",
        "Choose a value from the list (other spellings in {0} are also read).");

    /// <summary>Template notes column: the sheet.</summary>
    public static readonly Entry WbTplColSheet = new("工作表", "Sheet");

    /// <summary>Template notes column: the column's caption.</summary>
    public static readonly Entry WbTplColCaption = new("列标题", "Column");

    /// <summary>Template notes column: the column's English name.</summary>
    public static readonly Entry WbTplColName = new("英文列名", "Name");

    /// <summary>Template notes column: the column's type.</summary>
    public static readonly Entry WbTplColType = new("类型", "Type");

    /// <summary>Template notes column: whether it is required.</summary>
    public static readonly Entry WbTplColRequired = new("必填", "Required");

    /// <summary>Template notes column: what it means.</summary>
    public static readonly Entry WbTplColMeaning = new("含义", "Meaning");

    /// <summary>Template notes column: the values accepted.</summary>
    public static readonly Entry WbTplColAccepted = new("可填写的值", "Accepted values");

    /// <summary>Template: a required column.</summary>
    public static readonly Entry WbTplRequired = new("是", "yes");

    /// <summary>Template: the closing note on titles, merged headers and blank rows; {0} is the inputs document.</summary>
    public static readonly Entry WbTplLayoutNote = new(
        "表头上方可以有标题行，表头也可以是合并单元格下的两行；空行和合计行会被跳过。各列的其他写法见 {0}。",
        "Title rows above the header and a second header row under a merged caption are fine; blank rows and a total row are skipped. Aliases of each column: {0}.");

    /// <summary>Column type: an id.</summary>
    public static readonly Entry WbTplTypeId = new("编号", "id");

    /// <summary>Column type: text.</summary>
    public static readonly Entry WbTplTypeText = new("文本", "text");

    /// <summary>Column type: a whole number.</summary>
    public static readonly Entry WbTplTypeCount = new("整数", "count");

    /// <summary>Column type: a number.</summary>
    public static readonly Entry WbTplTypeNumber = new("数值", "number");

    /// <summary>Column type: a date.</summary>
    public static readonly Entry WbTplTypeDate = new("日期", "date");

    /// <summary>Column type: yes or no.</summary>
    public static readonly Entry WbTplTypeFlag = new("是/否", "yes/no");

    /// <summary>Column type: a code of the code catalogue.</summary>
    public static readonly Entry WbTplTypeCode = new("代码", "code");

    /// <summary>Column type: a period.</summary>
    public static readonly Entry WbTplTypePeriod = new("期间", "period");

    /// <summary>Accepted values of a flag column; {0} is 是/否, {1} is Y/N (values the reader accepts as written).</summary>
    public static readonly Entry WbTplAcceptedFlag = new("{0}、√/×、{1}、1/0", "{0}, √/×, {1}, 1/0, true/false");

    /// <summary>Accepted values of a date column; {0} is the Chinese date form the reader accepts as written.</summary>
    public static readonly Entry WbTplAcceptedDate = new("日期单元格，或 2024-03-07、2024/3/7、2024.3.7、{0}", "2024-03-07, 2024/3/7, 2024.3.7, {0} or a date cell");

    /// <summary>Accepted values of a count column.</summary>
    public static readonly Entry WbTplAcceptedCount = new("不小于 0 的整数", "a whole number ≥ 0");

    /// <summary>Accepted values of a number column.</summary>
    public static readonly Entry WbTplAcceptedNumber = new("数值；92% 读作 0.92", "a number; 92% reads as 0.92");
}
