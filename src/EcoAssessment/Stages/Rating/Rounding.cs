namespace EcoAssessment.Stages.Rating;

/// <summary>The decision score: the score rounded to 2 decimals, half away from zero, in decimal arithmetic.</summary>
internal static class Rounding
{
    public static decimal DecisionScore(double score) => Math.Round((decimal)score, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <see cref="DecisionScore"/> × 100 as an integer, without decimal arithmetic when that cannot change the answer.
    /// The decimal path rounds to 15 significant digits and then to the nearest cent; for |score| &lt; 10⁶ both steps move
    /// score × 100 by less than 10⁻⁶, so when the fraction of score × 100 is further than that from ½, rounding the
    /// double to the nearest integer gives the same cent. Near ½ (and for large scores) the decimal path decides.
    /// </summary>
    internal static long DecisionCents(double score)
    {
        var y = score * 100;
        if (Math.Abs(score) < 1e6)
        {
            var floor = Math.Floor(y);
            var fraction = y - floor;
            if (Math.Abs(fraction - 0.5) > 1e-6)
            {
                return (long)floor + (fraction > 0.5 ? 1 : 0);
            }
        }

        return (long)(DecisionScore(score) * 100m);
    }
}
