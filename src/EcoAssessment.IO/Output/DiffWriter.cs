using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Json;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Output;

/// <summary>Writes a <see cref="RuleDiff"/> as Markdown (PR comments, CI step summaries), CSV or JSON.</summary>
internal static class DiffWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string Signed(decimal? d) => d is decimal x ? (x > 0 ? "+" : x < 0 ? "−" : "±") + Math.Abs(x).ToString("0.00", Inv) : string.Empty;

    /// <summary>The diff as Markdown in <paramref name="language"/>: the summary, the transition matrix, the rating changes and the largest score changes.</summary>
    public static string Markdown(RuleDiff diff, string baseName, string headName, int top = 20, Language language = Language.Zh)
    {
        var sb = new StringBuilder();
        var b = diff.Base.Rules;
        var h = diff.Head.Rules;
        sb.Append(Texts.MdDiffHeading.Render(language, baseName, headName)).Append("\n\n");
        sb.Append(Texts.MdDiffSummary.Render(language, b.Id, b.Version, h.Id, h.Version, diff.Head.Period.Label, diff.Branches.Count,
            diff.RatingChanges, diff.RankChanges, diff.ScoreChanges)).Append("\n\n");
        sb.Append("| ").Append(Texts.MdDiffCorner.Render(language)).Append(" | ").Append(string.Join(" | ", RuleDiff.Ratings.Select(RatingLabels.Chinese)))
            .Append(" | ").Append(Texts.MdDiffTotal.Render(language)).Append(" |\n");
        sb.Append("|---|").Append(string.Concat(RuleDiff.Ratings.Select(_ => "---:|"))).Append("---:|\n");
        foreach (var from in RuleDiff.Ratings)
        {
            var row = RuleDiff.Ratings.Select(to => diff.Transitions(from, to)).ToArray();
            sb.Append(Inv, $"| {RatingLabels.Chinese(from)} | ").Append(string.Join(" | ", row.Select((n, i) => RuleDiff.Ratings[i] == from || n == 0 ? n.ToString(Inv) : $"**{n}**")))
                .Append(Inv, $" | {row.Sum()} |\n");
        }

        var changed = diff.Branches.Where(c => c.RatingChanged).ToArray();
        if (changed.Length > 0)
        {
            sb.Append('\n').Append(Texts.MdDiffRatingChanges.Render(language)).Append("\n|---|---|---|---|---|---|\n");
            foreach (var c in changed)
            {
                sb.Append(Inv, $"| {c.Branch.BranchId} | {c.Branch.Name} | {c.Branch.Unit} | {Formats.Score(c.BaseScore)} → {Formats.Score(c.HeadScore)} ({Signed(c.ScoreChange)}) | ");
                sb.Append(Inv, $"{Formats.Rank(c.BaseRank)} → {Formats.Rank(c.HeadRank)} | {RatingLabels.Chinese(c.BaseRating)} → {RatingLabels.Chinese(c.HeadRating)} |\n");
            }
        }

        var moved = diff.Branches.Where(c => c.ScoreChange is decimal d && d != 0)
            .OrderByDescending(c => Math.Abs(c.ScoreChange!.Value)).ThenBy(c => c.Branch.BranchId, StringComparer.Ordinal).Take(top).ToArray();
        if (moved.Length > 0)
        {
            sb.Append('\n').Append(Texts.MdDiffLargest.Render(language, moved.Length)).Append("\n|---|---|---|---:|---|\n");
            foreach (var c in moved)
            {
                sb.Append(Inv, $"| {c.Branch.BranchId} | {c.Branch.Name} | {Formats.Score(c.BaseScore)} → {Formats.Score(c.HeadScore)} | {Signed(c.ScoreChange)} | {Formats.Rank(c.BaseRank)} → {Formats.Rank(c.HeadRank)} |\n");
            }
        }

        if (diff.ScoreChanges == 0 && diff.RankChanges == 0 && diff.RatingChanges == 0)
        {
            sb.Append('\n').Append(Texts.MdDiffNoChanges.Render(language)).Append('\n');
        }

        return sb.ToString();
    }

    public static string Csv(RuleDiff diff)
    {
        var sb = new StringBuilder("branch_id,name,unit,base_score,head_score,score_change,base_rank,head_rank,base_rating,head_rating,rating_changed\n");
        foreach (var c in diff.Branches)
        {
            string[] cells =
            [
                Formats.Text(c.Branch.BranchId), Formats.Text(c.Branch.Name), Formats.Text(c.Branch.Unit), Formats.Score(c.BaseScore), Formats.Score(c.HeadScore),
                c.ScoreChange is decimal d ? d.ToString("0.00", Inv) : string.Empty, Formats.Rank(c.BaseRank), Formats.Rank(c.HeadRank),
                RatingLabels.Chinese(c.BaseRating), RatingLabels.Chinese(c.HeadRating), c.RatingChanged ? "true" : "false",
            ];
            sb.Append(string.Join(",", cells.Select(Formats.CsvField))).Append('\n');
        }

        return sb.ToString();
    }


    public static string Json(RuleDiff diff, string baseName, string headName)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            w.WriteStartObject();
            foreach (var (key, name, a) in new[] { ("base", baseName, diff.Base), ("head", headName, diff.Head) })
            {
                w.WriteStartObject(key);
                w.WriteString("source", name);
                w.WriteString("id", a.Rules.Id);
                w.WriteString("version", a.Rules.Version);
                w.WriteEndObject();
            }

            w.WriteString("period", diff.Head.Period.Label);
            w.WriteStartObject("summary");
            w.WriteNumber("branches", diff.Branches.Count);
            w.WriteNumber("rating_changes", diff.RatingChanges);
            w.WriteNumber("rank_changes", diff.RankChanges);
            w.WriteNumber("score_changes", diff.ScoreChanges);
            w.WriteEndObject();
            w.WriteStartObject("transitions");
            foreach (var from in RuleDiff.Ratings)
            {
                w.WriteStartObject(RatingLabels.Chinese(from));
                foreach (var to in RuleDiff.Ratings)
                {
                    w.WriteNumber(RatingLabels.Chinese(to), diff.Transitions(from, to));
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteStartArray("branches");
            foreach (var c in diff.Branches)
            {
                w.WriteStartObject();
                w.WriteString("branch_id", c.Branch.BranchId);
                w.WriteString("name", c.Branch.Name);
                w.WriteString("unit", c.Branch.Unit);
                if (c.BaseScore is decimal bs) w.WriteNumber("base_score", bs); else w.WriteNull("base_score");
                if (c.HeadScore is decimal hs) w.WriteNumber("head_score", hs); else w.WriteNull("head_score");
                if (c.BaseRank is int br) w.WriteNumber("base_rank", br); else w.WriteNull("base_rank");
                if (c.HeadRank is int hr) w.WriteNumber("head_rank", hr); else w.WriteNull("head_rank");
                w.WriteString("base_rating", RatingLabels.Chinese(c.BaseRating));
                w.WriteString("head_rating", RatingLabels.Chinese(c.HeadRating));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
