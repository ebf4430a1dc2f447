using EcoAssessment.IO.Xlsx;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Xlsx;

public class HeaderFinderTests
{
    [Test]
    public void TitleRowsAboveTheHeaderAreSkipped()
    {
        var h = HeaderFinder.Find(InputCatalogue.Branches, [
            (1, ["2024年度支部台账"]), (2, ["填报单位：生态环境局", "", "日期：2024-12-31"]), (3, ["支部编号", "支部名称", "单位"]), (4, ["B1", "一支部", "局"])]);
        Assert.That(h, Is.Not.Null);
        Assert.That((h!.LastRow, h.Rows), Is.EqualTo((3, 1)));
        Assert.That(h.Captions, Is.EqualTo(new[] { "支部编号", "支部名称", "单位" }));
    }

    [Test]
    public void ATwoRowHeaderTakesTheSubCaptionsAndTheCaptionsMergedDown()
    {
        var h = HeaderFinder.Find(InputCatalogue.Meetings, [
            (1, ["支部编号", "类型", "日期", "出席情况", "", ""]), (2, ["", "", "", "应到", "实到", "请假"]), (3, ["B1", "党课", "2024-01-02", "5", "5", "0"])]);
        Assert.That((h!.LastRow, h.Rows), Is.EqualTo((2, 2)));
        Assert.That(h.Captions, Is.EqualTo(new[] { "支部编号", "类型", "日期", "应到", "实到", "请假" }));
    }

    [Test]
    public void AHeaderRowBelowAGroupRowThatNamesNothingStaysOneRow()
    {
        var h = HeaderFinder.Find(InputCatalogue.Meetings, [
            (1, ["基本信息", "", "", "出席", "", ""]), (2, ["支部编号", "类型", "日期", "应到", "实到", "请假"])]);
        Assert.That((h!.LastRow, h.Rows), Is.EqualTo((2, 1)));
    }

    [Test]
    public void RowsThatNameNoColumnGiveNoHeader() =>
        Assert.That(HeaderFinder.Find(InputCatalogue.Meetings, [(1, ["说明"]), (2, ["这里填写会议"])]), Is.Null);

    [TestCase(14u, null, true)]
    [TestCase(22u, null, true)]
    [TestCase(57u, null, true)]
    [TestCase(0u, null, false)]
    [TestCase(10u, null, false)]
    [TestCase(164u, "yyyy\\-mm\\-dd", true)]
    [TestCase(165u, "[$-804]yyyy\"年\"m\"月\"d\"日\"", true)]
    [TestCase(166u, "0.00%", false)]
    [TestCase(167u, "\"day\" 0", false)]
    [TestCase(168u, "[h]:mm:ss", false)]
    [TestCase(169u, "0.00E+00", false)]
    public void DateFormatsAreRecognised(uint id, string? code, bool isDate) =>
        Assert.That(WorkbookCells.IsDateFormat(id, code), Is.EqualTo(isDate));
}
