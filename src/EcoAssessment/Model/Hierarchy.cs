using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;

namespace EcoAssessment.Model;

/// <summary>
/// One node of the roll-up tree: a unit (a row of the units table, or a unit name of the branches table without one) or
/// a party organisation (a 党总支 or 党委: a branches row that other branches name in parent_id).
/// </summary>
/// <param name="Id">The unit_id; the unit name without a units table; the branch_id of an organisation.</param>
/// <param name="Name">The unit's or organisation's name.</param>
/// <param name="Parent">The id of the node above; null at the top.</param>
/// <param name="Level">The level's name as the units table gives it (厅, 市局, 分局); null when not given and for organisations.</param>
/// <param name="Order">The display order of the units table; null when not given and for organisations.</param>
/// <param name="Depth">0 at the top, 1 below it, ….</param>
/// <param name="IsOrganisation">A 党总支 or 党委 (a branches row), not a unit.</param>
/// <param name="Branches">The indexes (in <see cref="Dataset.Branches"/>) of every branch the node covers: its own and those of every node beneath it, ascending.</param>
internal sealed record HierarchyNode(string Id, string Name, string? Parent, string? Level, int? Order, int Depth, bool IsOrganisation, int[] Branches);

/// <summary>
/// The tree the roll-up follows (DOMAIN §5: 厅 → 市局 → 分局, 党委 → 党总支 → 支部), built from the optional units table
/// and the branches' parent_id, with every node in the tree's order: a node, then the nodes beneath it, siblings by
/// display order (blank after every number), then by id (ordinal).
/// <para>A branch belongs to the unit whose unit_id equals its <c>unit</c>, else whose name does (a unit_id is tried first,
/// so a branch may name its unit either way). A branch with a parent_id sits under that organisation, which is itself a
/// branches row: it is rated on its own records like any branch (its own meetings, committee, members), and its node
/// covers itself and every branch beneath it. Without a units table each distinct unit name is a node at the top, as
/// the flat roll-up always was.</para>
/// Refused, each at its row: a branch's unit that the units table lacks, a parent unit it lacks, units whose parents go
/// round, a unit id or name given twice, a parent_id that names no branch, parent_ids that go round, and a branch under
/// an organisation of another unit (the unit's summary would cover the organisation only in part).
/// </summary>
internal sealed class Hierarchy
{
    private Hierarchy(IReadOnlyList<HierarchyNode> nodes, bool isTree)
    {
        Nodes = nodes;
        IsTree = isTree;
    }

    /// <summary>Every node in the tree's order.</summary>
    public IReadOnlyList<HierarchyNode> Nodes { get; }

    /// <summary>Whether there is more than the flat list of unit names: a units table or a parent_id.</summary>
    public bool IsTree { get; }

    /// <summary>The tree of the branches (in <see cref="Dataset.Branches"/> order) and the units table's rows (null when absent); null, with the errors in <paramref name="bag"/>, when refused.</summary>
    public static Hierarchy? Build(IReadOnlyList<BranchData> branches, IReadOnlyList<UnitRecord>? units, string? unitsFile, DiagnosticBag bag)
    {
        var errors = bag.ErrorCount;
        var unitOf = new string[branches.Count]; // the unit node's id of each branch
        var unitRows = new Dictionary<string, UnitRecord>(StringComparer.Ordinal);
        var parentOfUnit = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (units is not null)
        {
            var byName = new Dictionary<string, UnitRecord>(StringComparer.Ordinal);
            foreach (var u in units)
            {
                if (unitRows.TryGetValue(u.UnitId, out var first) || byName.TryGetValue(u.UnitId, out first))
                {
                    bag.Error(DiagnosticCodes.UnitIdTwice, u.Location.WithColumn("unit_id"), Texts.UnitIdTwice.With(u.UnitId, first.Location, Header(u.Location, "unit_id")));
                    continue;
                }

                if (byName.TryGetValue(u.Name, out first) || (unitRows.TryGetValue(u.Name, out first) && first.UnitId != u.UnitId))
                {
                    bag.Error(DiagnosticCodes.UnitIdTwice, u.Location.WithColumn("name"), Texts.UnitIdTwice.With(u.Name, first.Location, Header(u.Location, "name")));
                    continue;
                }

                unitRows[u.UnitId] = u;
                byName[u.Name] = u;
            }

            string? Find(string text) => unitRows.TryGetValue(text, out var r) || byName.TryGetValue(text, out r) ? r.UnitId : null;
            Text Nearest(string text) => NearestWord.Find(text, unitRows.Values.SelectMany(u => new[] { (u.UnitId, 0), (u.Name, 0) })) is { } n
                ? Texts.UnitNearest.With(n) : Text.Plain(string.Empty);

            foreach (var u in unitRows.Values)
            {
                string? parent = null;
                if (u.Parent is { } p && (parent = Find(p)) is null)
                {
                    bag.Error(DiagnosticCodes.UnitParentUnknown, u.Location.WithColumn("parent"),
                        Texts.UnitParentUnknown.With(u.UnitId, p, Header(u.Location, "parent"), Nearest(p)));
                }

                parentOfUnit[u.UnitId] = parent;
            }

            ReportCycles(unitRows.Keys, parentOfUnit, id => unitRows[id].Location, DiagnosticCodes.UnitCycle, Texts.UnitCycle, "parent", bag);
            for (var i = 0; i < branches.Count; i++)
            {
                var r = branches[i].Record;
                if (Find(r.Unit) is { } id)
                {
                    unitOf[i] = id;
                }
                else
                {
                    bag.Error(DiagnosticCodes.UnitUnknown, r.Location.WithColumn("unit"),
                        Texts.UnitUnknown.With(r.BranchId, r.Unit, Header(r.Location, "unit"), unitsFile ?? "units.csv", Nearest(r.Unit)));
                }
            }
        }
        else
        {
            for (var i = 0; i < branches.Count; i++)
            {
                unitOf[i] = branches[i].Record.Unit;
                parentOfUnit[unitOf[i]] = null;
            }
        }

        // Party organisations: branches rows that others name in parent_id.
        var index = new Dictionary<string, int>(branches.Count, StringComparer.Ordinal);
        for (var i = 0; i < branches.Count; i++)
        {
            index[branches[i].BranchId] = i;
        }

        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var isTree = units is not null;
        for (var i = 0; i < branches.Count; i++)
        {
            var r = branches[i].Record;
            parentOf[r.BranchId] = null;
            if (r.ParentId is not { } p)
            {
                continue;
            }

            isTree = true;
            if (!index.TryGetValue(p, out var pi))
            {
                bag.Error(DiagnosticCodes.BranchParentUnknown, r.Location.WithColumn("parent_id"), Texts.BranchParentUnknown.With(r.BranchId, p, Header(r.Location, "parent_id")));
                continue;
            }

            if (unitOf[i] is { } mine && unitOf[pi] is { } theirs && mine != theirs)
            {
                bag.Error(DiagnosticCodes.BranchParentOtherUnit, r.Location.WithColumn("parent_id"),
                    Texts.BranchParentOtherUnit.With(r.BranchId, r.Unit, p, branches[pi].Record.Unit, Header(r.Location, "parent_id")));
                continue;
            }

            parentOf[r.BranchId] = p;
        }

        ReportCycles(parentOf.Keys, parentOf, id => branches[index[id]].Record.Location, DiagnosticCodes.BranchParentCycle, Texts.BranchParentCycle, "parent_id", bag);
        if (bag.ErrorCount > errors)
        {
            return null;
        }

        return new Hierarchy(BuildNodes(branches, unitRows, parentOfUnit, unitOf, parentOf, index), isTree);
    }

    private static string Header(SourceLocation? at, string column) => at.WithColumn(column)?.ColumnName ?? column;

    /// <summary>Reports each cycle of <paramref name="parentOf"/> once, at its first member in <paramref name="ids"/>' order, and breaks it.</summary>
    private static void ReportCycles(IEnumerable<string> ids, Dictionary<string, string?> parentOf, Func<string, SourceLocation?> at,
        DiagnosticCode code, Entry message, string column, DiagnosticBag bag)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in ids.ToArray())
        {
            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            for (var id = start; id is not null && !done.Contains(id); id = parentOf.GetValueOrDefault(id))
            {
                if (!onPath.Add(id))
                {
                    var cycle = path.Skip(path.IndexOf(id)).Append(id).ToArray();
                    var header = Header(at(cycle[0]), column);
                    bag.Error(code, at(cycle[0]).WithColumn(column),
                        message.With(Text.Join(Texts.CycleArrow, cycle.Select(c => Texts.UnitInCycle.With(c))), header));
                    parentOf[cycle[0]] = null;
                    break;
                }

                path.Add(id);
            }

            done.UnionWith(path);
        }
    }

    private static HierarchyNode[] BuildNodes(IReadOnlyList<BranchData> branches, Dictionary<string, UnitRecord> unitRows, Dictionary<string, string?> parentOfUnit,
        string[] unitOf, Dictionary<string, string?> parentOf, Dictionary<string, int> index)
    {
        // Keys: "u" + unit id, "o" + branch_id of an organisation.
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var own = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Child(string? parent, string key)
        {
            var p = parent ?? string.Empty;
            if (!children.TryGetValue(p, out var list))
            {
                children[p] = list = [];
            }

            list.Add(key);
        }

        foreach (var (id, parent) in parentOfUnit)
        {
            Child(parent is null ? null : "u" + parent, "u" + id);
        }

        var organisations = new HashSet<string>(parentOf.Values.OfType<string>(), StringComparer.Ordinal);
        for (var i = 0; i < branches.Count; i++)
        {
            var id = branches[i].BranchId;
            var up = parentOf[id] is { } p ? "o" + p : "u" + unitOf[i];
            if (organisations.Contains(id))
            {
                Child(up, "o" + id);
                up = "o" + id;
            }

            if (!own.TryGetValue(up, out var list))
            {
                own[up] = list = [];
            }

            list.Add(i);
        }

        (int? Order, string Id) SortKey(string key) =>
            key[0] == 'u' && unitRows.TryGetValue(key[1..], out var r) ? (r.Order, r.UnitId) : (null, key[1..]);

        var nodes = new List<HierarchyNode>();
        List<int> Visit(string key, string? parent, int depth)
        {
            var id = key[1..];
            var at = nodes.Count;
            nodes.Add(null!);
            var covered = new List<int>(own.GetValueOrDefault(key) ?? []);
            foreach (var child in Sorted(children.GetValueOrDefault(key)))
            {
                covered.AddRange(Visit(child, id, depth + 1));
            }

            covered.Sort();
            var isOrganisation = key[0] == 'o';
            var row = isOrganisation ? null : unitRows.GetValueOrDefault(id);
            var name = isOrganisation ? branches[index[id]].Record.Name : row?.Name ?? id;
            nodes[at] = new HierarchyNode(id, name, parent, row?.Level, row?.Order, depth, isOrganisation, [.. covered]);
            return covered;
        }

        IEnumerable<string> Sorted(List<string>? keys) => (keys ?? []).OrderBy(k => SortKey(k).Order ?? int.MaxValue).ThenBy(k => SortKey(k).Order is null ? 1 : 0)
            .ThenBy(k => SortKey(k).Id, StringComparer.Ordinal).ThenBy(k => k, StringComparer.Ordinal);

        foreach (var root in Sorted(children.GetValueOrDefault(string.Empty)))
        {
            Visit(root, null, 0);
        }

        return [.. nodes];
    }
}
