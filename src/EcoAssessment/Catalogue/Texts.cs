namespace EcoAssessment.Catalogue;

/// <summary>
/// The one catalogue of every sentence a person reads, Chinese first: each entry holds the Chinese and the English
/// form (<see cref="Entry"/>). It is split by area into the files <c>Texts.*.cs</c> beside this one; docs/language.md
/// says how to add a message. Indicator and dimension names come from the rule file and are not catalogued; ids,
/// codes, units, option and file names stay ASCII in both languages.
/// </summary>
internal static partial class Texts
{
    /// <summary>Between the items of a list: 、 in Chinese, a comma in English.</summary>
    public static readonly Entry ListSeparator = new("、", ", ");

    /// <summary>Between clauses: ; in Chinese, a semicolon in English.</summary>
    public static readonly Entry ClauseSeparator = new("；", "; ");
}
