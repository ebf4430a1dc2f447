using EcoAssessment.Pipeline;

namespace EcoAssessment.Stages.Normalisation;

/// <summary>Step 5 over the stage tables: <see cref="StageTables.Normalised"/>, one indicator column at a time by its rule (<see cref="Normalisers"/>).</summary>
internal static class NormalisationStage
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Apply(StageTables t)
    {
        var raw = t.Raw;
        var nb = t.BranchCount;
        var ni = t.IndicatorCount;
        var months = t.Dataset.Period.Months;
        var branchMonths = new double[nb]; // per-year goalposts expect only the part of the period a branch existed
        for (var b = 0; b < nb; b++)
        {
            var active = t.Branch(b).Active;
            branchMonths[b] = ReferenceEquals(active, t.Dataset.Period) ? months : active.Months;
        }

        var normalised = new double[nb * ni];
        var column = new double[nb];
        var result = new double[nb];
        for (var i = 0; i < ni; i++)
        {
            for (var b = 0; b < nb; b++)
            {
                column[b] = raw[(b * ni) + i];
            }

            Normalisers.Apply(t.Indicators[i].Normalisation, t.Indicators[i].Direction, column, t.Eligible, result, months, branchMonths);
            for (var b = 0; b < nb; b++)
            {
                normalised[(b * ni) + i] = result[b];
            }
        }

        t.Normalised = normalised;
    }
}
