using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Analysis;

/// <summary>One period's point of a series.</summary>
/// <param name="Period">The period label, e.g. 2024Q2.</param>
/// <param name="Score">The decision score (a unit's: its roll-up score rounded to 2 decimals); null when absent.</param>
/// <param name="Rank">The branch's rank; null for units, 未定级 or absence.</param>
/// <param name="Rating">The branch's rating; null for units or absence.</param>
/// <param name="Transition">For a branch: up/down/same/new against the period before; for a unit: its health band.</param>
public sealed record TrendPoint(string Period, decimal? Score, int? Rank, Rating? Rating, string? Transition);

/// <summary>
/// A branch's or unit's series over the periods, with its direction: declining or improving when the score of its last
/// period fell (rose) by at least the direction threshold against its first, else steady. For units, <see cref="TrendPoint.Transition"/> holds the health band.
/// </summary>
/// <param name="Id">The branch id, or the unit name.</param>
/// <param name="Name">The branch name, or the unit name.</param>
/// <param name="Unit">The branch's unit, or the unit name.</param>
/// <param name="Points">One point per period, in the order given.</param>
/// <param name="Direction">declining, improving or steady.</param>
public sealed record TrendSeries(string Id, string Name, string Unit, IReadOnlyList<TrendPoint> Points, string Direction);

/// <summary>
/// Score and rating series per branch and per unit over consecutive periods (<c>eco trend</c>). Each period is assessed
/// against the one before it (dynamic limit, transitions), so the series is what 动态管理 would have produced. A branch
/// missing from a period has an empty point there. A series moves (declining, improving) when the score of its last scored
/// period differs from its first by at least <see cref="DefaultDirectionThreshold"/> points, or the threshold given;
/// a smaller move is steady. The outputs name the threshold they used.
/// </summary>
public static class Trend
{
    /// <summary>
    /// The default direction threshold, 3 points (docs/methods.md): under a third of a unit's colour band (绿 ≥ 85,
    /// 黄 75–85), so two or three such moves change a band, and well above the 0.01 of a score's rounding; a move of 3
    /// points is one a department would talk about at a review, a move of 1 is not.
    /// </summary>
    public const decimal DefaultDirectionThreshold = 3m;

    /// <summary>The series of every branch (by unit, then id) and every unit plus 全系统, from assessments of consecutive periods in order, with the default direction threshold.</summary>
    public static (IReadOnlyList<TrendSeries> Branches, IReadOnlyList<TrendSeries> Units) Compute(IReadOnlyList<Assessment> periods) =>
        Compute(periods, DefaultDirectionThreshold);

    /// <summary>
    /// The series of every branch (by unit, then id) and every unit plus 全系统, from assessments of consecutive periods
    /// in order; a series is declining or improving when its score moved by at least <paramref name="directionThreshold"/> points.
    /// </summary>
    public static (IReadOnlyList<TrendSeries> Branches, IReadOnlyList<TrendSeries> Units) Compute(IReadOnlyList<Assessment> periods, decimal directionThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(directionThreshold);
        var branches = periods.SelectMany(a => a.Results.Select(r => r.Branch))
            .GroupBy(b => b.BranchId, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(b => b.Unit, StringComparer.Ordinal).ThenBy(b => b.BranchId, StringComparer.Ordinal)
            .Select(b =>
            {
                var points = periods.Select(a => a.Find(b.BranchId) is { } r
                    ? new TrendPoint(a.Period.Label, r.Score, r.Rank, r.Rating, r.Transition)
                    : new TrendPoint(a.Period.Label, null, null, null, null)).ToArray();
                return new TrendSeries(b.BranchId, b.Name, b.Unit, points, Direction(points.Select(p => p.Score), directionThreshold));
            }).ToArray();

        var rollups = periods.Select(a => (a.Period.Label, Rollup.Compute(a))).ToArray();
        // Units are matched across periods by their id in the tree (the unit name without a units table); with a tree they
        // come in the last period's tree order, then those of earlier periods only, by id; without one, by name as always.
        var ids = rollups.SelectMany(x => x.Item2.Units.Select(u => u.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (rollups.Any(x => x.Item2.Units.Any(u => u.Depth > 0 || u.Level is not null || u.IsOrganisation)))
        {
            var last = rollups[^1].Item2.Units.Select(u => u.Id).ToList();
            ids = [.. last, .. ids.Except(last, StringComparer.Ordinal)];
        }

        var units = ids.Append(Rollup.SystemName).Select(id =>
        {
            var found = rollups.Select(x => id == Rollup.SystemName ? x.Item2.System : x.Item2.Units.FirstOrDefault(v => v.Id == id)).ToArray();
            var name = found.LastOrDefault(u => u is not null)?.Unit ?? id;
            var points = rollups.Select((x, i) =>
                new TrendPoint(x.Label, found[i]?.Score is double s ? Math.Round((decimal)s, 2, MidpointRounding.AwayFromZero) : null, null, null, found[i]?.Health)).ToArray();
            return new TrendSeries(name, name, name, points, Direction(points.Select(p => p.Score), directionThreshold));
        }).ToArray();
        return (branches, units);
    }

    /// <summary>
    /// declining / improving when the last score fell / rose by at least <paramref name="threshold"/> points against the
    /// first (periods without a score are passed over); steady for a smaller move or fewer than two scores.
    /// </summary>
    internal static string Direction(IEnumerable<decimal?> scores, decimal threshold = DefaultDirectionThreshold)
    {
        var s = scores.OfType<decimal>().ToArray();
        if (s.Length < 2)
        {
            return "steady";
        }

        var move = s[^1] - s[0];
        return move <= -threshold ? "declining" : move >= threshold ? "improving" : "steady";
    }
}
