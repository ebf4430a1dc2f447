using EcoAssessment.Rules;
using EcoAssessment.Stages.Normalisation;
using FsCheck.NUnit;

namespace EcoAssessment.Tests.Stages.Normalisation;

/// <summary>Properties of the kernels over generated inputs (values are integers scaled to hundredths, so no overflow).</summary>
public class NormaliserPropertyTests
{
    private static double V(int i) => i / 100.0;

    private static double[] MinMax(double[] x, Direction d, double lo = 0, double hi = 100)
    {
        var r = new double[x.Length];
        Normalisers.MinMax(x, x.Select(_ => true).ToArray(), lo, hi, d, r);
        return r;
    }

    [Property(MaxTest = 300)]
    public bool GoalpostsAreAlwaysWithin0And100(int x, int low, int width, bool higher)
    {
        var lo = V(low);
        var hi = lo + V(Math.Abs(width) + 1);
        var g = Normalisers.Goalposts(V(x) * 3, lo, hi, higher ? Direction.Higher : Direction.Lower);
        return g is >= 0 and <= 100;
    }

    [Property(MaxTest = 300)]
    public bool ReversingDirectionReversesTheOrderOfTwoValuesUnderGoalposts(int a, int b, int low, int width)
    {
        var lo = V(low);
        var hi = lo + V(Math.Abs(width) + 1);
        var (x, y) = (V(Math.Min(a, b)), V(Math.Max(a, b)));
        var up = (Normalisers.Goalposts(x, lo, hi, Direction.Higher), Normalisers.Goalposts(y, lo, hi, Direction.Higher));
        var down = (Normalisers.Goalposts(x, lo, hi, Direction.Lower), Normalisers.Goalposts(y, lo, hi, Direction.Lower));
        // x ≤ y: higher-is-better keeps the order, lower-is-better reverses it, and the two add up to 100.
        return up.Item1 <= up.Item2 && down.Item1 >= down.Item2
            && Math.Abs(up.Item1 + down.Item1 - 100) < 1e-9 && Math.Abs(up.Item2 + down.Item2 - 100) < 1e-9;
    }

    [Property(MaxTest = 300)]
    public bool ReversingDirectionReversesTheOrderOfAnyTwoValuesUnderMinMax(int[] raw)
    {
        if (raw.Length < 2)
        {
            return true;
        }

        var x = raw.Select(V).ToArray();
        var up = MinMax(x, Direction.Higher);
        var down = MinMax(x, Direction.Lower);
        var allEqual = x.Distinct().Count() == 1;
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = 0; j < x.Length; j++)
            {
                if (x[i] < x[j] && !(up[i] < up[j] && down[i] > down[j]))
                {
                    return false;
                }
            }

            if (!allEqual && Math.Abs(up[i] + down[i] - 100) > 1e-9)
            {
                return false;
            }
        }

        return up.All(v => v is >= 0 and <= 100) && down.All(v => v is >= 0 and <= 100);
    }

    [Property(MaxTest = 200)]
    public bool PermutingTheBranchesPermutesMinMaxResults(int[] raw, int seed, bool higher)
    {
        var x = raw.Select(V).ToArray();
        var perm = Enumerable.Range(0, x.Length).ToArray();
        new Random(seed).Shuffle(perm);
        var d = higher ? Direction.Higher : Direction.Lower;
        var r = MinMax(x, d);
        var permuted = MinMax(perm.Select(p => x[p]).ToArray(), d);
        for (var i = 0; i < x.Length; i++)
        {
            if (!permuted[i].Equals(r[perm[i]]))
            {
                return false;
            }
        }

        return true;
    }
}
