using System.Runtime.CompilerServices;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Stages.PeriodResolution;

/// <summary>
/// Stage 2 (DESIGN.md §3), the period: resolves the period (the given one, or the single calendar year of the dated
/// records), drops the rows of other periods, keeps the period's indicator values, and computes each branch's N, full
/// members and committee flag. The folder is not named <c>Period</c>: a namespace of that name would hide the
/// <see cref="Period"/> type from the other stages.
/// </summary>
internal static class PeriodStage
{
    /// <summary>
    /// Builds the dataset of the period from what a <see cref="DatasetBuilder"/> took in. Returns null when an error was
    /// reported (here or while adding). The per-branch steps run in blocks on up to <paramref name="parallelism"/> threads.
    /// <paramref name="unitsDeclared"/>: a units table with rows declares the units (no single-branch warning).
    /// </summary>
    public static Dataset? Apply(Period? given, Dictionary<string, BranchData> branches, IReadOnlyDictionary<string, MemberEntry> members,
        IReadOnlySet<InputTable> tables, IReadOnlyDictionary<InputTable, string> files, RowTally tally, SourceLocation? origin,
        DiagnosticBag diagnostics, int parallelism, bool unitsDeclared = false)
    {
        var period = given;
        if (period is null)
        {
            // Meetings and study date the period; findings only when there are neither, since a finding raised last year
            // may still be due, open or overdue this year.
            tally.FlushYears();
            var years = tally.Years.Count > 0 ? tally.Years : tally.FindingYears;
            if (years.Count > 1)
            {
                var list = Text.Join(Texts.ListSeparator, years.Select(kv => (kv.Value == 1 ? Texts.YearOneRow : Texts.YearRows).With(kv.Key, kv.Value)));
                diagnostics.Error(DiagnosticCodes.SeveralYears, origin, Texts.SeveralYears.With(list, years.Keys.Last()));
                return null;
            }

            if (years.Count == 0)
            {
                if (diagnostics.HasErrors)
                {
                    return null; // the dated rows had errors of their own: the period is not the problem to report
                }

                diagnostics.Error(DiagnosticCodes.BadPeriod, origin, Texts.NoDatedRecords);
                return null;
            }

            period = Period.Year(years.Keys.First());
            var all = branches.Values.ToArray();
            long findingsOut = 0;
            long assessmentsOut = 0;
            var latestFinding = DateOnly.MinValue;
            InBlocks(all.Length, parallelism, diagnostics, (from, to, _) =>
            {
                long findings = 0;
                long assessments = 0;
                var latest = DateOnly.MinValue;
                for (var i = from; i < to; i++)
                {
                    var b = all[i];
                    foreach (var f in b.FindingList)
                    {
                        latest = f.Date > latest ? f.Date : latest;
                    }

                    findings += b.FindingList.RemoveAll(f => f.Date > period.End);
                    assessments += b.AssessmentList.RemoveAll(a => a.Period is Period p && !SamePeriod(p, period));
                }

                Interlocked.Add(ref findingsOut, findings);
                Interlocked.Add(ref assessmentsOut, assessments);
                lock (all)
                {
                    latestFinding = latest > latestFinding ? latest : latestFinding;
                }
            });
            tally.CountOutside(InputTable.Findings, (int)findingsOut);
            tally.CountAfter(InputTable.Findings, (int)findingsOut, latestFinding);
            tally.CountOutside(InputTable.Assessments, (int)assessmentsOut);
        }

        ResolveIndicatorValues(branches, tally, period, diagnostics, parallelism);
        if (given is not null && tally.Inside == 0 && tally.Span is var (first, last))
        {
            // Every dated record lies outside the period asked for: rating on none of them would rate every branch on nothing.
            diagnostics.Error(DiagnosticCodes.NoRecordsInPeriod, origin,
                Texts.NoRecordsInPeriod.With(period.Label, period.Start, period.End, first, last, last.Year));
            return null;
        }

        foreach (var (table, count) in tally.Outside.OrderBy(kv => kv.Key))
        {
            var file = files.GetValueOrDefault(table);
            diagnostics.Warning(DiagnosticCodes.OutsidePeriod, file is null ? null : SourceLocation.InFile(file),
                (count == 1 ? Texts.OutsidePeriodOne : Texts.OutsidePeriodMany).With(count, Texts.TableName(table), period.Label));
        }

        CredibilityChecks.AfterPeriod(tally, files, period, diagnostics);

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var hasMembers = tables.Contains(InputTable.Members);
        var ordered = Existing(branches.Values, period, diagnostics);
        Array.Sort(ordered, static (x, y) => string.CompareOrdinal(x.BranchId, y.BranchId));
        InBlocks(ordered.Length, parallelism, diagnostics, (from, to, bag) =>
        {
            for (var i = from; i < to; i++)
            {
                ComputeMembers(ordered[i], period, hasMembers, bag);
                WarnManyExemptions(ordered[i], period, bag);
            }
        });

        CredibilityChecks.OfBranches(ordered, diagnostics, unitsDeclared);
        return new Dataset(period, ordered, new HashSet<InputTable>(tables), members);
    }

    /// <summary>
    /// The branches that existed on at least one day of the period, each with the part it existed (<see cref="BranchData.Active"/>);
    /// a branch founded after the period or dissolved before it is left out of the period with a warning (it is no
    /// organisation of that period: nothing is expected of it, and it neither counts in its unit nor takes a place in the quota).
    /// </summary>
    private static BranchData[] Existing(IEnumerable<BranchData> branches, Period period, DiagnosticBag diagnostics)
    {
        var kept = new List<BranchData>();
        foreach (var b in branches.OrderBy(x => x.BranchId, StringComparer.Ordinal))
        {
            var founded = b.Record.Founded;
            if (founded is null && b.Record.Type == BranchType.Temporary && Earliest(b.FirstMeeting, b.FirstFinding) is DateOnly first)
            {
                // A temporary branch without a founded date was set up for a task: it existed from the month of its earliest
                // meeting or finding. A standing branch without one is taken to exist the whole period (one that held
                // nothing in January is behind, not new).
                founded = new DateOnly(first.Year, first.Month, 1);
                b.FoundedFromRecords = founded > period.Start;
            }

            var start = founded is DateOnly f && f > period.Start ? f : period.Start;
            var end = b.Record.Dissolved is DateOnly d && d < period.End ? d : period.End;
            if (end < start)
            {
                diagnostics.Warning(DiagnosticCodes.BranchNotInPeriod, b.Record.Location,
                    (b.Record.Dissolved is DateOnly gone && gone < period.Start ? Texts.BranchDissolvedBeforePeriod.With(b.BranchId, Iso(gone), period.Label)
                        : Texts.BranchFoundedAfterPeriod.With(b.BranchId, Iso(founded!.Value), period.Label)));
                continue;
            }

            b.Active = start == period.Start && end == period.End
                ? period
                : new Period(start, end, PeriodKind.Range, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd}..{end:yyyy-MM-dd}"));
            kept.Add(b);
        }

        return [.. kept];
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is DateOnly x && (b is not DateOnly y || x <= y) ? x : b;

    /// <summary>From this many branches the per-branch steps run in blocks on several threads.</summary>
    internal const int ParallelBranches = Blocks.ParallelFrom;

    /// <summary>Whether two periods are the same days.</summary>
    internal static bool SamePeriod(Period a, Period b) => a.Start == b.Start && a.End == b.End;

    /// <summary>
    /// Runs <paramref name="block"/> over [0, <paramref name="count"/>) of the branches: for many branches in blocks on all
    /// cores, each with a bag of its own, whose problems are then reported block after block (as one loop reports them).
    /// </summary>
    private static void InBlocks(int count, int parallelism, DiagnosticBag diagnostics, Action<int, int, DiagnosticBag> block)
    {
        var bags = new DiagnosticBag[Blocks.CountFor(count, parallelism)];
        Blocks.Run(count, parallelism, (k, from, to) => block(from, to, bags[k] = new DiagnosticBag()));
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.Items);
        }
    }

    /// <summary>Keeps the indicator values of the resolved period; a value given twice for it is an error.</summary>
    private static void ResolveIndicatorValues(Dictionary<string, BranchData> branches, RowTally tally, Period period, DiagnosticBag diagnostics,
        int parallelism)
    {
        var values = tally.IndicatorValues;
        var branchIds = values.Keys.ToArray();
        Array.Sort(branchIds, StringComparer.Ordinal);
        long outside = 0;
        InBlocks(branchIds.Length, parallelism, diagnostics, (from, to, bag) =>
        {
            var count = 0;
            for (var k = from; k < to; k++)
            {
                count += ResolveIndicatorValues(branches[branchIds[k]], values[branchIds[k]], period, bag);
            }

            Interlocked.Add(ref outside, count);
        });
        tally.CountOutside(InputTable.Indicators, (int)outside);
    }

    /// <summary>A branch's indicator values of the period into its map; the number of rows of other periods.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ResolveIndicatorValues(BranchData b, List<IndicatorValueRecord> values, Period period, DiagnosticBag bag)
    {
        var outside = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var r = values[i];
            if (r.Period is not null && !SamePeriod(r.Period, period))
            {
                outside++;
                continue;
            }

            // The map holds only this period's values, each from its first row: a key already there is a duplicate.
            if (!b.IndicatorValueMap.TryAdd(r.Indicator, r.Value))
            {
                ReportDuplicateValue(values, i, period, bag);
            }
        }

        return outside;
    }

    /// <summary>Reports value <paramref name="i"/> as a duplicate of the first value of its indicator for the period.</summary>
    private static void ReportDuplicateValue(List<IndicatorValueRecord> values, int i, Period period, DiagnosticBag bag)
    {
        var r = values[i];
        var earlier = values.Take(i).First(e => e.Indicator == r.Indicator && (e.Period is null || SamePeriod(e.Period, period)));
        bag.Error(DiagnosticCodes.DuplicateRecordId, r.Location,
            Texts.IndicatorValueTwice.With(r.Indicator, r.BranchId, period.Label, earlier.Location));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeMembers(BranchData b, Period period, bool hasMembers, DiagnosticBag bag)
    {
        var temporary = b.Record.Type == BranchType.Temporary;
        var active = b.Active; // N is the mean number on roll over the days the branch existed
        if (hasMembers)
        {
            // Whole days on roll, added as integers and divided once, so N does not depend on the order of the rows.
            long days = 0;
            var full = 0;
            var onRoll = 0;
            foreach (var m in b.MembershipList)
            {
                if (!m.Home && !temporary)
                {
                    continue;
                }

                onRoll++;
                var d = DaysOnRoll(m.Joined, active);
                if (m.Status == MemberStatus.Full && d > 0)
                {
                    full++;
                }

                days += d;
            }

            b.MemberCount = (double)days / active.Days;
            b.FullMembers = full;
            if (b.Record.Members is int declared && declared != onRoll)
            {
                bag.Notice(DiagnosticCodes.MemberCountDiffers, b.Record.Location.WithColumn("members"),
                    Texts.MemberCountDiffers.With(b.BranchId, declared, onRoll));
            }
        }
        else if (b.Record.Members is int declared)
        {
            b.MemberCount = declared;
            b.FullMembers = declared;
        }

        b.HasCommittee = b.Record.HasCommittee ?? (b.FullMembers is int f ? f >= 7 : null);
    }

    /// <summary>More than half of a branch's findings in the period exempt (容错免责): a review warning (DOMAIN.md §5).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WarnManyExemptions(BranchData b, Period period, DiagnosticBag bag)
    {
        var inPeriod = 0;
        var exempt = 0;
        foreach (var f in b.FindingList)
        {
            if (period.Contains(f.Date))
            {
                inPeriod++;
                exempt += f.Tolerance == Tolerance.Exempt ? 1 : 0;
            }
        }

        if (inPeriod > 0 && exempt * 2 > inPeriod)
        {
            bag.Warning(DiagnosticCodes.ManyExemptions, b.Record.Location,
                Texts.ManyExemptions.With(b.BranchId, exempt, inPeriod, period.Label));
        }
    }

    /// <summary>The days of the period a member is on roll: all of them, or from <paramref name="joined"/> to the end.</summary>
    internal static int DaysOnRoll(DateOnly? joined, Period period)
    {
        if (joined is not DateOnly j || j <= period.Start)
        {
            return period.Days;
        }

        return j > period.End ? 0 : period.End.DayNumber - j.DayNumber + 1;
    }

    /// <summary>1 for a member on roll the whole period; the covered share of the period's days for a mid-period joiner.</summary>
    internal static double ProRate(DateOnly? joined, Period period)
    {
        if (joined is not DateOnly j || j <= period.Start)
        {
            return 1;
        }

        if (j > period.End)
        {
            return 0;
        }

        return (double)(period.End.DayNumber - j.DayNumber + 1) / period.Days;
    }
}
