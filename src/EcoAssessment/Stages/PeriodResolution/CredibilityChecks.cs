using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.Model;

namespace EcoAssessment.Stages.PeriodResolution;

/// <summary>
/// Warnings that a dataset may be wrong although every row reads (DESIGN.md §8, no silent wrong rating): rows dated after
/// the period, meetings with more attendees than the branch has members, a unit with a single branch. Each is located and
/// goes into the run's diagnostics, as a warning (printed in full), never as a notice.
/// </summary>
internal static class CredibilityChecks
{
    /// <summary>Per table, the rows dated after the end of the period: how many and the latest date.</summary>
    public static void AfterPeriod(RowTally tally, IReadOnlyDictionary<InputTable, string> files, Period period, DiagnosticBag diagnostics)
    {
        foreach (var (table, (rows, latest)) in tally.After.OrderBy(kv => kv.Key))
        {
            var file = files.GetValueOrDefault(table);
            diagnostics.Warning(DiagnosticCodes.RecordsAfterPeriod, file is null ? null : SourceLocation.InFile(file),
                (rows == 1 ? Texts.RecordsAfterPeriodOne : Texts.RecordsAfterPeriodMany).With(rows, Texts.TableName(table), period.Label, period.End, latest));
        }
    }

    /// <summary>
    /// The checks over the branches (in branch_id order): attendees above members, and units with a single branch — the
    /// latter only when no units table declares the units (<paramref name="unitsDeclared"/>): a unit name that the units
    /// table lists is no typo (one it does not list is refused, ECO0320), and a 分局 of one branch is common.
    /// </summary>
    public static void OfBranches(IReadOnlyList<BranchData> ordered, DiagnosticBag diagnostics, bool unitsDeclared = false)
    {
        foreach (var b in ordered)
        {
            if (b.AttendeesAboveMembers is { } a)
            {
                diagnostics.Warning(DiagnosticCodes.AttendeesAboveMembers, a.First.WithColumn("attendees") ?? b.Record.Location,
                    Texts.AttendeesAboveMembers.With(b.BranchId, a.Meetings, a.Members, a.Most));
            }
        }

        if (unitsDeclared)
        {
            return;
        }

        var units = new Dictionary<string, (int Count, BranchData First)>(StringComparer.Ordinal);
        foreach (var b in ordered)
        {
            if (b.Record.Unit is { Length: > 0 } unit)
            {
                units[unit] = units.TryGetValue(unit, out var u) ? (u.Count + 1, u.First) : (1, b);
            }
        }

        foreach (var (unit, (count, first)) in units.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (count == 1)
            {
                diagnostics.Warning(DiagnosticCodes.SingleBranchUnit, first.Record.Location.WithColumn("unit"),
                    Texts.SingleBranchUnit.With(unit, first.BranchId));
            }
        }
    }
}
