using EcoAssessment.Diagnostics;
using EcoAssessment.Model;
using YamlDotNet.RepresentationModel;

namespace EcoAssessment.IO.Yaml.Rules;

using EcoAssessment.Catalogue;
using EcoAssessment.IO.Tables;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>Reading steps that several sections of a rule file share; each reports its problem located and goes on.</summary>
internal static class RuleNodes
{
    /// <summary>Reports <paramref name="message"/> at <paramref name="node"/> as an invalid value and returns <paramref name="fallback"/>.</summary>
    public static T Bad<T>(this YamlContext ctx, YamlNode node, Text message, T fallback)
    {
        ctx.Error(DiagnosticCodes.InvalidValue, node, message);
        return fallback;
    }

    /// <summary>The text of an optional key: null when the key is absent (nothing reported) or its value is not text (reported).</summary>
    public static string? StringOrNull(this YamlContext ctx, YamlNode? node, string key) => node is null ? null : ctx.String(node, key);

    /// <summary>As <see cref="StringOrNull(YamlContext, YamlNode?, string)"/>, for a value that messages describe rather than name by its key.</summary>
    public static string? StringOrNull(this YamlContext ctx, YamlNode? node, Text what) => node is null ? null : ctx.String(node, what);

    /// <summary>A key that may be written in Chinese or English, but not both.</summary>
    public static YamlNode? Either(this YamlContext ctx, MapReader m, string chinese, string english, YamlNode where)
    {
        var a = m.Optional(chinese);
        var b = m.Optional(english);
        if (a is not null && b is not null)
        {
            ctx.Error(DiagnosticCodes.InvalidValue, where, Texts.RuleKeyTwice.With(chinese, english));
        }

        return a ?? b;
    }

    /// <summary>A value or a list of codes of one catalogue list; null (each unknown code reported) when any is unknown.</summary>
    public static IReadOnlyList<T>? Codes<T>(this YamlContext ctx, YamlNode node, CodeList codes, string what)
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
                ctx.Error(DiagnosticCodes.UnknownCode, n, Texts.RuleUnknownCode.With(CodeTexts.Name(codes), v, CodeTexts.Choices(codes)));
                ok = false;
            }
        }

        return ok ? list : null;
    }
}
