namespace EcoAssessment.Model;

/// <summary>A branch's rating in the previous period.</summary>
/// <param name="Rating">The rating then.</param>
/// <param name="Rectification">Whether it was listed for 整顿 then.</param>
public sealed record PreviousRating(Rating Rating, bool Rectification = false)
{
    /// <summary>The previous decision score (0–100), when the previous file has one (an earlier run's CSV or JSON); used for score trends only.</summary>
    public double? Score { get; init; }
}

/// <summary>
/// The ratings of an earlier run (<c>--previous</c>): the dynamic limit, transitions and the 整顿 list compare against
/// them. <see cref="Kind"/> is the earlier period's kind when known; rectification compares periods of the same kind.
/// </summary>
/// <param name="PeriodLabel">The earlier period's label, when known.</param>
/// <param name="Kind">The earlier period's kind, when known; rectification (整顿) compares periods of the same kind.</param>
/// <param name="Branches">Each branch's earlier rating, by branch id.</param>
public sealed record PreviousRatings(string? PeriodLabel, PeriodKind? Kind, IReadOnlyDictionary<string, PreviousRating> Branches);
