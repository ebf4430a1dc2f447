using System.Globalization;
using System.Text;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Output;

/// <summary>A Markdown summary for CI step summaries and PR comments: the rating mix, then the ranked branches.</summary>
public static class ResultMarkdownWriter
{
    public static string Render(Assessment a, bool english = false)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        string L(Rating r) => english ? RatingLabels.English(r) : RatingLabels.Chinese(r);
        sb.Append(inv, $"## {a.Rules.Name} — {a.Period.Label}\n\n");
        sb.Append(english ? "| rating | branches |\n|---|---:|\n" : "| 评级 | 支部数 |\n|---|---:|\n");
        foreach (var r in new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated })
        {
            sb.Append(inv, $"| {L(r)} | {a.Results.Count(x => x.Rating == r)} |\n");
        }

        sb.Append('\n');
        sb.Append(english
            ? "| rank | branch | name | unit | score | rating | reasons |\n|---:|---|---|---|---:|---|---|\n"
            : "| 排名 | 支部编号 | 支部名称 | 单位 | 得分 | 评级 | 原因 |\n|---:|---|---|---|---:|---|---|\n");
        foreach (var r in a.Results)
        {
            sb.Append(inv, $"| {Formats.Rank(r.Rank)} | {Esc(r.BranchId)} | {Esc(r.Branch.Name)} | {Esc(r.Branch.Unit)} | {Formats.Score(r.Score)} | {L(r.Rating)} | {Esc(Formats.Reasons(r))} |\n");
        }

        return sb.ToString();
    }

    private static string Esc(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
