using EcoAssessment.Catalogue;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Tables;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>How messages name a code list and its codes, in the reader's language.</summary>
internal static class CodeTexts
{
    /// <summary>The list's name: 会议类型 / meeting type.</summary>
    public static Text Name(CodeList codes) => codes.Label;

    /// <summary>The codes with their Chinese forms: 支部党员大会（general_assembly）、… / general_assembly (支部党员大会), ….</summary>
    public static Text Choices(CodeList codes) =>
        Text.Join(Texts.ListSeparator, codes.Entries.Select(e => Texts.ReadCodeChoice.With(e.Code, e.Chinese)));

    /// <summary>A message about an unknown word, with "是否指「…」？" when an accepted word of <paramref name="codes"/> is near.</summary>
    public static Text WithNearest(Text message, CodeList codes, string word) =>
        codes.Nearest(word) is { } nearest ? Texts.SynDidYouMean.With(message, nearest) : message;

    /// <summary>Alternatives: <c>a、b 或 c</c> / <c>a, b or c</c>.</summary>
    public static Text Or(params IReadOnlyList<string> values) => values.Count < 2
        ? Text.Plain(values.Count == 1 ? values[0] : string.Empty)
        : Texts.ReadOr.With(List(values.Take(values.Count - 1)), values[^1]);

    /// <summary>Plain values joined by the list separator of the reader's language.</summary>
    public static Text List(IEnumerable<string> values) => Text.Join(Texts.ListSeparator, values.Select(Text.Plain));
}
