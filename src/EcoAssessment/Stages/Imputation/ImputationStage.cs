using EcoAssessment.Pipeline;

namespace EcoAssessment.Stages.Imputation;

/// <summary>Step 4 (optional) over the stage tables: fills <see cref="StageTables.Raw"/> in place, sets <see cref="StageTables.Imputed"/>.</summary>
internal static class ImputationStage
{
    /// <summary>
    /// Imputes by the rule set's imputation rule over the rated branches; filled values are flagged and left out of
    /// coverage, and their details kept (a derivation alone does not give them).
    /// </summary>
    public static void Apply(StageTables t)
    {
        var details = t.Details ??= [];
        t.Imputed = Imputation.Impute(t.Rules.Imputation, t.Dataset.Branches, t.Eligible, t.Raw, t.IndicatorCount, (b, i) => t.Detail(b, i), details, t.Language);
        t.Details = details.Count > 0 ? details : null;
    }
}
