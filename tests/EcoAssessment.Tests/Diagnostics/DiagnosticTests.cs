using EcoAssessment.Diagnostics;
using NUnit.Framework;

namespace EcoAssessment.Tests.Diagnostics;

public class DiagnosticTests
{
    [Test]
    public void LocationsPrintTheMostPreciseFormPresent()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SourceLocation.At("scoring-rules/x.yaml", 14, 9).ToString(), Is.EqualTo("scoring-rules/x.yaml(14,9)"));
            Assert.That(SourceLocation.AtRow("meetings.csv", 17, "date").ToString(), Is.EqualTo("meetings.csv(17,date)"));
            Assert.That(SourceLocation.AtRow("meetings.csv", 17).ToString(), Is.EqualTo("meetings.csv(17)"));
            Assert.That(new SourceLocation { File = "book.xlsx", Sheet = "会议", Cell = "C7" }.ToString(), Is.EqualTo("book.xlsx!会议!C7"));
            Assert.That(new SourceLocation { File = "book.xlsx", Sheet = "会议" }.ToString(), Is.EqualTo("book.xlsx!会议"));
            Assert.That(SourceLocation.InFile("rules.yaml").ToString(), Is.EqualTo("rules.yaml"));
        });
    }

    [Test]
    public void WithColumnNamesTheColumnAndKeepsTheRow()
    {
        SourceLocation? at = SourceLocation.At("x.csv", 3, 4);
        Assert.That(at.WithColumn("branch_id"), Is.EqualTo(SourceLocation.AtRow("x.csv", 3, "branch_id")));
        Assert.That(((SourceLocation?)null).WithColumn("branch_id"), Is.Null);
    }

    [Test]
    public void DiagnosticsPrintInMsBuildForm()
    {
        var bag = new DiagnosticBag();
        bag.Error(DiagnosticCodes.BadDate, SourceLocation.AtRow("meetings.csv", 17, "date"), "'2024-02-30' is not a date");
        bag.Warning(DiagnosticCodes.OutsidePeriod, null, "3 rows left out");
        bag.Notice(DiagnosticCodes.DuplicateMeeting, SourceLocation.InFile("会议.csv"), "counts once");
        Assert.That(bag.Items.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "meetings.csv(17,date): error ECO0201: '2024-02-30' is not a date",
            "warning ECO0251: 3 rows left out",
            "会议.csv: notice ECO0253: counts once",
        }));
        Assert.That(bag.ErrorCount, Is.EqualTo(1));
        Assert.That(bag.HasErrors, Is.True);
    }

    [Test]
    public void CatalogueCodesAreUniqueAndWellFormed()
    {
        var ids = DiagnosticCodes.All.Select(c => c.Id).ToArray();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.All.Matches("^ECO[0-9]{4}$"));
        Assert.That(DiagnosticCodes.All.Select(c => c.Fix), Is.All.Not.Empty);
    }
}
