namespace EcoAssessment.Diagnostics;

/// <summary>
/// The codes of the period refusals and the credibility checks (ECO0280–ECO0299): a period none of the records falls in,
/// a previous period that is not earlier, and the warnings that a dataset may be wrong although every row reads.
/// </summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode NoRecordsInPeriod = new("ECO0280", "No records in the period",
        "Choose with --period the period the records cover (the message names their dates), or correct the dates.");
    public static readonly DiagnosticCode PreviousNotEarlier = new("ECO0281", "Previous period not earlier",
        "Give --previous the results of the period before the one rated (last year's results for this year).");
    public static readonly DiagnosticCode PreviousPeriodUnknown = new("ECO0282", "Previous period unknown",
        "Add a period column (期间) to the previous file, or give the results file eco evaluate wrote, so that its period can be checked.");
    public static readonly DiagnosticCode RecordsAfterPeriod = new("ECO0283", "Records dated after the period",
        "Rows dated after the end of the period are left out: check the dates (a mistyped year?) or the period.");
    public static readonly DiagnosticCode AttendeesAboveMembers = new("ECO0284", "More attendees than members",
        "A meeting of the branch cannot have more attendees than the branch has members: correct the attendees or the members table.");
    public static readonly DiagnosticCode MeetingInTwoFiles = new("ECO0285", "Meeting in two files of a table",
        "The repeat counts once; remove it from one of the two files (a quarter exported twice?).");
    public static readonly DiagnosticCode SingleBranchUnit = new("ECO0286", "Unit with a single branch",
        "A unit's roll-up of one branch compares nothing: check the unit column, or read that unit's line as the branch's own.");
}
