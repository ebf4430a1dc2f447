namespace EcoAssessment.Model;

/// <summary>The builder's part of the unit tree: the units table's rows and the <see cref="Hierarchy"/> of the built dataset.</summary>
internal sealed partial class DatasetBuilder
{
    private readonly List<UnitRecord> _units = [];

    /// <summary>A row of the units table (checked when the dataset is built, with the branches: <see cref="Hierarchy.Build"/>).</summary>
    public void AddUnit(UnitRecord r) => _units.Add(r);

    /// <summary>Sets the dataset's tree; null, with the refusals reported, when the units table or a parent_id does not make one.</summary>
    private Dataset? WithHierarchy(Dataset dataset)
    {
        // A units table without rows (the template's, whose example row is skipped) gives no tree: flat, as without one.
        var units = _tables.Contains(InputTable.Units) && _units.Count > 0 ? _units : null;
        if (Hierarchy.Build(dataset.Branches, units, _files.GetValueOrDefault(InputTable.Units), _diagnostics) is not { } tree)
        {
            return null;
        }

        dataset.Hierarchy = tree;
        return dataset;
    }
}
