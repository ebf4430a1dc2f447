namespace EcoAssessment.Diagnostics;

/// <summary>The codes of the department's own wordings and of the template's example rows (ECO0260–ECO0264).</summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode ExampleRowsSkipped = new("ECO0260", "Template example rows skipped",
        "The rows still equal the template's grey example rows (ids marked 示例) and are not counted; delete them once real records are entered.");
    public static readonly DiagnosticCode OnlyExampleRows = new("ECO0261", "Only the template's example rows",
        "The workbook holds no record of its own: enter the department's branches and records in the template, then evaluate.");
}
