using EcoAssessment.Generation;
using EcoAssessment.IO.Generation;
using EcoAssessment.Model;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Generation;

public class ProgressSinkTests
{
    /// <summary>Collects the records it receives, as "table:id" lines.</summary>
    private sealed class Recorder : IDatasetSink
    {
        public List<string> Seen { get; } = [];

        public void Branch(BranchRecord record) => Seen.Add($"branches:{record.BranchId}");

        public void Member(MemberRecord record) => Seen.Add($"members:{record.MemberId}");

        public void Meeting(MeetingRecord record) => Seen.Add($"meetings:{record.MeetingId}");

        public void Study(StudyRecord record) => Seen.Add($"study:{record.MemberId}");

        public void Assessment(AssessmentRecord record) => Seen.Add($"assessments:{record.Item}");

        public void Finding(FindingRecord record) => Seen.Add($"findings:{record.FindingId}");

        public void Indicators(IndicatorRow row) => Seen.Add($"indicators:{row.BranchId}");

        public void Unit(UnitRecord record) => Seen.Add($"units:{record.UnitId}");
    }

    [Test]
    public void ForwardsEveryRecordInOrderAndReportsEachTableAndEveryHundredThousandRecords()
    {
        var direct = new Recorder();
        DatasetGenerator.Generate(new GeneratorOptions(40, Seed: 5), direct);
        var through = new Recorder();
        var reports = new List<(string Table, long Records)>();
        DatasetGenerator.Generate(new GeneratorOptions(40, Seed: 5), new ProgressSink(through, (t, n) => reports.Add((t, n))));

        Assert.That(through.Seen, Is.EqualTo(direct.Seen), "the writer gets the same records in the same order");
        var tables = direct.Seen.Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)]).ToList();
        var expected = new List<(string, long)>();
        for (var i = 0; i < tables.Count; i++)
        {
            if (i == 0 || tables[i] != tables[i - 1] || (i + 1) % ProgressSink.Every == 0)
            {
                expected.Add((tables[i], i + 1));
            }
        }

        Assert.That(reports, Is.EqualTo(expected));
        Assert.That(reports.Select(r => r.Table).Distinct(), Is.EqualTo(new[] { "branches", "members", "meetings", "study", "assessments", "findings", "indicators", "units" }));
    }
}
