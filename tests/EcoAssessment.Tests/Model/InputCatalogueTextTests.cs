using System.Text.RegularExpressions;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Tests.Model;

/// <summary>The input contract's help texts and code-list names come from the catalogue, in both languages.</summary>
public sealed class InputCatalogueTextTests
{
    [Test]
    public void EveryTableAndColumnIsDescribedInBothLanguages()
    {
        foreach (var t in InputCatalogue.Tables)
        {
            Assert.That(t.Describe(Language.Zh), Does.Match(@"\p{IsCJKUnifiedIdeographs}"), t.Name);
            Assert.That(t.Description, Is.EqualTo(t.Describe(Language.En)).And.Not.Empty, t.Name);
            foreach (var c in t.Columns)
            {
                Assert.That(c.Describe(Language.Zh), Does.Match(@"\p{IsCJKUnifiedIdeographs}"), $"{t.Name}.{c.Name}");
                Assert.That(c.Description, Is.EqualTo(c.Describe(Language.En)).And.Not.Empty, $"{t.Name}.{c.Name}");
                Assert.That(Regex.IsMatch(c.Describe(Language.Zh), @"\b(blank|the|of)\b"), Is.False, $"{t.Name}.{c.Name}: English in the Chinese help");
            }
        }
    }

    [Test]
    public void DomainTermsStayInTheEnglishHelp()
    {
        var groups = InputCatalogue.Branches.Column("party_groups")!;
        Assert.That(groups.Description, Is.EqualTo("Number of 党小组; blank = 0 (no 党小组会 expected)."));
        Assert.That(groups.Describe(Language.Zh), Is.EqualTo("党小组数量；空白 = 0（不要求召开党小组会）。"));
    }

    [Test]
    public void CodeListsAreNamedAndListedInEitherLanguage()
    {
        var types = InputCatalogue.MeetingTypes;
        Assert.That(types.Label.Render(Language.Zh), Is.EqualTo("会议类型"));
        Assert.That(types.Label.Render(Language.En), Is.EqualTo(types.Name));
        Assert.That(types.Described().Render(Language.Zh), Does.StartWith("general_assembly（支部党员大会）、committee（支委会）"));
        Assert.That(types.Described().Render(Language.En), Is.EqualTo(types.Describe()));
    }
}
