using EcoAssessment.Privacy;
using NUnit.Framework;

namespace EcoAssessment.Tests.Privacy;

public class MemberPseudonymsTests
{
    private const string Key = "0123456789abcdef-test-key";

    /// <summary>Expected values computed independently: Python <c>base64.b32encode(hmac.new(key, id, sha256).digest())[:10]</c>.</summary>
    [TestCase("MST00101", "M-FHE2VH3NUH")]
    [TestCase("党员甲", "M-FUWLFSAXAI")]
    public void ThePseudonymIsTheBase32OfTheHmacSha256(string id, string expected) =>
        Assert.That(new MemberPseudonyms(Key).Of(id), Is.EqualTo(expected));

    [Test]
    public void TheSameIdAndKeyGiveTheSamePseudonymAndAnotherKeyAnother()
    {
        var a = new MemberPseudonyms(Key);
        var b = new MemberPseudonyms(Key + "!");
        Assert.That(new MemberPseudonyms(Key).Of("M1"), Is.EqualTo(a.Of("M1")));
        Assert.That(b.Of("M1"), Is.Not.EqualTo(a.Of("M1")));
        Assert.That(a.Of("M2"), Is.Not.EqualTo(a.Of("M1")));
    }

    [Test]
    public void PseudonymsOfManyIdsAreWellFormedAndDistinct()
    {
        var p = new MemberPseudonyms(Key);
        var all = Enumerable.Range(0, 20000).Select(i => p.Of($"M{i:D6}")).ToArray();
        Assert.That(all, Is.All.Match("^M-[A-Z2-7]{10}$"));
        Assert.That(all.Distinct().Count(), Is.EqualTo(all.Length));
    }

    [TestCase("")]
    [TestCase("short-key")]
    [TestCase("fifteen-bytes!!")]
    public void AShortKeyIsRefused(string key)
    {
        Assert.That(MemberPseudonyms.IsUsableKey(key), Is.False);
        Assert.That(() => new MemberPseudonyms(key), Throws.ArgumentException);
    }

    [Test]
    public void SixteenBytesAreEnoughAndCountAsUtf8() =>
        Assert.That((MemberPseudonyms.IsUsableKey("sixteen-bytes!!!"), MemberPseudonyms.IsUsableKey("六个汉字的密钥")), Is.EqualTo((true, true)));
}
