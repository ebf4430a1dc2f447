using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Json;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Output;

/// <summary>Writes trend series as CSV (one row per branch, a score and rating column per period), JSON or Markdown.</summary>
internal static class TrendWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string Rating(Rating? r) => r is Rating x ? RatingLabels.Chinese(x) : string.Empty;

    /// <summary>A direction threshold as written in every output: <c>3</c>, <c>2.5</c>.</summary>
    public static string Threshold(decimal threshold) => threshold.ToString("0.##", Inv);

    /// <summary>The CSV: the threshold the direction used is a column of its own, before the direction.</summary>
    public static string Csv(IReadOnlyList<string> periods, IReadOnlyList<TrendSeries> branches, decimal threshold = Trend.DefaultDirectionThreshold)
    {
        var sb = new StringBuilder("branch_id,name,unit,");
        sb.Append(string.Join(",", periods.Select(p => $"score.{p}"))).Append(',').Append(string.Join(",", periods.Select(p => $"rating.{p}"))).Append(",direction_threshold,direction\n");
        foreach (var b in branches)
        {
            string[] cells = [Formats.Text(b.Id), Formats.Text(b.Name), Formats.Text(b.Unit), .. b.Points.Select(p => Formats.Score(p.Score)), .. b.Points.Select(p => Rating(p.Rating)), Threshold(threshold), b.Direction];
            sb.Append(string.Join(",", cells.Select(Formats.CsvField))).Append('\n');
        }

        return sb.ToString();
    }


    /// <summary>The direction of a series (declining, improving, steady) in the reader's language.</summary>
    public static string Direction(string direction, Language language) => direction switch
    {
        "declining" => Texts.TrendDirectionDown.Render(language),
        "improving" => Texts.TrendDirectionUp.Render(language),
        "steady" => Texts.TrendDirectionSteady.Render(language),
        _ => direction,
    };

    /// <summary>
    /// The trend as Markdown: each unit's score per period and direction, the rule of the direction with its threshold
    /// and, when given, where the threshold came from (<paramref name="source"/>), then the branches whose score declined.
    /// </summary>
    public static string Markdown(IReadOnlyList<string> periods, IReadOnlyList<TrendSeries> branches, IReadOnlyList<TrendSeries> units, Language language = Language.Zh,
        decimal threshold = Trend.DefaultDirectionThreshold, EcoAssessment.Catalogue.Text? source = null)
    {
        var sb = new StringBuilder();
        sb.Append(Texts.MdTrendHeading.Render(language, periods[0], periods[^1])).Append("\n\n");
        sb.Append(Texts.TrendDirectionRule.Render(language, Threshold(threshold)));
        if (source is not null)
        {
            sb.Append(Texts.TrendThresholdSource.Render(language, source.Render(language)));
        }

        sb.Append("\n\n");
        var direction = Texts.MdTrendDirection.Render(language);
        sb.Append("| ").Append(Texts.MdTrendUnit.Render(language)).Append(" | ").Append(string.Join(" | ", periods)).Append(Inv, $" | {direction} |\n|---|").Append(string.Concat(periods.Select(_ => "---:|"))).Append("---|\n");
        foreach (var u in units)
        {
            sb.Append(Inv, $"| {u.Id} | ").Append(string.Join(" | ", u.Points.Select(p => $"{Formats.Score(p.Score)} {p.Transition}".Trim()))).Append(Inv, $" | {Direction(u.Direction, language)} |\n");
        }

        var declining = branches.Where(b => b.Direction == "declining").ToArray();
        sb.Append('\n').Append(Texts.TrendDecliningBranches.Render(language, declining.Length)).Append("\n\n");
        if (declining.Length > 0)
        {
            sb.Append(Texts.MdTrendBranchHeader.Render(language)).Append(string.Join(" | ", periods)).Append(" |\n|---|---|---|").Append(string.Concat(periods.Select(_ => "---|"))).Append('\n');
            foreach (var b in declining)
            {
                sb.Append(Inv, $"| {b.Id} | {b.Name} | {b.Unit} | ").Append(string.Join(" | ", b.Points.Select(p => $"{Formats.Score(p.Score)} {Rating(p.Rating)}".Trim()))).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The JSON: <c>direction_threshold</c> (points) names the threshold every <c>direction</c> used; with
    /// <paramref name="warnings"/> (periods that end before their year does) an <c>early_warnings</c> array, each with its period.
    /// </summary>
    public static string Json(IReadOnlyList<string> periods, IReadOnlyList<TrendSeries> branches, IReadOnlyList<TrendSeries> units, decimal threshold = Trend.DefaultDirectionThreshold,
        IReadOnlyList<(string? Period, EarlyWarning Warning)>? warnings = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("periods");
            foreach (var p in periods) w.WriteStringValue(p);
            w.WriteEndArray();
            w.WriteNumber("direction_threshold", threshold);
            foreach (var (name, list, isUnit) in new[] { ("branches", branches, false), ("units", units, true) })
            {
                w.WriteStartArray(name);
                foreach (var s in list)
                {
                    w.WriteStartObject();
                    w.WriteString(isUnit ? "unit" : "branch_id", s.Id);
                    if (!isUnit)
                    {
                        w.WriteString("name", s.Name);
                        w.WriteString("unit", s.Unit);
                    }

                    w.WriteString("direction", s.Direction);
                    w.WriteStartArray("series");
                    foreach (var p in s.Points)
                    {
                        w.WriteStartObject();
                        w.WriteString("period", p.Period);
                        if (p.Score is decimal d) w.WriteNumber("score", d); else w.WriteNull("score");
                        if (isUnit)
                        {
                            if (p.Transition is { } h) w.WriteString("health", h); else w.WriteNull("health");
                        }
                        else
                        {
                            if (p.Rating is Rating r) w.WriteString("rating", RatingLabels.Chinese(r)); else w.WriteNull("rating");
                            if (p.Transition is { } t) w.WriteString("transition", t); else w.WriteNull("transition");
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (warnings is not null)
            {
                w.WriteStartArray("early_warnings");
                foreach (var (period, x) in warnings)
                {
                    ResultJsonWriter.WriteEarlyWarning(w, x, period);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
