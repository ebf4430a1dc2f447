using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Previous;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Previous;

/// <summary>Previous ratings keep the previous score when the file has one (for score trends); a file without scores still reads.</summary>
public class PreviousScoreTests
{
    [Test]
    public void ScoresAreReadFromCsvAndJsonAndAreOptional()
    {
        using var ds = new TempDataset();
        ds.Csv("prev.csv", "branch_id,rating,score", "B1,先锋,91.5", "B2,落后,");
        ds.Csv("ratings-only.csv", "支部编号,评级", "B1,中间");
        ds.Text("prev.json", """{"branches":[{"branch_id":"B1","rating":"中间","score":77.25},{"branch_id":"B2","rating":"落后","score":null}]}""");
        var bag = new DiagnosticBag();
        var csv = PreviousRatingsReader.Read(ds.PathOf("prev.csv"), bag)!;
        var plain = PreviousRatingsReader.Read(ds.PathOf("ratings-only.csv"), bag)!;
        var json = PreviousRatingsReader.Read(ds.PathOf("prev.json"), bag)!;
        Assert.That(bag.Items, Is.Empty, Diag.Dump(bag));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(csv.Branches["B1"].Score, Is.EqualTo(91.5));
            Assert.That(csv.Branches["B2"].Score, Is.Null);
            Assert.That(plain.Branches["B1"].Score, Is.Null);
            Assert.That(json.Branches["B1"].Score, Is.EqualTo(77.25));
            Assert.That(json.Branches["B2"].Score, Is.Null);
        }
    }
}
