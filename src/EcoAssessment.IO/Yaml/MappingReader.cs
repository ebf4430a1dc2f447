using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>
/// Reads a mapping file (docs/check.md, scoring-rules/schema/mapping.schema.json): the department's sheet and file names,
/// column captions and words, each mapped to a table, a column or a code of the input catalogue. Every problem is an
/// ECO0130 error at its line and column, as in rule files.
/// </summary>
internal static class MappingReader
{
    /// <summary>The file name picked up beside (or inside) a dataset.</summary>
    public const string DefaultName = "mapping.yaml";

    /// <summary>
    /// The mapping file of a dataset: <paramref name="explicitFile"/> when given (it must exist), else <c>mapping.yaml</c>
    /// inside a dataset folder or beside the folder or workbook; null when there is none.
    /// </summary>
    public static string? Locate(string dataset, string? explicitFile)
    {
        if (explicitFile is not null)
        {
            return explicitFile;
        }

        var full = Path.GetFullPath(dataset);
        if (Directory.Exists(full) && File.Exists(Path.Combine(full, DefaultName)))
        {
            return Path.Combine(dataset, DefaultName);
        }

        var beside = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar));
        return beside is not null && File.Exists(Path.Combine(beside, DefaultName))
            ? Path.Combine(Path.GetDirectoryName(dataset.TrimEnd('/', '\\')) is { Length: > 0 } d ? d : ".", DefaultName)
            : null;
    }

    /// <summary>Reads a mapping file; null with the problems in <paramref name="bag"/>.</summary>
    public static NameMapping? ReadFile(string path, DiagnosticBag bag)
    {
        if (!File.Exists(path))
        {
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(path), Texts.MappingMissing);
            return null;
        }

        return RuleSetReader.ReadText(path, bag) is { } text ? Read(text, path, bag) : null;
    }

    /// <summary>Reads mapping text; <paramref name="file"/> names it in diagnostics.</summary>
    public static NameMapping? Read(string text, string file, DiagnosticBag bag)
    {
        var before = bag.ErrorCount;
        var root = RuleSetReader.Load(text.Replace("\r\n", "\n", StringComparison.Ordinal), file, bag, out var empty);
        if (empty)
        {
            return new NameMapping(file, new Dictionary<string, TableSpec>(), new Dictionary<(string, string), ColumnSpec>(),
                new Dictionary<(string, string), IReadOnlyDictionary<string, int>>());
        }

        if (root is null)
        {
            return null;
        }

        var ctx = new YamlContext(file, bag);
        var m = new MapReader(ctx, root, Texts.MappingWhat);
        var tables = new Dictionary<string, TableSpec>(StringComparer.OrdinalIgnoreCase);
        if (m.Optional("tables") is { } tn && Mapping(ctx, tn, "tables") is { } tm)
        {
            foreach (var (k, v) in tm.Children)
            {
                if (Scalar(ctx, k) is { } name && Scalar(ctx, v) is { } target)
                {
                    if (FindTable(target) is { } t)
                    {
                        if (!tables.TryAdd(name, t))
                        {
                            Bad(ctx, k, Texts.MappingTwice.With(name));
                        }
                    }
                    else
                    {
                        Bad(ctx, v, Texts.MappingNotATable.With(name, target, TableChoices()));
                    }
                }
            }
        }

        var columns = new Dictionary<(string, string), ColumnSpec>();
        if (m.Optional("columns") is { } cn && Mapping(ctx, cn, "columns") is { } cm)
        {
            foreach (var (k, v) in cm.Children)
            {
                if (Scalar(ctx, k) is not { } tableName || Mapping(ctx, v, "columns." + tableName) is not { } captions)
                {
                    continue;
                }

                if (FindTable(tableName) is not { } table)
                {
                    Bad(ctx, k, Texts.MappingNotATable.With("columns", tableName, TableChoices()));
                    continue;
                }

                foreach (var (ck, cv) in captions.Children)
                {
                    if (Scalar(ctx, ck) is not { } caption || Scalar(ctx, cv) is not { } column)
                    {
                        continue;
                    }

                    if (InputCatalogue.FindColumn(table, column) is not { } spec)
                    {
                        Bad(ctx, cv, Texts.MappingNotAColumn.With(caption, column, table.Name, CodeTexts.List(table.Columns.Select(c => c.Name))));
                    }
                    else if (!columns.TryAdd((table.Name, caption), spec))
                    {
                        Bad(ctx, ck, Texts.MappingTwice.With(caption));
                    }
                }
            }
        }

        var codes = new Dictionary<(string, string), IReadOnlyDictionary<string, int>>();
        var words = 0;
        if (m.Optional("codes") is { } kn && Mapping(ctx, kn, "codes") is { } km)
        {
            foreach (var (k, v) in km.Children)
            {
                if (Scalar(ctx, k) is not { } key || Mapping(ctx, v, "codes." + key) is not { } entries)
                {
                    continue;
                }

                var dot = key.IndexOf('.', StringComparison.Ordinal);
                var table = dot > 0 ? FindTable(key[..dot]) : null;
                var column = table is null ? null : InputCatalogue.FindColumn(table, key[(dot + 1)..]);
                if (table is null || column?.Codes is not { } list)
                {
                    Bad(ctx, k, Texts.MappingNotACodedColumn.With(key, CodedColumns(), "codes"));
                    continue;
                }

                var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                foreach (var (wk, wv) in entries.Children)
                {
                    if (Scalar(ctx, wk) is not { } word || Scalar(ctx, wv) is not { } code)
                    {
                        continue;
                    }

                    if (!list.TryParse(code, out var index))
                    {
                        Bad(ctx, wv, Texts.MappingNotACode.With(word, code, key, list.Described()));
                    }
                    else if (!map.TryAdd(word.Trim(), index))
                    {
                        Bad(ctx, wk, Texts.MappingTwice.With(word));
                    }
                }

                codes[(table.Name, column.Name)] = map;
                words += map.Count;
            }
        }

        foreach (var key in m.Keys.Where(k => k is not ("tables" or "columns" or "codes")))
        {
            Bad(ctx, m.KeyNode(key), Texts.MappingUnknownKey.With(key, CodeTexts.List(["tables", "columns", "codes"])));
        }

        return bag.ErrorCount > before ? null : new NameMapping(file, tables, columns, codes) { CodeWords = words };
    }

    private static TableSpec? FindTable(string name) => InputCatalogue.FindTable(name.Trim());

    private static Text TableChoices() =>
        Text.Join(Texts.ListSeparator, InputCatalogue.Tables.Select(t => Texts.ReadCodeChoice.With(t.Name, t.Chinese)));

    private static Text CodedColumns() => CodeTexts.List([.. InputCatalogue.Tables.SelectMany(t => t.Columns.Where(c => c.Codes is not null).Select(c => $"{t.Name}.{c.Name}"))]);

    private static YamlMappingNode? Mapping(YamlContext ctx, YamlNode node, string key)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (!YamlContext.IsNull(node))
        {
            Bad(ctx, node, Texts.MappingNeedsMapping.With(key));
        }

        return null;
    }

    private static string? Scalar(YamlContext ctx, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } v } && v.Trim().Length > 0)
        {
            return v.Trim();
        }

        Bad(ctx, node, Texts.MappingNeedsName);
        return null;
    }

    private static void Bad(YamlContext ctx, YamlNode node, Text message) => ctx.Error(DiagnosticCodes.MappingInvalid, node, message);
}
