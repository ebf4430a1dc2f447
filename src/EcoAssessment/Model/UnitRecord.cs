using EcoAssessment.Diagnostics;

namespace EcoAssessment.Model;

/// <summary>A row of <c>units</c> (单位): one node of the unit tree (厅 → 市局 → 分局).</summary>
/// <param name="UnitId">unit_id (单位编号).</param>
/// <param name="Name">name (单位名称).</param>
/// <param name="Parent">parent (上级单位): the unit_id or name of the unit above; null at the top.</param>
/// <param name="Order">order (排序): siblings are shown by it, then by unit_id; null sorts after every number.</param>
/// <param name="Level">level (层级): the level's name as the department writes it (厅, 市局, 分局); null when not given.</param>
/// <param name="Location">The row in the input.</param>
internal sealed record UnitRecord(string UnitId, string Name, string? Parent, int? Order, string? Level, SourceLocation? Location = null);
