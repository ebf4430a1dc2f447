using System.Globalization;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Treatment;

namespace EcoAssessment.Stages.Derivation;

/// <summary>One derived raw value with the arithmetic behind it; <see cref="Value"/> null means not available.</summary>
internal readonly record struct DerivedValue(double? Value, string Detail)
{
    public static DerivedValue NotAvailable(string why) => new(null, why);
}

/// <summary>
/// Step 3 of the pipeline: one value per (branch, indicator) by the indicator's measure, in its natural unit.
/// Absent table → not available; a present table with no rows for the branch → the measure's zero case, except a ratio
/// with an empty denominator (not available) and on-time rectification with nothing due (1).
/// </summary>
internal static class Derivation
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The value and how it was derived (what explanations show).</summary>
    public static DerivedValue Derive(IndicatorRule indicator, BranchData b, Dataset ds) => Derive(indicator, b, ds, explain: true, new DerivationScratch());

    /// <summary>
    /// The value; with <paramref name="explain"/> false the detail is left empty (nothing is formatted), the value is the
    /// same: both come from the same code, so the text can be derived again when an output shows it. Derivations in a row
    /// on one thread share the caller's <paramref name="scratch"/> (one per block of branches).
    /// </summary>
    public static DerivedValue Derive(IndicatorRule indicator, BranchData b, Dataset ds, bool explain, DerivationScratch scratch) => indicator.Measure switch
    {
        MeetingCompletionMeasure m => MeetingCompletion(m, b, ds, explain, scratch),
        ThemeDayCoverageMeasure => ThemeDayCoverage(b, ds, explain),
        AttendanceMeasure m => Attendance(m, b, ds, explain),
        AnnualReviewMeasure m => AnnualReview(m, b, ds, explain),
        FindingSeverityMeasure m => FindingSeverity(m, b, ds, explain, scratch),
        FindingCountMeasure m => FindingCount(m, b, ds, explain, scratch),
        RectificationOnTimeMeasure => RectificationOnTime(b, ds, explain),
        AssessmentRatioMeasure m => AssessmentRatio(m, b, ds, explain),
        ValueMeasure m => Value(m.Column ?? indicator.Id, b, ds, explain),
        StudyComplianceMeasure m => StudyCompliance(m, b, ds, explain, scratch),
        StudyHoursMeasure => StudyHours(b, ds, explain),
        StudyFormsMeasure m => StudyForms(m, b, ds, explain),
        MicroLectureShareMeasure => MicroLectureShare(b, ds, explain),
        _ => throw new InvalidOperationException($"no derivation for measure {indicator.Measure.Kind}"),
    };

    private static string F(double v) => Math.Round(v, 4).ToString("0.####", Inv);

    private static string Code(MeetingType t) => InputCatalogue.MeetingTypes.CodeOf((int)t);

    private static DerivedValue NotAvailable(bool explain, string why) => new(null, explain ? why : string.Empty);

    public static DerivedValue MeetingCompletion(MeetingCompletionMeasure m, BranchData b, Dataset ds, bool explain = true, DerivationScratch? scratch = null)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return NotAvailable(explain, "meetings table absent");
        }

        var months = (scratch ?? new DerivationScratch()).Months(ds.Period);
        var parts = explain ? new List<string>() : null;
        double sum = 0;
        var n = 0;
        var types = m.Types;
        for (var k = 0; k < types.Count; k++)
        {
            var type = types[k];
            var perYear = m.Expected(type);
            if (type == MeetingType.Committee)
            {
                if (b.HasCommittee is not true)
                {
                    parts?.Add(b.HasCommittee is null ? "committee: unknown whether a committee exists, left out" : "committee: no committee, left out");
                    continue;
                }
            }
            else if (type == MeetingType.Group)
            {
                var groups = b.Record.PartyGroups ?? 0;
                if (groups == 0)
                {
                    parts?.Add("group: no 党小组, left out");
                    continue;
                }

                perYear *= groups;
            }

            var expected = perYear * months / 12.0;
            var held = b.Meetings.Held(type);
            var share = expected <= 0 ? 1.0 : Math.Min(1.0, held / expected);
            parts?.Add($"{Code(type)} {held}/{F(expected)}");
            sum += share;
            n++;
        }

        if (n == 0)
        {
            return NotAvailable(explain, "no meeting type is expected of this branch");
        }

        var value = sum / n;
        return new DerivedValue(value, parts is null ? string.Empty : $"mean of min(1, held/expected): {string.Join("; ", parts)} → {F(value)}");
    }

    public static DerivedValue ThemeDayCoverage(BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return NotAvailable(explain, "meetings table absent");
        }

        var months = CalendarMonthCount(ds.Period);
        var covered = b.Meetings.ThemeDayMonths;
        var value = (double)covered / months;
        return new DerivedValue(value, explain ? string.Create(Inv, $"months with a 主题党日 {covered}/{months}") : string.Empty);
    }

    /// <summary>The calendar months the period touches (what <see cref="Period.CalendarMonths"/> lists).</summary>
    private static int CalendarMonthCount(Period p) => ((p.End.Year * 12) + p.End.Month) - ((p.Start.Year * 12) + p.Start.Month) + 1;

    public static DerivedValue Attendance(AttendanceMeasure m, BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return NotAvailable(explain, "meetings table absent");
        }

        var (present, due, capped) = b.Meetings.Attendance(m.Types);
        if (due == 0)
        {
            return NotAvailable(explain, "no meeting gives attendees and expected");
        }

        var value = (double)present / due;
        if (!explain)
        {
            return new DerivedValue(value, string.Empty);
        }

        var note = capped > 0 ? string.Create(Inv, $" ({capped} meetings with more attendees than expected counted at expected)") : string.Empty;
        return new DerivedValue(value, string.Create(Inv, $"attendees {present} / (expected − excused) {due}{note}"));
    }

    public static DerivedValue AnnualReview(AnnualReviewMeasure m, BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return NotAvailable(explain, "meetings table absent");
        }

        double value = 0;
        var parts = explain ? new List<string>() : null;
        var types = m.Types;
        for (var k = 0; k < types.Count; k++)
        {
            var t = types[k];
            var held = b.Meetings.Held(t) > 0;
            if (held)
            {
                value += 1.0 / m.Types.Count;
            }

            parts?.Add($"{Code(t)} {(held ? "held" : "not held")}");
        }

        return new DerivedValue(value, parts is null ? string.Empty : $"{string.Join("; ", parts)} → {F(value)}");
    }

    private static string ToleranceNote(FindingRecord f) => f.Tolerance switch
    {
        Tolerance.Exempt => "×0 exempt",
        Tolerance.Lenient => "×0.5 lenient",
        _ => "×1",
    };

    public static DerivedValue FindingSeverity(FindingSeverityMeasure m, BranchData b, Dataset ds, bool explain = true, DerivationScratch? scratch = null) =>
        WeightedFindingsPerMembers(b, ds, m.PerMembers, explain, m, null, scratch ?? new DerivationScratch());

    public static DerivedValue FindingCount(FindingCountMeasure m, BranchData b, Dataset ds, bool explain = true, DerivationScratch? scratch = null) =>
        WeightedFindingsPerMembers(b, ds, m.PerMembers, explain, null, m, scratch ?? new DerivationScratch());

    /// <summary>
    /// Σ weight × tolerance factor over the period's findings that the measure counts (in finding_id order), per
    /// <paramref name="perMembers"/> members: the common form of C1 (<paramref name="severity"/>: the weight of the
    /// finding's form) and C2 (<paramref name="count"/>: 1 for a finding of a listed category).
    /// </summary>
    private static DerivedValue WeightedFindingsPerMembers(BranchData b, Dataset ds, double perMembers, bool explain,
        FindingSeverityMeasure? severity, FindingCountMeasure? count, DerivationScratch scratch)
    {
        if (!ds.Has(InputTable.Findings))
        {
            return NotAvailable(explain, "findings table absent");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, "member count N unknown or zero");
        }

        // The period's findings that count, in finding_id order (ids are unique): the sum is taken in that order. They are
        // sorted in the caller's scratch buffer (cleared after use), not in a new list per branch and measure.
        var findings = b.FindingList;
        var period = ds.Period;
        var counted = scratch.Findings(findings.Count);

        var k = 0;
        foreach (var f in findings)
        {
            if (!period.Contains(f.Date) || !Counts(f, severity, count))
            {
                continue;
            }

            var at = k++;
            while (at > 0 && string.CompareOrdinal(counted[at - 1].FindingId, f.FindingId) > 0)
            {
                counted[at] = counted[at - 1];
                at--;
            }

            counted[at] = f;
        }

        double sum = 0;
        var parts = explain ? new List<string>() : null;
        for (var j = 0; j < k; j++)
        {
            var f = counted[j];
            var w = severity is not null ? (severity.FormWeights.TryGetValue(f.Form!.Value, out var fw) ? fw : 0) : 1.0;
            sum += w * ToleranceTreatment.Factor(f.Tolerance);
            if (parts is not null)
            {
                var note = severity is not null
                    ? string.Create(Inv, $"form {f.Form!.Value} w{F(w)}")
                    : InputCatalogue.FindingCategories.CodeOf((int)f.Category!.Value);
                parts.Add($"{f.FindingId} {note} {ToleranceNote(f)}");
            }
        }

        Array.Clear(counted, 0, k);
        var value = sum / n * perMembers;
        if (parts is null)
        {
            return new DerivedValue(value, string.Empty);
        }

        var list = parts.Count == 0 ? "no findings" : string.Join("; ", parts);
        return new DerivedValue(value, string.Create(Inv, $"{list}; Σ {F(sum)} / N {F(n)} × {F(perMembers)} = {F(value)}"));
    }

    /// <summary>Whether C1 counts the finding (it has a form) or C2 does (its category is listed).</summary>
    private static bool Counts(FindingRecord f, FindingSeverityMeasure? severity, FindingCountMeasure? count) =>
        severity is not null ? f.Form is int : f.Category is FindingCategory c && count!.Categories.Contains(c);

    public static DerivedValue RectificationOnTime(BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Findings))
        {
            return NotAvailable(explain, "findings table absent");
        }

        var due = 0;
        var onTime = 0;
        foreach (var f in b.FindingList)
        {
            if (f.DueDate is not DateOnly d || !ds.Period.Contains(d))
            {
                continue;
            }

            due++;
            if (f.ClosedDate is DateOnly c && c <= d)
            {
                onTime++;
            }
        }

        if (due == 0)
        {
            return new DerivedValue(1.0, explain ? "nothing due in the period → 1" : string.Empty);
        }

        var value = (double)onTime / due;
        return new DerivedValue(value, explain ? string.Create(Inv, $"closed by due date {onTime} / due in period {due}") : string.Empty);
    }

    public static DerivedValue AssessmentRatio(AssessmentRatioMeasure m, BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Assessments))
        {
            return NotAvailable(explain, "assessments table absent");
        }

        // Summed in decimal: exact for the values people type, so the ratio does not depend on the order of the rows.
        decimal score = 0;
        decimal max = 0;
        var items = 0;
        var prefixes = m.ItemPrefixes;
        foreach (var a in b.AssessmentList)
        {
            if (!StartsWithAny(a.Item, prefixes))
            {
                continue;
            }

            if (a.MaxScore is not double itemMax)
            {
                return NotAvailable(explain, explain ? $"{string.Join("|", prefixes)} item {a.Item} has no max_score" : string.Empty);
            }

            items++;
            score += (decimal)a.Score;
            max += (decimal)itemMax;
        }

        if (items == 0 || max <= 0)
        {
            return NotAvailable(explain, explain ? $"no {string.Join("|", prefixes)} assessment items" : string.Empty);
        }

        var value = (double)(score / max);
        return new DerivedValue(value, explain ? string.Create(Inv, $"{string.Join("|", prefixes)} items {items}: Σ score {F((double)score)} / Σ max {F((double)max)}") : string.Empty);
    }

    private static bool StartsWithAny(string item, IReadOnlyList<string> prefixes)
    {
        for (var i = 0; i < prefixes.Count; i++)
        {
            if (item.StartsWith(prefixes[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static DerivedValue Value(string column, BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Indicators))
        {
            return NotAvailable(explain, "indicators table absent");
        }

        return b.IndicatorValueMap.TryGetValue(column, out var v)
            ? new DerivedValue(v, explain ? $"indicators.{column}" : string.Empty)
            : NotAvailable(explain, explain ? $"no value for {column}" : string.Empty);
    }

    public static DerivedValue StudyCompliance(StudyComplianceMeasure m, BranchData b, Dataset ds, bool explain = true, DerivationScratch? scratch = null)
    {
        if (!ds.Has(InputTable.Study))
        {
            return NotAvailable(explain, "study table absent");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, "member count N unknown or zero");
        }

        var scale = (scratch ?? new DerivationScratch()).Months(ds.Period) / 12.0;
        var hours = m.HoursPerYear * scale;
        var points = m.PointsPerYear * scale;
        var reached = 0;
        if (b.MemberStudyMap is { } study)
        {
            foreach (var s in study.Values)
            {
                if ((hours is not double h || s.Hours >= h - 1e-9) && (points is not double p || s.Points >= p - 1e-9))
                {
                    reached++;
                }
            }
        }

        var value = Math.Min(1.0, reached / n);
        if (!explain)
        {
            return new DerivedValue(value, string.Empty);
        }

        var target = string.Join(" and ", new[] { hours is double h2 ? $"{F(h2)} h" : null, points is double p2 ? $"{F(p2)} points" : null }.Where(x => x is not null));
        return new DerivedValue(value, string.Create(Inv, $"members reaching {target}: {reached} / N {F(n)}{(reached > n ? ", capped at 1" : string.Empty)}"));
    }

    public static DerivedValue StudyHours(BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Study))
        {
            return NotAvailable(explain, "study table absent");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, "member count N unknown or zero");
        }

        var value = b.StudyHours / n;
        return new DerivedValue(value, explain ? string.Create(Inv, $"Σ hours {F(b.StudyHours)} / N {F(n)}") : string.Empty);
    }

    public static DerivedValue StudyForms(StudyFormsMeasure m, BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Study))
        {
            return NotAvailable(explain, "study table absent");
        }

        if (!explain)
        {
            var count = 0;
            var forms = m.Forms;
            for (var k = 0; k < forms.Count; k++)
            {
                if ((b.StudyFormMask & (1 << (int)forms[k])) != 0)
                {
                    count++;
                }
            }

            return new DerivedValue(count, string.Empty);
        }

        var used = m.Forms.Where(f => (b.StudyFormMask & (1 << (int)f)) != 0).Select(f => InputCatalogue.StudyForms.CodeOf((int)f)).ToArray();
        return new DerivedValue(used.Length, used.Length == 0 ? "no listed study form used" : $"forms used: {string.Join(", ", used)}");
    }

    public static DerivedValue MicroLectureShare(BranchData b, Dataset ds, bool explain = true)
    {
        if (!ds.Has(InputTable.Study))
        {
            return NotAvailable(explain, "study table absent");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, "member count N unknown or zero");
        }

        var lecturers = 0;
        if (b.MemberStudyMap is { } study)
        {
            foreach (var s in study.Values)
            {
                if (s.MicroLectures > 0)
                {
                    lecturers++;
                }
            }
        }

        var value = Math.Min(1.0, lecturers / n);
        return new DerivedValue(value, explain ? string.Create(Inv, $"members who gave a micro lecture {lecturers} / N {F(n)}") : string.Empty);
    }
}
