// The readers' messages of data files (CSV, workbooks, previous ratings, weights, rule tests); the messages of reading a
// rule file's YAML are in Texts.RuleFiles.cs, a concern of their own.
namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of reading files: CSV, workbooks, previous ratings, weights, rule tests (IO).</summary>
internal static partial class Texts
{
    // ── columns of a table ──

    /// <summary>A header that is not a column of the table; {2} lists the table's columns.</summary>
    public static readonly Entry ReadUnknownColumn = new("列\"{0}\"不属于 {1} 表，不予读取；该表的列：{2}", "column '{0}' is not part of {1} and is not read; columns: {2}");

    /// <summary>Two headers name the same column.</summary>
    public static readonly Entry ReadDuplicateColumn = new("列\"{0}\"与列\"{2}\"都是 {1}，重复；请只保留其中一列", "column '{0}' names {1} again (already given as '{2}'); keep one of them");

    /// <summary>A required column is missing; {2} is <see cref="ReadColumnAliases"/> or empty, {3} the headers found.</summary>
    public static readonly Entry ReadMissingColumn = new("{0} 表缺少必填列 {1}{2}；表头现有：{3}", "{0} needs a column {1}{2}; the header has: {3}");

    /// <summary>The other accepted headers of a missing column.</summary>
    public static readonly Entry ReadColumnAliases = new("（或 {0}）", " (or {0})");

    /// <summary>The study table needs a member or a branch column.</summary>
    public static readonly Entry ReadStudyNeedsMemberOrBranch = new("{0} 表须有列 member_id（{1}）或 branch_id（{2}）", "{0} needs a column member_id ({1}) or branch_id ({2})");

    /// <summary>The long form of the indicators table needs both its columns.</summary>
    public static readonly Entry ReadIndicatorsLongForm = new("{0} 表的长格式须同时有 {1} 和 {2} 两列；宽格式两列都不要（每个指标编号一列）", "the long form of {0} needs both {1} and {2} columns; the wide form has neither (one column per indicator id)");

    /// <summary>The rule set scores assessment items against their full marks, which the table lacks.</summary>
    public static readonly Entry ReadNeedsMaxScore = new("{0} 表缺少列 max_score（{1}）：规则集按 Σ {2} / Σ max_score 计算考核得分", "{0} needs a column max_score ({1}): the rule set scores items as Σ {2} / Σ max_score");

    // ── rows ──

    /// <summary>A row with more fields than a row may have.</summary>
    public static readonly Entry ReadRowTooManyFields = new("该行有 {0} 个字段，超过每行上限 {1} 个；请检查引号和分隔符", "the row has {0} fields, more than the {1} a row may have; check the quoting and the separator");

    /// <summary>A row with more characters than a row may have.</summary>
    public static readonly Entry ReadRowTooManyChars = new("该行有 {0} 个字符，超过每行上限 {1} 个；请检查引号是否都已闭合（未闭合的引号会吞掉文件的其余部分）", "the row has {0} characters, more than the {1} a row may have; check that every quote is closed (an unclosed quote swallows the rest of the file)");

    /// <summary>A row with more non-empty fields than the header: shifted columns.</summary>
    public static readonly Entry ReadRowShifted = new("该行有 {0} 个字段，而表头只有 {1} 个：列已错位（名称中有未加引号的逗号？）；请给该字段加上引号或删去逗号", "the row has {0} fields but the header has {1}: the columns are shifted (an unquoted comma in a name?); quote the field or remove the comma");

    // ── cell values ──

    /// <summary>A required cell is empty.</summary>
    public static readonly Entry ReadCellEmpty = new("\"{0}\"为空；每一行都须填写", "{0} is empty; every row needs it");

    /// <summary>An id that a spreadsheet turned into scientific notation; {1} is the name of the text cell format.</summary>
    public static readonly Entry ReadIdScientific = new("\"{0}\"是被电子表格转成科学计数法的编号，已丢失数字；请把该列的单元格格式设为\"{1}\"后重新录入编号", "'{0}' is an id that a spreadsheet turned into a number in scientific notation, losing its digits; format the column as text ({1}) and enter the ids again");

    /// <summary>A negative count.</summary>
    public static readonly Entry ReadCountNegative = new("\"{0}\"为负数；\"{1}\"是人数或项数，须为不小于 0 的整数", "'{0}' is negative; {1} counts people or items, a whole number ≥ 0");

    /// <summary>A count too large.</summary>
    public static readonly Entry ReadCountTooLarge = new("\"{0}\"过大，不能作为计数", "'{0}' is too large for a count");

    /// <summary>A count that is not a whole number.</summary>
    public static readonly Entry ReadNotWholeNumber = new("\"{0}\"不是整数；请填写计数，例如 12", "'{0}' is not a whole number; write a count such as 12");

    /// <summary>A number too large for a record.</summary>
    public static readonly Entry ReadNumberTooLarge = new("\"{0}\"过大：记录中的数值绝对值不超过 10^15", "'{0}' is too large for a record: numbers are at most 10^15 in size");

    /// <summary>A cell that is not a number.</summary>
    public static readonly Entry ReadNotNumber = new("\"{0}\"不是数字；请填写数字，例如 12 或 0.85（92% 按 0.92 读取）", "'{0}' is not a number; write a plain number such as 12 or 0.85 (92% reads as 0.92)");

    /// <summary>A cell that is not a date; {1} is the date written in Chinese (2024年3月7日).</summary>
    public static readonly Entry ReadNotDate = new("\"{0}\"不是日期；请写成 2024-03-07（也可写 2024/3/7、2024.3.7、{1}）", "'{0}' is not a date; write 2024-03-07 (also 2024/3/7, 2024.3.7, {1})");

    /// <summary>A cell that is neither a date nor a month; {1} is the date written in Chinese.</summary>
    public static readonly Entry ReadNotDateOrMonth = new("\"{0}\"不是日期；请写成 2024-03-07（也可写 2024/3/7、2024.3.7、{1}，或月份 2024-03）", "'{0}' is not a date; write 2024-03-07 (also 2024/3/7, 2024.3.7, {1}, or a month 2024-03)");

    /// <summary>A cell that is not a yes/no value; {1}/{2} are 是/否, {3} Y/N, {4} true/false.</summary>
    public static readonly Entry ReadNotFlag = new("\"{0}\"不是是否值；请填写 {1}/{2}、√/×、{3}、1/0 或 {4}", "'{0}' is not a yes/no value; write {1}/{2}, √/×, {3}, 1/0 or {4}");

    /// <summary>A cell that is not one of a code list; {1} names the list, {2} lists the codes.</summary>
    public static readonly Entry ReadUnknownCode = new("\"{0}\"不是有效的{1}；请用以下之一：{2}", "'{0}' is not a {1}; use one of {2}");

    /// <summary>One code of a list with its Chinese form.</summary>
    public static readonly Entry ReadCodeChoice = new("{1}（{0}）", "{0} ({1})");

    /// <summary>A code column left empty; {1} lists the codes.</summary>
    public static readonly Entry ReadCodeEmpty = new("\"{0}\"为空；请用以下之一：{1}", "{0} is empty; use one of {1}");

    // ── rules of a row ──

    /// <summary>Negative vacant days of the secretary post.</summary>
    public static readonly Entry ReadVacantDaysNegative = new("\"{0}\"为负数；请填写书记职务空缺的天数，0 或以上", "{0} is negative; give the days the post was vacant, 0 or more");

    /// <summary>A meeting without its date.</summary>
    public static readonly Entry ReadMeetingDateEmpty = new("\"{0}\"为空；每次会议都须填写日期", "{0} is empty; every meeting needs its date");

    /// <summary>More attendees than expected; {2} is <see cref="ReadAttendeesExcused"/> or empty.</summary>
    public static readonly Entry ReadAttendeesAboveExpected = new("实到 {0} 人，应到 {1} 人{2}；出席率最多按应到人数计", "{0} attendees but {1} expected{2}; the attendance rate counts at most the expected number");

    /// <summary>The excused of a meeting, inside <see cref="ReadAttendeesAboveExpected"/>.</summary>
    public static readonly Entry ReadAttendeesExcused = new("、请假 {0} 人", " and {0} excused");

    /// <summary>A study row with neither a member nor a branch.</summary>
    public static readonly Entry ReadStudyNoMemberNorBranch = new("该行既无 member_id 也无 branch_id；请填写其中之一", "the row names neither member_id nor branch_id; give one of them");

    /// <summary>A study row without its date.</summary>
    public static readonly Entry ReadStudyDateEmpty = new("\"{0}\"为空；请填写日期或月份（2024-03）", "{0} is empty; give the date or the month (2024-03)");

    /// <summary>Negative study hours or points.</summary>
    public static readonly Entry ReadStudyNegative = new("学时和积分不能为负数", "study hours and points cannot be negative");

    /// <summary>An assessment item without its score.</summary>
    public static readonly Entry ReadScoreEmpty = new("\"{0}\"为空；请填写所得分数", "{0} is empty; give the points awarded");

    /// <summary>A negative score.</summary>
    public static readonly Entry ReadScoreNegative = new("\"{0}\"为负数；所得分数须为 0 或以上", "{0} is negative; points awarded are 0 or more");

    /// <summary>Full marks that are not positive.</summary>
    public static readonly Entry ReadMaxScoreNotPositive = new("\"{0}\"须为正数", "{0} must be positive");

    /// <summary>A score above the full marks.</summary>
    public static readonly Entry ReadScoreAboveMax = new("得分 {0} 高于满分（max_score）{1}", "score {0} is above max_score {1}");

    /// <summary>A finding without its date.</summary>
    public static readonly Entry ReadFindingDateEmpty = new("\"{0}\"为空；请填写发现问题的日期", "{0} is empty; give the date the finding was made");

    /// <summary>A form of discipline outside the four forms; {1} is 四种形态.</summary>
    public static readonly Entry ReadFindingForm = new("形态 {0} 不在{1} 1–4 之内；不属于执纪案件的整改事项请留空", "form {0} is not one of the {1} 1–4; leave it blank for a rectification item that is not a discipline case");

    /// <summary>A date of a finding before the finding's own date.</summary>
    public static readonly Entry ReadFindingDateOrder = new("{0} {1:yyyy-MM-dd} 早于问题发现日期 {2:yyyy-MM-dd}", "{0} {1:yyyy-MM-dd} is before the finding's date {2:yyyy-MM-dd}");

    // ── files of a dataset ──

    /// <summary>The dataset named is a file, not a folder or a workbook.</summary>
    public static readonly Entry ReadDatasetIsFile = new("数据集是一个文件；数据集应是一个 CSV 文件夹（branches.csv、meetings.csv 等），或每张表一个工作表的 .xlsx 工作簿", "the dataset is a file; a dataset is a folder of CSV files (branches.csv, meetings.csv, …) or an .xlsx workbook with one sheet per table");

    /// <summary>The dataset folder does not exist; {0} is the Chinese file name of the branches table.</summary>
    public static readonly Entry ReadDatasetMissing = new("数据集不存在；请给出存放 branches.csv（或 {0}）的文件夹", "the dataset does not exist; give the folder that holds branches.csv (or {0})");

    /// <summary>A file of the dataset folder that is not CSV.</summary>
    public static readonly Entry ReadNotCsvFile = new("不是 .csv 文件，不予读取", "not a .csv file, so not read");

    /// <summary>A CSV file whose name is not a table's; {0} lists the tables' file names.</summary>
    public static readonly Entry ReadUnknownTableFile = new("文件名不是已知的表名，不予读取；已知的表：{0}", "not a known table name, so not read; known: {0}");

    /// <summary>A table given in memory whose name is not a table's.</summary>
    public static readonly Entry ReadNotATable = new("\"{0}\"不是表名；已知的表：{1}", "'{0}' is not a table; known: {1}");

    /// <summary>The dataset has no branches table; {0} is its Chinese file name, {1} its required columns.</summary>
    public static readonly Entry ReadNoBranches = new("数据集中没有支部表（branches.csv 或 {0}）；这是唯一必须提供的表：{1}", "the dataset has no branches table (branches.csv or {0}); it is the one mandatory table: {1}");

    /// <summary>A file that cannot be read; {0} is the system's message.</summary>
    public static readonly Entry ReadCannotRead = new("无法读取：{0}", "cannot be read: {0}");

    /// <summary>An input file larger than an input file may be; {0} names the file, {3} says what to do.</summary>
    public static readonly Entry ReadFileTooLarge = new("{0}有 {1:N0} 字节，超过输入文件的上限 {2:N0} 字节；{3}", "the {0} has {1:N0} bytes, more than the {2:N0} an input file may have; {3}");

    /// <summary>The file, in <see cref="ReadFileTooLarge"/>.</summary>
    public static readonly Entry ReadWhatFile = new("该文件", "file");

    /// <summary>The workbook, in <see cref="ReadFileTooLarge"/>.</summary>
    public static readonly Entry ReadWhatWorkbook = new("该工作簿", "workbook");

    /// <summary>The previous ratings file, in <see cref="ReadFileTooLarge"/>.</summary>
    public static readonly Entry ReadWhatPrevious = new("上期评级文件", "previous ratings file");

    /// <summary>Advice for a CSV file too large: split it into parts.</summary>
    public static readonly Entry ReadAdviceSplitCsv = new("请把它拆成该表的几个文件（{0}-part1.csv、{0}-part2.csv 等），每个文件都会读取", "split it into several files of the table ({0}-part1.csv, {0}-part2.csv, …), which are all read");

    /// <summary>Advice for a workbook too large.</summary>
    public static readonly Entry ReadAdviceSplitWorkbook = new("请拆成几个工作簿，或把各工作表导出为 CSV 文件", "split it into several workbooks, or export the sheets as CSV files");

    /// <summary>Advice for a weights table too large.</summary>
    public static readonly Entry ReadAdviceWeights = new("权重表每个支部或准则只占一行", "a weights table has one row per branch or criterion");

    /// <summary>Advice for a previous ratings file too large.</summary>
    public static readonly Entry ReadAdvicePrevious = new("请给出上次运行输出的 CSV（每个支部一行）", "give the earlier run's CSV (one row per branch)");

    // ── the text of a CSV file ──

    /// <summary>A CSV file with NUL bytes.</summary>
    public static readonly Entry ReadBinaryFile = new("含有二进制数据（零字节），不是 CSV 文本；请把工作表另存为 CSV UTF-8", "holds binary data (NUL bytes), not CSV text; export the sheet as CSV UTF-8");

    /// <summary>A CSV file that is not UTF-8 under --encoding utf-8.</summary>
    public static readonly Entry ReadNotUtf8 = new("不是有效的 UTF-8（第一个错误字节位于偏移 {0}）；请另存为 CSV UTF-8，或去掉 --encoding utf-8 以便识别 GB18030（GBK）编码", "is not valid UTF-8 (first bad byte at offset {0}); save it as CSV UTF-8, or leave out --encoding utf-8 so that GB18030 (GBK) is recognised");

    /// <summary>A header with more fields than a row may have; {2} is the separator.</summary>
    public static readonly Entry ReadHeaderTooManyFields = new("表头有 {0} 个字段，超过每行上限 {1} 个；请检查文件是否是以\"{2}\"分隔字段的 CSV 表", "the header has {0} fields, more than the {1} a row may have; check that the file is a CSV table with '{2}' between fields");

    /// <summary>An empty CSV file; {1} is the header it needs.</summary>
    public static readonly Entry ReadFileEmpty = new("文件为空；第一行须是 {0} 表的表头：{1}", "the file is empty; its first line must be the header of {0}: {1}");

    /// <summary>A record the CSV parser could not split; {0} says why.</summary>
    public static readonly Entry ReadMalformedRecord = new("记录格式有误（{0}）；含逗号、引号或换行的字段请加引号，字段内的引号请写两遍", "malformed record ({0}); quote fields that contain commas, quotes or line breaks and double the quotes inside them");

    /// <summary>Why a record is malformed: a stray quote.</summary>
    public static readonly Entry ReadMalformedStrayQuote = new("未加引号的字段中有引号", "a quote inside an unquoted field");

    /// <summary>Why a record is malformed: text after a closing quote.</summary>
    public static readonly Entry ReadMalformedTextAfterQuote = new("右引号后还有文字", "text after a closing quote");

    /// <summary>Why a record is malformed: an unclosed quote.</summary>
    public static readonly Entry ReadMalformedUnterminated = new("加引号的字段没有闭合", "a quoted field that is never closed");

    /// <summary>Why a record is malformed: a different number of fields.</summary>
    public static readonly Entry ReadMalformedFieldCount = new("字段数与表头不同", "a different number of fields than the header");

    // ── workbooks ──

    /// <summary>An old .xls workbook; {0} is the save-as type of Excel (Excel 工作簿 (*.xlsx)), {1} names WPS.</summary>
    public static readonly Entry ReadXlsWorkbook = new("是 Excel 97–2003 工作簿（.xls），不能读取；请在 Excel 或 {1} 中打开，另存为\"{0}\"", "is an Excel 97–2003 workbook (.xls), which is not read; open it in Excel or {1} and save it as {0}");

    /// <summary>An encrypted workbook; {0} is the save-as type, {1} the menu path that removes the password.</summary>
    public static readonly Entry ReadEncryptedWorkbook = new("有密码保护（已加密）或是 Excel 97–2003 工作簿；请去掉密码（{1}）后另存为\"{0}\"", "is password-protected (encrypted) or an Excel 97–2003 workbook; remove the password ({1}) and save it as {0}");

    /// <summary>A file named as a workbook that is not a zip package; {0} is the save-as type, {1} names WPS.</summary>
    public static readonly Entry ReadNotXlsx = new("不是 .xlsx 工作簿（.xlsx 文件本身是一个压缩包）；请在 Excel 或 {1} 中另存为\"{0}\"，或改用 CSV 文件夹", "is not an .xlsx workbook (an .xlsx file is a zip package); save it from Excel or {1} as {0}, or give a folder of CSV files");

    /// <summary>A damaged workbook; {0} is the parser's message, {1} the save-as type, {2} names WPS.</summary>
    public static readonly Entry ReadDamagedWorkbook = new("已损坏或不是工作簿（{0}）；请在 Excel 或 {2} 中打开，重新另存为\"{1}\"", "is damaged or not a workbook ({0}); open it in Excel or {2} and save it again as {1}");

    /// <summary>A part of a workbook that unpacks far more than it is packed.</summary>
    public static readonly Entry ReadWorkbookPartRatio = new("部件 {0} 由 {1:N0} 字节解压为 {2:N0} 字节（×{3:F0}，最多读取 ×{4}）：文件已损坏，或是解压炸弹", "part {0} unpacks {1:N0} bytes to {2:N0} (×{3:F0}, at most ×{4} is read): a damaged file or a decompression bomb");

    /// <summary>A workbook that unpacks to more than is read from one.</summary>
    public static readonly Entry ReadWorkbookUnpacksTooLarge = new("解压后有 {0:N0} 字节，超过一个工作簿可读取的 {1:N0} 字节；请拆分工作簿，或把各工作表导出为 CSV", "unpacks to {0:N0} bytes, more than the {1:N0} read from one workbook; split it or export the sheets as CSV");

    /// <summary>A sheet whose name is not a table's; {0} lists the tables.</summary>
    public static readonly Entry ReadUnknownSheet = new("工作表名不是已知的表名，不予读取；已知的表：{0}", "not a known table name, so the sheet is not read; known: {0}");

    /// <summary>A chart or macro sheet.</summary>
    public static readonly Entry ReadChartSheet = new("是图表或宏表，不是工作表，不予读取", "is a chart or macro sheet, not a worksheet, so it is not read");

    /// <summary>A workbook without a branches sheet; {3} and {0} are the sheet's names, {1} its required columns, {2} the sheets found.</summary>
    public static readonly Entry ReadNoBranchesSheet = new("工作簿中没有支部工作表（{3} 或 {0}）；这是唯一必须提供的表：{1}。现有工作表：{2}", "the workbook has no branches sheet ({3} or {0}); it is the one mandatory table: {1}. Its sheets: {2}");

    /// <summary>An empty sheet; {1} lists the required columns.</summary>
    public static readonly Entry ReadSheetEmpty = new("工作表为空；须有 {0} 表的表头行：{1}", "the sheet is empty; it needs a header row of {0}: {1}");

    /// <summary>No header row among the top rows of a sheet.</summary>
    public static readonly Entry ReadNoHeaderRow = new("前 {0} 行中没有一行写有 {1} 表的列名；表头须有：{2}", "none of the first {0} rows names a column of {1}; the header needs {2}");

    // ── lists ──

    /// <summary>The last two items of a list of alternatives: "a, b or c" (the items before joined by <see cref="ListSeparator"/>).</summary>
    public static readonly Entry ReadOr = new("{0} 或 {1}", "{0} or {1}");

    // ── previous ratings ──

    /// <summary>The previous ratings file does not exist; {0} is the minimal header.</summary>
    public static readonly Entry PreviousMissing = new("上期评级文件不存在；请给出以前一次运行输出的 CSV 或 JSON，或两列（{0}）的 CSV", "the previous ratings file does not exist; give an earlier run's CSV or JSON, or a CSV {0}");

    /// <summary>Previous ratings without their columns; {0} and {1} are the Chinese headers.</summary>
    public static readonly Entry PreviousMissingColumns = new("上期评级须有 branch_id（{0}）和 rating（{1}）两列", "previous ratings need the columns branch_id ({0}) and rating ({1})");

    /// <summary>A previous rating that is not a rating value; {1} is 未定级.</summary>
    public static readonly Entry PreviousNotRating = new("\"{0}\"不是评级；请填写先锋、中间、落后或{1}", "'{0}' is not a rating; write 先锋, 中间, 落后 or {1}");

    /// <summary>A branch listed twice among the previous ratings.</summary>
    public static readonly Entry PreviousBranchTwice = new("支部\"{0}\"出现了两次", "branch '{0}' is listed twice");

    /// <summary>A JSON file that is not an eco evaluate result; {0} is the array's key.</summary>
    public static readonly Entry PreviousNotResult = new("不是 eco evaluate 输出的 JSON 结果：其中没有 {0} 数组", "not an eco evaluate JSON result: it has no {0} array");

    /// <summary>An entry of the JSON result without an id or a rating; {1} is the array's key.</summary>
    public static readonly Entry PreviousBadEntry = new("{1}[{0}] 缺少 branch_id 或没有有效的评级", "{1}[{0}] has no branch_id or no valid rating");

    /// <summary>A JSON file that cannot be parsed; {0} is the parser's message.</summary>
    public static readonly Entry PreviousNotJson = new("不是有效的 JSON：{0}", "not valid JSON: {0}");

    // ── weights tables ──

    /// <summary>A file of eco weights that does not exist.</summary>
    public static readonly Entry WeightsFileMissing = new("文件不存在", "the file does not exist");

    /// <summary>A comparison matrix that is not square.</summary>
    public static readonly Entry WeightsNotSquare = new("矩阵表头有 {0} 个准则，却有 {1} 行；矩阵须是方阵", "the matrix has {0} criteria in the header but {1} rows; it must be square");

    /// <summary>A matrix cell that is neither a number nor a fraction.</summary>
    public static readonly Entry WeightsBadCell = new("\"{0}\"不是数字或分数（例如 3 或 1/3）", "'{0}' is not a number or a fraction such as 3 or 1/3");

    /// <summary>--lower names columns the header does not have.</summary>
    public static readonly Entry WeightsLowerUnknown = new("--lower 指定的 {0} 不在表头中；表头现有：{1}", "--lower names {0}, which the header does not have: {1}");

    /// <summary>A value below 0 under --raw.</summary>
    public static readonly Entry WeightsRawNegative = new("\"{0}\"小于 0；--raw 按 p = x/Σx 计算，须为不小于 0 的值", "'{0}' is below 0; --raw takes p = x/Σx and needs values ≥ 0");

    /// <summary>A cell of a weights table that is not a number.</summary>
    public static readonly Entry WeightsNotNumber = new("\"{0}\"不是数字", "'{0}' is not a number");

    // ── rule tests (eco test); PASS, FAIL and the closing count stay as they are ──

    /// <summary>The case name of a result about the whole test file.</summary>
    public static readonly Entry RuleTestFileCase = new("（文件）", "(file)");

    /// <summary>The name of a case without a name.</summary>
    public static readonly Entry RuleTestCaseN = new("用例 {0}", "case {0}");

    /// <summary>A test file that is not a mapping; {0} and {1} are its keys.</summary>
    public static readonly Entry RuleTestNotMapping = new("文件不是含 {0} 和 {1} 的映射", "the file is not a mapping with {0} and {1}");

    /// <summary>A test file without rules:.</summary>
    public static readonly Entry RuleTestNeedsRules = new("文件缺少 {0} 一项，即要测试的规则文件（相对于本文件的路径）", "the file needs {0} the rule file to test, relative to this file");

    /// <summary>The rule file under test is invalid; its errors follow.</summary>
    public static readonly Entry RuleTestRulesInvalid = new("规则文件 {0} 有误：", "the rule file {0} is invalid:");

    /// <summary>A test file without cases:; {1} is the form of a case.</summary>
    public static readonly Entry RuleTestNeedsCases = new("文件缺少 {0} 一项，即 {1} 的列表", "the file needs {0} a list of {1}");

    /// <summary>A case that is not a mapping.</summary>
    public static readonly Entry RuleTestCaseNotMapping = new("每个用例须是含 {0}、{1} 和 {2} 的映射", "a case is a mapping with {0}, {1} and {2}");

    /// <summary>copy: without a template:.</summary>
    public static readonly Entry RuleTestCopyNeedsTemplate = new("{0} 需要在文件开头写 {1}，作为复制的来源", "{0} needs a {1} at the top of the file to copy from");

    /// <summary>A case whose data has errors; they follow.</summary>
    public static readonly Entry RuleTestDataErrors = new("用例的数据有错误：", "the case's data has errors:");

    /// <summary>A case without expect:.</summary>
    public static readonly Entry RuleTestNeedsExpect = new("用例缺少 {0}（branch_id → 预期结果）", "the case needs {0} branch_id → expectations");

    /// <summary>A case not rated as expected; the failures follow.</summary>
    public static readonly Entry RuleTestFailed = new("用例\"{0}\"的评定结果与预期不符", "case '{0}' is not rated as expected");

    /// <summary>An expected branch that is not in the case.</summary>
    public static readonly Entry RuleTestNoBranch = new("{0}：不在用例的支部中", "{0}: not in the case's branches");

    /// <summary>An expectation that is not a mapping; {1} shows its keys.</summary>
    public static readonly Entry RuleTestExpectationNotMapping = new("{0}：预期结果须是映射（{1}）", "{0}: the expectation must be a mapping ({1})");

    /// <summary>An expected rating that is not a rating value; {2} is 未定级.</summary>
    public static readonly Entry RuleTestBadRating = new("{0}：评级\"{1}\"不是先锋、中间、落后或{2}", "{0}: rating '{1}' is not 先锋, 中间, 落后 or {2}");

    /// <summary>A rating other than expected; {3} is the score, {4} the reason codes.</summary>
    public static readonly Entry RuleTestRating = new("{0}：评级为{1}，预期为{2}（得分 {3}；{4}）", "{0}: rating {1}, expected {2} (score {3}; {4})");

    /// <summary>A grade other than expected.</summary>
    public static readonly Entry RuleTestGrade = new("{0}：等级为 {1}，预期为 {2}", "{0}: grade {1}, expected {2}");

    /// <summary>No value (no grade, no score).</summary>
    public static readonly Entry RuleTestNone = new("无", "none");

    /// <summary>A rank other than expected.</summary>
    public static readonly Entry RuleTestRank = new("{0}：名次为 {1}，预期为 {2}", "{0}: rank {1}, expected {2}");

    /// <summary>Vetoes other than expected.</summary>
    public static readonly Entry RuleTestVetoes = new("{0}：一票否决为 [{1}]，预期为 [{2}]", "{0}: vetoes [{1}], expected [{2}]");

    /// <summary>A veto that did not fire.</summary>
    public static readonly Entry RuleTestNotFired = new("{0}：一票否决 {1} 未触发（已触发：[{2}]）", "{0}: veto {1} did not fire (fired: [{2}])");

    /// <summary>A veto that fired against the expectation.</summary>
    public static readonly Entry RuleTestFired = new("{0}：一票否决 {1} 触发了，预期不应触发", "{0}: veto {1} fired, expected it not to");

    /// <summary>Reasons without an expected code or words.</summary>
    public static readonly Entry RuleTestReasons = new("{0}：原因中没有\"{1}\"：{2}", "{0}: reasons do not contain '{1}': {2}");

    /// <summary>An expectation key that is not known; {2} lists the keys.</summary>
    public static readonly Entry RuleTestUnknownExpectation = new("{0}：未知的预期项\"{1}\"；请用 {2}", "{0}: unknown expectation '{1}'; use {2}");

    /// <summary>The score, in the checks of a range.</summary>
    public static readonly Entry RuleTestScore = new("得分", "score");

    /// <summary>The coverage, in the checks of a range.</summary>
    public static readonly Entry RuleTestCoverage = new("覆盖率", "coverage");

    /// <summary>A value outside its expected range.</summary>
    public static readonly Entry RuleTestOutOfRange = new("{0}：{1}为 {2}，预期在 {3} 与 {4} 之间", "{0}: {1} {2}, expected between {3} and {4}");

    /// <summary>A value other than expected.</summary>
    public static readonly Entry RuleTestValue = new("{0}：{1}为 {2}，预期为 {3}", "{0}: {1} {2}, expected {3}");

    /// <summary>An expectation of a value that is neither a number nor a range; {2} is the form of a range.</summary>
    public static readonly Entry RuleTestBadRange = new("{0}：{1}的预期须是数字或 {2}", "{0}: {1} expects a number or {2}");
}
