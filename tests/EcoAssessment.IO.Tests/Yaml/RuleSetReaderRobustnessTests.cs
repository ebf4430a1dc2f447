using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Tests.Fixtures;
using EcoAssessment.IO.Yaml;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Yaml;

/// <summary>
/// DESIGN §7: never a crash on any byte sequence. A broken rule file is a located ECO0101 (or another ECO01xx), never an
/// exception: `eco validate` must answer 1 with the location, not 70 "internal error".
/// </summary>
public class RuleSetReaderRobustnessTests
{
    private static IEnumerable<TestCaseData> Snippets()
    {
        yield return new TestCaseData("a: { b: [c, d]\nx: y\n").SetName("Robust: unclosed flow mapping around a closed flow sequence");
        yield return new TestCaseData("measure: { kind: meeting_completion, types: [general_assembly, committee]\ndirection: higher\n").SetName("Robust: unclosed measure mapping");
        yield return new TestCaseData("a: [b, c\n").SetName("Robust: unclosed flow sequence at the end");
        yield return new TestCaseData("a: {\n").SetName("Robust: lone open brace");
        yield return new TestCaseData("\"").SetName("Robust: lone quote");
        yield return new TestCaseData("- [\n- {\n").SetName("Robust: nested unclosed collections");
        yield return new TestCaseData("a: *nothing\n").SetName("Robust: undefined alias");
        yield return new TestCaseData("a: b\n---\nc: d\n").SetName("Robust: two documents");
        yield return new TestCaseData("\t- a\n").SetName("Robust: tab indentation");
    }

    [TestCaseSource(nameof(Snippets))]
    public void ABrokenSnippetIsADiagnosticNotAnException(string text)
    {
        var bag = new DiagnosticBag();
        LoadedRuleSet? loaded = null;
        Assert.That(() => loaded = RuleSetReader.Read(text, RuleText.File, bag), Throws.Nothing);
        Assert.That(loaded, Is.Null);
        Assert.That(bag.Items.Where(d => d.Severity == Severity.Error), Is.Not.Empty);
        Assert.That(bag.Items.Where(d => d.Severity == Severity.Error).All(d => d.Code.StartsWith("ECO01", StringComparison.Ordinal) && d.Location?.Line is > 0), Is.True, Diag.Dump(bag));
    }

    /// <summary>
    /// Single-character edits of the base rules (a deletion, or an inserted bracket, brace or quote, at every third
    /// offset): no exception escapes the reader.
    /// </summary>
    [Test]
    public void EveryOneCharacterEditOfAValidFileIsHandled()
    {
        var text = RuleText.Base;
        var crashes = new List<string>();
        var edits = 0;
        for (var i = 0; i < text.Length; i += 3)
        {
            var variants = new List<string> { text.Remove(i, 1) };
            variants.AddRange("{[\"'".Select(c => text.Insert(i, c.ToString())));
            foreach (var v in variants)
            {
                edits++;
                try
                {
                    RuleSetReader.Read(v, RuleText.File, new DiagnosticBag());
                }
                catch (Exception e)
                {
                    crashes.Add($"at offset {i}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.That(crashes, Is.Empty, $"{crashes.Count} of {edits} edits threw ({string.Join(", ", crashes.Select(c => c.Split(": ")[1]).Distinct())}); first ones:\n"
            + string.Join("\n", crashes.Take(5)));
    }
}
