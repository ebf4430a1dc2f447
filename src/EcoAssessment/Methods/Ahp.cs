using EcoAssessment.Catalogue;

namespace EcoAssessment.Methods;

/// <summary>The result of AHP: weights (sum 1), the principal eigenvalue, and the consistency index and ratio.</summary>
internal sealed record AhpResult(IReadOnlyList<double> Weights, double LambdaMax, double ConsistencyIndex, double ConsistencyRatio)
{
    /// <summary>Saaty's rule: judgements are acceptable when CR &lt; 0.1.</summary>
    public bool Consistent => ConsistencyRatio < 0.1;
}

/// <summary>
/// The analytic hierarchy process (层次分析法): weights from a pairwise comparison matrix on Saaty's 1–9 scale as its
/// principal eigenvector (power iteration to 1e-15), λmax as the mean of (Aw)ᵢ/wᵢ, CI = (λmax − n)/(n − 1) and
/// CR = CI/RI with Saaty's random indices (n = 3…10: 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49; CR = 0 for n ≤ 2).
/// Group AHP combines several experts' matrices by the element-wise geometric mean, which keeps reciprocity.
/// The power iteration is kept rather than MathNet's <c>Evd</c>: that finds the same vector, but its last bits differ, and
/// they are printed (<c>eco weights ahp -f json</c> for 10 of 11 test matrices, the weights in the JSON trace and a
/// normalised value in the CSV of a rule set with AHP matrices).
/// </summary>
internal static class Ahp
{
    private static readonly double[] RandomIndex = [0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

    /// <summary>The largest matrix the random-index table covers.</summary>
    public const int MaxSize = 10;

    /// <summary>What is wrong with a matrix, or null: square, 1–10 criteria, positive, diagonal 1, reciprocal (1e-6).</summary>
    public static Text? Problem(double[,] a)
    {
        var n = a.GetLength(0);
        if (n != a.GetLength(1))
        {
            return Texts.AhpNotSquare;
        }

        if (n is < 1 or > MaxSize)
        {
            return Texts.AhpTooLarge.With(MaxSize, n);
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (!(a[i, j] > 0) || !double.IsFinite(a[i, j]))
                {
                    return Texts.AhpCellNotPositive.With(i + 1, j + 1);
                }

                if (i == j && Math.Abs(a[i, j] - 1) > 1e-9)
                {
                    return Texts.AhpDiagonalNotOne.With(i + 1);
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (Math.Abs((a[i, j] * a[j, i]) - 1) > 1e-6)
                {
                    return Texts.AhpNotReciprocal.With(i + 1, j + 1);
                }
            }
        }

        return null;
    }

    /// <summary>Weights and consistency of a valid matrix (see <see cref="Problem"/>).</summary>
    public static AhpResult Compute(double[,] a)
    {
        if (Problem(a) is { } problem)
        {
            throw new ArgumentException(problem.Render(Language.En), nameof(a));
        }

        var n = a.GetLength(0);
        var w = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < 100_000; iteration++)
        {
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                double s = 0;
                for (var j = 0; j < n; j++)
                {
                    s += a[i, j] * w[j];
                }

                next[i] = s;
                sum += s;
            }

            double change = 0;
            for (var i = 0; i < n; i++)
            {
                next[i] /= sum;
                change = Math.Max(change, Math.Abs(next[i] - w[i]));
            }

            (w, next) = (next, w);
            if (change < 1e-15)
            {
                break;
            }
        }

        double lambda = 0;
        for (var i = 0; i < n; i++)
        {
            double s = 0;
            for (var j = 0; j < n; j++)
            {
                s += a[i, j] * w[j];
            }

            lambda += s / w[i];
        }

        lambda /= n;
        var ci = n > 1 ? (lambda - n) / (n - 1) : 0;
        var cr = n > 2 ? ci / RandomIndex[n] : 0;
        return new AhpResult(w, lambda, ci, cr);
    }

    /// <summary>Group AHP: the element-wise geometric mean of several experts' matrices of the same size.</summary>
    public static double[,] Combine(IReadOnlyList<double[,]> matrices)
    {
        ArgumentOutOfRangeException.ThrowIfZero(matrices.Count);
        var n = matrices[0].GetLength(0);
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[i, j] = Math.Exp(matrices.Average(m => Math.Log(m[i, j])));
            }
        }

        return result;
    }
}
