using System.Globalization;
using System.Text.RegularExpressions;

namespace EcoAssessment.Catalogue;

/// <summary>
/// One entry of the text catalogue (<see cref="Texts"/>): the same sentence in Chinese and in English, with composite
/// format placeholders (<c>{0}</c>, <c>{1:0.##}</c>) that both languages use alike. Arguments are formatted in the
/// invariant culture; an argument that is itself a <see cref="Text"/> is rendered in the same language.
/// </summary>
internal sealed partial class Entry
{
    /// <summary>An entry; <paramref name="zh"/> and <paramref name="en"/> hold the same placeholders.</summary>
    public Entry(string zh, string en)
    {
        Zh = zh;
        En = en;
    }

    /// <summary>The Chinese template.</summary>
    public string Zh { get; }

    /// <summary>The English template.</summary>
    public string En { get; }

    /// <summary>The template of a language.</summary>
    public string Template(Language language) => language == Language.En ? En : Zh;

    /// <summary>This entry with its arguments, to be rendered in the reader's language later.</summary>
    public Text With(params object?[] args) => new(this, args);

    /// <summary>This entry without arguments.</summary>
    public static implicit operator Text(Entry entry) => new(entry, []);

    /// <summary>The entry rendered now (for texts that are written at once).</summary>
    public string Render(Language language, params object?[] args) => new Text(this, args).Render(language);

    /// <summary>The placeholder indices a template uses (<c>{0}</c>, <c>{1:0.##}</c> → 0, 1), for the catalogue tests.</summary>
    public static IReadOnlySet<int> Placeholders(string template)
    {
        var set = new SortedSet<int>();
        foreach (Match m in PlaceholderPattern().Matches(template.Replace("{{", string.Empty, StringComparison.Ordinal)))
        {
            set.Add(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return set;
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
