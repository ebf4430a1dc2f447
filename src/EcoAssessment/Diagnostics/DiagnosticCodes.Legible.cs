namespace EcoAssessment.Diagnostics;

/// <summary>The codes of the report's packs (ECO0340–ECO0344): one report workbook per unit (--split-by).</summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode SplitByUnknown = new("ECO0340", "--split-by names no known key",
        "--split-by accepts unit (one report workbook per unit): write --split-by unit.");
    public static readonly DiagnosticCode SplitByNotFolder = new("ECO0341", "--split-by without a folder to write to",
        "--split-by writes one workbook per unit into a folder: give exactly one -o, a folder ending in / (it is created when absent), e.g. -o out/.");
}
