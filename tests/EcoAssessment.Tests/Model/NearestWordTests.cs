using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Tests.Model;

/// <summary>The accepted word a message suggests for one it does not accept: near by edit distance or, for Chinese, by containment; none when far or unclear.</summary>
public class NearestWordTests
{
    [TestCase("支部党员大大会", "支部党员大会")]
    [TestCase("支部党员代会", "支部党员大会")]
    [TestCase("genral_assembly", "general_assembly")]
    [TestCase("comittee", "committee")]
    [TestCase("党小组会议记录", "党小组会议")]
    public void AMeetingTypeSlipSuggestsTheNearestWord(string text, string expected) =>
        Assert.That(InputCatalogue.MeetingTypes.Nearest(text), Is.EqualTo(expected));

    [TestCase("中央第三生态环境保护督察组", "生态环境保护督察")]
    [TestCase("市委巡察", "巡察")]
    [TestCase("审汁", null)]
    public void AFindingSourceSuggestsByContainment(string text, string? expected) =>
        Assert.That(InputCatalogue.FindingSources.Nearest(text), Is.EqualTo(expected));

    [TestCase("第五种形态", null)]
    [TestCase("第二种形太", "第二种形态")]
    public void AFormWordSuggestsOnlyWhenClose(string text, string? expected) =>
        Assert.That(InputCatalogue.FindingForms.Nearest(text), Is.EqualTo(expected));

    [TestCase("支部党员会")] // 支部党员大会 and 支部委员会 are equally near
    [TestCase("party")]
    [TestCase("x")]
    [TestCase("会")]
    public void NothingIsSuggestedWhenNothingIsClose(string text) =>
        Assert.That(InputCatalogue.MeetingTypes.Nearest(text), Is.Null);

    [Test]
    public void TwoEntriesEquallyNearGiveNoSuggestion() =>
        Assert.That(NearestWord.Find("ab", [("ax", 0), ("xb", 1)]), Is.Null);

    [TestCase("", "", 0)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("支委会", "支委会议", 1)]
    public void TheDistanceIsLevenshteins(string a, string b, int d) =>
        Assert.That(NearestWord.Distance(a, b), Is.EqualTo(d));
}
