using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tables;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>
/// Typed access to YAML nodes that reports every problem with its line and column instead of throwing: unknown keys,
/// missing keys, values of the wrong kind. Used by the rule reader to build immutable records.
/// </summary>
internal sealed class YamlContext(string file, DiagnosticBag bag)
{
    public string File { get; } = file;

    public DiagnosticBag Bag { get; } = bag;

    public SourceLocation At(YamlNode node) => SourceLocation.At(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(DiagnosticCode code, YamlNode node, Text message) => Bag.Error(code, At(node), message);

    /// <summary>A key of the rule file as messages name it (<c>"weight"</c> in Chinese, <c>weight</c> in English).</summary>
    public static Text Key(string key) => Texts.RuleKey.With(key);

    public static Text Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => Texts.RuleScalar.With(s.Value),
        YamlSequenceNode => Texts.RuleAList,
        YamlMappingNode => Texts.RuleAMapping,
        _ => Texts.RuleAValue,
    };

    public YamlMappingNode? Mapping(YamlNode node, string key) => Mapping(node, Key(key));

    public YamlSequenceNode? Sequence(YamlNode node, string key) => Sequence(node, Key(key));

    public string? String(YamlNode node, string key) => String(node, Key(key));

    public double? Number(YamlNode node, string key) => Number(node, Key(key));

    public decimal? Decimal(YamlNode node, string key) => Decimal(node, Key(key));

    public int? Integer(YamlNode node, string key) => Integer(node, Key(key));

    public bool? Bool(YamlNode node, string key) => Bool(node, Key(key));

    public IReadOnlyList<(string Value, YamlNode Node)>? Strings(YamlNode node, string key) => Strings(node, Key(key));

    public YamlMappingNode? Mapping(YamlNode node, Text what)
    {
        if (node is YamlMappingNode m)
        {
            return m;
        }

        Error(DiagnosticCodes.InvalidValue, node, Texts.RuleMustBeMapping.With(what, Describe(node)));
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, Text what)
    {
        if (node is YamlSequenceNode s)
        {
            return s;
        }

        Error(DiagnosticCodes.InvalidValue, node, Texts.RuleMustBeList.With(what, Describe(node)));
        return null;
    }

    /// <summary>A plain <c>~</c> or <c>null</c>: YAML's null, not text.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public string? String(YamlNode node, Text what)
    {
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) && !IsNull(node))
        {
            return v.Trim();
        }

        Error(DiagnosticCodes.InvalidValue, node, Texts.RuleMustBeText.With(what, Describe(node)));
        return null;
    }

    public double? Number(YamlNode node, Text what)
    {
        if (node is YamlScalarNode { Value: { } v } && double.TryParse(v.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            if (Math.Abs(d) > 1e15)
            {
                Error(DiagnosticCodes.InvalidNumber, node, Texts.RuleNumberTooLarge.With(what, v));
                return null;
            }

            return d;
        }

        Error(DiagnosticCodes.InvalidValue, node, Texts.RuleMustBeNumber.With(what, Describe(node), "10", "0.5"));
        return null;
    }

    public decimal? Decimal(YamlNode node, Text what)
    {
        if (node is YamlScalarNode { Value: { } v } && decimal.TryParse(v.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        Error(DiagnosticCodes.InvalidValue, node, Texts.RuleMustBeNumber.With(what, Describe(node), "90", "0.30"));
        return null;
    }

    public int? Integer(YamlNode node, Text what)
    {
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        Error(DiagnosticCodes.InvalidValue, node, Texts.RuleMustBeWhole.With(what, Describe(node)));
        return null;
    }

    public bool? Bool(YamlNode node, Text what)
    {
        if (node is YamlScalarNode { Value: { } v })
        {
            switch (v.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "是": return true;
                case "false" or "no" or "否": return false;
            }
        }

        Error(DiagnosticCodes.InvalidValue, node, Texts.RuleMustBeBool.With(what, Describe(node), "true", "false"));
        return null;
    }

    /// <summary>A scalar or a list of scalars, as strings.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? Strings(YamlNode node, Text what)
    {
        if (node is YamlScalarNode s)
        {
            var v = String(s, what);
            return v is null ? null : [(v, s)];
        }

        if (node is YamlSequenceNode seq)
        {
            var list = new List<(string, YamlNode)>();
            foreach (var item in seq.Children)
            {
                if (String(item, what) is { } v)
                {
                    list.Add((v, item));
                }
            }

            return list;
        }

        Error(DiagnosticCodes.InvalidValue, node, Texts.RuleMustBeValueOrList.With(what, Describe(node)));
        return null;
    }
}

/// <summary>Reads the keys of one mapping, remembering which were used so unknown ones can be reported.</summary>
internal sealed class MapReader
{
    private readonly YamlContext _ctx;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allowed = new(StringComparer.Ordinal);

    public MapReader(YamlContext ctx, YamlMappingNode node, string key)
        : this(ctx, node, YamlContext.Key(key))
    {
    }

    public MapReader(YamlContext ctx, YamlMappingNode node, Text what)
    {
        _ctx = ctx;
        Node = node;
        What = what;
        foreach (var (k, v) in node.Children)
        {
            var key = k is YamlScalarNode ks ? ks.Value ?? string.Empty : string.Empty;
            _entries[key] = (k, v);
        }
    }

    public YamlMappingNode Node { get; }

    public Text What { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key)
    {
        _allowed.Add(key);
        return _entries.ContainsKey(key);
    }

    public YamlNode? Optional(string key)
    {
        _allowed.Add(key);
        return _entries.TryGetValue(key, out var e) ? e.Value : null;
    }

    public YamlNode? Required(string key)
    {
        _allowed.Add(key);
        if (_entries.TryGetValue(key, out var e))
        {
            return e.Value;
        }

        _ctx.Error(DiagnosticCodes.MissingKey, Node, Texts.RuleNeedsKey.With(What, key));
        return null;
    }

    public YamlNode KeyNode(string key) => _entries[key].Key;

    /// <summary>Reports every key that was never asked for, listing the allowed ones.</summary>
    public void RejectUnknown()
    {
        foreach (var (key, entry) in _entries)
        {
            if (!_allowed.Contains(key))
            {
                _ctx.Error(DiagnosticCodes.UnknownKey, entry.Key,
                    Texts.RuleUnknownKey.With(key, What, CodeTexts.List(_allowed)));
            }
        }
    }
}
