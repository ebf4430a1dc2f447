using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Yaml.Rules;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>A rule set read from YAML text, with the sha256 of its LF-normalised text (null for a rule set built in code).</summary>
internal sealed record LoadedRuleSet(RuleSet Rules, string Source, string? Sha256);

/// <summary>
/// Reads rule files (DESIGN.md §4) into <see cref="RuleSet"/> records. Works from the YAML node tree so every node keeps
/// its line and column; reports all shape problems at once (YAML syntax, unknown keys, missing keys, wrong kinds,
/// unknown codes) in the MSBuild form <c>file(line,col): error ECO0104: …</c>.
/// </summary>
internal static class RuleSetReader
{
    /// <summary>The name the embedded default rule set is reported under.</summary>
    public const string DefaultName = "scoring-rules/default.yaml";

    /// <summary>Reads a rule file; returns null with the problems in <paramref name="bag"/>.</summary>
    public static LoadedRuleSet? ReadFile(string path, DiagnosticBag bag) => ReadFile(path, bag, out _);

    /// <summary>
    /// Reads a rule file; <paramref name="partial"/> is what could be read even when the file has shape problems (null
    /// after a YAML syntax error or without id, name, version and rating), so that a validator can still check the rest.
    /// </summary>
    public static LoadedRuleSet? ReadFile(string path, DiagnosticBag bag, out RuleSet? partial)
    {
        partial = null;
        var text = ReadText(path, bag);
        return text is null ? null : Read(text, path, bag, out partial);
    }

    /// <summary>
    /// The text of a YAML file (a rule file or a mapping file): at most 1 MiB, UTF-8 or GB18030 as Notepad saves "ANSI";
    /// null with the problem in <paramref name="bag"/>.
    /// </summary>
    internal static string? ReadText(string path, DiagnosticBag bag)
    {
        string text;
        try
        {
            if (Directory.Exists(path))
            {
                bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), Texts.RuleFileIsFolder);
                return null;
            }

            var size = new FileInfo(path).Length;
            if (size > InputLimits.MaxRuleFileBytes)
            {
                bag.Error(DiagnosticCodes.InputTooLarge, SourceLocation.InFile(path), Texts.RuleFileTooLarge.With(size, InputLimits.MaxRuleFileBytes));
                return null;
            }

            // Within the limit whatever the file is (a pipe, a device, a file still growing).
            if (IO.Text.BoundedInput.ReadAll(path, InputLimits.MaxRuleFileBytes, bag, Texts.HostileWhatRuleFile, Texts.HostileAdviceRuleFile) is not { } bytes)
            {
                return null;
            }

            // UTF-8, or GB18030/GBK as Notepad on Chinese Windows saves "ANSI" text.
            if (IO.Text.Utf8Text.ToUtf8(bytes, path, bag) is not { } utf8)
            {
                return null;
            }

            text = Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF');
        }
        catch (FileNotFoundException)
        {
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(path), Texts.RuleFileMissing);
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(path), Texts.RuleFileMissing);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), Texts.RuleFileUnreadable.With(e.Message));
            return null;
        }

        return text;
    }

    /// <summary>The rule set shipped in the assembly (scoring-rules/default.yaml).</summary>
    public static LoadedRuleSet ReadDefault()
    {
        using var stream = typeof(RuleSetReader).Assembly.GetManifestResourceStream("EcoAssessment.scoring-rules.default.yaml")
            ?? throw new InvalidOperationException("the default rule set is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var bag = new DiagnosticBag();
        return Read(reader.ReadToEnd(), DefaultName, bag)
            ?? throw new InvalidOperationException("the embedded default rule set is invalid:\n" + string.Join("\n", bag.Items));
    }

    /// <summary>Reads rule text; <paramref name="file"/> names it in diagnostics.</summary>
    public static LoadedRuleSet? Read(string text, string file, DiagnosticBag bag) => Read(text, file, bag, out _);

    /// <summary>Reads rule text; see <see cref="ReadFile(string, DiagnosticBag, out RuleSet?)"/> for <paramref name="partial"/>.</summary>
    public static LoadedRuleSet? Read(string text, string file, DiagnosticBag bag, out RuleSet? partial)
    {
        partial = null;
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
        var document = Load(normalised, file, bag, out var empty);
        if (empty)
        {
            bag.Error(DiagnosticCodes.MissingKey, SourceLocation.At(file, 1, 1), Texts.RuleFileEmpty.With(CodeTexts.List(["id:", "name:", "version:"])));
            return null;
        }

        if (document is not YamlMappingNode root)
        {
            return null;
        }

        var before = bag.ErrorCount;
        var ctx = new YamlContext(file, bag);
        var rules = Walk(ctx, root);
        partial = rules;
        return rules is null || bag.ErrorCount > before ? null : new LoadedRuleSet(rules, file, sha);
    }

    /// <summary>
    /// Parses YAML text (line ends already normalised) within the depth and alias limits; the root mapping, or null with
    /// the problem in <paramref name="bag"/>. <paramref name="empty"/> is set, with nothing reported, when the text holds
    /// no mapping at all (the caller says what the file should hold).
    /// </summary>
    internal static YamlMappingNode? Load(string normalised, string file, DiagnosticBag bag, out bool empty)
    {
        empty = false;
        var stream = new YamlStream();
        try
        {
            if (YamlShape.DeeperThan(normalised, MaxDepth) is { } deep)
            {
                bag.Error(DiagnosticCodes.YamlSyntax, SourceLocation.At(file, (int)deep.Line, (int)deep.Column),
                    Texts.RuleTooDeep.With(MaxDepth));
                return null;
            }

            stream.Load(new StringReader(normalised));
        }
        catch (YamlException e)
        {
            // The innermost exception knows where the problem is (a tab used for indentation, an unclosed quote).
            var inner = e;
            while (inner.InnerException is YamlException deeper)
            {
                inner = deeper;
            }

            bag.Error(DiagnosticCodes.YamlSyntax, SourceLocation.At(file, (int)inner.Start.Line, (int)inner.Start.Column), Texts.RuleYamlSyntax.With(YamlProblem(inner.Message).With()));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException)
        {
            // The YAML scanner throws these for some malformed input (an unclosed flow mapping); report them located.
            var at = System.Text.RegularExpressions.Regex.Match(e.Message, @"Line: (\d+), Col: (\d+)");
            var location = at.Success
                ? SourceLocation.At(file, int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture))
                : FirstUnclosed(normalised) is { } open ? SourceLocation.At(file, open.Line, open.Column) : SourceLocation.At(file, 1, 1);
            bag.Error(DiagnosticCodes.YamlSyntax, location, Texts.RuleYamlSyntax.With(Texts.YamlProblemUnclosed.With()));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            empty = true;
            return null;
        }

        if (YamlShape.ExpandsTooFar(root) is { } far)
        {
            bag.Error(DiagnosticCodes.AliasExpansion, SourceLocation.At(file, (int)far.Node.Start.Line, (int)far.Node.Start.Column), far.Message);
            return null;
        }

        return root;
    }

    /// <summary>How deep mappings and lists may nest: the default rules need 8; the parser recurses per level.</summary>
    public const int MaxDepth = 64;

    /// <summary>How deep mappings and lists may nest: the default rules need 8; the parser recurses per level.</summary>

    /// <summary>
    /// Walks the top level of the document in the order of DESIGN.md §4 and hands each section to its reader in
    /// <c>Rules/</c>; problems are reported in that order. Null without id, name, version or rating.
    /// </summary>
    private static RuleSet? Walk(YamlContext ctx, YamlMappingNode root)
    {
        var m = new MapReader(ctx, root, Texts.RuleWhatRuleSet);
        var id = ctx.StringOrNull(m.Required("id"), "id");
        var name = ctx.StringOrNull(m.Required("name"), "name");
        var version = ctx.StringOrNull(m.Required("version"), "version");
        var periodKind = PeriodKind.Year;
        if (m.Optional("period") is { } pn && ctx.String(pn, "period") is { } ps)
        {
            periodKind = ps switch
            {
                "year" => PeriodKind.Year,
                "half" => PeriodKind.Half,
                "quarter" => PeriodKind.Quarter,
                "month" => PeriodKind.Month,
                _ => ctx.Bad(pn, Texts.RuleMustBeOneOf.With(YamlContext.Key("period"), CodeTexts.Or("year", "half", "quarter", "month")), PeriodKind.Year),
            };
        }

        var dims = new List<DimensionRule>();
        if (m.Required("dimensions") is { } dn && ctx.Sequence(dn, "dimensions") is { } ds)
        {
            var dimensions = new DimensionReader(ctx, new MeasureReader(ctx), new NormalisationReader(ctx));
            foreach (var d in ds.Children)
            {
                if (dimensions.Read(d) is { } dim)
                {
                    dims.Add(dim);
                }
            }
        }

        var weighting = new WeightingRule(WeightingMethod.Manual);
        if (m.Optional("weighting") is { } wn && ctx.Mapping(wn, "weighting") is { } wm)
        {
            weighting = new WeightingReader(ctx).Read(wm);
        }

        var aggregation = AggregationMethod.Arithmetic;
        if (m.Optional("aggregation") is { } an && ctx.String(an, "aggregation") is { } agg)
        {
            aggregation = agg switch
            {
                "arithmetic" => AggregationMethod.Arithmetic,
                "geometric" => AggregationMethod.Geometric,
                _ => ctx.Bad(an, Texts.RuleValueNotKnown.With(YamlContext.Key("aggregation"), agg, CodeTexts.Or("arithmetic", "geometric")), AggregationMethod.Arithmetic),
            };
        }

        var treatment = new TreatmentReader(ctx);
        var imputation = new ImputationRule(ImputationMethod.None, ImputationGroup.Unit);
        if (m.Optional("imputation") is { } imn && ctx.Mapping(imn, "imputation") is { } imm)
        {
            imputation = treatment.Imputation(imm);
        }

        var outliers = new OutlierRule(false, 5);
        if (m.Optional("outliers") is { } on && ctx.Mapping(on, "outliers") is { } om)
        {
            outliers = treatment.Outliers(om);
        }

        var tolerance = new ToleranceRules(false);
        if (m.Optional("tolerance") is { } tn && ctx.Mapping(tn, "tolerance") is { } tm)
        {
            tolerance = treatment.Tolerance(tm);
        }

        var conditions = new ConditionReader(ctx);
        var adjustments = new AdjustmentRules([], [], 0, 100);
        if (m.Optional("adjustments") is { } adn && ctx.Mapping(adn, "adjustments") is { } adm)
        {
            adjustments = new AdjustmentReader(ctx, conditions).Read(adm);
        }

        RatingRules? rating = null;
        if (m.Required("rating") is { } rn && ctx.Mapping(rn, "rating") is { } rm)
        {
            rating = new RatingReader(ctx, new VetoReader(ctx, conditions)).Read(rm);
        }

        RollupRules? rollup = null;
        if (m.Optional("rollup") is { } ron && ctx.Mapping(ron, "rollup") is { } rom)
        {
            rollup = new RollupReader(ctx).Read(rom);
        }

        TrendRules? trend = null;
        if (m.Optional("trend") is { } trn && ctx.Mapping(trn, "trend") is { } trm)
        {
            trend = new TrendReader(ctx).Read(trm);
        }

        var optional = new HashSet<InputTable>();
        if (m.Optional("inputs") is { } inn && ctx.Mapping(inn, "inputs") is { } inm)
        {
            var im = new MapReader(ctx, inm, "inputs");
            if (im.Optional("optional") is { } opn && ctx.Strings(opn, "inputs.optional") is { } names)
            {
                foreach (var (value, node) in names)
                {
                    if (InputCatalogue.FindTable(value) is { } t && t != InputCatalogue.Branches)
                    {
                        optional.Add(TableRules.KindOf(t));
                    }
                    else
                    {
                        ctx.Error(DiagnosticCodes.InvalidValue, node, Texts.RuleValueNotKnown.With(YamlContext.Key("inputs.optional"), value,
                            CodeTexts.Or([.. InputCatalogue.Tables.Skip(1).Select(x => x.Name)])));
                    }
                }
            }

            im.RejectUnknown();
        }

        m.RejectUnknown();
        if (id is null || name is null || version is null || rating is null)
        {
            return null;
        }

        return new RuleSet
        {
            Id = id,
            Name = name,
            Version = version,
            PeriodKind = periodKind,
            Dimensions = dims,
            Weighting = weighting,
            Aggregation = aggregation,
            Imputation = imputation,
            Outliers = outliers,
            Tolerance = tolerance,
            Adjustments = adjustments,
            Rating = rating,
            Rollup = rollup,
            Trend = trend,
            OptionalTables = optional,
            Location = SourceLocation.InFile(ctx.File),
        };
    }

    /// <summary>
    /// What a YAML parser's complaint means, in plain words in either language (its own message is English and names
    /// the parser's states, not what to change).
    /// </summary>
    internal static Entry YamlProblem(string message)
    {
        bool Has(string s) => message.Contains(s, StringComparison.OrdinalIgnoreCase);
        if (Has("cannot start any token") || Has("\t"))
        {
            return Texts.YamlProblemTab;
        }

        if (Has("duplicate key") || Has("same key"))
        {
            return Texts.YamlProblemDuplicate;
        }

        if (Has("flow") || Has("end of stream") || Has("quoted scalar") || Has("expected ','") || Has("expected ']'") || Has("expected '}'"))
        {
            return Texts.YamlProblemUnclosed;
        }

        return Has("mapping") || Has("expected key") || Has("block") || Has("indentation")
            ? Texts.YamlProblemIndent
            : Texts.YamlProblemOther;
    }

    /// <summary>Where the first [ or { that is never closed stands (outside quotes and comments), or null.</summary>
    internal static (int Line, int Column)? FirstUnclosed(string text)
    {
        var open = new Stack<(int Line, int Column)>();
        var (line, column) = (1, 0);
        char? quote = null;
        var comment = false;
        foreach (var ch in text)
        {
            column++;
            if (ch == '\n')
            {
                (line, column, comment) = (line + 1, 0, false);
                continue;
            }

            if (comment)
            {
                continue;
            }

            if (quote is { } q)
            {
                quote = ch == q ? null : quote;
                continue;
            }

            switch (ch)
            {
                case '"' or '\'':
                    quote = ch;
                    break;
                case '#':
                    comment = true;
                    break;
                case '[' or '{':
                    open.Push((line, column));
                    break;
                case ']' or '}' when open.Count > 0:
                    open.Pop();
                    break;
            }
        }

        return open.Count > 0 ? open.Reverse().First() : null;
    }

    private static string Trim(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: …) - (Line …): "; the location is printed separately.
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? message[(i + 3)..] : message;
    }
}
