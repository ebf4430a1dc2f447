using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Analysis;

/// <summary>One branch under the base and the head rule set.</summary>
internal sealed record BranchChange(
    BranchRecord Branch,
    decimal? BaseScore,
    decimal? HeadScore,
    int? BaseRank,
    int? HeadRank,
    Rating BaseRating,
    Rating HeadRating)
{
    /// <summary>Head − base decision score; null when either has no score.</summary>
    public decimal? ScoreChange => BaseScore is decimal b && HeadScore is decimal h ? h - b : null;

    public bool RatingChanged => BaseRating != HeadRating;

    public bool RankChanged => BaseRank != HeadRank;

    /// <summary>The decision score moved by at least 0.01, or a score appeared or disappeared.</summary>
    public bool ScoreChanged => BaseScore != HeadScore;
}

/// <summary>How strict <c>eco diff --fail-on</c> is: each level also fails on the changes of the levels before it.</summary>
internal enum FailOn { None, Rating, Rank, Score }

/// <summary>
/// What a rule change does to a dataset: every branch's score, rank and rating under both rule sets, the rating
/// transition matrix and counts. Pure: compares two assessments of the same dataset.
/// </summary>
internal sealed class RuleDiff
{
    private RuleDiff(Assessment baseline, Assessment head, IReadOnlyList<BranchChange> branches)
    {
        Base = baseline;
        Head = head;
        Branches = branches;
    }

    public Assessment Base { get; }

    public Assessment Head { get; }

    /// <summary>Every branch, in the head's output order (rank, then branch_id).</summary>
    public IReadOnlyList<BranchChange> Branches { get; }

    public static IReadOnlyList<Rating> Ratings { get; } = [Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated];

    public static RuleDiff Compare(Assessment baseline, Assessment head)
    {
        var before = baseline.Results.ToDictionary(r => r.BranchId, StringComparer.Ordinal);
        var changes = head.Results.Select(h =>
        {
            var b = before.GetValueOrDefault(h.BranchId) ?? throw new ArgumentException($"branch {h.BranchId} is not in the base assessment", nameof(baseline));
            return new BranchChange(h.Branch, b.Score, h.Score, b.Rank, h.Rank, b.Rating, h.Rating);
        }).ToArray();
        if (changes.Length != baseline.Results.Count)
        {
            throw new ArgumentException("the two assessments are not of the same branches", nameof(head));
        }

        return new RuleDiff(baseline, head, changes);
    }

    public int RatingChanges => Branches.Count(c => c.RatingChanged);

    public int RankChanges => Branches.Count(c => c.RankChanged);

    public int ScoreChanges => Branches.Count(c => c.ScoreChanged);

    /// <summary>Branches rated <paramref name="from"/> under the base and <paramref name="to"/> under the head.</summary>
    public int Transitions(Rating from, Rating to) => Branches.Count(c => c.BaseRating == from && c.HeadRating == to);

    /// <summary>Whether the change reaches the level given: rating changes; or also rank changes; or also score changes.</summary>
    public bool Fails(FailOn level) => level switch
    {
        FailOn.Rating => RatingChanges > 0,
        FailOn.Rank => RatingChanges > 0 || RankChanges > 0,
        FailOn.Score => RatingChanges > 0 || RankChanges > 0 || ScoreChanges > 0,
        _ => false,
    };
}
