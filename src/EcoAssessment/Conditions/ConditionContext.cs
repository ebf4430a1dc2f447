using EcoAssessment.Model;

namespace EcoAssessment.Conditions;

/// <summary>What a condition can look at for one branch: its data, the period and the indicator values so far.</summary>
internal sealed class ConditionContext
{
    public ConditionContext(BranchData branch, Dataset dataset, Func<string, double?> raw, Func<string, double?> normalised)
    {
        Branch = branch;
        Dataset = dataset;
        Raw = raw;
        Normalised = normalised;
    }

    public BranchData Branch { get; }

    public Dataset Dataset { get; }

    public Period Period => Dataset.Period;

    /// <summary>An indicator's derived value in its unit, or null when not available.</summary>
    public Func<string, double?> Raw { get; }

    /// <summary>An indicator's 0–100 value, or null when not available.</summary>
    public Func<string, double?> Normalised { get; }
}

/// <summary>The outcome of a condition with the reasoning a person can check, and the findings it matched.</summary>
internal sealed record ConditionResult(bool Value, string Trace, IReadOnlyList<FindingRecord> Matches)
{
    public static ConditionResult Of(bool value, string trace) => new(value, trace, []);
}
