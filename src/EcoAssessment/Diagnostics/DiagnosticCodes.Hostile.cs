namespace EcoAssessment.Diagnostics;

/// <summary>
/// The codes of hostile and broken inputs and of the output commit (ECO0350–ECO0369): an argument that would reach a
/// child process as an option, a cell beyond its bound, a broken workbook package, an output that links to an input or
/// cannot be written whole, a file that is UTF-8 but for a few bytes.
/// </summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode GitRevisionRefused = new("ECO0350", "git revision refused",
        "Write --base/--head as git:REV:path with REV a branch, tag or commit (main, v2024.1, HEAD~1, a hash): a REV never starts with '-' and holds no control character or space.");
    public static readonly DiagnosticCode InputUnbounded = new("ECO0351", "Input has no end within its limit",
        "The input is a device, a pipe or a file still growing, and more than its limit was read before its end: save the data to an ordinary file and give that file.");
    public static readonly DiagnosticCode CellTooLong = new("ECO0352", "Cell too long",
        "A sheet cell may hold at most as many characters as a CSV row (1,048,576), and a report cell at most 32,767 (Excel's limit): shorten the cell, or move long text out of the workbook.");
    public static readonly DiagnosticCode WorkbookPartBroken = new("ECO0353", "Workbook part broken",
        "The workbook's inner files are damaged or were not written by a spreadsheet program: open it in Excel or WPS and save it again as .xlsx, or export the sheet to CSV.");
    public static readonly DiagnosticCode OutputLinksToInput = new("ECO0354", "Output is a link to an input",
        "An output path that is a symbolic link, or whose folder is, resolves to an input file: give a path of its own for the output.");
    public static readonly DiagnosticCode OutputDeviceFull = new("ECO0355", "No space left for the output",
        "The disk or device is full: free space or write the outputs elsewhere; none of them was written.");
    public static readonly DiagnosticCode MostlyUtf8 = new("ECO0356", "UTF-8 file with invalid bytes",
        "The file is UTF-8 but for a few bytes (a copy-paste from another file, a truncated character): correct or delete the byte at the place given, or save the whole file again as UTF-8.");
}
