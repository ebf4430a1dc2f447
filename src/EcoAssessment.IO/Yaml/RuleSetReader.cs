using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml;

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
        string text;
        try
        {
            if (Directory.Exists(path))
            {
                bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), "is a folder; give rule files (.yaml)");
                return null;
            }

            var size = new FileInfo(path).Length;
            if (size > InputLimits.MaxRuleFileBytes)
            {
                bag.Error(DiagnosticCodes.InputTooLarge, SourceLocation.InFile(path), string.Create(CultureInfo.InvariantCulture,
                    $"the rule file has {size:N0} bytes, more than the {InputLimits.MaxRuleFileBytes:N0} a rule file may have; is it a rule file?"));
                return null;
            }

            // UTF-8, or GB18030/GBK as Notepad on Chinese Windows saves "ANSI" text.
            text = Encoding.UTF8.GetString(Csv.CsvDatasetReader.ToUtf8(File.ReadAllBytes(path))).TrimStart('\uFEFF');
        }
        catch (FileNotFoundException)
        {
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(path), "the rule file does not exist; check the path");
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(path), "the rule file does not exist; check the path");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), $"the rule file cannot be read: {e.Message}");
            return null;
        }

        return Read(text, path, bag, out partial);
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
        var stream = new YamlStream();
        try
        {
            if (DeeperThan(normalised, MaxDepth) is { } deep)
            {
                bag.Error(DiagnosticCodes.YamlSyntax, SourceLocation.At(file, (int)deep.Line, (int)deep.Column),
                    $"the rule file nests deeper than {MaxDepth} levels here; no rule needs that many — simplify the condition");
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

            bag.Error(DiagnosticCodes.YamlSyntax, SourceLocation.At(file, (int)inner.Start.Line, (int)inner.Start.Column), $"YAML syntax: {Trim(inner.Message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException)
        {
            // The YAML scanner throws these for some malformed input (an unclosed flow mapping); report them located.
            var at = System.Text.RegularExpressions.Regex.Match(e.Message, @"Line: (\d+), Col: (\d+)");
            var location = at.Success
                ? SourceLocation.At(file, int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture))
                : SourceLocation.At(file, 1, 1);
            bag.Error(DiagnosticCodes.YamlSyntax, location, $"YAML syntax: {Trim(e.Message)}; check that every {{ and [ is closed");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            bag.Error(DiagnosticCodes.MissingKey, SourceLocation.At(file, 1, 1), "the rule file is empty or not a mapping; start with id:, name:, version:");
            return null;
        }

        if (ExpandsTooFar(root) is { } far)
        {
            bag.Error(DiagnosticCodes.AliasExpansion, SourceLocation.At(file, (int)far.Node.Start.Line, (int)far.Node.Start.Column), far.Message);
            return null;
        }

        var before = bag.ErrorCount;
        var ctx = new YamlContext(file, bag);
        var rules = new Parser(ctx).RuleSet(root);
        partial = rules;
        return rules is null || bag.ErrorCount > before ? null : new LoadedRuleSet(rules, file, sha);
    }

    /// <summary>How deep mappings and lists may nest: the default rules need 8; the parser recurses per level.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Aliases (<c>*name</c>) make the loaded tree share the anchored node, so a few lines can stand for billions of
    /// nodes ("billion laughs") or for nesting far deeper than the text shows, and the parser walks every one. Sizes and
    /// depths are counted once per shared node, bottom-up without recursion; the first node (in that order) whose
    /// expansion is too large or too deep is reported, which is where the aliases multiply.
    /// </summary>
    private static (YamlNode Node, string Message)? ExpandsTooFar(YamlNode root)
    {
        var size = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        var depth = new Dictionary<YamlNode, int>(ReferenceEqualityComparer.Instance);
        var open = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(YamlNode Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (size.ContainsKey(node))
            {
                continue;
            }

            var children = Children(node);
            if (!childrenDone)
            {
                open.Add(node);
                stack.Push((node, true));
                foreach (var c in children)
                {
                    if (open.Contains(c))
                    {
                        return (c, "an alias here refers to a node that contains it; a rule file cannot be recursive");
                    }

                    if (!size.ContainsKey(c))
                    {
                        stack.Push((c, false));
                    }
                }

                continue;
            }

            open.Remove(node);
            long s = 1;
            var d = 0;
            foreach (var c in children)
            {
                s = Math.Min(s + size[c], long.MaxValue / 2);
                d = Math.Max(d, depth[c]);
            }

            if (s > IO.InputLimits.MaxRuleNodes || d + 1 > MaxDepth)
            {
                return (node, s > IO.InputLimits.MaxRuleNodes
                    ? string.Create(CultureInfo.InvariantCulture, $"the aliases (*name) used here expand to {(s >= long.MaxValue / 2 ? "billions of" : s.ToString("N0", CultureInfo.InvariantCulture))} nodes, more than the {IO.InputLimits.MaxRuleNodes:N0} a rule file may have; write the values out or use fewer aliases")
                    : string.Create(CultureInfo.InvariantCulture, $"the aliases (*name) used here nest deeper than {MaxDepth} levels once expanded; write the values out or use fewer aliases"));
            }

            size[node] = s;
            depth[node] = d + 1;
        }

        return null;
    }

    private static IEnumerable<YamlNode> Children(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.SelectMany(kv => new[] { kv.Key, kv.Value }),
        YamlSequenceNode q => q.Children,
        _ => [],
    };

    /// <summary>The position where nesting first exceeds <paramref name="max"/>, found with the event parser (no recursion).</summary>
    private static Mark? DeeperThan(string text, int max)
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > max)
                    {
                        return parser.Current.Start;
                    }

                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    private static string Trim(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: …) - (Line …): "; the location is printed separately.
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? message[(i + 3)..] : message;
    }

    private sealed class Parser(YamlContext ctx)
    {
        public RuleSet? RuleSet(YamlMappingNode root)
        {
            var m = new MapReader(ctx, root, "the rule set");
            var id = Str(m.Required("id"), "id");
            var name = Str(m.Required("name"), "name");
            var version = Str(m.Required("version"), "version");
            var periodKind = PeriodKind.Year;
            if (m.Optional("period") is { } pn && ctx.String(pn, "period") is { } ps)
            {
                periodKind = ps switch
                {
                    "year" => PeriodKind.Year,
                    "half" => PeriodKind.Half,
                    "quarter" => PeriodKind.Quarter,
                    "month" => PeriodKind.Month,
                    _ => Bad(pn, "period must be year, half, quarter or month", PeriodKind.Year),
                };
            }

            var dims = new List<DimensionRule>();
            if (m.Required("dimensions") is { } dn && ctx.Sequence(dn, "dimensions") is { } ds)
            {
                foreach (var d in ds.Children)
                {
                    if (Dimension(d) is { } dim)
                    {
                        dims.Add(dim);
                    }
                }
            }

            var weighting = new WeightingRule(WeightingMethod.Manual);
            if (m.Optional("weighting") is { } wn && ctx.Mapping(wn, "weighting") is { } wm)
            {
                var wr = new MapReader(ctx, wm, "weighting");
                var method = wr.Required("method") is { } mn ? WeightMethod(mn) : WeightingMethod.Manual;
                LevelWeighting? dimensionsLevel = null;
                if (wr.Optional("dimensions") is { } dln && ctx.Mapping(dln, "weighting.dimensions") is { } dlm)
                {
                    dimensionsLevel = Level(dlm, "weighting.dimensions");
                }

                var levels = new Dictionary<string, LevelWeighting>(StringComparer.Ordinal);
                if (wr.Optional("indicators") is { } iln && ctx.Mapping(iln, "weighting.indicators") is { } ilm)
                {
                    foreach (var (k, v) in ilm.Children)
                    {
                        if (ctx.String(k, "dimension id") is { } dimension && ctx.Mapping(v, $"weighting.indicators.{dimension}") is { } lm)
                        {
                            levels[dimension] = Level(lm, $"weighting.indicators.{dimension}") with { Location = ctx.At(k) };
                        }
                    }
                }

                var alpha = wr.Optional("alpha") is { } an2 ? ctx.Number(an2, "alpha") ?? 0.5 : 0.5;
                wr.RejectUnknown();
                weighting = new WeightingRule(method, ctx.At(wm)) { Dimensions = dimensionsLevel, Indicators = levels, Alpha = alpha };
            }

            var aggregation = AggregationMethod.Arithmetic;
            if (m.Optional("aggregation") is { } an && ctx.String(an, "aggregation") is { } agg)
            {
                aggregation = agg switch
                {
                    "arithmetic" => AggregationMethod.Arithmetic,
                    "geometric" => AggregationMethod.Geometric,
                    _ => Bad(an, $"aggregation '{agg}' is not known; use arithmetic or geometric", AggregationMethod.Arithmetic),
                };
            }

            var imputation = new ImputationRule(ImputationMethod.None, ImputationGroup.Unit);
            if (m.Optional("imputation") is { } imn && ctx.Mapping(imn, "imputation") is { } imm)
            {
                var im = new MapReader(ctx, imm, "imputation");
                var method = im.Required("method") is { } methodNode && ctx.String(methodNode, "imputation method") is { } mt
                    ? mt switch
                    {
                        "none" => ImputationMethod.None,
                        "mean" => ImputationMethod.Mean,
                        "group_mean" => ImputationMethod.GroupMean,
                        _ => Bad(methodNode, $"imputation method '{mt}' must be none, mean or group_mean", ImputationMethod.None),
                    }
                    : ImputationMethod.None;
                var by = im.Optional("by") is { } byNode && ctx.String(byNode, "by") is { } bt
                    ? bt switch
                    {
                        "unit" => ImputationGroup.Unit,
                        "type" => ImputationGroup.Type,
                        _ => Bad(byNode, $"imputation by '{bt}' must be unit or type", ImputationGroup.Unit),
                    }
                    : ImputationGroup.Unit;
                im.RejectUnknown();
                imputation = new ImputationRule(method, by, ctx.At(imm));
            }

            var outliers = new OutlierRule(false, 5);
            if (m.Optional("outliers") is { } on && ctx.Mapping(on, "outliers") is { } om)
            {
                var orr = new MapReader(ctx, om, "outliers");
                var winsorise = orr.Required("method") is { } omn && ctx.String(omn, "outliers method") is { } ot
                    && (ot == "winsorise" || (ot != "none" && Bad(omn, $"outliers method '{ot}' must be none or winsorise", false)));
                var maxPoints = orr.Optional("max_points") is { } mp ? ctx.Integer(mp, "max_points") ?? 5 : 5;
                if (maxPoints < 0)
                {
                    ctx.Error(DiagnosticCodes.InvalidNumber, om, "max_points must be 0 or more");
                }

                orr.RejectUnknown();
                outliers = new OutlierRule(winsorise, maxPoints, ctx.At(om));
            }

            var adjustments = new AdjustmentRules([], [], 0, 100);
            if (m.Optional("adjustments") is { } adn && ctx.Mapping(adn, "adjustments") is { } adm)
            {
                adjustments = Adjustments(adm);
            }

            RatingRules? rating = null;
            if (m.Required("rating") is { } rn && ctx.Mapping(rn, "rating") is { } rm)
            {
                rating = Rating(rm);
            }

            RollupRules? rollup = null;
            if (m.Optional("rollup") is { } ron && ctx.Mapping(ron, "rollup") is { } rom)
            {
                rollup = Rollup(rom);
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
                Adjustments = adjustments,
                Rating = rating,
                Rollup = rollup,
                Location = SourceLocation.InFile(ctx.File),
            };
        }

        /// <summary>A key that may be written in Chinese or English, but not both.</summary>
        private YamlNode? Either(MapReader m, string chinese, string english, YamlNode where)
        {
            var a = m.Optional(chinese);
            var b = m.Optional(english);
            if (a is not null && b is not null)
            {
                ctx.Error(DiagnosticCodes.InvalidValue, where, $"give {chinese} or {english}, not both: they are the same key");
            }

            return a ?? b;
        }

        private WeightingMethod WeightMethod(YamlNode node) => ctx.String(node, "weighting method") switch
        {
            "manual" => WeightingMethod.Manual,
            "equal" => WeightingMethod.Equal,
            "ahp" => WeightingMethod.Ahp,
            "entropy" => WeightingMethod.Entropy,
            "critic" => WeightingMethod.Critic,
            "combined" => WeightingMethod.Combined,
            null => WeightingMethod.Manual,
            var other => Bad(node, $"weighting method '{other}' is not known; use manual, equal, ahp, entropy, critic or combined", WeightingMethod.Manual),
        };

        /// <summary>One level's weighting: method, AHP matrix (numbers or fractions such as 1/3), allow_inconsistent.</summary>
        private LevelWeighting Level(YamlMappingNode map, string what)
        {
            var m = new MapReader(ctx, map, what);
            var method = m.Required("method") is { } mn ? WeightMethod(mn) : WeightingMethod.Manual;
            double[,]? matrix = null;
            if (m.Optional("matrix") is { } xn && ctx.Sequence(xn, "matrix") is { } rows)
            {
                var n = rows.Children.Count;
                matrix = new double[n, n];
                for (var i = 0; i < n; i++)
                {
                    if (ctx.Sequence(rows.Children[i], "a matrix row") is not { } row || row.Children.Count != n)
                    {
                        ctx.Error(DiagnosticCodes.InvalidValue, rows.Children[i], $"each matrix row needs {n} cells (the matrix is square)");
                        matrix = null;
                        break;
                    }

                    for (var j = 0; j < n; j++)
                    {
                        var text = (row.Children[j] as YamlScalarNode)?.Value ?? string.Empty;
                        var slash = text.IndexOf('/', StringComparison.Ordinal);
                        if (slash > 0 && double.TryParse(text[..slash], NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                            && double.TryParse(text[(slash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && b != 0)
                        {
                            matrix[i, j] = a / b;
                        }
                        else if (ctx.Number(row.Children[j], "a matrix cell") is double v)
                        {
                            matrix[i, j] = v;
                        }
                    }

                    if (matrix is null)
                    {
                        break;
                    }
                }
            }

            var allow = m.Optional("allow_inconsistent") is { } al && ctx.Bool(al, "allow_inconsistent") == true;
            m.RejectUnknown();
            return new LevelWeighting(method, matrix, allow, ctx.At(map));
        }

        private SourceLocation? WeightAt(MapReader m) => m.Optional("weight") is { } w ? ctx.At(w) : null;

        private T Bad<T>(YamlNode node, string message, T fallback)
        {
            ctx.Error(DiagnosticCodes.InvalidValue, node, message);
            return fallback;
        }

        private string? Str(YamlNode? node, string what) => node is null ? null : ctx.String(node, what);

        private DimensionRule? Dimension(YamlNode node)
        {
            if (ctx.Mapping(node, "a dimension") is not { } map)
            {
                return null;
            }

            var m = new MapReader(ctx, map, "a dimension");
            var id = Str(m.Required("id"), "dimension id");
            var name = Str(m.Optional("name"), "dimension name") ?? id;
            var weight = m.Optional("weight") is { } wn ? ctx.Number(wn, "weight") : 1.0;
            var inds = new List<IndicatorRule>();
            if (m.Required("indicators") is { } inn && ctx.Sequence(inn, "indicators") is { } seq)
            {
                foreach (var i in seq.Children)
                {
                    if (Indicator(i) is { } ind)
                    {
                        inds.Add(ind);
                    }
                }
            }

            m.RejectUnknown();
            return id is null || weight is null ? null : new DimensionRule(id, name!, weight.Value, inds, ctx.At(map)) { WeightLocation = WeightAt(m) };
        }

        private IndicatorRule? Indicator(YamlNode node)
        {
            if (ctx.Mapping(node, "an indicator") is not { } map)
            {
                return null;
            }

            var m = new MapReader(ctx, map, "an indicator");
            var id = Str(m.Required("id"), "indicator id");
            var name = Str(m.Optional("name"), "indicator name") ?? id;
            var measure = m.Required("measure") is { } mn ? Measure(mn) : null;
            var direction = Direction.Higher;
            if (m.Optional("direction") is { } dn && ctx.String(dn, "direction") is { } dir)
            {
                direction = dir switch
                {
                    "higher" => Direction.Higher,
                    "lower" => Direction.Lower,
                    _ => Bad(dn, $"direction '{dir}' must be higher or lower", Direction.Higher),
                };
            }

            var norm = m.Required("normalise") is { } nn ? Normalisation(nn) : null;
            var weight = m.Optional("weight") is { } wn ? ctx.Number(wn, "weight") : 1.0;
            m.RejectUnknown();
            if (id is null || measure is null || norm is null || weight is null)
            {
                return null;
            }

            return new IndicatorRule(id, name!, measure, direction, norm, weight.Value, ctx.At(map)) { WeightLocation = WeightAt(m) };
        }

        private Measure? Measure(YamlNode node)
        {
            if (ctx.Mapping(node, "measure") is not { } map)
            {
                return null;
            }

            var m = new MapReader(ctx, map, "measure");
            var kindNode = m.Required("kind");
            var kind = Str(kindNode, "measure kind");
            Measure? result = null;
            switch (kind)
            {
                case null:
                    return null; // without a kind the other keys cannot be judged: reporting them as unknown would mislead
                case "meeting_completion":
                {
                    var types = m.Required("types") is { } tn ? Codes<MeetingType>(tn, InputCatalogue.MeetingTypes, "types") : null;
                    var expected = new Dictionary<MeetingType, double>();
                    if (m.Optional("expected") is { } en && ctx.Mapping(en, "expected") is { } em)
                    {
                        foreach (var (k, v) in em.Children)
                        {
                            if (ctx.String(k, "meeting type") is { } code && InputCatalogue.MeetingTypes.TryParse(code, out var idx))
                            {
                                if (ctx.Number(v, "expected per year") is double d)
                                {
                                    expected[(MeetingType)idx] = d;
                                }
                            }
                            else
                            {
                                ctx.Error(DiagnosticCodes.UnknownCode, k, $"unknown meeting type; use one of {InputCatalogue.MeetingTypes.Describe()}");
                            }
                        }
                    }

                    result = types is null ? null : new MeetingCompletionMeasure(types, expected);
                    break;
                }

                case "theme_day_coverage":
                    result = new ThemeDayCoverageMeasure();
                    break;
                case "attendance":
                {
                    var types = m.Optional("types") is { } tn ? Codes<MeetingType>(tn, InputCatalogue.MeetingTypes, "types") : [];
                    result = types is null ? null : new AttendanceMeasure(types);
                    break;
                }

                case "annual_review":
                {
                    var types = m.Optional("types") is { } tn ? Codes<MeetingType>(tn, InputCatalogue.MeetingTypes, "types") : [MeetingType.OrgLifeReview, MeetingType.MemberReview];
                    result = types is null ? null : new AnnualReviewMeasure(types);
                    break;
                }

                case "finding_severity":
                {
                    var per = m.Optional("per_members") is { } pn ? ctx.Number(pn, "per_members") : 10;
                    var weights = new Dictionary<int, double> { [1] = 1, [2] = 3, [3] = 6, [4] = 10 };
                    if (m.Optional("form_weights") is { } fw && ctx.Mapping(fw, "form_weights") is { } fm)
                    {
                        weights.Clear();
                        foreach (var (k, v) in fm.Children)
                        {
                            if (ctx.Integer(k, "form") is int f && ctx.Number(v, "form weight") is double w)
                            {
                                weights[f] = w;
                            }
                        }
                    }

                    result = per is null ? null : new FindingSeverityMeasure(per.Value, weights);
                    break;
                }

                case "finding_count":
                {
                    var per = m.Optional("per_members") is { } pn ? ctx.Number(pn, "per_members") : 10;
                    var cats = m.Required("categories") is { } cn ? Codes<FindingCategory>(cn, InputCatalogue.FindingCategories, "categories") : null;
                    result = per is null || cats is null ? null : new FindingCountMeasure(cats, per.Value);
                    break;
                }

                case "rectification_on_time":
                    result = new RectificationOnTimeMeasure();
                    break;
                case "assessment_ratio":
                {
                    var items = m.Required("items") is { } itn ? ctx.Strings(itn, "items") : null;
                    result = items is null ? null : new AssessmentRatioMeasure(items.Select(x => x.Value).ToArray());
                    break;
                }

                case "value":
                    result = new ValueMeasure(Str(m.Optional("column"), "column"));
                    break;
                case "study_compliance":
                {
                    var hours = m.Optional("hours") is { } hn ? ctx.Number(hn, "hours") : null;
                    var points = m.Optional("points") is { } pn ? ctx.Number(pn, "points") : null;
                    if (hours is null && points is null)
                    {
                        ctx.Error(DiagnosticCodes.MissingKey, map, "study_compliance needs a yearly target: hours and/or points");
                    }
                    else
                    {
                        result = new StudyComplianceMeasure(hours, points);
                    }

                    break;
                }

                case "study_hours":
                    result = new StudyHoursMeasure();
                    break;
                case "study_forms":
                {
                    var forms = m.Required("forms") is { } fn ? Codes<StudyForm>(fn, InputCatalogue.StudyForms, "forms") : null;
                    result = forms is null ? null : new StudyFormsMeasure(forms);
                    break;
                }

                case "micro_lecture_share":
                    result = new MicroLectureShareMeasure();
                    break;
                default:
                    ctx.Error(DiagnosticCodes.InvalidValue, kindNode!, $"unknown measure kind '{kind}'; known: meeting_completion, theme_day_coverage, attendance, annual_review, finding_severity, finding_count, rectification_on_time, assessment_ratio, study_compliance, study_hours, study_forms, micro_lecture_share, value");
                    return null; // the other keys belong to a kind we do not know: reporting them as unknown would mislead
            }

            m.RejectUnknown();
            return result is null ? null : result with { Location = ctx.At(map) };
        }

        private NormalisationRule? Normalisation(YamlNode node)
        {
            if (ctx.Mapping(node, "normalise") is not { } map)
            {
                return null;
            }

            var m = new MapReader(ctx, map, "normalise");
            var methodNode = m.Required("method");
            NormalisationRule? result = null;
            switch (Str(methodNode, "normalise method"))
            {
                case null:
                    return null;
                case "goalposts":
                    var low = m.Required("low") is { } ln ? ctx.Number(ln, "low") : null;
                    var high = m.Required("high") is { } hn ? ctx.Number(hn, "high") : null;
                    var perYear = m.Optional("per_year") is { } pyn && ctx.Bool(pyn, "per_year") == true;
                    result = low is null || high is null ? null : new GoalpostsNormalisation(low.Value, high.Value) { PerYear = perYear };
                    break;
                case "minmax":
                    var lo = m.Optional("lo") is { } lon ? ctx.Number(lon, "lo") : 0;
                    var hi = m.Optional("hi") is { } hin ? ctx.Number(hin, "hi") : 100;
                    result = lo is null || hi is null ? null : new MinMaxNormalisation(lo.Value, hi.Value);
                    break;
                case "none":
                    result = new NoNormalisation();
                    break;
                case "zscore":
                    var zm = m.Optional("m") is { } zmn ? ctx.Number(zmn, "m") : 0;
                    var zs = m.Optional("s") is { } zsn ? ctx.Number(zsn, "s") : 1;
                    result = zm is null || zs is null ? null : new ZScoreNormalisation(zm.Value, zs.Value);
                    break;
                case "rank" or "percentile":
                    var ties = TieMethod.Min;
                    if (m.Optional("ties") is { } tn && ctx.String(tn, "ties") is { } tie)
                    {
                        ties = tie switch
                        {
                            "min" => TieMethod.Min,
                            "average" => TieMethod.Average,
                            _ => Bad(tn, $"ties '{tie}' must be min or average", TieMethod.Min),
                        };
                    }

                    result = Str(methodNode, "normalise method") == "rank" ? new RankNormalisation(ties) : new PercentileNormalisation(ties);
                    break;
                case var other:
                    ctx.Error(DiagnosticCodes.InvalidValue, methodNode!, $"unknown normalisation method '{other}'; known: goalposts, minmax, zscore, rank, percentile, none");
                    return null;
            }

            m.RejectUnknown();
            return result is null ? null : result with { Location = ctx.At(map) };
        }

        private IReadOnlyList<T>? Codes<T>(YamlNode node, CodeList codes, string what)
            where T : struct, Enum
        {
            var items = ctx.Strings(node, what);
            if (items is null)
            {
                return null;
            }

            var list = new List<T>();
            var ok = true;
            foreach (var (v, n) in items)
            {
                if (codes.TryParse(v, out var idx))
                {
                    list.Add((T)(object)idx);
                }
                else
                {
                    ctx.Error(DiagnosticCodes.UnknownCode, n, $"unknown {codes.Name} '{v}'; use one of {codes.Describe()}");
                    ok = false;
                }
            }

            return ok ? list : null;
        }

        private AdjustmentRules Adjustments(YamlMappingNode map)
        {
            var m = new MapReader(ctx, map, "adjustments");
            var deductions = m.Optional("deductions") is { } dn ? AdjustmentList(dn, "deductions") : [];
            var bonuses = m.Optional("bonuses") is { } bn ? AdjustmentList(bn, "bonuses") : [];
            double lower = 0, upper = 100;
            if (m.Optional("bounds") is { } bo && ctx.Sequence(bo, "bounds") is { } bs)
            {
                if (bs.Children.Count == 2 && ctx.Number(bs.Children[0], "lower bound") is double l && ctx.Number(bs.Children[1], "upper bound") is double u)
                {
                    lower = l;
                    upper = u;
                }
                else if (bs.Children.Count != 2)
                {
                    ctx.Error(DiagnosticCodes.InvalidValue, bo, "bounds must be two numbers: [lower, upper]");
                }
            }

            m.RejectUnknown();
            return new AdjustmentRules(deductions, bonuses, lower, upper, m.Optional("bounds") is { } boundsNode ? ctx.At(boundsNode) : ctx.At(map));
        }

        private IReadOnlyList<AdjustmentRule> AdjustmentList(YamlNode node, string what)
        {
            var list = new List<AdjustmentRule>();
            if (ctx.Sequence(node, what) is not { } seq)
            {
                return list;
            }

            foreach (var item in seq.Children)
            {
                if (ctx.Mapping(item, "an adjustment") is not { } map)
                {
                    continue;
                }

                var m = new MapReader(ctx, map, $"an entry of {what}");
                var id = Str(m.Required("id"), "id");
                var name = Str(m.Optional("name"), "name") ?? id;
                var when = m.Required("when") is { } wn ? Condition(wn) : null;
                var points = m.Required("points") is { } pn ? ctx.Number(pn, "points") : null;
                var cap = m.Optional("cap") is { } cn ? ctx.Number(cn, "cap") : null;
                m.RejectUnknown();
                if (id is not null && when is not null && points is not null)
                {
                    list.Add(new AdjustmentRule(id, name!, when, points.Value, cap, ctx.At(map)));
                }
            }

            return list;
        }

        private static readonly string[] Comparators = ["below", "max", "min", "above"];

        private Comparison? ComparisonOf(MapReader m)
        {
            double? below = null, max = null, min = null, above = null;
            var ok = true;
            foreach (var c in Comparators)
            {
                if (m.Optional(c) is { } n)
                {
                    var v = ctx.Number(n, c);
                    ok &= v is not null;
                    switch (c)
                    {
                        case "below": below = v; break;
                        case "max": max = v; break;
                        case "min": min = v; break;
                        default: above = v; break;
                    }
                }
            }

            return ok ? new Comparison(below, max, min, above) : null;
        }

        private static readonly string[] ConditionKinds = ["indicator", "normalised", "fact", "count", "finding", "any", "all", "not"];

        public Condition? Condition(YamlNode node)
        {
            if (ctx.Mapping(node, "a condition") is not { } map)
            {
                return null;
            }

            var m = new MapReader(ctx, map, "a condition");
            var kinds = ConditionKinds.Where(k => m.Keys.Contains(k)).ToArray();
            if (kinds.Length != 1)
            {
                ctx.Error(kinds.Length == 0 ? DiagnosticCodes.MissingKey : DiagnosticCodes.InvalidValue, map,
                    $"a condition has exactly one of {string.Join(", ", ConditionKinds)}{(kinds.Length > 1 ? $"; found {string.Join(", ", kinds)} (combine them with all:)" : string.Empty)}");
                return null;
            }

            Condition? result = null;
            var kind = kinds[0];
            var body = m.Required(kind)!;
            switch (kind)
            {
                case "indicator" or "normalised" or "fact":
                {
                    var id = ctx.String(body, kind);
                    var cmp = ComparisonOf(m);
                    if (id is not null && cmp is not null)
                    {
                        result = kind switch
                        {
                            "indicator" => new IndicatorCondition(id, cmp),
                            "normalised" => new NormalisedCondition(id, cmp),
                            _ => new FactCondition(id, cmp),
                        };
                    }

                    break;
                }

                case "count":
                {
                    var filter = CountFilter(body);
                    var cmp = ComparisonOf(m);
                    if (filter is not null && cmp is not null)
                    {
                        result = new CountCondition(filter, cmp);
                    }

                    break;
                }

                case "finding":
                    if (FindingFilterOf(body) is { } ff)
                    {
                        result = new FindingCondition(ff);
                    }

                    break;
                case "any" or "all":
                {
                    var items = new List<Condition>();
                    var ok = true;
                    if (ctx.Sequence(body, kind) is { } seq)
                    {
                        foreach (var c in seq.Children)
                        {
                            var inner = Condition(c);
                            ok &= inner is not null;
                            if (inner is not null)
                            {
                                items.Add(inner);
                            }
                        }

                        if (seq.Children.Count == 0)
                        {
                            ctx.Error(DiagnosticCodes.InvalidValue, body, $"{kind}: needs at least one condition");
                            ok = false;
                        }
                    }
                    else
                    {
                        ok = false;
                    }

                    if (ok)
                    {
                        result = kind == "any" ? new AnyCondition(items) : new AllCondition(items);
                    }

                    break;
                }

                case "not":
                    if (Condition(body) is { } innerNot)
                    {
                        result = new NotCondition(innerNot);
                    }

                    break;
            }

            m.RejectUnknown();
            return result is null ? null : result with { Location = ctx.At(map) };
        }

        private RecordFilter? CountFilter(YamlNode node)
        {
            if (ctx.Mapping(node, "count") is not { } map)
            {
                return null;
            }

            if (map.Children.Count != 1)
            {
                ctx.Error(DiagnosticCodes.InvalidValue, map, "count: names one table: { meetings: {...} } or { findings: {...} }");
                return null;
            }

            var (k, v) = map.Children.First();
            var table = (k as YamlScalarNode)?.Value;
            switch (table)
            {
                case "meetings":
                {
                    if (YamlContext.IsNull(v))
                    {
                        return new MeetingFilter(null, null);
                    }

                    if (ctx.Mapping(v, "meetings filter") is not { } fm)
                    {
                        return null;
                    }

                    var m = new MapReader(ctx, fm, "a meetings filter");
                    var types = m.Optional("type") is { } tn ? Codes<MeetingType>(tn, InputCatalogue.MeetingTypes, "type") : null;
                    var theme = m.Optional("theme_day") is { } thn ? ctx.Bool(thn, "theme_day") : null;
                    m.RejectUnknown();
                    return new MeetingFilter(types, theme);
                }

                case "findings":
                    return FindingFilterOf(v) is { } ff ? new FindingCountFilter(ff) : null;
                default:
                    ctx.Error(DiagnosticCodes.InvalidValue, k, $"count: cannot count '{table}'; count meetings or findings");
                    return null;
            }
        }

        private FindingFilter? FindingFilterOf(YamlNode node)
        {
            if (YamlContext.IsNull(node))
            {
                return new FindingFilter { Location = ctx.At(node) };
            }

            if (ctx.Mapping(node, "a finding filter") is not { } map)
            {
                return null;
            }

            var m = new MapReader(ctx, map, "a finding filter");
            var ok = true;
            IntFilter? form = null;
            if (m.Optional("form") is { } fn)
            {
                form = IntFilterOf(fn, "form");
                ok &= form is not null;
            }

            IReadOnlyList<MemberRole>? roles = null;
            if (m.Optional("role") is { } rn)
            {
                roles = Roles(rn);
                ok &= roles is not null;
            }

            var sources = m.Optional("source") is { } sn ? Codes<FindingSource>(sn, InputCatalogue.FindingSources, "source") : null;
            var categories = m.Optional("category") is { } cn ? Codes<FindingCategory>(cn, InputCatalogue.FindingCategories, "category") : null;
            var tolerances = m.Optional("tolerance") is { } tn ? Codes<Tolerance>(tn, InputCatalogue.Tolerances, "tolerance") : null;
            var resp = m.Optional("responsibility") is { } ren ? Codes<ResponsibleRole>(ren, InputCatalogue.Responsibilities, "responsibility") : null;
            var open = m.Optional("open") is { } on ? ctx.Bool(on, "open") : null;
            var overdue = m.Optional("overdue") is { } odn ? ctx.Bool(odn, "overdue") : null;
            ok &= (m.Optional("source") is null || sources is not null) && (m.Optional("category") is null || categories is not null)
                && (m.Optional("tolerance") is null || tolerances is not null) && (m.Optional("responsibility") is null || resp is not null)
                && (m.Optional("open") is null || open is not null) && (m.Optional("overdue") is null || overdue is not null);
            m.RejectUnknown();
            return ok
                ? new FindingFilter
                {
                    Form = form, Roles = roles, Sources = sources, Categories = categories, Tolerances = tolerances,
                    Responsibilities = resp, Open = open, Overdue = overdue, Location = ctx.At(map),
                }
                : null;
        }

        /// <summary>Roles; <c>committee</c> means the whole committee: secretary, deputy secretary and committee members.</summary>
        private IReadOnlyList<MemberRole>? Roles(YamlNode node)
        {
            var items = ctx.Strings(node, "role");
            if (items is null)
            {
                return null;
            }

            var list = new List<MemberRole>();
            foreach (var (v, n) in items)
            {
                if (InputCatalogue.MemberRoles.TryParse(v, out var code) && (MemberRole)code == MemberRole.Committee)
                {
                    // committee (委员, 支委) in a condition means the whole committee, however it is written.
                    list.AddRange([MemberRole.Secretary, MemberRole.DeputySecretary, MemberRole.Committee]);
                }
                else if (InputCatalogue.MemberRoles.TryParse(v, out var idx))
                {
                    list.Add((MemberRole)idx);
                }
                else
                {
                    ctx.Error(DiagnosticCodes.UnknownCode, n, $"unknown role '{v}'; use committee (secretary, deputy secretary and committee members) or one of {InputCatalogue.MemberRoles.Describe()}");
                    return null;
                }
            }

            return list.Distinct().ToArray();
        }

        private IntFilter? IntFilterOf(YamlNode node, string what)
        {
            switch (node)
            {
                case YamlScalarNode s:
                    return ctx.Integer(s, what) is int v ? new IntFilter([v], null, null) : null;
                case YamlSequenceNode seq:
                {
                    var values = new List<int>();
                    foreach (var c in seq.Children)
                    {
                        if (ctx.Integer(c, what) is not int item)
                        {
                            return null;
                        }

                        values.Add(item);
                    }

                    return new IntFilter(values, null, null);
                }

                case YamlMappingNode map:
                {
                    var m = new MapReader(ctx, map, $"{what} range");
                    var min = m.Optional("min") is { } mn ? ctx.Integer(mn, "min") : null;
                    var max = m.Optional("max") is { } mx ? ctx.Integer(mx, "max") : null;
                    m.RejectUnknown();
                    if (min is null && max is null)
                    {
                        ctx.Error(DiagnosticCodes.MissingKey, map, $"{what} range needs min or max");
                        return null;
                    }

                    return new IntFilter(null, min, max);
                }

                default:
                    return null;
            }
        }

        private RatingRules? Rating(YamlMappingNode map)
        {
            var m = new MapReader(ctx, map, "rating");
            var minCoverage = m.Optional("min_coverage") is { } mcn ? ctx.Number(mcn, "min_coverage") : 0;
            Thresholds? thresholds = null;
            if (m.Required("thresholds") is { } tn && ctx.Mapping(tn, "thresholds") is { } tm)
            {
                var t = new MapReader(ctx, tm, "thresholds");
                decimal? vanguard = null, laggard = null;
                foreach (var (key, english, comparator) in new[] { ("先锋", "vanguard", "min"), ("落后", "laggard", "below") })
                {
                    var node = Either(t, key, english, tm);
                    if (node is null)
                    {
                        ctx.Error(DiagnosticCodes.MissingKey, tm, $"thresholds needs {key}: {{ {comparator}: … }}");
                        continue;
                    }

                    if (ctx.Mapping(node, key) is { } bm)
                    {
                        var b = new MapReader(ctx, bm, $"the {key} threshold");
                        var v = b.Required(comparator) is { } thn ? ctx.Decimal(thn, comparator) : null;
                        b.RejectUnknown();
                        if (key == "先锋") vanguard = v; else laggard = v;
                    }
                }

                t.RejectUnknown();
                if (vanguard is not null && laggard is not null)
                {
                    thresholds = new Thresholds(vanguard.Value, laggard.Value, ctx.At(tm));
                }
            }

            var grades = new List<GradeBand>();
            if (m.Optional("grades") is { } gn && ctx.Sequence(gn, "grades") is { } gs)
            {
                foreach (var item in gs.Children)
                {
                    if (ctx.Mapping(item, "a grade") is not { } gm)
                    {
                        continue;
                    }

                    var g = new MapReader(ctx, gm, "a grade");
                    var gradeName = Str(g.Required("name"), "grade name");
                    var gradeMin = g.Optional("min") is { } gmin ? ctx.Decimal(gmin, "min") : null;
                    Model.Rating? mapped = null;
                    if (g.Required("rating") is { } grn && ctx.String(grn, "rating") is { } rt)
                    {
                        if (RatingLabels.TryParse(rt, out var parsed) && parsed != Model.Rating.Unrated)
                        {
                            mapped = parsed;
                        }
                        else
                        {
                            ctx.Error(DiagnosticCodes.InvalidValue, grn, "a grade's rating is 先锋, 中间 or 落后");
                        }
                    }

                    g.RejectUnknown();
                    if (gradeName is not null && mapped is not null)
                    {
                        grades.Add(new GradeBand(gradeName, gradeMin, mapped.Value, ctx.At(gm)));
                    }
                }
            }

            var vetoes = new List<VetoRule>();
            if (m.Optional("vetoes") is { } vn && ctx.Sequence(vn, "vetoes") is { } vs)
            {
                foreach (var v in vs.Children)
                {
                    if (Veto(v, grades) is { } veto)
                    {
                        vetoes.Add(veto);
                    }
                }
            }

            DynamicRules? dynamic = null;
            if (m.Optional("dynamic") is { } dn && ctx.Mapping(dn, "dynamic") is { } dm)
            {
                var d = new MapReader(ctx, dm, "dynamic");
                var maxPromotion = d.Optional("max_promotion") is { } mp ? ctx.Integer(mp, "max_promotion") : null;
                var rectifyAfter = d.Optional("rectify_after") is { } ra ? ctx.Integer(ra, "rectify_after") : null;
                d.RejectUnknown();
                dynamic = new DynamicRules(maxPromotion, rectifyAfter, ctx.At(dm));
            }

            decimal? quota = null;
            SourceLocation? quotaAt = null;
            if (m.Optional("quota") is { } qn && ctx.Mapping(qn, "quota") is { } qm)
            {
                var q = new MapReader(ctx, qm, "quota");
                var node = Either(q, "先锋", "vanguard", qm);
                if (node is null)
                {
                    ctx.Error(DiagnosticCodes.MissingKey, qm, "quota needs 先锋: share (such as 0.30)");
                }
                else
                {
                    quota = ctx.Decimal(node, "quota");
                    quotaAt = ctx.At(node);
                }

                q.RejectUnknown();
            }

            var tieBreak = new List<TieBreakKey>();
            if (m.Optional("tie_break") is { } tbn && ctx.Strings(tbn, "tie_break") is { } keys)
            {
                foreach (var (k, n) in keys)
                {
                    var at = ctx.At(n);
                    if (k == "score") tieBreak.Add(new TieBreakKey(TieBreakKind.Score, null, at));
                    else if (k == "branch_id") tieBreak.Add(new TieBreakKey(TieBreakKind.BranchId, null, at));
                    else if (k.StartsWith("dimension.", StringComparison.Ordinal)) tieBreak.Add(new TieBreakKey(TieBreakKind.Dimension, k["dimension.".Length..], at));
                    else if (k.StartsWith("indicator.", StringComparison.Ordinal)) tieBreak.Add(new TieBreakKey(TieBreakKind.Indicator, k["indicator.".Length..], at));
                    else ctx.Error(DiagnosticCodes.InvalidValue, n, $"tie_break key '{k}' must be score, branch_id, dimension.<id> or indicator.<id>");
                }
            }
            else
            {
                tieBreak.AddRange([new TieBreakKey(TieBreakKind.Score), new TieBreakKey(TieBreakKind.BranchId)]);
            }

            var rateTemporary = m.Optional("rate_temporary") is { } rtn && ctx.Bool(rtn, "rate_temporary") == true;
            m.RejectUnknown();
            if (thresholds is null || minCoverage is null)
            {
                return null;
            }

            return new RatingRules
            {
                MinCoverage = minCoverage.Value,
                Thresholds = thresholds,
                Vetoes = vetoes,
                Dynamic = dynamic,
                VanguardQuota = quota,
                QuotaLocation = quotaAt,
                TieBreak = tieBreak,
                Grades = grades,
                RateTemporary = rateTemporary,
                Location = ctx.At(map),
            };
        }

        private VetoRule? Veto(YamlNode node, IReadOnlyList<GradeBand> grades)
        {
            if (ctx.Mapping(node, "a veto") is not { } map)
            {
                return null;
            }

            var m = new MapReader(ctx, map, "a veto");
            var id = Str(m.Required("id"), "id");
            var name = Str(m.Optional("name"), "name") ?? id;
            var when = m.Required("when") is { } wn ? Condition(wn) : null;
            var force = m.Optional("force");
            var cap = m.Optional("cap");
            VetoEffect effect = VetoEffect.Force;
            Model.Rating tier = Model.Rating.Laggard;
            string? gradeCap = null;
            var ok = true;
            if ((force is null) == (cap is null))
            {
                ctx.Error(DiagnosticCodes.InvalidValue, map, "a veto takes exactly one of force: 落后 or cap: 中间");
                ok = false;
            }
            else
            {
                var tn = force ?? cap!;
                effect = force is not null ? VetoEffect.Force : VetoEffect.Cap;
                var t = ctx.String(tn, "tier");
                if (t is not null && RatingLabels.TryParse(t, out var r) && r != Model.Rating.Unrated)
                {
                    tier = r;
                }
                else if (t is not null && effect == VetoEffect.Cap && grades.FirstOrDefault(g => g.Name == t) is { } grade)
                {
                    // A cap on a grade (分类定级: satisfaction below 90 % cannot be 好 or 较好 → cap: 一般).
                    tier = grade.Rating;
                    gradeCap = grade.Name;
                }
                else
                {
                    var gradeNames = grades.Count > 0 ? $", or for cap one of the grades {string.Join(", ", grades.Select(g => g.Name))}" : string.Empty;
                    ctx.Error(DiagnosticCodes.InvalidValue, tn, $"the tier must be 先锋, 中间 or 落后{gradeNames}");
                    ok = false;
                }
            }

            m.RejectUnknown();
            return ok && id is not null && when is not null ? new VetoRule(id, name!, when, effect, tier, ctx.At(map)) { GradeCap = gradeCap } : null;
        }

        private RollupRules? Rollup(YamlMappingNode map)
        {
            var m = new MapReader(ctx, map, "rollup");
            var weightByNode = m.Optional("weight_by");
            var weightBy = Str(weightByNode, "weight_by") ?? "members";
            if (weightByNode is not null && weightBy is not ("members" or "branches"))
            {
                ctx.Error(DiagnosticCodes.InvalidValue, weightByNode, $"weight_by '{weightBy}' must be members (member-weighted mean) or branches (plain mean)");
            }
            var bands = new List<Band>();
            if (m.Optional("bands") is { } bn && ctx.Mapping(bn, "bands") is { } bm)
            {
                foreach (var (k, v) in bm.Children)
                {
                    var bandName = ctx.String(k, "band name");
                    if (ctx.Mapping(v, "band") is { } vm)
                    {
                        var b = new MapReader(ctx, vm, $"band {bandName}");
                        var min = b.Required("min") is { } mn ? ctx.Number(mn, "min") : null;
                        b.RejectUnknown();
                        if (bandName is not null && min is not null)
                        {
                            bands.Add(new Band(bandName, min.Value));
                        }
                    }
                }
            }

            m.RejectUnknown();
            return new RollupRules(weightBy, bands, ctx.At(map));
        }
    }
}
