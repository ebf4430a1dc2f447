using EcoAssessment.Generation;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Generation;

/// <summary>
/// Passes generated records on to a writer and reports, every <see cref="Every"/> records and at each new table, the
/// table being written and the records written so far (for the progress line of <c>eco generate</c>).
/// </summary>
internal sealed class ProgressSink(IDatasetSink inner, Action<string, long> progress) : IDatasetSink
{
    /// <summary>How many records between two reports.</summary>
    public const int Every = 100_000;

    private string? _table;
    private long _records;

    private void Count(string table)
    {
        _records++;
        if (table != _table || _records % Every == 0)
        {
            _table = table;
            progress(table, _records);
        }
    }

    public void Unit(UnitRecord record)
    {
        inner.Unit(record);
        Count("units");
    }

    public void Branch(BranchRecord record)
    {
        inner.Branch(record);
        Count("branches");
    }

    public void Member(MemberRecord record)
    {
        inner.Member(record);
        Count("members");
    }

    public void Meeting(MeetingRecord record)
    {
        inner.Meeting(record);
        Count("meetings");
    }

    public void Study(StudyRecord record)
    {
        inner.Study(record);
        Count("study");
    }

    public void Assessment(AssessmentRecord record)
    {
        inner.Assessment(record);
        Count("assessments");
    }

    public void Finding(FindingRecord record)
    {
        inner.Finding(record);
        Count("findings");
    }

    public void Indicators(IndicatorRow row)
    {
        inner.Indicators(row);
        Count("indicators");
    }
}
