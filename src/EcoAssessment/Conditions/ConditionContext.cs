using EcoAssessment.Model;

namespace EcoAssessment.Conditions;

/// <summary>
/// What a condition can look at for one branch: its data, the period and the indicator values so far. The pipeline
/// keeps one context and moves it from branch to branch (<see cref="MoveTo"/>) over its flat stage tables; tests and
/// the roll-up give the values as functions.
/// </summary>
internal sealed class ConditionContext
{
    private readonly Func<string, double?>? _raw;
    private readonly Func<string, double?>? _normalised;
    private readonly IReadOnlyDictionary<string, int>? _indexById;
    private readonly double[]? _rawTable;
    private readonly double[]? _normalisedTable;
    private readonly int _width;
    private int _row;

    public ConditionContext(BranchData branch, Dataset dataset, Func<string, double?> raw, Func<string, double?> normalised)
    {
        Branch = branch;
        Dataset = dataset;
        _raw = raw;
        _normalised = normalised;
    }

    /// <summary>
    /// A context over the stage tables [branch × indicator] (NaN = not available), at branch row <paramref name="row"/>;
    /// indicators are found by id in <paramref name="indexById"/>.
    /// </summary>
    public ConditionContext(Dataset dataset, IReadOnlyDictionary<string, int> indexById, double[] raw, double[] normalised, int width, int row)
    {
        Dataset = dataset;
        _indexById = indexById;
        _rawTable = raw;
        _normalisedTable = normalised;
        _width = width;
        Branch = null!;
        MoveTo(row);
    }

    public BranchData Branch { get; private set; }

    public Dataset Dataset { get; }

    public Period Period => Dataset.Period;

    /// <summary>Over which days meeting counts are taken: the period, or the window of the veto being judged (<see cref="Rules.VetoRule.Window"/>).</summary>
    public Rules.AnnualWindow Window { get; set; }

    /// <summary>Points a context over the stage tables at another branch row.</summary>
    public void MoveTo(int row)
    {
        _row = row;
        Branch = Dataset.Branches[row];
    }

    /// <summary>An indicator's derived value in its unit, or null when not available.</summary>
    public double? Raw(string id) => _raw is not null ? _raw(id) : Lookup(_rawTable!, id);

    /// <summary>An indicator's 0–100 value, or null when not available.</summary>
    public double? Normalised(string id) => _normalised is not null ? _normalised(id) : Lookup(_normalisedTable!, id);

    private double? Lookup(double[] table, string id)
    {
        if (!_indexById!.TryGetValue(id, out var k))
        {
            return null;
        }

        var v = table[(_row * _width) + k];
        return double.IsNaN(v) ? null : v;
    }
}

/// <summary>The outcome of a condition with the reasoning a person can check, and the findings it matched.</summary>
internal sealed record ConditionResult(bool Value, string Trace, IReadOnlyList<FindingRecord> Matches)
{
    public static ConditionResult Of(bool value, string trace) => new(value, trace, []);

    /// <summary>Whether the condition does not hold only because an annual item is not yet due (未到期): it would hold if judged now.</summary>
    public bool NotYetDue { get; init; }
}
