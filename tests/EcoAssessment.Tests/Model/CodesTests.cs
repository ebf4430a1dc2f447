using System.Text;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.Tests.Model;

public class CodesTests
{
    private static string Snake(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var ch in pascal)
        {
            if (char.IsUpper(ch) && sb.Length > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }

    private static IEnumerable<TestCaseData> Lists()
    {
        yield return new TestCaseData(typeof(BranchType), InputCatalogue.BranchTypes).SetArgDisplayNames("branch type");
        yield return new TestCaseData(typeof(MemberStatus), InputCatalogue.MemberStatuses).SetArgDisplayNames("member status");
        yield return new TestCaseData(typeof(MemberRole), InputCatalogue.MemberRoles).SetArgDisplayNames("member role");
        yield return new TestCaseData(typeof(MeetingType), InputCatalogue.MeetingTypes).SetArgDisplayNames("meeting type");
        yield return new TestCaseData(typeof(StudyForm), InputCatalogue.StudyForms).SetArgDisplayNames("study form");
        yield return new TestCaseData(typeof(FindingSource), InputCatalogue.FindingSources).SetArgDisplayNames("finding source");
        yield return new TestCaseData(typeof(FindingCategory), InputCatalogue.FindingCategories).SetArgDisplayNames("finding category");
        yield return new TestCaseData(typeof(Tolerance), InputCatalogue.Tolerances).SetArgDisplayNames("tolerance");
        yield return new TestCaseData(typeof(ResponsibleRole), InputCatalogue.Responsibilities).SetArgDisplayNames("responsibility");
    }

    [TestCaseSource(nameof(Lists))]
    public void EachEnumMemberIsItsCodeListEntry(Type enumType, object codeList) // object: CodeList is internal
    {
        var codes = (CodeList)codeList;
        var names = Enum.GetNames(enumType);
        Assert.That(codes.Entries.Select(e => e.Code), Is.EqualTo(names.Select(Snake)));
        for (var i = 0; i < names.Length; i++)
        {
            Assert.That((int)Enum.Parse(enumType, names[i]), Is.EqualTo(i));
        }
    }

    [TestCase("支部党员大会", MeetingType.GeneralAssembly)]
    [TestCase("general_assembly", MeetingType.GeneralAssembly)]
    [TestCase("GENERAL_ASSEMBLY", MeetingType.GeneralAssembly)]
    [TestCase(" 微型党课 ", MeetingType.Lecture)]
    [TestCase("主题党日", MeetingType.ThemeDay)]
    [TestCase("民主评议", MeetingType.MemberReview)]
    public void MeetingTypesAcceptCodesChineseAndAliases(string text, MeetingType expected)
    {
        Assert.That(InputCatalogue.MeetingTypes.TryParse(text, out var i), Is.True);
        Assert.That((MeetingType)i, Is.EqualTo(expected));
    }

    [TestCase("容错免责", Tolerance.Exempt)]
    [TestCase("从轻", Tolerance.Lenient)]
    [TestCase("减轻", Tolerance.Lenient)]
    [TestCase("否", Tolerance.None)]
    public void TolerancesAcceptTheirChineseForms(string text, Tolerance expected)
    {
        Assert.That(InputCatalogue.Tolerances.TryParse(text, out var i), Is.True);
        Assert.That((Tolerance)i, Is.EqualTo(expected));
    }

    [Test]
    public void AnUnknownCodeIsRefused()
    {
        Assert.That(InputCatalogue.MeetingTypes.TryParse("party", out _), Is.False);
    }

    [TestCase("meetings", "meetings")]
    [TestCase("会议", "meetings")]
    [TestCase("Branches", "branches")]
    [TestCase("问题", "findings")]
    public void TablesAreFoundByEnglishNameOrChineseAlias(string name, string expected)
    {
        Assert.That(InputCatalogue.FindTable(name)?.Name, Is.EqualTo(expected));
    }

    [TestCase("支部编号", "branch_id")]
    [TestCase("Branch_ID", "branch_id")]
    [TestCase(" 党员人数 ", "members")]
    [TestCase("ｂｒａｎｃｈ＿ｉｄ", "branch_id")]
    public void ColumnsAreFoundByNameOrAlias(string header, string expected)
    {
        Assert.That(InputCatalogue.FindColumn(InputCatalogue.Branches, header)?.Name, Is.EqualTo(expected));
    }

    [TestCase(Rating.Vanguard, "先锋", "vanguard", 3)]
    [TestCase(Rating.Middle, "中间", "middle", 2)]
    [TestCase(Rating.Laggard, "落后", "laggard", 1)]
    [TestCase(Rating.Unrated, "未定级", "unrated", 0)]
    public void RatingLabelsRoundTrip(Rating rating, string chinese, string english, int tier)
    {
        Assert.That(RatingLabels.Chinese(rating), Is.EqualTo(chinese));
        Assert.That(RatingLabels.English(rating), Is.EqualTo(english));
        Assert.That(RatingLabels.Tier(rating), Is.EqualTo(tier));
        Assert.That(RatingLabels.TryParse(chinese, out var a) ? a : (Rating?)null, Is.EqualTo(rating));
        Assert.That(RatingLabels.TryParse(english, out var b) ? b : (Rating?)null, Is.EqualTo(rating));
    }
}
