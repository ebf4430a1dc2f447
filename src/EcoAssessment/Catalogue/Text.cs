using System.Globalization;

namespace EcoAssessment.Catalogue;

/// <summary>
/// A sentence a person reads, not yet rendered: a catalogue <see cref="Entry"/> with its arguments, or a plain value
/// that is the same in every language (a file name, a message of a third-party parser). <see cref="Render"/> writes it
/// in a <see cref="Language"/>; <see cref="ToString"/> writes it in Chinese, the default.
/// </summary>
public sealed class Text : IEquatable<Text>
{
    private readonly object?[] _args;

    internal Text(Entry entry, object?[] args)
    {
        Entry = entry;
        _args = args;
    }

    private Text(string plain)
    {
        PlainValue = plain;
        _args = [];
    }

    /// <summary>The catalogue entry; null for a plain value.</summary>
    internal Entry? Entry { get; }

    /// <summary>The plain value; null for a catalogue entry.</summary>
    public string? PlainValue { get; }

    /// <summary>The arguments of the entry.</summary>
    public IReadOnlyList<object?> Arguments => _args;

    /// <summary>A value written the same in every language: data, ids, a third-party parser's own message.</summary>
    public static Text Plain(string value) => new(value);

    /// <summary>Texts joined by a separator that is the same in both languages (<c>"; "</c> → <c>;</c> in Chinese).</summary>
    internal static Text Join(Entry separator, IEnumerable<Text> parts) => new(JoinEntry, [separator, parts.ToArray()]);

    private static readonly Entry JoinEntry = new("{0}", "{0}");

    /// <summary>The text in <paramref name="language"/>; numbers and dates in the invariant culture.</summary>
    public string Render(Language language)
    {
        if (PlainValue is not null)
        {
            return PlainValue;
        }

        if (ReferenceEquals(Entry, JoinEntry))
        {
            var separator = ((Entry)_args[0]!).Template(language);
            return string.Join(separator, ((Text[])_args[1]!).Select(t => t.Render(language)));
        }

        var args = new object?[_args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = _args[i] switch
            {
                Text t => t.Render(language),
                Entry e => e.Template(language),
                _ => _args[i],
            };
        }

        return string.Format(CultureInfo.InvariantCulture, Entry!.Template(language), args);
    }

    /// <summary>The Chinese rendering.</summary>
    public override string ToString() => Render(Language.Zh);

    /// <inheritdoc/>
    public bool Equals(Text? other) => other is not null && Render(Language.En) == other.Render(Language.En) && Render(Language.Zh) == other.Render(Language.Zh);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Text);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Render(Language.Zh));
}
