using System.Globalization;
using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Output;

/// <summary>A Markdown summary for CI step summaries and PR comments: the rating mix, then the ranked branches.</summary>
internal static class ResultMarkdownWriter
{
    public static string Render(Assessment a, Language language = Language.Zh)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        static string L(Rating r) => RatingLabels.Chinese(r); // rating values never change with the language
        sb.Append(inv, $"## {a.Rules.Name} — {a.Period.Label}");
        if (a.Previous is not null)
        {
            sb.Append(" · ").Append(Stages.Comparison.PreviousPeriodCheck.Beside(a.Previous, language));
        }

        sb.Append("\n\n");
        sb.Append(Texts.MdMixHeader.Render(language)).Append("\n|---|---:|\n");
        foreach (var r in new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated })
        {
            sb.Append(inv, $"| {L(r)} | {a.Results.Count(x => x.Rating == r)} |\n");
        }

        sb.Append('\n');
        sb.Append(UnitTable(a, language)).Append('\n');
        sb.Append(Texts.MdRankingHeader.Render(language)).Append("\n|---:|---|---|---|---:|---|---|\n");
        foreach (var r in a.Results)
        {
            sb.Append(inv, $"| {Formats.Rank(r.Rank)} | {Esc(r.BranchId)} | {Esc(r.Branch.Name)} | {Esc(r.Branch.Unit)} | {Formats.Score(r.Score)} | {L(r.Rating)} | {Esc(Formats.Reasons(r, language))} |\n");
        }

        return sb.ToString();
    }

    /// <summary>The roll-up per unit and for the whole system (政治生态建设状况).</summary>
    public static string UnitTable(Assessment a, Language language = Language.Zh)
    {
        var inv = CultureInfo.InvariantCulture;
        var (units, system) = EcoAssessment.Analysis.Rollup.Compute(a);
        var sb = new StringBuilder(Texts.MdUnitHeader.Render(language, RatingLabels.Chinese(Rating.Vanguard), RatingLabels.Chinese(Rating.Middle),
            RatingLabels.Chinese(Rating.Laggard), RatingLabels.Chinese(Rating.Unrated))).Append(' ').Append(Texts.MdUnitSignalsColumn.Render(language)).Append(" |\n");
        sb.Append("|---|---:|---:|---|---:|---:|---:|---:|---|---|---|\n");
        foreach (var u in units.Append(system))
        {
            var score = u.Score is double s ? Math.Round(s, 2, MidpointRounding.AwayFromZero).ToString("0.00", inv) : string.Empty;
            var alerts = u.DescribeAlerts(language);
            // The tree's order, indented by depth (ideographic spaces, which a Markdown table keeps), with the level after the name.
            var name = string.Concat(Enumerable.Repeat(language == Language.En ? "\u00A0\u00A0" : "\u3000", u.Depth)) + u.Unit + LevelSuffix(u, language);
            sb.Append(inv, $"| {Esc(name)} | {u.Branches} | {score} | {u.Health} | {u.Ratings[Rating.Vanguard]} | {u.Ratings[Rating.Middle]} | {u.Ratings[Rating.Laggard]} | {u.Ratings[Rating.Unrated]} | {u.Forms.Form1}/{u.Forms.Form2}/{u.Forms.Form3}/{u.Forms.Form4} | {Esc(alerts)} | {Esc(u.DescribeSignals(language))} |\n");
        }

        return sb.ToString();
    }

    /// <summary>The level after a node's name: <c>（市局）</c>, <c>（党组织）</c> for a 党总支 or 党委; empty without one.</summary>
    private static string LevelSuffix(EcoAssessment.Analysis.UnitSummary u, Language language) =>
        (u.IsOrganisation ? Texts.RollupOrganisationLevel.Render(language) : u.Level) is { } level
            ? Texts.RollupLevelSuffix.Render(language, level)
            : string.Empty;

    private static string Esc(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
