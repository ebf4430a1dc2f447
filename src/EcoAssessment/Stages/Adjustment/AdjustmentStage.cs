using EcoAssessment.Conditions;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Stages.Adjustment;

/// <summary>
/// Step 8 over the stage tables: per branch, the points of each deduction and bonus (after its cap), their sums and the
/// score = clamp(aggregate − deductions + bonuses, bounds) (NaN when the aggregate is not available).
/// </summary>
internal static class AdjustmentStage
{
    /// <summary>Measures branch by branch, in blocks of branches on up to <paramref name="parallelism"/> threads.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Apply(StageTables t, int parallelism)
    {
        var nb = t.BranchCount;
        var rules = t.Adjustments;
        var na = rules.Length;
        var nDeductions = t.Rules.Adjustments.Deductions.Count;
        var lower = t.Rules.Adjustments.LowerBound;
        var upper = t.Rules.Adjustments.UpperBound;
        var aggregates = t.Aggregates;
        var points = new double[nb * na];
        var deductions = new double[nb];
        var bonuses = new double[nb];
        var scores = new double[nb];
        Blocks.Run(nb, parallelism, [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] (_, from, to) =>
        {
            var ctx = t.Context(from);
            for (var b = from; b < to; b++)
            {
                ctx.MoveTo(b);
                double ded = 0;
                double bon = 0;
                for (var k = 0; k < na; k++)
                {
                    var p = Adjustments.Measure(rules[k], ctx).Points;
                    points[(b * na) + k] = p;
                    if (k < nDeductions)
                    {
                        ded += p;
                    }
                    else
                    {
                        bon += p;
                    }
                }

                var aggregate = aggregates[b];
                scores[b] = double.IsNaN(aggregate) ? double.NaN : Adjustments.Score(aggregate, ded, bon, lower, upper);
                deductions[b] = ded;
                bonuses[b] = bon;
            }
        });

        t.Points = points;
        t.Deductions = deductions;
        t.Bonuses = bonuses;
        t.Scores = scores;
    }
}
