namespace EcoAssessment.IO.Tables;

/// <summary>Which files and sheets that are not read deserve a warning printed in full, and which are only notes.</summary>
internal static class IgnoredInputs
{
    private static readonly string[] TableLike = [".xlsx", ".xlsm", ".xls", ".et", ".ods", ".tsv", ".txt", ".dbf"];

    private static readonly string[] NotesWords = ["说明", "备注", "readme", "notes", "instructions"];

    /// <summary>A file beside the CSV files that may hold a table (a workbook or text file) and is not a notes file.</summary>
    public static bool LooksLikeTable(string fileName) =>
        TableLike.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !IsNotes(Path.GetFileNameWithoutExtension(fileName));

    /// <summary>A name of notes: 说明, 填写说明, README, notes.</summary>
    public static bool IsNotes(string name) => NotesWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
