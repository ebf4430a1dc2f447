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
    }
}
