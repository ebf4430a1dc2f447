namespace EcoAssessment.Catalogue;

/// <summary>
/// The language a person reads: Chinese by default, English on request. Ids, codes, units, option and file names and
/// rating values are the same in both; numbers and dates are always written in the invariant culture.
/// </summary>
public enum Language
{
    /// <summary>简体中文, the default of every command and of the library.</summary>
    Zh,

    /// <summary>English (<c>--lang en</c>).</summary>
    En,
}

/// <summary>The language codes of <c>--lang</c>.</summary>
public static class Languages
{
    /// <summary>The codes accepted by <c>--lang</c>, the default first.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["zh", "en"];

    /// <summary><c>zh</c> or <c>en</c> (case-insensitive; <c>zh-CN</c>, <c>zh-Hans</c> and <c>en-US</c> too); null otherwise.</summary>
    public static Language? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "zh" or "zh-cn" or "zh-hans" or "cn" => Language.Zh,
        "en" or "en-us" or "en-gb" => Language.En,
        _ => null,
    };

    /// <summary>The code of a language: <c>zh</c> or <c>en</c>.</summary>
    public static string Code(this Language language) => language == Language.En ? "en" : "zh";
}
