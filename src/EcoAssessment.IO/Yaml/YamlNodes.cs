using System.Globalization;
using EcoAssessment.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml;

/// <summary>
/// Typed access to YAML nodes that reports every problem with its line and column instead of throwing: unknown keys,
/// missing keys, values of the wrong kind. Used by the rule reader to build immutable records.
/// </summary>
internal sealed class YamlContext(string file, DiagnosticBag bag)
{
    public string File { get; } = file;

    public DiagnosticBag Bag { get; } = bag;

    public SourceLocation At(YamlNode node) => SourceLocation.At(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(DiagnosticCode code, YamlNode node, string message) => Bag.Error(code, At(node), message);

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "a value",
    };

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode m)
        {
            return m;
        }

        Error(DiagnosticCodes.InvalidValue, node, $"{what} must be a mapping (key: value lines), not {Describe(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode s)
        {
            return s;
        }

        Error(DiagnosticCodes.InvalidValue, node, $"{what} must be a list, not {Describe(node)}");
        return null;
    }

    /// <summary>A plain <c>~</c> or <c>null</c>: YAML's null, not text.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public string? String(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) && !IsNull(node))
        {
            return v.Trim();
        }

        Error(DiagnosticCodes.InvalidValue, node, $"{what} must be a text value, not {Describe(node)}");
        return null;
    }

    public double? Number(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v } && double.TryParse(v.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            if (Math.Abs(d) > 1e15)
            {
                Error(DiagnosticCodes.InvalidNumber, node, $"{what} {v} is too large; numbers in a rule file are at most 10^15 in size");
                return null;
            }

            return d;
        }

        Error(DiagnosticCodes.InvalidValue, node, $"{what} must be a number (such as 10 or 0.5), not {Describe(node)}");
        return null;
    }

    public decimal? Decimal(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v } && decimal.TryParse(v.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        Error(DiagnosticCodes.InvalidValue, node, $"{what} must be a number (such as 90 or 0.30), not {Describe(node)}");
        return null;
    }

    public int? Integer(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        Error(DiagnosticCodes.InvalidValue, node, $"{what} must be a whole number, not {Describe(node)}");
        return null;
    }

    public bool? Bool(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v })
        {
            switch (v.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "是": return true;
                case "false" or "no" or "否": return false;
            }
        }

        Error(DiagnosticCodes.InvalidValue, node, $"{what} must be true or false, not {Describe(node)}");
        return null;
    }

    /// <summary>A scalar or a list of scalars, as strings.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? Strings(YamlNode node, string what)
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

        Error(DiagnosticCodes.InvalidValue, node, $"{what} must be a value or a list of values, not {Describe(node)}");
        return null;
    }
}

/// <summary>Reads the keys of one mapping, remembering which were used so unknown ones can be reported.</summary>
internal sealed class MapReader
{
    private readonly YamlContext _ctx;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allowed = new(StringComparer.Ordinal);

    public MapReader(YamlContext ctx, YamlMappingNode node, string what)
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

    public string What { get; }

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

        _ctx.Error(DiagnosticCodes.MissingKey, Node, $"{What} needs '{key}'");
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
                    $"unknown key '{key}' in {What}; allowed: {string.Join(", ", _allowed)}");
            }
        }
    }
}
