namespace EcoAssessment.Catalogue;

/// <summary>
/// The catalogue's texts of hostile and broken inputs and of the output commit: git revisions, inputs without an end,
/// long cells, broken workbook parts, outputs that link to inputs or find the disk full, stray bytes in UTF-8 files.
/// </summary>
internal static partial class Texts
{
    // ── git:REV:path (eco diff) ─────────────────────────────────────────────────────────────────────────────────────

    /// <summary>A revision that starts with '-' would be read by git as an option.</summary>
    public static readonly Entry HostileRevisionDash = new("版本“{0}”以“-”开头，会被 git 当作选项，已拒绝；请写分支、标签或提交号，例如 {1}",
        "the revision \"{0}\" starts with '-' and would be read by git as an option, so it is refused; write a branch, tag or commit, for example {1}");

    /// <summary>A revision or path with a control character or a space.</summary>
    public static readonly Entry HostileRevisionCharacter = new("版本或路径“{0}”含有控制字符或空格，已拒绝；版本只写分支、标签或提交号",
        "the revision or path \"{0}\" holds a control character or a space and is refused; a revision is a branch, tag or commit");

    /// <summary>What git printed was more than a rule file may hold.</summary>
    public static readonly Entry HostileGitOutputTooLarge = new("git 取出的内容超过 {0:N0} 字节（规则文件的上限），已停止读取",
        "git gave more than {0:N0} bytes (the limit of a rule file); reading stopped");

    // ── Inputs without an end (BoundedInput) ───────────────────────────────────────────────────────────────────────

    /// <summary>An input of unknown size (a pipe, a device) gave more than its limit.</summary>
    public static readonly Entry HostileNoEnd = new("{0}读到 {1:N0} 字节仍未结束（它是设备、管道或大小未知的文件），已停止读取；请把数据存成普通文件再给出该文件",
        "the {0} gave more than {1:N0} bytes without an end (it is a device, a pipe or a file of unknown size); reading stopped: save the data to an ordinary file and give that file");

    /// <summary>The rule file, in <see cref="HostileNoEnd"/>.</summary>
    public static readonly Entry HostileWhatRuleFile = new("规则文件", "rule file");

    /// <summary>Advice for a rule file too large.</summary>
    public static readonly Entry HostileAdviceRuleFile = new("规则文件只写规则，不放数据", "a rule file holds rules, not data");

    /// <summary>The test file, in <see cref="HostileNoEnd"/>.</summary>
    public static readonly Entry HostileWhatTestFile = new("测试文件", "test file");

    /// <summary>Advice for a test file too large.</summary>
    public static readonly Entry HostileAdviceTestFile = new("请把大的数据集放进文件夹，在测试用例里写文件夹路径", "put a large dataset in a folder and give its path in the case");

    /// <summary>A file grew or shrank while it was read.</summary>
    public static readonly Entry HostileGrew = new("该文件在读取时大小变了（打开时 {0:N0} 字节），已停止读取；请等写入它的程序结束后再运行",
        "the file changed size while it was read (it had {0:N0} bytes when opened); reading stopped: run again once the program writing it has finished");

    // ── eco test: the test file itself ─────────────────────────────────────────────────────────────────────────────

    /// <summary>The test file does not exist.</summary>
    public static readonly Entry HostileTestFileMissing = new("找不到该测试文件；请检查路径", "the test file does not exist; check the path");

    /// <summary>The test file may not be read.</summary>
    public static readonly Entry HostileTestFileDenied = new("没有读取该测试文件的权限", "no permission to read the test file");

    /// <summary>The test file cannot be read (a folder, a device error).</summary>
    public static readonly Entry HostileTestFileUnreadable = new("无法读取该测试文件（是文件夹，或设备出错）", "the test file cannot be read (a folder, or a device error)");

    // ── Outputs (OutputCommit) ──────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The disk or device of an output is full.</summary>
    public static readonly Entry HostileDiskFull = new("磁盘或设备已满，无法写入；所有输出都未写入，请腾出空间或换一个位置",
        "the disk or device is full and the output cannot be written; none of the outputs was written: free space or write them elsewhere");

    /// <summary>The output path is a folder.</summary>
    public static readonly Entry HostileOutputIsFolder = new("这是一个文件夹", "it is a folder");

    /// <summary>The output is a link (or lies in a linked folder) that resolves to an input.</summary>
    public static readonly Entry HostileOutputLinksToInput = new("这个输出路径经链接指向输入文件 {0}；写入会覆盖输入，请换一个路径",
        "this output path leads through a link to the input {0}; writing it would overwrite the input: choose another path");

    /// <summary>The standard output, as the place of a diagnostic.</summary>
    public static readonly Entry HostileStdout = new("标准输出", "standard output");

    // ── Workbook cells (XlsxDatasetReader) ──────────────────────────────────────────────────────────────────────────

    /// <summary>A sheet cell longer than a CSV row may be.</summary>
    public static readonly Entry HostileCellTooLong = new("该单元格超过 {0:N0} 个字符（与 {1} 一行的上限相同），此行未读取；请缩短该单元格，长文字请放在工作簿之外",
        "the cell has more than {0:N0} characters (the limit of a {1} row); the row is not read: shorten the cell, keep long text outside the workbook");

    /// <summary>A sheet row whose cells together are longer than a CSV row may be.</summary>
    public static readonly Entry HostileRowTooLong = new("该行各单元格共有 {0:N0} 个字符，超过一行的上限 {1:N0}，此行未读取；请缩短其中的长文字",
        "the row's cells hold {0:N0} characters together, more than the {1:N0} a row may have; the row is not read: shorten the long text in it");

    /// <summary>A JSON file that does not parse, in place of the parser's own words.</summary>
    public static readonly Entry HostileJsonSyntax = new("此处的写法不合规（括号、引号或逗号不配对，或文件被截断）；请给出上次运行 eco evaluate 写出的 JSON 原文件",
        "the text here is not well-formed (unbalanced brackets, quotes or commas, or the file is cut short); give the JSON file an earlier eco evaluate wrote, as it was written");

    // ── Workbook packages (PartProblem) ─────────────────────────────────────────────────────────────────────────────

    /// <summary>A sheet's part is broken: {0} what, {1} the other spreadsheet program.</summary>
    public static readonly Entry HostileSheetPartBroken = new("该工作表的内部文件{0}，无法读取；请在 Excel 或 {1} 中打开工作簿并重新另存为 .xlsx，或把该工作表导出为 CSV 文件",
        "the sheet's inner file {0} and cannot be read: open the workbook in Excel or {1} and save it again as .xlsx, or export the sheet as a CSV file");

    /// <summary>A part holds a document type definition.</summary>
    public static readonly Entry HostilePartDtd = new("含有文档类型定义，出于安全不予读取（电子表格软件不会写出它）",
        "holds a document type definition (DTD), which is not read for safety (spreadsheet programs never write one)");

    /// <summary>A part is not well-formed XML.</summary>
    public static readonly Entry HostilePartMalformed = new("写法不合规，在其第 {0} 行第 {1} 列附近（标记不配对或文件被截断）",
        "is not well-formed near its line {0}, column {1} (unbalanced tags, or cut short)");

    /// <summary>A part or relationship is missing.</summary>
    public static readonly Entry HostilePartStructure = new("缺失，或工作簿目录指向了不存在的内部文件", "is missing, or the workbook's list points to an inner file that does not exist");

    /// <summary>The zip itself is damaged.</summary>
    public static readonly Entry HostilePartZip = new("所在的压缩包不完整或已损坏", "lies in a zip package that is incomplete or damaged");

    /// <summary>Anything else.</summary>
    public static readonly Entry HostilePartUnknown = new("无法解读", "cannot be made sense of");

    /// <summary>The package has no workbook part.</summary>
    public static readonly Entry HostilePartNoWorkbook = new("压缩包里没有工作簿目录，不是电子表格软件保存的工作簿", "the package holds no workbook list: it was not saved by a spreadsheet program");

    /// <summary>A sheet's relationship is missing.</summary>
    public static readonly Entry HostilePartNoRelationship = new("在工作簿目录里没有链接，找不到其内容", "has no link in the workbook's list, so its content cannot be found");

    /// <summary>A problem in a named part: {0} the part, {1} what.</summary>
    public static readonly Entry HostileInPart = new("{0}{1}", "{0} {1}");

    /// <summary>The workbook list (xl/workbook.xml).</summary>
    public static readonly Entry HostilePartWorkbookList = new("工作簿目录", "the workbook's list");

    /// <summary>The shared strings and styles.</summary>
    public static readonly Entry HostilePartShared = new("共享文字或样式部分", "the shared strings or styles");

    // ── Encodings (Utf8Text) ────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>A file that is UTF-8 but for a few bytes: {0} line, {1} byte in the line, {2} offset, {3} the byte, {4} valid characters, {5} invalid sequences.</summary>
    public static readonly Entry HostileStrayByte = new(
        "该文件按 UTF-8 编码（其中 {4:N0} 个中文等多字节字符都有效），但有 {5} 处字节不是 UTF-8，第一处在第 {0} 行第 {1} 个字节（文件偏移 {2:N0}，字节 {3}）；这不是 GB18030（GBK）文件，不按 GB18030 解读，以免全文乱码。请删除或改正该处（多为从别处粘贴的残缺字符），或把整个文件重新另存为 UTF-8",
        "the file is UTF-8 ({4:N0} multi-byte characters such as Chinese are valid) but {5} byte sequence(s) are not; the first at line {0}, byte {1} of the line (offset {2:N0}, byte {3}). It is not a GB18030 (GBK) file and is not read as one, which would garble all its text: delete or correct the byte there (often a broken character pasted from elsewhere), or save the whole file again as UTF-8");
}
