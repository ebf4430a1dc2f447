namespace EcoAssessment.Diagnostics;

/// <summary>The codes of the unit tree (ECO0320–ECO0329): the units table and branches' parent_id.</summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode UnitUnknown = new("ECO0320", "Branch of a unit the units table does not list",
        "With a units table, a branch's unit must be the unit_id or the name of one of its rows: correct the branch's unit, or add the unit to the units table.");
    public static readonly DiagnosticCode UnitParentUnknown = new("ECO0321", "Parent unit the units table does not list",
        "A unit's parent must be the unit_id or the name of another row of the units table, or blank at the top: correct it or add the parent unit.");
    public static readonly DiagnosticCode UnitCycle = new("ECO0322", "Units that are each other's parent",
        "Following the parent column upwards must reach a unit without a parent: correct the parent of one of the units named in the message.");
    public static readonly DiagnosticCode UnitIdTwice = new("ECO0323", "Unit listed twice",
        "Give every row of the units table its own unit_id and name (a branch names its unit by either).");
    public static readonly DiagnosticCode BranchParentUnknown = new("ECO0324", "parent_id names no branch",
        "A branch's parent_id must be the branch_id of another row of the branches table (its 党总支 or 党委), or blank: correct it or add that organisation.");
    public static readonly DiagnosticCode BranchParentCycle = new("ECO0325", "Branches that are each other's parent",
        "Following parent_id upwards must reach an organisation without a parent_id: correct the parent_id of one of the branches named in the message.");
    public static readonly DiagnosticCode BranchParentOtherUnit = new("ECO0326", "Branch under an organisation of another unit",
        "A branch and the 党总支 or 党委 its parent_id names must belong to the same unit, so that each unit's roll-up covers the organisation whole: correct the unit or the parent_id.");
}
