using EcoAssessment.Diagnostics;

namespace EcoAssessment.Model;

/// <summary>
/// What a builder counts of the rows it takes in, for the period stage: dated rows per year (which tell the period when
/// none is given), rows left out of the period per table, and the indicator values held until the period is known.
/// Each lane counts its own; <see cref="Add"/> takes in a lane's counts.
/// </summary>
internal sealed class RowTally
{
    private int _runYear;
    private int _runCount;

    /// <summary>Meetings and study rows per calendar year (when no period was given).</summary>
    public SortedDictionary<int, int> Years { get; } = [];

    /// <summary>Findings per calendar year (when no period was given).</summary>
    public SortedDictionary<int, int> FindingYears { get; } = [];

    /// <summary>Rows left out of the period, per table.</summary>
    public Dictionary<InputTable, int> Outside { get; } = [];

    /// <summary>The indicator values per branch_id, kept until the period is resolved.</summary>
    public Dictionary<string, List<IndicatorValueRecord>> IndicatorValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Meetings listed again (counted once).</summary>
    public int DuplicateMeetings { get; set; }

    /// <summary>Dated rows (or rows labelled with a period) inside the given period.</summary>
    public long Inside { get; set; }

    /// <summary>The earliest and latest day of the dated rows not inside the given period; null when there were none.</summary>
    public (DateOnly First, DateOnly Last)? Span { get; private set; }

    /// <summary>Per table, the rows dated after the end of the period and the latest of their dates.</summary>
    public Dictionary<InputTable, (int Rows, DateOnly Latest)> After { get; } = [];

    /// <summary>
    /// Meetings of one file that an earlier file of the table listed already, per (earlier file, file): how many, and the
    /// first of them (where, its meeting_id and branch).
    /// </summary>
    public Dictionary<(string Earlier, string File), (int Count, SourceLocation? At, string Meeting, string Branch)> RepeatsAcrossFiles { get; } = [];

    /// <summary>Widens <see cref="Span"/> by the days from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public void Widen(DateOnly first, DateOnly last) =>
        Span = Span is var (f, l) ? (first < f ? first : f, last > l ? last : l) : (first, last);

    /// <summary>
    /// Whether a row labelled with period <paramref name="label"/> is of the period <paramref name="period"/>: counted
    /// inside, or else counted as left out, its days widening <see cref="Span"/>.
    /// </summary>
    public bool OfPeriod(InputTable table, Period label, Period period)
    {
        if (label.Start == period.Start && label.End == period.End)
        {
            Inside++;
            return true;
        }

        CountOutside(table);
        Widen(label.Start, label.End);
        return false;
    }

    /// <summary>Counts a dated row of a table left out of a period ending on <paramref name="end"/>.</summary>
    public void CountOutside(InputTable table, DateOnly date, DateOnly end)
    {
        CountOutside(table);
        Widen(date, date);
        if (date > end)
        {
            CountAfter(table, 1, date);
        }
    }

    /// <summary>Counts <paramref name="rows"/> rows of a table dated after the period, the latest on <paramref name="latest"/>.</summary>
    public void CountAfter(InputTable table, int rows, DateOnly latest)
    {
        if (rows > 0)
        {
            After[table] = After.TryGetValue(table, out var a) ? (a.Rows + rows, latest > a.Latest ? latest : a.Latest) : (rows, latest);
        }
    }

    /// <summary>Counts a meeting of <paramref name="file"/> that <paramref name="earlier"/> listed already.</summary>
    public void CountRepeat(string earlier, string file, Func<SourceLocation?> at, string meeting, string branch)
    {
        var key = (earlier, file);
        RepeatsAcrossFiles[key] = RepeatsAcrossFiles.TryGetValue(key, out var r) ? r with { Count = r.Count + 1 } : (1, at(), meeting, branch);
    }

    /// <summary>Counts a dated row by its year; rows usually come year after year, so a run of one year is counted in a field.</summary>
    public void Track(DateOnly date)
    {
        if (date.Year == _runYear)
        {
            _runCount++;
            return;
        }

        FlushYears();
        (_runYear, _runCount) = (date.Year, 1);
    }

    /// <summary>Adds the current run of one year to <see cref="Years"/>.</summary>
    public void FlushYears()
    {
        if (_runCount > 0)
        {
            Years[_runYear] = Years.GetValueOrDefault(_runYear) + _runCount;
            _runCount = 0;
        }
    }

    /// <summary>Counts <paramref name="rows"/> rows of a table left out of the period.</summary>
    public void CountOutside(InputTable table, int rows = 1)
    {
        if (rows > 0)
        {
            Outside[table] = Outside.GetValueOrDefault(table) + rows;
        }
    }

    /// <summary>Takes in what a lane counted (rows per year, rows outside the period, indicator values, repeated meetings).</summary>
    public void Add(RowTally lane)
    {
        lane.FlushYears();
        foreach (var (year, count) in lane.Years)
        {
            Years[year] = Years.GetValueOrDefault(year) + count;
        }

        foreach (var (year, count) in lane.FindingYears)
        {
            FindingYears[year] = FindingYears.GetValueOrDefault(year) + count;
        }

        foreach (var (table, count) in lane.Outside)
        {
            Outside[table] = Outside.GetValueOrDefault(table) + count;
        }

        // A branch's values new to this builder are taken over as they are (the lane is done with them).
        IndicatorValues.EnsureCapacity(IndicatorValues.Count + lane.IndicatorValues.Count);
        foreach (var (branch, values) in lane.IndicatorValues)
        {
            ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(IndicatorValues, branch, out var exists);
            if (exists)
            {
                list!.AddRange(values);
            }
            else
            {
                list = values;
            }
        }

        DuplicateMeetings += lane.DuplicateMeetings;
        Inside += lane.Inside;
        if (lane.Span is var (first, last))
        {
            Widen(first, last);
        }

        foreach (var (table, (rows, latest)) in lane.After)
        {
            CountAfter(table, rows, latest);
        }

        foreach (var (key, repeat) in lane.RepeatsAcrossFiles)
        {
            RepeatsAcrossFiles[key] = RepeatsAcrossFiles.TryGetValue(key, out var r) ? r with { Count = r.Count + repeat.Count } : repeat;
        }
    }
}
