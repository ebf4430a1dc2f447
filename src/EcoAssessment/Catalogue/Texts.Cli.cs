namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the eco command line: help, usage errors and the lines it prints itself.</summary>
internal static partial class Texts
{
    // ── the root and the options every command shares ──

    /// <summary>Help: what eco is.</summary>
    public static readonly Entry CliRoot = new("EcoAssessment：党支部政治生态建设状况评估（先锋 / 中间 / 落后）。", "EcoAssessment: political-ecology health evaluation of Party branches (先锋 / 中间 / 落后).");

    /// <summary>Help of --verbose.</summary>
    public static readonly Entry CliVerbose = new("同时列出提示信息；程序内部出错时打印调用栈。", "Print notices and, on an internal error, the stack trace.");

    /// <summary>Help of --help.</summary>
    public static readonly Entry CliHelpOption = new("显示帮助和用法", "Show help and usage information");

    /// <summary>Help of --version.</summary>
    public static readonly Entry CliVersionOption = new("显示版本", "Show version information");

    /// <summary>Help of --lang.</summary>
    public static readonly Entry CliLang = new("输出和提示的语言：zh（默认，中文）或 en（英文）。编号、代码和评级值不变。", "Language of outputs and messages: zh (default) or en. Ids, codes and rating values never change.");

    /// <summary>Help of the dataset argument.</summary>
    public static readonly Entry CliDataset = new("数据集：一个 CSV 文件夹（branches.csv、meetings.csv 等），或每张表一个工作表的 .xlsx 工作簿。", "Dataset: a folder of CSV files (branches.csv, meetings.csv, …) or an .xlsx workbook with one sheet per table.");

    /// <summary>Help of --rules.</summary>
    public static readonly Entry CliRules = new("规则文件（YAML）。默认：内置的 scoring-rules/default.yaml。", "Rule file (YAML). Default: the embedded scoring-rules/default.yaml.");

    /// <summary>Help of --period.</summary>
    public static readonly Entry CliPeriod = new("考核期：2024、2024H1、2024Q3、2024-03 或 2024-01-01..2024-06-30。默认：记录覆盖的那一年。", "Period: 2024, 2024H1, 2024Q3, 2024-03 or 2024-01-01..2024-06-30. Default: the one year the records cover.");

    /// <summary>Help of --delimiter.</summary>
    public static readonly Entry CliDelimiter = new("输入 CSV 的字段分隔符。", "CSV field separator of the inputs.");

    /// <summary>Help of --encoding.</summary>
    public static readonly Entry CliEncoding = new("输入 CSV 的编码：auto（带或不带 BOM 的 UTF-8，否则 GB18030/GBK）、utf-8 或 gb18030。", "Text encoding of CSV inputs: auto (UTF-8 with or without BOM, else GB18030/GBK), utf-8 or gb18030.");

    /// <summary>Help of --previous.</summary>
    public static readonly Entry CliPrevious = new("上一考核期的评级：以前一次运行输出的 CSV 或 JSON，或两列（branch_id,rating）的 CSV。用于变动情况、动态管理限制和整顿名单。", "The previous period's ratings: an earlier run's CSV or JSON, or a CSV branch_id,rating. Adds transitions, the dynamic limit and the rectification list.");

    /// <summary>Usage error of --delimiter.</summary>
    public static readonly Entry CliDelimiterInvalid = new("--delimiter 须为一个 ASCII 字符，例如 , ; 或 |", "--delimiter takes one ASCII character such as , ; or |");

    /// <summary>Usage error of --period; {0} says why.</summary>
    public static readonly Entry CliPeriodInvalid = new("--period：{0}", "--period: {0}");

    /// <summary>Help of --redact.</summary>
    public static readonly Entry CliRedact = new("在所有输出中把党员编号换成稳定的化名 M-XXXXXXXXXX（以 --redact-key 或 {0} 的密钥做 HMAC-SHA256）。", "Replace member IDs in every output with stable pseudonyms M-XXXXXXXXXX (HMAC-SHA256 with the key of --redact-key or {0}).");

    /// <summary>Help of --redact-key.</summary>
    public static readonly Entry CliRedactKey = new("--redact 的密钥（至少 {0} 字节）。建议用环境变量 {1}：命令行会被本机其他用户看到。", "The secret key for --redact (at least {0} bytes). Prefer {1}: a command line is visible to other users of the machine.");

    /// <summary>Usage error: a key without --redact.</summary>
    public static readonly Entry CliRedactKeyWithoutRedact = new("{0}：给了 --redact-key 却没有 --redact；要对党员编号化名请加 --redact，否则去掉密钥", "{0}: --redact-key is given without --redact; add --redact to pseudonymise member IDs, or drop the key");

    /// <summary>Usage error: --redact without a key.</summary>
    public static readonly Entry CliRedactNoKey = new("{0}：--redact 需要密钥：请把环境变量 {1}（或 --redact-key）设为至少 {2} 个字符的随机文本，并妥善保存，以后运行才能得到相同的化名；见 docs/privacy.md", "{0}: --redact needs a secret key: set the environment variable {1} (or give --redact-key) to a random text of at least {2} characters, and keep it to get the same pseudonyms in later runs; see docs/privacy.md");

    /// <summary>Usage error: the key is too short.</summary>
    public static readonly Entry CliRedactShortKey = new("{0}：{1} 中的密钥太短（{2} 字节），不足以保护党员编号；请使用至少 {3} 字节的随机文本", "{0}: the key in {1} is too short to protect member IDs ({2} bytes); use a random text of at least {3}");

    // ── what eco prints itself ──

    /// <summary>Prefix of a usage error; {0} is the message.</summary>
    public static readonly Entry CliError = new("eco: error: {0}", "eco: error: {0}");

    /// <summary>After usage errors.</summary>
    public static readonly Entry CliSeeHelp = new("用法见 eco --help。", "Run 'eco --help' for usage.");

    /// <summary>An internal error (a bug).</summary>
    public static readonly Entry CliInternalError = new("eco: 内部错误（EcoAssessment {0} 的缺陷）：{1}: {2}", "eco: internal error (a bug in EcoAssessment {0}): {1}: {2}");

    /// <summary>After an internal error.</summary>
    public static readonly Entry CliInternalErrorHint = new("请加 --verbose 重新运行以打印调用栈，并报告此问题。", "Run again with --verbose for the stack trace, and report it.");

    /// <summary>Inputs had errors.</summary>
    public static readonly Entry CliInputErrors = new("eco: 输入中有 {0} 处错误；未写出任何结果。", "eco: {0} error(s) in the inputs; nothing written.");

    /// <summary>More problems than listed, with errors.</summary>
    public static readonly Entry CliMoreErrors = new("另有 {0} 条问题（共 {1} 条错误，其中 {2} 条未列出）；请先改正以上问题再运行", "and {0} more ({1} errors in all, {2} of them not listed); fix the ones above and run again");

    /// <summary>More warnings than listed.</summary>
    public static readonly Entry CliMoreWarnings = new("另有 {0} 条警告；运行继续（没有错误）", "and {0} more warnings; the run goes on (no errors)");

    /// <summary>Notices not shown.</summary>
    public static readonly Entry CliHiddenNotices = new("（{0} 条提示；加 --verbose 可列出）", "({0} notices; --verbose lists them)");

    /// <summary>Progress: reading a file.</summary>
    public static readonly Entry CliProgressReading = new("eco: 正在读取 {0} … {1} 行", "eco: reading {0} … {1} rows");

    /// <summary>Progress: writing a table.</summary>
    public static readonly Entry CliProgressWritingTable = new("eco: 正在写入 {0} … {1} 条记录", "eco: writing {0} … {1} records");

    /// <summary>Progress: evaluating.</summary>
    public static readonly Entry CliProgressEvaluating = new("eco: 正在评估 {0:N0} 个支部 …", "eco: evaluating {0:N0} branches …");

    /// <summary>Progress: writing an output.</summary>
    public static readonly Entry CliProgressWriting = new("eco: 正在写入 {0} …", "eco: writing {0} …");

    /// <summary>Output path could not be written; {0} is why.</summary>
    public static readonly Entry CliCannotWrite = new("无法写入（{0}）；请检查文件夹是否存在、是否可写", "cannot be written ({0}); check that the folder exists and is writable");

    /// <summary>Why: permission denied.</summary>
    public static readonly Entry CliPermissionDenied = new("没有权限", "permission denied");

    /// <summary>Why: no such folder.</summary>
    public static readonly Entry CliNoFolder = new("文件夹不存在", "the folder does not exist");

    /// <summary>Why: other I/O error.</summary>
    public static readonly Entry CliIoError = new("读写错误", "an I/O error");

    /// <summary>An output path is an input.</summary>
    public static readonly Entry CliOutputIsInput = new("这个输出路径是输入文件之一；请换一个路径，以免覆盖输入", "this output path is one of the inputs; choose another path so the input is not overwritten");

    // ── evaluate ──

    /// <summary>Help of evaluate.</summary>
    public static readonly Entry CliEvaluate = new("为数据集中的每个支部计分、定级，并给出原因。", "Score and rate every branch of a dataset, with the reasons.");

    /// <summary>Help of evaluate -o.</summary>
    public static readonly Entry CliEvaluateOutput = new("写出结果文件，扩展名决定格式（.csv .json .md，.xlsx 报告工作簿，或 .docx 一页简报）。可重复。", "Write a result file; the extension picks the format (.csv .json .md, .xlsx for the report workbook, or .docx for the one-page brief). Repeatable.");

    /// <summary>Help of evaluate -f.</summary>
    public static readonly Entry CliEvaluateFormat = new("打印到标准输出的格式。", "What goes to stdout.");

    /// <summary>Usage error: output extension.</summary>
    public static readonly Entry CliOutputExtension = new("-o {0}：输出文件请以 {1} 结尾（扩展名决定格式）", "-o {0}: name the output {1} (the extension picks the format)");

    /// <summary>Branches of the previous period not in this one.</summary>
    public static readonly Entry CliRemovedBranches = new("eco: 上一考核期的 {0} 个支部不在本数据集中：{1}", "eco: {0} branch(es) of the previous period are not in this dataset: {1}");

    // ── explain ──

    /// <summary>Help of explain.</summary>
    public static readonly Entry CliExplain = new("说明一个支部为何得到此评级：每个数值、权重、扣分、否决和步骤。", "Show why a branch got its rating: every value, weight, deduction, veto and step.");

    /// <summary>Help of explain --branch.</summary>
    public static readonly Entry CliExplainBranch = new("要说明的支部编号（branch_id）。", "The branch_id to explain.");

    /// <summary>Help of explain -f.</summary>
    public static readonly Entry CliExplainFormat = new("text（默认）或 json。", "text (default) or json.");

    /// <summary>The branch to explain is not in the dataset.</summary>
    public static readonly Entry CliBranchNotFound = new("数据集中没有支部“{0}”；数据集共有 {1} 个支部（{2}）", "branch '{0}' is not in the dataset; it has {1} branches ({2})");

    // ── validate ──

    /// <summary>Help of validate.</summary>
    public static readonly Entry CliValidate = new("检查规则文件：结构、引用、权重、阈值；每个问题都给出行号和列号。", "Check rule files: schema, references, weights, thresholds; every problem with its line and column.");

    /// <summary>Help of the rules argument.</summary>
    public static readonly Entry CliValidateFiles = new("规则文件（YAML）。", "Rule files (YAML).");

    /// <summary>A rule file without the schema line.</summary>
    public static readonly Entry CliNoSchemaLine = new("文件开头没有“# yaml-language-server: $schema=…”一行，编辑器不会按 rules.schema.json 检查它", "the file does not start with '# yaml-language-server: $schema=…'; editors will not check it against rules.schema.json");

    /// <summary>Validate: one file's errors.</summary>
    public static readonly Entry CliFileErrors = new("{0}：{1} 处错误", "{0}: {1} error(s)");

    /// <summary>Validate: one file valid.</summary>
    public static readonly Entry CliFileValid = new("{0}：有效", "{0}: valid");

    /// <summary>Validate: warnings after the file's verdict.</summary>
    public static readonly Entry CliFileWarnings = new("，{0} 条警告", ", {0} warning(s)");

    /// <summary>Validate: the closing line.</summary>
    public static readonly Entry CliValidSummary = new("{0} 个有效，{1} 个无效", "{0} valid, {1} invalid");

    // ── test ──

    /// <summary>Help of test.</summary>
    public static readonly Entry CliTest = new("运行规则测试用例：小数据集和规则文件应给出的评级。", "Run rule test cases: small datasets with the ratings a rule file must give them.");

    /// <summary>Help of the test paths.</summary>
    public static readonly Entry CliTestPaths = new("测试文件或文件夹（默认：scoring-rules/tests）。", "Test files or folders (default: scoring-rules/tests).");

    /// <summary>No such test file.</summary>
    public static readonly Entry CliNoTestFile = new("没有这个测试文件或文件夹", "no such test file or folder");

    /// <summary>No test files found.</summary>
    public static readonly Entry CliNoTestFiles = new("eco: {0} 下没有规则测试文件（.yaml）", "eco: no rule test files (.yaml) under {0}");

    // ── diff ──

    /// <summary>Help of diff.</summary>
    public static readonly Entry CliDiff = new("显示规则改动会使哪些支部变化：得分、排名、评级及转移矩阵。", "Show which branches a rule change would move: scores, ranks, ratings, the transition matrix.");

    /// <summary>Help of diff --base.</summary>
    public static readonly Entry CliDiffBase = new("改动前的规则：文件路径、default，或 git:REV:path。", "The rules before the change: a file, default, or git:REV:path.");

    /// <summary>Help of diff --head.</summary>
    public static readonly Entry CliDiffHead = new("改动后的规则：文件路径、default，或 git:REV:path。", "The rules after the change: a file, default, or git:REV:path.");

    /// <summary>Help of diff --fail-on.</summary>
    public static readonly Entry CliDiffFailOn = new("出现哪种变化时以 1 退出：none、rating（默认）、rank（排名或评级）、score（任何不小于 0.01 的变化）。", "Exit 1 on: none, rating (default), rank (rank or rating), score (any change ≥ 0.01).");

    /// <summary>Help of a md/csv/json format option.</summary>
    public static readonly Entry CliMdCsvJson = new("md（默认）、csv 或 json。", "md (default), csv or json.");

    /// <summary>A git: rule reference in the wrong form.</summary>
    public static readonly Entry CliGitForm = new("已提交的规则文件请写成 git:REV:path，例如 git:origin/main:scoring-rules/default.yaml", "write a committed rule file as git:REV:path, for example git:origin/main:scoring-rules/default.yaml");

    /// <summary>git could not show the file.</summary>
    public static readonly Entry CliGitShowFailed = new("git 无法取出此文件：{0}", "git cannot show it: {0}");

    /// <summary>git is not installed.</summary>
    public static readonly Entry CliGitMissing = new("找不到 git（{0}）", "git is not available ({0})");

    // ── trend ──

    /// <summary>Help of trend.</summary>
    public static readonly Entry CliTrend = new("各支部和单位在多个考核期的得分与评级序列，并标出持续下降。", "Score and rating series per branch and unit over several periods, steady declines marked.");

    /// <summary>Help of the trend datasets.</summary>
    public static readonly Entry CliTrendDatasets = new("一个数据集配合 --periods，或每个考核期一个数据集，按时间先后排列。", "One dataset with --periods, or one dataset per period, oldest first.");

    /// <summary>Help of --periods.</summary>
    public static readonly Entry CliTrendPeriods = new("以逗号分隔的考核期，按时间先后：2024Q1,2024Q2,2024Q3,2024Q4。", "Comma-separated periods, oldest first: 2024Q1,2024Q2,2024Q3,2024Q4.");

    /// <summary>Usage error of --periods.</summary>
    public static readonly Entry CliPeriodsInvalid = new("--periods：{0}", "--periods: {0}");

    /// <summary>Help of trend -o.</summary>
    public static readonly Entry CliTrendOutput = new("把趋势写入文件：.md、.csv、.json 或 .xlsx（每个单位一张折线图，以及各期评级构成）。可重复。", "Write the trend to a file: .md, .csv, .json or .xlsx (a workbook with a line chart per unit and the rating mix per period). Repeatable.");

    /// <summary>Trend: datasets and periods do not match.</summary>
    public static readonly Entry CliTrendDatasetsPeriods = new("所有考核期用一个数据集，或每个考核期一个数据集", "give one dataset for all periods, or one dataset per period");

    /// <summary>Trend: fewer than two periods.</summary>
    public static readonly Entry CliTrendTwoPeriods = new("趋势至少需要两个考核期：多个数据集，或 --periods 给出两个以上考核期", "a trend needs two or more periods: several datasets, or --periods with two or more");

    // ── annex ──

    /// <summary>Help of annex.</summary>
    public static readonly Entry CliAnnex = new("党风廉政建设季报和年度报告的统计附件（Markdown）。", "The statistical annexes of the quarterly integrity report and the annual report, as Markdown.");

    /// <summary>Help of annex --kind.</summary>
    public static readonly Entry CliAnnexKind = new("integrity：党风廉政建设季报统计（按单位 × 形态 × 类别的问题数及整改）；annual：主体责任落实情况年度报告附件（评级、变动、整顿名单、容错免责）。", "integrity: statistics of the quarterly integrity report (findings by unit × form × category, rectification); annual: the annex of the annual report on the main responsibility (ratings, transitions, rectification list, exemptions).");

    // ── weights ──

    /// <summary>Help of weights.</summary>
    public static readonly Entry CliWeights = new("设计规则用的权重：由两两比较得层次分析法（AHP）权重，由数据得熵权。", "Weights for rule design: AHP from pairwise comparisons, entropy from data.");

    /// <summary>Help of weights ahp.</summary>
    public static readonly Entry CliWeightsAhp = new("两两比较矩阵的 AHP 权重，以及 λmax、CI 和 CR（CR ≥ 0.1 时以 1 退出）。", "AHP weights of a pairwise comparison matrix, with λmax, CI and CR (exit 1 when CR ≥ 0.1).");

    /// <summary>Help of the matrix argument.</summary>
    public static readonly Entry CliWeightsMatrix = new("CSV：首行和首列为各准则名称；单元格为数字或 1/3 这样的分数。", "CSV: criteria names in the header row and the first column; cells numbers or fractions like 1/3.");

    /// <summary>Help of weights entropy.</summary>
    public static readonly Entry CliWeightsEntropy = new("各指标列的熵权（熵权法）。", "Entropy weights of indicator columns.");

    /// <summary>Help of the entropy table argument.</summary>
    public static readonly Entry CliWeightsTable = new("CSV：一列编号，其后每个指标一列数值。", "CSV: an id column, then one numeric column per indicator.");

    /// <summary>Help of --lower.</summary>
    public static readonly Entry CliWeightsLower = new("越小越好的列，以逗号分隔。", "Comma-separated columns where lower is better.");

    /// <summary>Help of --raw.</summary>
    public static readonly Entry CliWeightsRaw = new("直接在原始值上取 p = x/Σx（教科书算法，值须 ≥ 0），而不先对每列做极差标准化。", "p = x/Σx on the raw values (the textbook kernel, values ≥ 0) instead of min-maxing each column first.");

    /// <summary>Help of a table/json format option.</summary>
    public static readonly Entry CliTableJson = new("table（默认）或 json。", "table (default) or json.");

    // ── sensitivity ──

    /// <summary>Help of sensitivity.</summary>
    public static readonly Entry CliSensitivity = new("对权重做蒙特卡洛模拟：每个支部的排名中位数、5–95 % 排名区间和各评级的概率。", "Monte Carlo over the weights: median rank, 5–95 % rank range and the chance of each rating per branch.");

    /// <summary>Help of --runs.</summary>
    public static readonly Entry CliSensitivityRuns = new("模拟次数。", "Monte Carlo runs.");

    /// <summary>Help of --spread.</summary>
    public static readonly Entry CliSensitivitySpread = new("每个权重乘以 U(1 − spread, 1 + spread)。", "Each weight is multiplied by U(1 − spread, 1 + spread).");

    /// <summary>Help of the sensitivity --seed.</summary>
    public static readonly Entry CliSensitivitySeed = new("随机种子：种子相同，结果表相同。", "Seed: the same seed gives the same table.");

    /// <summary>Help of sensitivity -o.</summary>
    public static readonly Entry CliSensitivityOutput = new("把结果表写入 .csv 文件，而不是标准输出。", "Write the table to a .csv file instead of stdout.");

    /// <summary>Usage error of --runs.</summary>
    public static readonly Entry CliRunsRange = new("--runs 须在 1 到 1000000 之间", "--runs must be between 1 and 1000000");

    /// <summary>Usage error of --spread.</summary>
    public static readonly Entry CliSpreadRange = new("--spread 须不小于 0 且小于 1", "--spread must be at least 0 and below 1");

    // ── generate ──

    /// <summary>Help of generate.</summary>
    public static readonly Entry CliGenerate = new("生成任意规模的逼真模拟数据集（同一种子结果相同）。", "Write a synthetic, realistic dataset of any size (deterministic for a seed).");

    /// <summary>Help of --branches.</summary>
    public static readonly Entry CliGenerateBranches = new("支部个数。", "How many branches.");

    /// <summary>Usage error of --branches.</summary>
    public static readonly Entry CliBranchesRange = new("--branches 至少为 1", "--branches must be at least 1");

    /// <summary>Help of the generate --seed.</summary>
    public static readonly Entry CliGenerateSeed = new("随机种子：种子和规模相同，生成的文件就相同。", "Seed: the same seed and size always give the same files.");

    /// <summary>Help of --year.</summary>
    public static readonly Entry CliGenerateYear = new("记录覆盖的公历年份。", "The calendar year the records cover.");

    /// <summary>Usage error of --year.</summary>
    public static readonly Entry CliYearRange = new("--year 须在 1900 到 2200 之间", "--year must be between 1900 and 2200");

    /// <summary>Help of the generate --force.</summary>
    public static readonly Entry CliGenerateForce = new("写入已有 CSV 文件的文件夹，或覆盖已有的工作簿（原文件被替换）。", "Write into a folder that already holds CSV files, or over an existing workbook (they are replaced).");

    /// <summary>Help of the generate -o.</summary>
    public static readonly Entry CliGenerateOutput = new("要写入的 CSV 文件夹（不存在则创建），或以 .xlsx 结尾的工作簿路径（每张表一个工作表，中文表头）。", "The folder of CSV files to write (created if needed), or a workbook path ending in .xlsx (one sheet per table, Chinese captions).");

    /// <summary>The workbook exists.</summary>
    public static readonly Entry CliWorkbookExists = new("工作簿已存在；请换一个路径，或加 --force 覆盖", "the workbook already exists; choose another path, or add --force to replace it");

    /// <summary>The folder holds CSV files.</summary>
    public static readonly Entry CliFolderHasCsv = new("文件夹中已有 CSV 文件；请选一个空文件夹，或加 --force 覆盖", "the folder already holds CSV files; choose an empty folder, or add --force to replace them");

    /// <summary>Cannot write the generated dataset.</summary>
    public static readonly Entry CliCannotWriteReason = new("无法写入：{0}", "cannot be written: {0}");

    /// <summary>Generate: done.</summary>
    public static readonly Entry CliGenerated = new("eco: 已在 {3} 写入 {0} 个支部的数据集（种子 {1}，年份 {2}）", "eco: wrote a dataset of {0} branches (seed {1}, year {2}) to {3}");

    // ── template ──

    /// <summary>Help of template.</summary>
    public static readonly Entry CliTemplate = new("写出供填写的输入工作簿：每张表一个工作表，含表头、示例行、下拉列表和“说明”工作表。", "Write an input workbook to fill in: a sheet per table with its captions, an example row, drop-down lists and a notes sheet.");

    /// <summary>Help of template -o.</summary>
    public static readonly Entry CliTemplateOutput = new("要写出的工作簿。", "The workbook to write.");

    /// <summary>Help of template --force.</summary>
    public static readonly Entry CliTemplateForce = new("覆盖已有的文件。", "Replace an existing file.");

    /// <summary>Usage error: the template is a workbook.</summary>
    public static readonly Entry CliTemplateXlsx = new("-o {0}：模板是工作簿，文件名请以 .xlsx 结尾", "-o {0}: the template is a workbook; name it .xlsx");

    /// <summary>The template file exists.</summary>
    public static readonly Entry CliTemplateExists = new("文件已存在（可能已填有记录）；请换一个路径，或加 --force 覆盖", "the file already exists (it may hold filled-in records); choose another path, or add --force to replace it");

    /// <summary>Template: done.</summary>
    public static readonly Entry CliTemplateWritten = new("eco: 已把输入模板写入 {0}；请逐表填写（替换灰色示例行），然后运行：eco evaluate {0}", "eco: wrote the input template to {0}; fill in a sheet per table (replace the grey example rows) and run: eco evaluate {0}");
}
