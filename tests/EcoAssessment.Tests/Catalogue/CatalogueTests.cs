using NUnit.Framework;
using System.Reflection;
using System.Text.RegularExpressions;
using EcoAssessment.Catalogue;

namespace EcoAssessment.Tests.Catalogue;

/// <summary>
/// Every entry of the text catalogue has both languages, the same placeholders in each, Chinese without English words
/// (ids, codes, units, option and file names aside) and English without Chinese (rating values and data words aside).
/// </summary>
public sealed partial class CatalogueTests
{
    public static IEnumerable<TestCaseData> Entries() =>
        Fields().Select(f => new TestCaseData(f.Name).SetName("Entry " + f.Name));

    private static IEnumerable<FieldInfo> Fields() =>
        typeof(Texts).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.FieldType == typeof(Entry));

    private static Entry Lookup(string name) => (Entry)Fields().Single(f => f.Name == name).GetValue(null)!;

    [Test]
    public void TheCatalogueHasEntries() =>
        Assert.That(Entries().Count(), Is.GreaterThan(1));

    [TestCaseSource(nameof(Entries))]
    public void BothLanguagesHoldTheSamePlaceholders(string name)
    {
        var entry = Lookup(name);
        Assert.That(entry.Zh, Is.Not.Empty, name + ": the Chinese text is empty");
        Assert.That(entry.En, Is.Not.Empty, name + ": the English text is empty");
        Assert.That(Entry.Placeholders(entry.Zh), Is.EquivalentTo(Entry.Placeholders(entry.En)), name + ": the placeholders differ");
        Assert.DoesNotThrow(() => entry.Render(Language.Zh, Args(entry)), name + ": the Chinese template is not a valid format");
        Assert.DoesNotThrow(() => entry.Render(Language.En, Args(entry)), name + ": the English template is not a valid format");
    }

    [TestCaseSource(nameof(Entries))]
    public void ChineseHasNoEnglishWords(string name)
    {
        var entry = Lookup(name);
        var words = LatinWord().Matches(Strip(entry.Zh)).Select(m => m.Value).Where(w => !AllowedLatin.Contains(w)).ToArray();
        Assert.That(words, Is.Empty, $"{name}: English words in the Chinese text \"{entry.Zh}\" (ids, codes, units, option and file names go in placeholders or the allowed list)");
    }

    [TestCaseSource(nameof(Entries))]
    public void EnglishHasNoChinese(string name)
    {
        var entry = Lookup(name);
        var words = Cjk().Matches(entry.En).Select(m => m.Value).Where(w => !AllowedChinese.Contains(w)).ToArray();
        Assert.That(words, Is.Empty, $"{name}: Chinese in the English text \"{entry.En}\" (only rating values and names a user writes in Chinese)");
    }

    [Test]
    public void TextsRenderArgumentsInTheSameLanguage()
    {
        var inner = Texts.ListSeparator;
        var text = new Entry("甲{0}乙", "a{0}b").With(inner);
        Assert.That(text.Render(Language.Zh), Is.EqualTo("甲、乙"));
        Assert.That(text.Render(Language.En), Is.EqualTo("a, b"));
        Assert.That(new Entry("{0:0.##}", "{0:0.##}").Render(Language.En, 1.5), Is.EqualTo("1.5"), "numbers in the invariant culture");
        Assert.That(EcoAssessment.Catalogue.Text.Join(Texts.ListSeparator, [EcoAssessment.Catalogue.Text.Plain("x"), EcoAssessment.Catalogue.Text.Plain("y")]).Render(Language.Zh), Is.EqualTo("x、y"));
    }

    private static object?[] Args(Entry entry)
    {
        var max = Entry.Placeholders(entry.Zh).Concat(Entry.Placeholders(entry.En)).DefaultIfEmpty(-1).Max();
        return Enumerable.Range(0, max + 1).Select(object? (i) => i).ToArray();
    }

    /// <summary>Placeholders and their format strings are not words.</summary>
    private static string Strip(string template) => Placeholder().Replace(template, " ");

    /// <summary>
    /// Latin words a Chinese sentence may hold: codes and names that are the same in both languages (the tool and its
    /// commands, formats, encodings, units, the severity words of the printed form). Kept short on purpose.
    /// </summary>
    private static readonly HashSet<string> AllowedLatin = new(StringComparer.Ordinal)
    {
        "eco", "EcoAssessment", "CSV", "csv", "JSON", "json", "YAML", "yaml", "xlsx", "md", "Markdown", "Excel", "UTF", "GB", "GBK",
        "BOM", "ECO", "MiB", "GiB", "KiB", "h", "HMAC", "SHA", "ID", "id", "zh", "en", "COINr", "AHP", "CRITIC", "PNG", "PDF",
        "LibreOffice", "TRX", "HTML", "NaN", "Parquet", "parquet",

        // The command line's own words, typed as they are: commands, option values, the git:REV:path form, the
        // schema line of a rule file, the severity word of the printed form, symbols of formulas (CI, CR, U, p, x).
        "evaluate", "error", "auto", "default", "git", "REV", "path", "origin", "main", "none", "rating", "rank", "score",
        "integrity", "annual", "table", "text", "docs", "tests", "schema", "ASCII", "CI", "CR", "U", "spread", "p", "x", "convert",
    };

    private static readonly HashSet<string> AllowedChinese = new(StringComparer.Ordinal) { "先锋", "中间", "落后" };

    [GeneratedRegex(@"(?<![-\w.])[A-Za-z]+(?![\w.-])")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
