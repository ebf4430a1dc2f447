using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Tests.Model;

public class TextNormaliserTests
{
    [TestCase("０１２３４５６７８９", "0123456789")]
    [TestCase("ＢＲ－０１", "BR-01")]
    [TestCase("９２％", "92%")]
    [TestCase("（Ａ）", "(A)")]
    [TestCase("　支部　", "支部")]
    [TestCase("  BR01\t", "BR01")]
    [TestCase("第一党支部", "第一党支部")]
    [TestCase("", "")]
    public void FoldsFullWidthAsciiAndIdeographicSpaceAndTrims(string text, string expected)
    {
        Assert.That(TextNormaliser.Fold(text), Is.EqualTo(expected));
    }

    [Test]
    public void AnIdeographicSpaceInsideTheTextBecomesAnOrdinarySpace()
    {
        Assert.That(TextNormaliser.Fold("张　三"), Is.EqualTo("张 三"));
    }

    [Test]
    public void TextWithNothingToFoldComesBackAsTheSameInstance()
    {
        var text = "BR-01";
        Assert.That(TextNormaliser.Fold(text), Is.SameAs(text));
    }
}
