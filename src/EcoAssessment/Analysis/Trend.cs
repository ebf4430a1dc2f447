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
/// A branch's or unit's series over the periods, with its direction: declining or improving when the score fell (rose)
/// at every step over three or more periods, else steady. For units, <see cref="TrendPoint.Transition"/> holds the health band.
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
/// missing from a period has an empty point there. A steady decline — the score falling at every step over at least
/// three periods — is marked; so is a steady rise.
/// </summary>
public static class Trend
{
    /// <summary>The series of every branch (by unit, then id) and every unit plus 全系统, from assessments of consecutive periods in order.</summary>
    public static (IReadOnlyList<TrendSeries> Branches, IReadOnlyList<TrendSeries> Units) Compute(IReadOnlyList<Assessment> periods)
    {
        var branches = periods.SelectMany(a => a.Results.Select(r => r.Branch))
            .GroupBy(b => b.BranchId, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(b => b.Unit, StringComparer.Ordinal).ThenBy(b => b.BranchId, StringComparer.Ordinal)
            .Select(b =>
            {
                var points = periods.Select(a => a.Find(b.BranchId) is { } r
                    ? new TrendPoint(a.Period.Label, r.Score, r.Rank, r.Rating, r.Transition)
                    : new TrendPoint(a.Period.Label, null, null, null, null)).ToArray();
                return new TrendSeries(b.BranchId, b.Name, b.Unit, points, Direction(points.Select(p => p.Score)));
            }).ToArray();

        var rollups = periods.Select(a => (a.Period.Label, Rollup.Compute(a))).ToArray();
        var unitNames = rollups.SelectMany(x => x.Item2.Units.Select(u => u.Unit)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Append(Rollup.SystemName);
        var units = unitNames.Select(name =>
        {
            var points = rollups.Select(x =>
            {
                var u = name == Rollup.SystemName ? x.Item2.System : x.Item2.Units.FirstOrDefault(v => v.Unit == name);
                return new TrendPoint(x.Label, u?.Score is double s ? Math.Round((decimal)s, 2, MidpointRounding.AwayFromZero) : null, null, null, u?.Health);
            }).ToArray();
            return new TrendSeries(name, name, name, points, Direction(points.Select(p => p.Score)));
        }).ToArray();
        return (branches, units);
    }

    /// <summary>declining / improving when every step of the last three or more periods with a score goes that way.</summary>
    internal static string Direction(IEnumerable<decimal?> scores)
    {
        var s = scores.ToArray();
        if (s.Length < 3 || s.Any(x => x is null))
        {
            return "steady";
        }

        var steps = s.Zip(s.Skip(1), (a, b) => b!.Value - a!.Value).ToArray();
        return steps.All(d => d < 0) ? "declining" : steps.All(d => d > 0) ? "improving" : "steady";
    }
}
