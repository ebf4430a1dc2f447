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

    public static DerivedValue Derive(IndicatorRule indicator, BranchData b, Dataset ds) => indicator.Measure switch
    {
        MeetingCompletionMeasure m => MeetingCompletion(m, b, ds),
        ThemeDayCoverageMeasure => ThemeDayCoverage(b, ds),
        AttendanceMeasure m => Attendance(m, b, ds),
        AnnualReviewMeasure m => AnnualReview(m, b, ds),
        FindingSeverityMeasure m => FindingSeverity(m, b, ds),
        FindingCountMeasure m => FindingCount(m, b, ds),
        RectificationOnTimeMeasure => RectificationOnTime(b, ds),
        AssessmentRatioMeasure m => AssessmentRatio(m, b, ds),
        ValueMeasure m => Value(m.Column ?? indicator.Id, b, ds),
        StudyComplianceMeasure m => StudyCompliance(m, b, ds),
        StudyHoursMeasure => StudyHours(b, ds),
        StudyFormsMeasure m => StudyForms(m, b, ds),
        MicroLectureShareMeasure => MicroLectureShare(b, ds),
        _ => throw new InvalidOperationException($"no derivation for measure {indicator.Measure.Kind}"),
    };

    private static string F(double v) => Math.Round(v, 4).ToString("0.####", Inv);

    private static string Code(MeetingType t) => InputCatalogue.MeetingTypes.CodeOf((int)t);

    public static DerivedValue MeetingCompletion(MeetingCompletionMeasure m, BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return DerivedValue.NotAvailable("meetings table absent");
        }

        var months = ds.Period.Months;
        var parts = new List<string>();
        double sum = 0;
        var n = 0;
        foreach (var type in m.Types)
        {
            var perYear = m.Expected(type);
            if (type == MeetingType.Committee)
            {
                if (b.HasCommittee is not true)
                {
                    parts.Add(b.HasCommittee is null ? "committee: unknown whether a committee exists, left out" : "committee: no committee, left out");
                    continue;
                }
            }
            else if (type == MeetingType.Group)
            {
                var groups = b.Record.PartyGroups ?? 0;
                if (groups == 0)
                {
                    parts.Add("group: no 党小组, left out");
                    continue;
                }

                perYear *= groups;
            }

            var expected = perYear * months / 12.0;
            var held = b.Meetings.Held(type);
            var share = expected <= 0 ? 1.0 : Math.Min(1.0, held / expected);
            parts.Add($"{Code(type)} {held}/{F(expected)}");
            sum += share;
            n++;
        }

        if (n == 0)
        {
            return DerivedValue.NotAvailable("no meeting type is expected of this branch");
        }

        var value = sum / n;
        return new DerivedValue(value, $"mean of min(1, held/expected): {string.Join("; ", parts)} → {F(value)}");
    }

    public static DerivedValue ThemeDayCoverage(BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return DerivedValue.NotAvailable("meetings table absent");
        }

        var months = ds.Period.CalendarMonths().Count();
        var covered = b.Meetings.ThemeDayMonths;
        var value = (double)covered / months;
        return new DerivedValue(value, string.Create(Inv, $"months with a 主题党日 {covered}/{months}"));
    }

    public static DerivedValue Attendance(AttendanceMeasure m, BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return DerivedValue.NotAvailable("meetings table absent");
        }

        var (present, due, capped) = b.Meetings.Attendance(m.Types);
        if (due == 0)
        {
            return DerivedValue.NotAvailable("no meeting gives attendees and expected");
        }

        var value = (double)present / due;
        var note = capped > 0 ? string.Create(Inv, $" ({capped} meetings with more attendees than expected counted at expected)") : string.Empty;
        return new DerivedValue(value, string.Create(Inv, $"attendees {present} / (expected − excused) {due}{note}"));
    }

    public static DerivedValue AnnualReview(AnnualReviewMeasure m, BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return DerivedValue.NotAvailable("meetings table absent");
        }

        double value = 0;
        var parts = new List<string>();
        foreach (var t in m.Types)
        {
            var held = b.Meetings.Held(t) > 0;
            if (held)
            {
                value += 1.0 / m.Types.Count;
            }

            parts.Add($"{Code(t)} {(held ? "held" : "not held")}");
        }

        return new DerivedValue(value, $"{string.Join("; ", parts)} → {F(value)}");
    }

    private static IEnumerable<FindingRecord> InPeriod(BranchData b, Dataset ds) => b.Findings.Where(f => ds.Period.Contains(f.Date));

    private static string ToleranceNote(FindingRecord f) => f.Tolerance switch
    {
        Tolerance.Exempt => "×0 exempt",
        Tolerance.Lenient => "×0.5 lenient",
        _ => "×1",
    };

    public static DerivedValue FindingSeverity(FindingSeverityMeasure m, BranchData b, Dataset ds) =>
        WeightedFindingsPerMembers(b, ds, m.PerMembers, f =>
        {
            if (f.Form is not int form)
            {
                return null;
            }

            var w = m.FormWeights.TryGetValue(form, out var fw) ? fw : 0;
            return (w, string.Create(Inv, $"form {form} w{F(w)}"));
        });

    public static DerivedValue FindingCount(FindingCountMeasure m, BranchData b, Dataset ds) =>
        WeightedFindingsPerMembers(b, ds, m.PerMembers, f =>
            f.Category is FindingCategory c && m.Categories.Contains(c) ? (1.0, InputCatalogue.FindingCategories.CodeOf((int)c)) : null);

    /// <summary>
    /// Σ weight × tolerance factor over the period's findings that <paramref name="weigh"/> counts (in finding_id order),
    /// per <paramref name="perMembers"/> members: the common form of C1 and C2.
    /// </summary>
    private static DerivedValue WeightedFindingsPerMembers(BranchData b, Dataset ds, double perMembers, Func<FindingRecord, (double Weight, string Note)?> weigh)
    {
        if (!ds.Has(InputTable.Findings))
        {
            return DerivedValue.NotAvailable("findings table absent");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return DerivedValue.NotAvailable("member count N unknown or zero");
        }

        double sum = 0;
        var parts = new List<string>();
        foreach (var f in InPeriod(b, ds).OrderBy(f => f.FindingId, StringComparer.Ordinal))
        {
            if (weigh(f) is not (double w, string note))
            {
                continue;
            }

            sum += w * ToleranceTreatment.Factor(f.Tolerance);
            parts.Add($"{f.FindingId} {note} {ToleranceNote(f)}");
        }

        var value = sum / n * perMembers;
        var list = parts.Count == 0 ? "no findings" : string.Join("; ", parts);
        return new DerivedValue(value, string.Create(Inv, $"{list}; Σ {F(sum)} / N {F(n)} × {F(perMembers)} = {F(value)}"));
    }

    public static DerivedValue RectificationOnTime(BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Findings))
        {
            return DerivedValue.NotAvailable("findings table absent");
        }

        var due = 0;
        var onTime = 0;
        foreach (var f in b.Findings)
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
            return new DerivedValue(1.0, "nothing due in the period → 1");
        }

        var value = (double)onTime / due;
        return new DerivedValue(value, string.Create(Inv, $"closed by due date {onTime} / due in period {due}"));
    }

    public static DerivedValue AssessmentRatio(AssessmentRatioMeasure m, BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Assessments))
        {
            return DerivedValue.NotAvailable("assessments table absent");
        }

        // Summed in decimal: exact for the values people type, so the ratio does not depend on the order of the rows.
        decimal score = 0;
        decimal max = 0;
        var items = 0;
        var prefixes = string.Join("|", m.ItemPrefixes);
        foreach (var a in b.Assessments)
        {
            if (!m.ItemPrefixes.Any(p => a.Item.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            if (a.MaxScore is not double itemMax)
            {
                return DerivedValue.NotAvailable($"{prefixes} item {a.Item} has no max_score");
            }

            items++;
            score += (decimal)a.Score;
            max += (decimal)itemMax;
        }

        if (items == 0 || max <= 0)
        {
            return DerivedValue.NotAvailable($"no {prefixes} assessment items");
        }

        var value = (double)(score / max);
        return new DerivedValue(value, string.Create(Inv, $"{prefixes} items {items}: Σ score {F((double)score)} / Σ max {F((double)max)}"));
    }

    public static DerivedValue Value(string column, BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Indicators))
        {
            return DerivedValue.NotAvailable("indicators table absent");
        }

        return b.IndicatorValues.TryGetValue(column, out var v)
            ? new DerivedValue(v, $"indicators.{column}")
            : DerivedValue.NotAvailable($"no value for {column}");
    }

    public static DerivedValue StudyCompliance(StudyComplianceMeasure m, BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Study))
        {
            return DerivedValue.NotAvailable("study table absent");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return DerivedValue.NotAvailable("member count N unknown or zero");
        }

        var scale = ds.Period.Months / 12.0;
        var hours = m.HoursPerYear * scale;
        var points = m.PointsPerYear * scale;
        var reached = b.MemberStudy.Values.Count(s => (hours is not double h || s.Hours >= h - 1e-9) && (points is not double p || s.Points >= p - 1e-9));
        var value = Math.Min(1.0, reached / n);
        var target = string.Join(" and ", new[] { hours is double h ? $"{F(h)} h" : null, points is double p ? $"{F(p)} points" : null }.Where(x => x is not null));
        return new DerivedValue(value, string.Create(Inv, $"members reaching {target}: {reached} / N {F(n)}{(reached > n ? ", capped at 1" : string.Empty)}"));
    }

    public static DerivedValue StudyHours(BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Study))
        {
            return DerivedValue.NotAvailable("study table absent");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return DerivedValue.NotAvailable("member count N unknown or zero");
        }

        var value = b.StudyHours / n;
        return new DerivedValue(value, string.Create(Inv, $"Σ hours {F(b.StudyHours)} / N {F(n)}"));
    }

    public static DerivedValue StudyForms(StudyFormsMeasure m, BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Study))
        {
            return DerivedValue.NotAvailable("study table absent");
        }

        var used = m.Forms.Where(f => (b.StudyFormMask & (1 << (int)f)) != 0).Select(f => InputCatalogue.StudyForms.CodeOf((int)f)).ToArray();
        return new DerivedValue(used.Length, used.Length == 0 ? "no listed study form used" : $"forms used: {string.Join(", ", used)}");
    }

    public static DerivedValue MicroLectureShare(BranchData b, Dataset ds)
    {
        if (!ds.Has(InputTable.Study))
        {
            return DerivedValue.NotAvailable("study table absent");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return DerivedValue.NotAvailable("member count N unknown or zero");
        }

        var lecturers = b.MemberStudy.Values.Count(s => s.MicroLectures > 0);
        var value = Math.Min(1.0, lecturers / n);
        return new DerivedValue(value, string.Create(Inv, $"members who gave a micro lecture {lecturers} / N {F(n)}"));
    }
}
