using EcoAssessment.Pipeline;

namespace EcoAssessment.Stages.Derivation;

/// <summary>Step 3 over the stage tables: <see cref="StageTables.Raw"/>, one value per branch and indicator.</summary>
internal static class DerivationStage
{
    /// <summary>
    /// Derives values only (NaN = not available), branch by branch, so that a branch's records are read while in cache.
    /// Each branch's values depend on its records alone: a large dataset is derived in blocks of branches on up to
    /// <paramref name="parallelism"/> threads, each block with its own scratch.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Apply(StageTables t, int parallelism)
    {
        var dataset = t.Dataset;
        var branches = dataset.Branches;
        var indicators = t.Indicators;
        var ni = indicators.Length;
        var raw = new double[branches.Count * ni];
        Blocks.Run(branches.Count, parallelism, [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] (_, from, to) =>
        {
            var scratch = new DerivationScratch();
            for (var b = from; b < to; b++)
            {
                var branch = branches[b];
                for (var i = 0; i < ni; i++)
                {
                    raw[(b * ni) + i] = Derivation.Derive(indicators[i], branch, dataset, explain: false, scratch).Value ?? double.NaN;
                }
            }
        });
        t.Raw = raw;
    }
}
