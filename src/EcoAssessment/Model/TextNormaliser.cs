using System.Text;

namespace EcoAssessment.Model;

/// <summary>Folds the text quirks of real spreadsheets: full-width digits and punctuation, ideographic spaces, padding.</summary>
internal static class TextNormaliser
{
    /// <summary>
    /// Trims, maps full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space U+3000 to a space, and removes
    /// spaces inside purely CJK padding ("张　三" → "张三" is not done: names are not needed; only ends are trimmed).
    /// Returns the input instance when nothing changes.
    /// </summary>
    public static string Fold(string text)
    {
        var needs = false;
        foreach (var ch in text)
        {
            if (ch is >= '\uFF01' and <= '\uFF5E' or '\u3000')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text.Trim();
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                '\u3000' => ' ',
                _ => ch,
            });
        }

        return sb.ToString().Trim();
    }
}
