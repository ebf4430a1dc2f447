using System.Globalization;
using EcoAssessment.Catalogue;
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
internal static partial class Derivation
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The value and how it was derived (what explanations show).</summary>
    public static DerivedValue Derive(IndicatorRule indicator, BranchData b, Dataset ds) => Derive(indicator, b, ds, explain: true, new DerivationScratch());

    /// <summary>
    /// The value; with <paramref name="explain"/> false the detail is left empty (nothing is formatted), the value is the
    /// same: both come from the same code, so the text can be derived again when an output shows it. Derivations in a row
    /// on one thread share the caller's <paramref name="scratch"/> (one per block of branches).
    /// </summary>
    public static DerivedValue Derive(IndicatorRule indicator, BranchData b, Dataset ds, bool explain, DerivationScratch scratch, Language language = Language.Zh) => indicator.Measure switch
    {
        MeetingCompletionMeasure m => MeetingCompletion(m, b, ds, explain, scratch, language),
        ThemeDayCoverageMeasure => ThemeDayCoverage(b, ds, explain, language),
        AttendanceMeasure m => Attendance(m, b, ds, explain, language),
        AnnualReviewMeasure m => AnnualReview(m, b, ds, explain, language),
        FindingSeverityMeasure m => FindingSeverity(m, b, ds, explain, scratch, language),
        FindingCountMeasure m => FindingCount(m, b, ds, explain, scratch, language),
        RectificationOnTimeMeasure => RectificationOnTime(b, ds, explain, language),
        AssessmentRatioMeasure m => AssessmentRatio(m, b, ds, explain, language),
        ValueMeasure m => Value(m.Column ?? indicator.Id, b, ds, explain, language),
        StudyComplianceMeasure m => StudyCompliance(m, b, ds, explain, scratch, language),
        StudyHoursMeasure => StudyHours(b, ds, explain, language),
        StudyFormsMeasure m => StudyForms(m, b, ds, explain, language),
        MicroLectureShareMeasure => MicroLectureShare(b, ds, explain, language),
        OriginalTextsShareMeasure => OriginalTextsShare(b, ds, explain, language),
        TypedOrDerivedMeasure m => TypedOrDerived(indicator, m, b, ds, explain, language),
        _ => throw new InvalidOperationException($"no derivation for measure {indicator.Measure.Kind}"),
    };

    private static string F(double v) => Math.Round(v, 4).ToString("0.####", Inv);

    private static string Code(MeetingType t) => InputCatalogue.MeetingTypes.CodeOf((int)t);

    /// <summary>Not available, because <paramref name="why"/> (rendered only when explaining: nothing is allocated otherwise).</summary>
    private static DerivedValue NotAvailable(bool explain, Language language, Entry why) => new(null, explain ? why.Render(language) : string.Empty);

    /// <summary>Not available, because <paramref name="why"/> with one argument.</summary>
    private static DerivedValue NotAvailable(bool explain, Language language, Entry why, string a) => new(null, explain ? why.Render(language, a) : string.Empty);

    /// <summary>Not available, because <paramref name="why"/> with two arguments.</summary>
    private static DerivedValue NotAvailable(bool explain, Language language, Entry why, string a, string b) => new(null, explain ? why.Render(language, a, b) : string.Empty);

    /// <summary>Not available because the table is absent.</summary>
    private static DerivedValue Absent(bool explain, Language language, string table) => NotAvailable(explain, language, Texts.DeriveTableAbsent, table);

    public static DerivedValue MeetingCompletion(MeetingCompletionMeasure m, BranchData b, Dataset ds, bool explain = true, DerivationScratch? scratch = null, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return Absent(explain, language, "meetings");
        }

        var months = (scratch ?? new DerivationScratch()).Months(b.Active);
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
                    parts?.Add((b.HasCommittee is null ? Texts.DeriveCommitteeUnknown : Texts.DeriveNoCommittee).Render(language, Code(type)));
                    continue;
                }
            }
            else if (type == MeetingType.Group)
            {
                var groups = b.Record.PartyGroups ?? 0;
                if (groups == 0)
                {
                    parts?.Add(Texts.DeriveNoPartyGroup.Render(language, Code(type)));
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
            return NotAvailable(explain, language, Texts.DeriveNoMeetingExpected);
        }

        var value = sum / n;
        return new DerivedValue(value, parts is null ? string.Empty
            : Texts.DeriveMeetingCompletion.Render(language, string.Join(Texts.ClauseSeparator.Template(language), parts), F(value)) + Lifetime(b, ds, language));
    }

    public static DerivedValue ThemeDayCoverage(BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return Absent(explain, language, "meetings");
        }

        var months = CalendarMonthCount(b.Active); // the months the branch existed in the period
        var covered = Math.Min(b.Meetings.ThemeDayMonths, months);
        var value = (double)covered / months;
        return new DerivedValue(value, explain ? Texts.DeriveThemeDay.Render(language, covered, months) + Lifetime(b, ds, language) : string.Empty);
    }

    /// <summary>
    /// What an explanation adds when the branch existed only part of the period: the part, and where its founding came
    /// from (the founded column or its first record); empty for a branch that existed the whole period.
    /// </summary>
    private static string Lifetime(BranchData b, Dataset ds, Language language) =>
        ReferenceEquals(b.Active, ds.Period) ? string.Empty
            : (b.FoundedFromRecords ? Texts.DeriveLifetimeFromRecords : Texts.DeriveLifetime).Render(language, b.Active.Start.ToString("yyyy-MM-dd", Inv), b.Active.End.ToString("yyyy-MM-dd", Inv));

    /// <summary>The calendar months the period touches (what <see cref="Period.CalendarMonths"/> lists).</summary>
    private static int CalendarMonthCount(Period p) => ((p.End.Year * 12) + p.End.Month) - ((p.Start.Year * 12) + p.Start.Month) + 1;

    public static DerivedValue Attendance(AttendanceMeasure m, BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return Absent(explain, language, "meetings");
        }

        var (present, due, capped) = b.Meetings.Attendance(m.Types);
        if (due == 0)
        {
            return NotAvailable(explain, language, Texts.DeriveNoAttendance);
        }

        var value = (double)present / due;
        if (!explain)
        {
            return new DerivedValue(value, string.Empty);
        }

        var note = capped > 0 ? Texts.DeriveAttendanceCapped.Render(language, capped) : string.Empty;
        return new DerivedValue(value, Texts.DeriveAttendance.Render(language, present, due, note));
    }

    public static DerivedValue AnnualReview(AnnualReviewMeasure m, BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Meetings))
        {
            return Absent(explain, language, "meetings");
        }

        // An annual item is expected of a branch that existed at least half of the period; one that existed less is not
        // expected to have held it yet, and an item it did hold still counts.
        var expectedAll = b.Active.Days * 2 >= ds.Period.Days;
        if (m.Window != AnnualWindow.Period && ds.Period.Kind != PeriodKind.Year)
        {
            return AnnualReviewInWindow(m, b, ds, explain, language);
        }

        var heldCount = 0;
        var counted = 0;
        var parts = explain ? new List<string>() : null;
        var types = m.Types;
        for (var k = 0; k < types.Count; k++)
        {
            var t = types[k];
            var held = b.Meetings.Held(t) > 0;
            if (held || expectedAll)
            {
                counted++;
                heldCount += held ? 1 : 0;
                parts?.Add((held ? Texts.DeriveHeld : Texts.DeriveNotHeld).Render(language, Code(t)));
            }
            else
            {
                parts?.Add(Texts.DeriveAnnualNotYetDue.Render(language, Code(t)));
            }
        }

        if (counted == 0)
        {
            return NotAvailable(explain, language, Texts.DeriveAnnualNoneDue, b.Active.Label, ds.Period.Label);
        }

        var value = counted == types.Count ? SumOfShares(heldCount, counted) : (double)heldCount / counted;
        return new DerivedValue(value, parts is null ? string.Empty : $"{string.Join(Texts.ClauseSeparator.Template(language), parts)} → {F(value)}");
    }

    /// <summary>
    /// A4 over an annual window (<see cref="AnnualWindow"/>): each item held from the window's first day to the period's
    /// end counts 1; one not held counts 0 over a rolling 12 months, and year to date 1 − the share of the year gone by
    /// (it is due by 31 December, so only the part of the year past is behind). The mean of the items.
    /// </summary>
    private static DerivedValue AnnualReviewInWindow(AnnualReviewMeasure m, BranchData b, Dataset ds, bool explain, Language language)
    {
        var from = AnnualWindows.From(m.Window, ds.Period);
        var dueLater = AnnualWindows.DueLater(m.Window, ds.Period);
        var elapsed = AnnualWindows.YearElapsed(ds.Period);
        var notHeldValue = dueLater ? 1 - elapsed : 0;
        double sum = 0;
        var parts = explain ? new List<string>() : null;
        foreach (var t in m.Types)
        {
            var held = b.HeldSince([t], null, from) > 0;
            sum += held ? 1 : notHeldValue;
            parts?.Add(held ? Texts.DeriveHeldInWindow.Render(language, Code(t), Iso(from), Iso(ds.Period.End))
                : dueLater ? Texts.DeriveNotYetHeldProRated.Render(language, Code(t), Iso(from), Iso(ds.Period.End), F(elapsed), Iso(AnnualWindows.YearEnd(ds.Period)), F(notHeldValue))
                : Texts.DeriveNotHeldInWindow.Render(language, Code(t), Iso(from), Iso(ds.Period.End)));
        }

        var value = sum / m.Types.Count;
        return new DerivedValue(value, parts is null ? string.Empty : $"{string.Join(Texts.ClauseSeparator.Template(language), parts)} → {F(value)}");
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>held × (1/count) added up one item at a time, as the annual share has always been summed (the same last bits).</summary>
    private static double SumOfShares(int held, int count)
    {
        double value = 0;
        for (var k = 0; k < held; k++)
        {
            value += 1.0 / count;
        }

        return value;
    }

    private static string ToleranceNote(FindingRecord f, Language language) => f.Tolerance switch
    {
        Tolerance.Exempt => Texts.DeriveExempt.Template(language),
        Tolerance.Lenient => Texts.DeriveLenient.Template(language),
        _ => "×1",
    };

    public static DerivedValue FindingSeverity(FindingSeverityMeasure m, BranchData b, Dataset ds, bool explain = true, DerivationScratch? scratch = null, Language language = Language.Zh) =>
        WeightedFindingsPerMembers(b, ds, m.PerMembers, explain, m, null, scratch ?? new DerivationScratch(), language);

    public static DerivedValue FindingCount(FindingCountMeasure m, BranchData b, Dataset ds, bool explain = true, DerivationScratch? scratch = null, Language language = Language.Zh) =>
        WeightedFindingsPerMembers(b, ds, m.PerMembers, explain, null, m, scratch ?? new DerivationScratch(), language);

    /// <summary>
    /// Σ weight × tolerance factor over the period's findings that the measure counts (in finding_id order), per
    /// <paramref name="perMembers"/> members: the common form of C1 (<paramref name="severity"/>: the weight of the
    /// finding's form) and C2 (<paramref name="count"/>: 1 for a finding of a listed category).
    /// </summary>
    private static DerivedValue WeightedFindingsPerMembers(BranchData b, Dataset ds, double perMembers, bool explain,
        FindingSeverityMeasure? severity, FindingCountMeasure? count, DerivationScratch scratch, Language language)
    {
        if (!ds.Has(InputTable.Findings))
        {
            return Absent(explain, language, "findings");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, language, Texts.DeriveNoMembers);
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
                parts.Add(severity is not null
                    ? Texts.DeriveFindingForm.Render(language, f.FindingId, f.Form!.Value, F(w), ToleranceNote(f, language))
                    : $"{f.FindingId} {InputCatalogue.FindingCategories.CodeOf((int)f.Category!.Value)} {ToleranceNote(f, language)}");
            }
        }

        Array.Clear(counted, 0, k);
        var value = sum / n * perMembers;
        if (parts is null)
        {
            return new DerivedValue(value, string.Empty);
        }

        var list = parts.Count == 0 ? Texts.DeriveNoFindings.Template(language) : string.Join(Texts.ClauseSeparator.Template(language), parts);
        return new DerivedValue(value, Texts.DeriveFindingsPerMembers.Render(language, list, F(sum), F(n), F(perMembers), F(value)));
    }

    /// <summary>
    /// Whether C1 counts the finding (it has a form; form 1 weighs 0 by default) or C2 does (its category is listed and
    /// its form is one of the measure's forms, 2–4 by default; a finding without a form counts).
    /// </summary>
    private static bool Counts(FindingRecord f, FindingSeverityMeasure? severity, FindingCountMeasure? count) =>
        severity is not null ? f.Form is int : f.Category is FindingCategory c && count!.Categories.Contains(c) && count.CountsForm(f.Form);

    public static DerivedValue RectificationOnTime(BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Findings))
        {
            return Absent(explain, language, "findings");
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
            return new DerivedValue(1.0, explain ? Texts.DeriveNothingDue.Render(language) : string.Empty);
        }

        var value = (double)onTime / due;
        return new DerivedValue(value, explain ? Texts.DeriveRectification.Render(language, onTime, due) : string.Empty);
    }

    public static DerivedValue AssessmentRatio(AssessmentRatioMeasure m, BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Assessments))
        {
            return Absent(explain, language, "assessments");
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
                return explain ? NotAvailable(explain, language, Texts.DeriveItemNoMax, string.Join("|", prefixes), a.Item) : new DerivedValue(null, string.Empty);
            }

            items++;
            score += (decimal)a.Score;
            max += (decimal)itemMax;
        }

        if (items == 0 || max <= 0)
        {
            return explain ? NotAvailable(explain, language, Texts.DeriveNoItems, string.Join("|", prefixes)) : new DerivedValue(null, string.Empty);
        }

        var value = (double)(score / max);
        return new DerivedValue(value, explain ? Texts.DeriveAssessmentRatio.Render(language, string.Join("|", prefixes), items, F((double)score), F((double)max)) : string.Empty);
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

    public static DerivedValue Value(string column, BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Indicators))
        {
            return Absent(explain, language, "indicators");
        }

        return b.IndicatorValueMap.TryGetValue(column, out var v)
            ? new DerivedValue(v, explain ? $"indicators.{column}" : string.Empty)
            : NotAvailable(explain, language, Texts.DeriveNoValue, column);
    }

    public static DerivedValue StudyCompliance(StudyComplianceMeasure m, BranchData b, Dataset ds, bool explain = true, DerivationScratch? scratch = null, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Study))
        {
            return Absent(explain, language, "study");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, language, Texts.DeriveNoMembers);
        }

        var scale = (scratch ?? new DerivationScratch()).Months(b.Active) / 12.0;
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

        var target = string.Join(Texts.DeriveTargetAnd.Template(language),
            new[] { hours is double h2 ? $"{F(h2)} h" : null, points is double p2 ? Texts.DeriveTargetPoints.Render(language, F(p2)) : null }.Where(x => x is not null));
        return new DerivedValue(value, Texts.DeriveStudyCompliance.Render(language, target, reached, F(n), reached > n ? Texts.DeriveCappedAtOne.Template(language) : string.Empty)
            + Lifetime(b, ds, language));
    }

    public static DerivedValue StudyHours(BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Study))
        {
            return Absent(explain, language, "study");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, language, Texts.DeriveNoMembers);
        }

        var value = b.StudyHours / n;
        return new DerivedValue(value, explain ? Texts.DeriveStudyHours.Render(language, F(b.StudyHours), F(n)) : string.Empty);
    }

    public static DerivedValue StudyForms(StudyFormsMeasure m, BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Study))
        {
            return Absent(explain, language, "study");
        }

        if (!explain)
        {
            var count = 0;
            var forms = m.Forms;
            for (var k = 0; k < forms.Count; k++)
            {
                if ((b.StudyFormMask & ~InputCatalogue.ServiceFormMask & (1 << (int)forms[k])) != 0)
                {
                    count++;
                }
            }

            return new DerivedValue(count, string.Empty);
        }

        var used = m.Forms.Where(f => (b.StudyFormMask & ~InputCatalogue.ServiceFormMask & (1 << (int)f)) != 0).Select(f => InputCatalogue.StudyForms.CodeOf((int)f)).ToArray();
        return new DerivedValue(used.Length, used.Length == 0 ? Texts.DeriveNoStudyForm.Render(language) : Texts.DeriveStudyForms.Render(language, string.Join(Texts.ListSeparator.Template(language), used)));
    }

    public static DerivedValue MicroLectureShare(BranchData b, Dataset ds, bool explain = true, Language language = Language.Zh)
    {
        if (!ds.Has(InputTable.Study))
        {
            return Absent(explain, language, "study");
        }

        if (b.MemberCount is not double n || n <= 0)
        {
            return NotAvailable(explain, language, Texts.DeriveNoMembers);
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
        return new DerivedValue(value, explain ? Texts.DeriveMicroLectures.Render(language, lecturers, F(n)) : string.Empty);
    }
}
