namespace EcoAssessment.Diagnostics;

/// <summary>The codes of the tables and columns a rule set needs, and of the department's own names (mapping.yaml).</summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode MappingInvalid = new("ECO0130", "Mapping file cannot be used",
        "Fix the mapping file at the position given: tables map a sheet or file name to a table, columns a caption to a column of a table, codes a word to a code (see docs/check.md).");

    public static readonly DiagnosticCode TableNeeded = new("ECO0270", "Table the rule set needs is absent",
        "Add the table (a file or sheet named as in docs/inputs.md), map the department's name to it in mapping.yaml, or, if this assessment really has no such records, say --allow-missing <table>.");
    public static readonly DiagnosticCode TableAbsentAllowed = new("ECO0271", "Table absent by choice",
        "The indicators that read the table are not available in this run; the outputs say so.");
    public static readonly DiagnosticCode NeededColumnUnrecognised = new("ECO0272", "Column the rule set reads not recognised",
        "Rename the caption to the column's name or Chinese alias (docs/inputs.md), or map it in mapping.yaml.");
    public static readonly DiagnosticCode NeededColumnMissing = new("ECO0273", "Column the rule set reads is absent",
        "Add the column, or read the indicators named with care: they see no values.");
}
