using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml;

/// <summary>Checks of a rule file's shape made before it is read: how deep it nests and how far its aliases expand.</summary>
internal static class YamlShape
{

    /// <summary>
    /// Aliases (<c>*name</c>) make the loaded tree share the anchored node, so a few lines can stand for billions of
    /// nodes ("billion laughs") or for nesting far deeper than the text shows, and the parser walks every one. Sizes and
    /// depths are counted once per shared node, bottom-up without recursion; the first node (in that order) whose
    /// expansion is too large or too deep is reported, which is where the aliases multiply.
    /// </summary>
    public static (YamlNode Node, Catalogue.Text Message)? ExpandsTooFar(YamlNode root)
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
                        return (c, Catalogue.Texts.RuleAliasRecursive);
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

            if (s > IO.InputLimits.MaxRuleNodes || d + 1 > RuleSetReader.MaxDepth)
            {
                return (node, s > IO.InputLimits.MaxRuleNodes
                    ? Catalogue.Texts.RuleAliasTooMany.With(
                        s >= long.MaxValue / 2 ? Catalogue.Texts.RuleAliasBillions : Catalogue.Text.Plain(s.ToString("N0", CultureInfo.InvariantCulture)),
                        IO.InputLimits.MaxRuleNodes, "*name")
                    : Catalogue.Texts.RuleAliasTooDeep.With(RuleSetReader.MaxDepth, "*name"));
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
    public static Mark? DeeperThan(string text, int max)
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
}
