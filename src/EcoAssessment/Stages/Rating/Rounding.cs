namespace EcoAssessment.Stages.Rating;

/// <summary>The decision score: the score rounded to 2 decimals, half away from zero, in decimal arithmetic.</summary>
internal static class Rounding
{
    public static decimal DecisionScore(double score) => Math.Round((decimal)score, 2, MidpointRounding.AwayFromZero);
}
