namespace EcoAssessment.Diagnostics;

/// <summary>The codes of organisational life over a branch's lifetime (ECO0315–ECO0319): founding and dissolution dates.</summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode DissolvedBeforeFounded = new("ECO0315", "Branch dissolved before it was founded",
        "A branch's dissolved date (撤销日期) is its last day and cannot come before its founded date (成立日期): correct whichever of the two was mistyped, or leave dissolved empty for a branch that still exists.");

    public static readonly DiagnosticCode BranchNotInPeriod = new("ECO0316", "Branch did not exist in the period",
        "The branch was founded after the period ended, or dissolved before it began: nothing is expected of it for this period, so it is left out of the assessment (no rating, not counted in its unit). If the date was mistyped, correct founded (成立日期) or dissolved (撤销日期) in branches.");
}
