namespace EcoAssessment.Catalogue;

/// <summary>
/// The catalogue's texts of hostile and broken inputs and of the output commit: git revisions, inputs without an end,
/// long cells, broken workbook parts, outputs that link to inputs or find the disk full, stray bytes in UTF-8 files.
/// </summary>
internal static partial class Texts
{
    // ── git:REV:path (eco diff) ─────────────────────────────────────────────────────────────────────────────────────

    /// <summary>A revision that starts with '-' would be read by git as an option.</summary>
    public static readonly Entry HostileRevisionDash = new("版本“{0}”以“-”开头，会被 git 当作选项，已拒绝；请写分支、标签或提交号，例如 git:HEAD~1:scoring-rules/default.yaml",
        "the revision \"{0}\" starts with '-' and would be read by git as an option, so it is refused; write a branch, tag or commit, for example git:HEAD~1:scoring-rules/default.yaml");

    /// <summary>A revision or path with a control character or a space.</summary>
    public static readonly Entry HostileRevisionCharacter = new("版本或路径“{0}”含有控制字符或空格，已拒绝；版本只写分支、标签或提交号",
        "the revision or path \"{0}\" holds a control character or a space and is refused; a revision is a branch, tag or commit");

    /// <summary>What git printed was more than a rule file may hold.</summary>
    public static readonly Entry HostileGitOutputTooLarge = new("git 取出的内容超过 {0:N0} 字节（规则文件的上限），已停止读取",
        "git gave more than {0:N0} bytes (the limit of a rule file); reading stopped");
}
