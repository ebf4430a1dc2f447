using System.Globalization;
using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Cli;

/// <summary>The readable ranked table printed by default, aligned for terminals where CJK characters take two columns.</summary>
public static class TableFormatter
{
    /// <summary>The table in <paramref name="language"/>: the title, the ranked branches, the rating mix and the units.</summary>
    public static string Render(Assessment a, Language language = Language.Zh)
    {
        string[] header = [.. new[] { Texts.WbColRank, Texts.WbColBranch, Texts.WbColName, Texts.WbColUnit, Texts.WbColScore, Texts.WbColRating, Texts.WbColReasons }
            .Select(e => e.Render(language))];
        static string OneLine(string s) => s.ReplaceLineEndings(" ");
        var rows = a.Results.Select(r => new[]
        {
            Formats.Rank(r.Rank), OneLine(r.BranchId), OneLine(r.Branch.Name), OneLine(r.Branch.Unit), Formats.Score(r.Score),
            RatingLabels.Chinese(r.Rating), Formats.Reasons(r, language),
        }).ToList();
        var widths = new int[header.Length];
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Length - 1; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{a.Rules.Name} · {a.Period.Label}");
        if (a.Previous is not null)
        {
            sb.Append(" · ").Append(Stages.Comparison.PreviousPeriodCheck.Beside(a.Previous, CliText.Language));
        }

        sb.Append('\n');
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Length; i++)
            {
                var cell = row[i];
                var rightAlign = i is 0 or 4;
                if (i < row.Length - 1)
                {
                    var pad = new string(' ', widths[i] - Width(cell));
                    sb.Append(rightAlign ? pad + cell : cell + pad).Append("  ");
                }
                else
                {
                    sb.Append(cell);
                }
            }

            sb.Append('\n');
        }

        var mix = string.Join("  ", new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated }
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{RatingLabels.Chinese(r)} {a.Results.Count(x => x.Rating == r)}")));
        sb.Append(mix).Append('\n');
        sb.Append('\n').Append(Texts.TableUnitsHeading.Render(language)).Append('\n');
        var (units, system) = EcoAssessment.Analysis.Rollup.Compute(a);
        foreach (var u in units.Append(system))
        {
            var score = u.Score is double s ? Math.Round(s, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) : "—";
            var alerts = u.DescribeAlerts(language);
            var signals = u.DescribeSignals(language);
            // The tree's order, indented by depth; a level the units table gives (or 党组织 for a 党总支/党委) follows the name.
            var name = new string(' ', 2 * u.Depth) + u.Unit + LevelSuffix(u, language);
            var label = name + new string(' ', Math.Max(0, 36 - Width(name)));
            sb.Append(CultureInfo.InvariantCulture,
                $"  {label}{score,7}  {u.Health ?? "—"}  先锋/中间/落后/未定级 {u.Ratings[Rating.Vanguard]}/{u.Ratings[Rating.Middle]}/{u.Ratings[Rating.Laggard]}/{u.Ratings[Rating.Unrated]}{(alerts.Length > 0 ? "  " + alerts : string.Empty)}{(signals.Length > 0 ? "  " + signals : string.Empty)}\n");
        }

        return sb.ToString();
    }

    /// <summary>The level after a node's name: <c>（市局）</c>, <c>（党组织）</c> for a 党总支 or 党委; empty without one.</summary>
    public static string LevelSuffix(EcoAssessment.Analysis.UnitSummary u, Language language) =>
        (u.IsOrganisation ? Texts.RollupOrganisationLevel.Render(language) : u.Level) is { } level
            ? Texts.RollupLevelSuffix.Render(language, level)
            : string.Empty;

    /// <summary>Display width: East Asian wide and full-width characters count 2.</summary>
    public static int Width(string s)
    {
        var w = 0;
        foreach (var ch in s)
        {
            w += ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
                or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1;
        }

        return w;
    }
}
