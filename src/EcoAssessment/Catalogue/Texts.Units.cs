namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of the unit tree: the units table, branches' parent_id, and the roll-up at every level.</summary>
internal static partial class Texts
{
    // ── The units table (InputCatalogue.Units) ─────────────────────────────────────────────────────────────────────

    /// <summary>The units table.</summary>
    public static readonly Entry TableUnits = new("单位", "units");

    /// <summary>The help text of the units table.</summary>
    public static readonly Entry TableHelpUnits = new(
        "可选：单位的层级（厅 → 市局 → 分局）。每行一个单位，上级单位填上一级单位的编号或名称；支部表的单位填这里的单位编号或单位名称。给出此表时，汇总逐级进行（每个单位涵盖其下所有单位的支部）；不给出此表或表中没有数据行时，按支部表的单位名称平列汇总。",
        "Optional: the units' hierarchy (department → city bureau → district sub-bureau). One row per unit; parent is the unit_id or name of the unit above; a branch's unit is a unit_id or name of this table. With it the roll-up is computed at every level (a unit covers the branches of every unit beneath it); without it, flat by the branches' unit names. A table without rows is as none.");

    /// <summary>The help text of the column unit_id.</summary>
    public static readonly Entry ColumnUnitId = new("单位编号，每个单位唯一。", "Unit id, one per unit.");

    /// <summary>The help text of the column name of units.</summary>
    public static readonly Entry ColumnUnitName = new("单位名称，每个单位唯一；支部表的单位可填此名称。", "Unit name, one per unit; a branch's unit may give it.");

    /// <summary>The help text of the column parent of units.</summary>
    public static readonly Entry ColumnUnitParent = new("上级单位的编号或名称；最上一级留空。", "The unit above (its id or name); blank at the top.");

    /// <summary>The help text of the column order of units.</summary>
    public static readonly Entry ColumnUnitOrder = new("同一上级下的显示顺序（小的在前）；留空的排在后面，再按单位编号。", "Display order among the units under one parent (smaller first); blank after, then by unit id.");

    /// <summary>The help text of the column level of units.</summary>
    public static readonly Entry ColumnUnitLevel = new("层级名称，如厅、市局、分局；照录于输出。", "The level's name (department, city bureau, sub-bureau), shown as written.");

    // ── Refusals (ECO0320–ECO0326) ──────────────────────────────────────────────────────────────────────────────────

    /// <summary>A branch's unit not in the units table. {0} branch id, {1} the unit as written, {2} the column's header, {3} the units table's file, {4} the nearest unit or nothing.</summary>
    public static readonly Entry UnitUnknown = new(
        "支部「{0}」的「{2}」为「{1}」，单位表（{3}）中没有编号或名称为「{1}」的单位{4}；请把「{2}」改为单位表中的单位编号或单位名称，或在单位表中补上此单位",
        "branch '{0}' has '{2}' '{1}', and the units table ({3}) has no unit with that id or name{4}; set '{2}' to a unit_id or name of the units table, or add the unit to it");

    /// <summary>The nearest unit, appended to <see cref="UnitUnknown"/> and <see cref="UnitParentUnknown"/>. {0} the unit.</summary>
    public static readonly Entry UnitNearest = new("（是否指「{0}」？）", " (did you mean '{0}'?)");

    /// <summary>A unit's parent not in the units table. {0} unit id, {1} the parent as written, {2} the column's header, {3} the nearest unit or nothing.</summary>
    public static readonly Entry UnitParentUnknown = new(
        "单位「{0}」的「{2}」为「{1}」，单位表中没有编号或名称为「{1}」的单位{3}；请填写上级单位的编号或名称，最上一级留空",
        "unit '{0}' has '{2}' '{1}', and the units table has no unit with that id or name{3}; give the id or name of the unit above, or leave it blank at the top");

    /// <summary>Units whose parents go round. {0} the units of the cycle, in order (「A」→「B」→「A」), {1} the column's header.</summary>
    public static readonly Entry UnitCycle = new(
        "单位的上级关系成环：{0}；沿「{1}」向上必须能到达没有上级的单位，请更正其中一个单位的「{1}」",
        "the units' parents go round: {0}; following '{1}' upwards must reach a unit without a parent: correct '{1}' of one of them");

    /// <summary>A unit id or name given twice. {0} the id or name, {1} where it was first given, {2} the column's header.</summary>
    public static readonly Entry UnitIdTwice = new(
        "单位表的「{2}」「{0}」重复出现（首次见于 {1}）；每个单位只占一行，编号和名称各不相同",
        "'{2}' '{0}' of the units table appears twice (first at {1}); each unit has one row, with its own id and name");

    /// <summary>A branch's parent_id that names no branch. {0} branch id, {1} parent as written, {2} the column's header.</summary>
    public static readonly Entry BranchParentUnknown = new(
        "支部「{0}」的「{2}」为「{1}」，支部表中没有编号为「{1}」的党组织；请填写其所属党总支或党委在支部表中的编号，没有则留空",
        "branch '{0}' has '{2}' '{1}', and the branches table has no organisation with that branch_id; give the branch_id of its general branch or party committee in the branches table, or leave it blank");

    /// <summary>Branches whose parent_id go round. {0} the branches of the cycle («A»→«B»→«A»), {1} the column's header.</summary>
    public static readonly Entry BranchParentCycle = new(
        "党组织的上级关系成环：{0}；沿「{1}」向上必须能到达没有上级党组织的党组织，请更正其中一个的「{1}」",
        "the organisations' parent_id go round: {0}; following '{1}' upwards must reach an organisation without a parent: correct '{1}' of one of them");

    /// <summary>A branch under an organisation of another unit. {0} branch, {1} its unit, {2} the parent, {3} the parent's unit, {4} the column's header.</summary>
    public static readonly Entry BranchParentOtherUnit = new(
        "支部「{0}」属于单位「{1}」，其「{4}」「{2}」却属于单位「{3}」；党总支、党委与其下的支部须属于同一单位，汇总才能完整涵盖该组织，请更正单位或「{4}」",
        "branch '{0}' belongs to unit '{1}', and its '{4}' '{2}' to unit '{3}'; a general branch or party committee and the branches under it must belong to one unit, so that the unit's roll-up covers the organisation whole: correct the unit or '{4}'");

    /// <summary>A unit in a cycle, as <see cref="UnitCycle"/> lists them. {0} the id.</summary>
    public static readonly Entry UnitInCycle = new("「{0}」", "'{0}'");

    /// <summary>The arrow between the units of a cycle.</summary>
    public static readonly Entry CycleArrow = new("→", " → ");

    // ── The roll-up at every level (outputs) ────────────────────────────────────────────────────────────────────────

    /// <summary>The level shown for a 党总支 or 党委 (a branches row that other branches name in parent_id).</summary>
    public static readonly Entry RollupOrganisationLevel = new("党组织", "party organisation");

    /// <summary>A node's level after its name in the console and Markdown. {0} the level.</summary>
    public static readonly Entry RollupLevelSuffix = new("（{0}）", " ({0})");

    /// <summary>The caption of the level column of the roll-up sheet and the Markdown table.</summary>
    public static readonly Entry RollupLevelCaption = new("层级", "Level");
}
