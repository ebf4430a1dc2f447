using System.Reflection;
using System.Text.Json;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Json;

/// <summary>What the JSON metadata records about a run: the rule set and the input files with their hashes.</summary>
internal sealed record RunMetadata(LoadedRuleSet Rules, IReadOnlyList<InputFile> Inputs, string? DatasetRoot = null)
{
    /// <summary>The language of the sentences (<c>reasons</c>); the codes are the same in every language.</summary>
    public Language Language { get; init; } = Language.Zh;

    /// <summary>The pre-flight report of the data the ratings rest on (the JSON result's <c>checks</c>); null to leave it out.</summary>
    public Checks.CheckReport? Checks { get; init; }
}

/// <summary>
/// Writes the JSON result (DESIGN.md §6): <c>metadata</c> (engine version without git hash, rule set id/version/sha256,
/// each input file's sha256 under its path relative to the dataset), and <c>branches</c> with the CSV's fields, the
/// unrounded score and the full trace. Deterministic: no clock, no machine names, invariant formatting.
/// </summary>
internal static class ResultJsonWriter
{
    /// <summary>"EcoAssessment 0.1.0": the assembly's informational version (the build never appends a git hash).</summary>
    public static string EngineVersion { get; } =
        "EcoAssessment " + (typeof(Plan).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    /// <summary>The writer's buffer is written to the stream whenever it holds this much.</summary>
    private const int FlushBytes = 1 << 20;

    public static void Write(Assessment a, RunMetadata meta, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions);
        w.WriteStartObject();
        w.WriteStartObject("metadata");
        WriteEngineAndRules(w, a, meta);
        WritePeriod(w, a);
        w.WriteStartArray("inputs");
        foreach (var f in meta.Inputs.OrderBy(f => Relative(f.Path, meta.DatasetRoot), StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("file", Relative(f.Path, meta.DatasetRoot));
            w.WriteString("table", f.Table);
            w.WriteString("sha256", f.Sha256);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("branch_count", a.Results.Count);
        if (a.Previous is { } previous)
        {
            w.WriteStartObject("previous");
            if (previous.PeriodLabel is { } pl) w.WriteString("period", pl); else w.WriteNull("period");
            w.WriteStartArray("removed_branches");
            foreach (var id in a.Removed) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        if (meta.Checks is { } checks)
        {
            w.WritePropertyName("checks");
            Checks.CheckWriter.Json(checks, w, meta.Language);
        }

        w.WriteStartArray("branches");
        foreach (var r in a.Results)
        {
            WriteBranch(w, a, r, meta.Language);

            // Stream the branches out instead of holding the whole document (1.4 GB for 100,000 branches) in the writer.
            if (w.BytesPending >= FlushBytes)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        var (units, system) = Rollup.Compute(a);
        w.WriteStartArray("units");
        foreach (var u in units)
        {
            WriteUnit(w, u, u.IsOrganisation ? "organisation" : "unit");
        }

        w.WriteEndArray();
        w.WritePropertyName("system");
        WriteUnit(w, system, "system");
        if (Rules.AnnualWindows.EndsBeforeYear(a.Period))
        {
            // 预警, for a period that ends before the year does (a year has none to give).
            WriteEarlyWarnings(w, EarlyWarnings.Of(a, meta.Language));
        }

        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>The <c>early_warnings</c> array: branch, kind, risk, what would prevent it and by when.</summary>
    internal static void WriteEarlyWarnings(Utf8JsonWriter w, IReadOnlyList<EarlyWarning> warnings)
    {
        w.WriteStartArray("early_warnings");
        foreach (var x in warnings)
        {
            WriteEarlyWarning(w, x, period: null);
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// One early warning as an object, the same fields in evaluate's and trend's JSON: its <c>period</c> first when it
    /// has one (trend), then branch, kind, risk, what would prevent it and by when.
    /// </summary>
    internal static void WriteEarlyWarning(Utf8JsonWriter w, EarlyWarning x, string? period)
    {
        w.WriteStartObject();
        if (period is not null)
        {
            w.WriteString("period", period);
        }

        w.WriteString("branch_id", x.BranchId);
        w.WriteString("name", x.Name);
        w.WriteString("unit", x.Unit);
        w.WriteString("kind", EarlyWarningText.KindCode(x.Kind));
        w.WriteString("risk", x.Risk);
        w.WriteString("prevent", x.Prevent);
        w.WriteString("by", x.By.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    /// <summary>
    /// A node of the roll-up: <c>unit</c> (its name) and the summary as always, with its place in the tree: <c>id</c>,
    /// <c>parent</c> (the id above, null at the top), <c>level</c> (厅, 市局, 分局 as the units table gives it), <c>order</c>,
    /// <c>depth</c> and <c>kind</c> (unit, organisation for a 党总支 or 党委, system).
    /// </summary>
    private static void WriteUnit(Utf8JsonWriter w, UnitSummary u, string kind)
    {
        w.WriteStartObject();
        w.WriteString("unit", u.Unit);
        w.WriteString("id", u.Id);
        if (u.Parent is { } parent) w.WriteString("parent", parent); else w.WriteNull("parent");
        if (u.Level is { } level) w.WriteString("level", level); else w.WriteNull("level");
        if (u.Order is int order) w.WriteNumber("order", order); else w.WriteNull("order");
        w.WriteNumber("depth", u.Depth);
        w.WriteString("kind", kind);
        if (u.Score is double s) w.WriteNumber("score", Math.Round(s, 2, MidpointRounding.AwayFromZero)); else w.WriteNull("score");
        Num(w, "score_unrounded", u.Score);
        if (u.Health is { } h) w.WriteString("health", h); else w.WriteNull("health");
        w.WriteNumber("branches", u.Branches);
        w.WriteNumber("rated", u.Rated);
        Num(w, "members", u.Members);
        w.WriteStartObject("ratings");
        foreach (var (rating, n) in u.Ratings)
        {
            w.WriteNumber(RatingLabels.Chinese(rating), n);
        }

        w.WriteEndObject();
        w.WriteStartObject("forms");
        w.WriteNumber("1", u.Forms.Form1);
        w.WriteNumber("2", u.Forms.Form2);
        w.WriteNumber("3", u.Forms.Form3);
        w.WriteNumber("4", u.Forms.Form4);
        Num(w, "form1_share", u.Forms.Form1Share);
        w.WriteEndObject();
        w.WriteStartObject("responsibility");
        foreach (var (role, n) in u.Responsibility)
        {
            w.WriteNumber(InputCatalogue.Responsibilities.CodeOf((int)role), n);
        }

        w.WriteEndObject();
        w.WriteStartArray("red_lines");
        foreach (var x in u.RedLines) w.WriteStringValue(x);
        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var x in u.Warnings) w.WriteStringValue(x);
        w.WriteEndArray();
        w.WriteStartArray("signals");
        foreach (var x in u.Signals) w.WriteStringValue(x);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One branch's result and trace, with the metadata: the JSON of <c>eco explain --format json</c>.</summary>
    public static void WriteBranch(Assessment a, BranchResult r, RunMetadata meta, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, JsonOutput.WriterOptions);
        w.WriteStartObject();
        w.WriteStartObject("metadata");
        WriteEngineAndRules(w, a, meta);
        WritePeriod(w, a);
        w.WriteNumber("rated_branches", a.Results.Count(x => x.Rating != Rating.Unrated));
        if (a.Previous is { } previous)
        {
            w.WriteStartObject("previous");
            if (previous.PeriodLabel is { } pl) w.WriteString("period", pl); else w.WriteNull("period");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WritePropertyName("branch");
        WriteBranch(w, a, r, meta.Language);
        w.WriteEndObject();
        w.Flush();
    }

    private static void WritePeriod(Utf8JsonWriter w, Assessment a)
    {
        w.WriteStartObject("period");
        w.WriteString("label", a.Period.Label);
        w.WriteString("start", a.Period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("end", a.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    private static void WriteEngineAndRules(Utf8JsonWriter w, Assessment a, RunMetadata meta)
    {
        w.WriteString("engine", EngineVersion);
        w.WriteStartObject("rules");
        w.WriteString("id", a.Rules.Id);
        w.WriteString("name", a.Rules.Name);
        w.WriteString("version", a.Rules.Version);
        w.WriteString("source", Path.GetFileName(meta.Rules.Source));
        w.WriteString("sha256", meta.Rules.Sha256);
        w.WriteEndObject();
    }

    private static string Relative(string path, string? root)
    {
        var p = root is null ? path : Path.GetRelativePath(root, path);
        return p.Replace('\\', '/');
    }

    private static void Num(Utf8JsonWriter w, string name, double? v)
    {
        if (v is double d && double.IsFinite(d))
        {
            w.WriteNumber(name, d);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteBranch(Utf8JsonWriter w, Assessment a, BranchResult r, Language language)
    {
        w.WriteStartObject();
        w.WriteString("period", a.Period.Label);
        w.WriteString("branch_id", r.BranchId);
        w.WriteString("name", r.Branch.Name);
        w.WriteString("unit", r.Branch.Unit);
        if (r.Score is decimal s) w.WriteNumber("score", s); else w.WriteNull("score");
        if (r.Rank is int rank) w.WriteNumber("rank", rank); else w.WriteNull("rank");
        w.WriteString("rating", RatingLabels.Chinese(r.Rating));
        if (r.Grade is { } grade) w.WriteString("grade", grade); else w.WriteNull("grade");
        w.WriteStartArray("reasons");
        foreach (var x in r.Reasons) w.WriteStringValue(ReasonText.Render(x, a.Rules, language));
        w.WriteEndArray();
        Num(w, "coverage", r.Coverage);
        Num(w, "deductions", r.Deductions);
        w.WriteStartArray("vetoes");
        foreach (var x in r.Vetoes) w.WriteStringValue(x);
        w.WriteEndArray();
        if (r.PreviousRating is Rating prev) w.WriteString("previous_rating", RatingLabels.Chinese(prev)); else w.WriteNull("previous_rating");
        if (r.Transition is { } transition) w.WriteString("transition", transition); else w.WriteNull("transition");
        if (r.Rectification is bool rect) w.WriteBoolean("rectification", rect); else w.WriteNull("rectification");
        w.WriteStartArray("reason_codes");
        foreach (var x in r.Reasons) w.WriteStringValue(x);
        w.WriteEndArray();
        // Each trace list is built once here (a result of Plan.Run builds its traces each time they are read).
        var dimensions = r.Dimensions;
        var indicators = r.Indicators;
        w.WriteStartObject("dimensions");
        foreach (var d in dimensions) Num(w, d.Id, d.Score);
        w.WriteEndObject();
        w.WriteStartObject("indicators");
        foreach (var i in indicators) Num(w, i.Id, i.Normalised);
        w.WriteEndObject();
        Num(w, "score_unrounded", r.ScoreUnrounded);
        w.WriteStartObject("trace");
        WriteTrace(w, a, r, dimensions, indicators);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTrace(Utf8JsonWriter w, Assessment a, BranchResult r, IReadOnlyList<DimensionTrace> dimensions, IReadOnlyList<IndicatorTrace> indicators)
    {
        w.WriteStartArray("indicators");
        foreach (var i in indicators)
        {
            w.WriteStartObject();
            w.WriteString("id", i.Id);
            w.WriteString("name", i.Name);
            w.WriteString("dimension", i.Dimension);
            Num(w, "raw", i.Raw);
            w.WriteString("detail", i.Detail);
            Num(w, "normalised", i.Normalised);
            Num(w, "declared_share", i.DeclaredShare);
            Num(w, "weight_in_dimension", i.WeightInDimension);
            Num(w, "contribution", i.Contribution);
            if (i.Imputed) w.WriteBoolean("imputed", true);
            if (i.Treated) w.WriteBoolean("treated", true);
            w.WriteString("rule", Formats.RuleRef(i.Rule));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("dimensions");
        foreach (var d in dimensions)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("name", d.Name);
            Num(w, "score", d.Score);
            Num(w, "weight", d.Weight);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Num(w, "aggregate", r.Aggregate);
        w.WriteStartArray("adjustments");
        foreach (var x in r.Adjustments)
        {
            w.WriteStartObject();
            w.WriteString("id", x.Id);
            w.WriteString("name", x.Name);
            w.WriteString("kind", x.IsDeduction ? "deduction" : "bonus");
            w.WriteNumber("matches", x.Matches);
            w.WriteNumber("points", x.Points);
            w.WriteString("trace", x.Trace);
            w.WriteString("rule", Formats.RuleRef(x.Rule));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (r.ThresholdRating is Rating t) w.WriteString("threshold_rating", RatingLabels.Chinese(t)); else w.WriteNull("threshold_rating");
        w.WriteStartArray("vetoes");
        foreach (var v in r.VetoTraces)
        {
            w.WriteStartObject();
            w.WriteString("id", v.Id);
            w.WriteString("name", v.Name);
            w.WriteBoolean("fired", v.Fired);
            if (v.NotYetDueBy is DateOnly due)
            {
                // 未到期: not fired only because the annual item is due later in the year.
                w.WriteString("not_yet_due_by", due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            w.WriteString("effect", v.Effect == VetoEffect.Force ? "force" : "cap");
            w.WriteString("tier", RatingLabels.Chinese(v.Tier));
            w.WriteBoolean("changed_rating", v.Changed);
            w.WriteString("trace", v.Trace);
            w.WriteString("rule", Formats.RuleRef(v.Rule));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (r.Dynamic is { } dyn) w.WriteString("dynamic", dyn); else w.WriteNull("dynamic");
        if (r.Quota is { } q) w.WriteString("quota", q); else w.WriteNull("quota");
        w.WriteString("thresholds_rule", Formats.RuleRef(a.Rules.Rating.Thresholds.Location));
        w.WriteString("quota_rule", Formats.RuleRef(a.Rules.Rating.Location));
    }
}
