using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.Analysis;

/// <summary>What a 预警 (early warning) is about.</summary>
public enum EarlyWarningKind
{
    /// <summary>A veto over an annual item that is 未到期 (not yet due): it fires at year end unless the item is held.</summary>
    Veto,

    /// <summary>An annual item of an annual_review indicator not held yet this year: points lost at year end.</summary>
    AnnualItem,

    /// <summary>The score at year end, if no annual item is held, falls below the line of the branch's tier.</summary>
    Tier,

    /// <summary>An open finding whose rectification falls due before year end: overdue, a deduction or a veto applies.</summary>
    Rectification,

    /// <summary>Study hours per member at a pace that reaches less than the yearly target.</summary>
    Study,

    /// <summary>Attendance below the warning line (<see cref="EarlyWarnings.AttendanceLine"/>).</summary>
    Attendance,

    /// <summary>A secretary post vacant long enough to pass the veto's limit before year end.</summary>
    Secretary,
}

/// <summary>
/// One 预警: a branch that will trip a veto or lose points or a tier by year end unless something happens, what would
/// prevent it and by when.
/// </summary>
/// <param name="BranchId">The branch.</param>
/// <param name="Name">The branch's name.</param>
/// <param name="Unit">The branch's unit.</param>
/// <param name="Kind">What the warning is about.</param>
/// <param name="Risk">What will happen, in the language asked for.</param>
/// <param name="Prevent">What would prevent it, in the language asked for.</param>
/// <param name="By">The last day on which it can be prevented.</param>
public sealed record EarlyWarning(string BranchId, string Name, string Unit, EarlyWarningKind Kind, string Risk, string Prevent, DateOnly By);

/// <summary>
/// 预警 (early warning) for a period that ends before 31 December (a quarter, a half, a month): the branches that will
/// trip a veto or fall a tier by year end unless something happens — an annual item not held yet (a veto 未到期, or the
/// points of an annual_review indicator), rectification falling due, study or attendance trending below target, a secretary
/// post vacant long enough — each with what would prevent it and by when. Pure: read from the assessment; a period of a
/// whole year (or one ending on 31 December) has none.
/// </summary>
public static class EarlyWarnings
{
    /// <summary>Attendance below this share is warned about (meetings with fewer than four in five present).</summary>
    public const double AttendanceLine = 0.8;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The warnings of an assessment, ordered by the day they are due by, then branch id and kind.</summary>
    public static IReadOnlyList<EarlyWarning> Of(Assessment assessment, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var period = assessment.Period;
        var yearEnd = AnnualWindows.YearEnd(period);
        if (!AnnualWindows.EndsBeforeYear(period))
        {
            return [];
        }

        var branches = assessment.Branches.ToDictionary(b => b.BranchId, StringComparer.Ordinal);
        var list = new List<EarlyWarning>();
        foreach (var r in assessment.Results)
        {
            if (branches.TryGetValue(r.BranchId, out var b))
            {
                Branch(assessment, r, b, yearEnd, language, list);
            }
        }

        list.Sort((x, y) => x.By != y.By ? x.By.CompareTo(y.By)
            : string.CompareOrdinal(x.BranchId, y.BranchId) is var c && c != 0 ? c : x.Kind.CompareTo(y.Kind));
        return list;
    }

    private static void Branch(Assessment a, BranchResult r, BranchData b, DateOnly yearEnd, Language language, List<EarlyWarning> list)
    {
        var period = a.Period;
        void Add(EarlyWarningKind kind, string risk, string prevent, DateOnly by) =>
            list.Add(new EarlyWarning(r.BranchId, r.Branch.Name, r.Branch.Unit, kind, risk, prevent, by));

        // Annual items of the annual_review indicators over a year-to-date window not held yet, and what they cost at year end.
        double loss = 0;
        var missing = new List<MeetingType>();
        var annualRisks = new List<string>();
        var indicators = r.Indicators;
        for (var i = 0; i < a.Indicators.Count; i++)
        {
            if (a.Indicators[i].Measure is not AnnualReviewMeasure { Window: AnnualWindow.YearToDate } m)
            {
                continue;
            }

            var from = AnnualWindows.From(m.Window, period);
            var notHeld = m.Types.Where(t => b.HeldSince([t], null, from) == 0).ToArray();
            if (notHeld.Length == 0)
            {
                continue;
            }

            missing.AddRange(notHeld);
            annualRisks.Add(Texts.WarnAnnualRisk.Render(language, a.Indicators[i].Name, TypeNames([.. notHeld.Cast<MeetingType?>()], language)));

            // At year end, with none of them held, the indicator is the share held: its contribution to the total (normalised
            // from 0, goalposts low 0) falls in proportion.
            var trace = indicators[i];
            if (trace.Raw is double raw && raw > 0 && trace.Contribution is double contribution)
            {
                var heldShare = (double)(m.Types.Count - notHeld.Length) / m.Types.Count;
                loss += contribution * (1 - (heldShare / raw));
            }
        }

        // Vetoes 未到期, with the annual items not held: one warning of what to hold by 31 December.
        var vetoRisks = new List<string>();
        var vetoTypes = new List<MeetingType?>();
        foreach (var v in r.VetoTraces)
        {
            if (v.NotYetDueBy is DateOnly && a.Rules.Rating.Vetoes.FirstOrDefault(x => x.Id == v.Id) is { } rule)
            {
                vetoRisks.Add(Texts.WarnVetoRisk.Render(language, v.Name, Tier(v, language)));
                vetoTypes.AddRange(ShortfallTypes(rule.When));
            }
        }

        if (vetoRisks.Count > 0 || annualRisks.Count > 0)
        {
            var hold = vetoTypes.Concat(missing.Cast<MeetingType?>()).Distinct().ToArray();
            Add(vetoRisks.Count > 0 ? EarlyWarningKind.Veto : EarlyWarningKind.AnnualItem,
                string.Join(Texts.ClauseSeparator.Template(language), vetoRisks.Concat(annualRisks)),
                Texts.WarnHold.Render(language, Iso(yearEnd), TypeNames(hold, language)), yearEnd);
        }

        if (r.Score is decimal score && loss > 0 && r.Rating is Rating.Vanguard or Rating.Middle)
        {
            var projected = Math.Round((double)score - loss, 2);
            var t = a.Rules.Rating.Thresholds;
            var (line, to) = r.Rating == Rating.Vanguard ? ((double)t.VanguardMin, Rating.Middle) : ((double)t.LaggardBelow, Rating.Laggard);
            if (projected < line)
            {
                Add(EarlyWarningKind.Tier, Texts.WarnTierRisk.Render(language, F(projected), RatingLabels.Chinese(r.Rating), F(line), RatingLabels.Chinese(to)),
                    Texts.WarnHold.Render(language, Iso(yearEnd), TypeNames([.. missing.Distinct().Cast<MeetingType?>()], language)), yearEnd);
            }
        }

        Rectifications(a, b, yearEnd, language, Add);
        Study(a, b, yearEnd, language, Add);
        Attendance(a, r, yearEnd, language, Add);
        Secretary(a, b, yearEnd, language, Add);
    }

    /// <summary>Open findings due after the period and by year end, with the rules that apply once they are overdue.</summary>
    private static void Rectifications(Assessment a, BranchData b, DateOnly yearEnd, Language language, Action<EarlyWarningKind, string, string, DateOnly> add)
    {
        var period = a.Period;
        foreach (var f in b.Findings.OrderBy(x => x.DueDate).ThenBy(x => x.FindingId, StringComparer.Ordinal))
        {
            if (f.DueDate is not DateOnly due || due <= period.End || due > yearEnd || (f.ClosedDate is DateOnly closed && closed <= period.End))
            {
                continue;
            }

            var vetoes = a.Rules.Rating.Vetoes.Where(v => OnOverdue(v.When, f)).Select(v => v.Name).ToArray();
            var deductions = a.Rules.Adjustments.Deductions.Where(d => OnOverdue(d.When, f)).Select(d => d.Name).ToArray();
            if (vetoes.Length == 0 && deductions.Length == 0)
            {
                continue;
            }

            var what = vetoes.Length > 0
                ? Texts.WarnRectifyVeto.Render(language, string.Join(Texts.ListSeparator.Template(language), vetoes))
                : Texts.WarnRectifyDeduction.Render(language, string.Join(Texts.ListSeparator.Template(language), deductions));
            add(EarlyWarningKind.Rectification, Texts.WarnRectifyRisk.Render(language, f.FindingId, Iso(due), what),
                Texts.WarnRectifyPrevent.Render(language, Iso(due), f.FindingId), due);
        }
    }

    /// <summary>Whether a rule's condition is about overdue findings that <paramref name="f"/> would match by its source.</summary>
    private static bool OnOverdue(Condition c, FindingRecord f) => c switch
    {
        FindingCondition { Filter: { Overdue: true } ff } => ff.Sources is null || (f.Source is FindingSource s && ff.Sources.Contains(s)),
        AnyCondition any => any.Conditions.Any(x => OnOverdue(x, f)),
        _ => false,
    };

    /// <summary>Study hours per member in the period against the yearly target of the study measures, at the same pace to year end.</summary>
    private static void Study(Assessment a, BranchData b, DateOnly yearEnd, Language language, Action<EarlyWarningKind, string, string, DateOnly> add)
    {
        var target = a.Indicators.Select(i => i.Measure).OfType<StudyComplianceMeasure>().Select(m => m.HoursPerYear).FirstOrDefault(h => h is not null);
        if (target is not double hours || !a.Dataset.Has(InputTable.Study) || b.MemberCount is not double n || n <= 0)
        {
            return;
        }

        var months = a.Period.Months;
        var perMember = b.StudyHours / n;
        var pace = perMember / months;
        var projected = pace * 12;
        if (projected >= hours)
        {
            return;
        }

        var elapsed = AnnualWindows.YearElapsed(a.Period) * 12;
        var need = (hours - (pace * elapsed)) / (12 - elapsed);
        add(EarlyWarningKind.Study, Texts.WarnStudyRisk.Render(language, F(perMember), F(months), F(projected), F(hours)),
            Texts.WarnStudyPrevent.Render(language, Iso(yearEnd), F(need), F(hours)), yearEnd);
    }

    /// <summary>Attendance of the period below the warning line.</summary>
    private static void Attendance(Assessment a, BranchResult r, DateOnly yearEnd, Language language, Action<EarlyWarningKind, string, string, DateOnly> add)
    {
        for (var i = 0; i < a.Indicators.Count; i++)
        {
            if (a.Indicators[i].Measure is AttendanceMeasure && r.Indicators[i].Raw is double x && x < AttendanceLine)
            {
                var elapsed = AnnualWindows.YearElapsed(a.Period);
                var need = Math.Min(1, (AttendanceLine - (x * elapsed)) / (1 - elapsed));
                add(EarlyWarningKind.Attendance, Texts.WarnAttendanceRisk.Render(language, a.Indicators[i].Name, Pct(x), Pct(AttendanceLine)),
                    Texts.WarnAttendancePrevent.Render(language, Iso(yearEnd), Pct(need), Pct(AttendanceLine)), yearEnd);
                return;
            }
        }
    }

    /// <summary>A secretary post vacant that passes a veto's limit (a fact condition on secretary_vacant_days) before year end.</summary>
    private static void Secretary(Assessment a, BranchData b, DateOnly yearEnd, Language language, Action<EarlyWarningKind, string, string, DateOnly> add)
    {
        if (b.Record.SecretaryVacantDays is not double days || days <= 0)
        {
            return;
        }

        foreach (var v in a.Rules.Rating.Vetoes)
        {
            if (v.When is not FactCondition { Fact: "secretary_vacant_days" } fc || (fc.Comparison.Above ?? fc.Comparison.Min) is not double limit)
            {
                continue;
            }

            // secretary_vacant_days is counted to the period's end; the veto fires once it is past the limit.
            var left = (int)Math.Floor(limit - days) - (fc.Comparison.Above is null ? 1 : 0);
            var by = a.Period.End.AddDays(Math.Max(0, left));
            if (days > limit || by >= yearEnd || left < 0)
            {
                continue;
            }

            add(EarlyWarningKind.Secretary, Texts.WarnSecretaryRisk.Render(language, F(days), Iso(by.AddDays(1)), v.Name),
                Texts.WarnSecretaryPrevent.Render(language, Iso(by)), by);
        }
    }

    /// <summary>The meeting types of the shortfall counts in a condition (null: all meetings).</summary>
    private static IEnumerable<MeetingType?> ShortfallTypes(Condition c) => c switch
    {
        CountCondition { Filter: MeetingFilter mf } => mf.Types is null ? [null] : mf.Types.Cast<MeetingType?>(),
        AnyCondition any => any.Conditions.SelectMany(ShortfallTypes),
        AllCondition all => all.Conditions.SelectMany(ShortfallTypes),
        _ => [],
    };

    private static string TypeNames(IReadOnlyList<MeetingType?> types, Language language) =>
        string.Join(Texts.ListSeparator.Template(language), types.Distinct().Select(t => t is MeetingType m
            ? (language == Language.Zh ? InputCatalogue.MeetingTypes.Entries[(int)m].Chinese : InputCatalogue.MeetingTypes.CodeOf((int)m))
            : Texts.ConditionAllMeetings.Template(language)));

    private static string Tier(VetoTrace v, Language language) =>
        (v.Effect == VetoEffect.Force ? Texts.ExplainVetoForce : Texts.ExplainVetoCap).Render(language, RatingLabels.Chinese(v.Tier));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    private static string F(double v) => Math.Round(v, 2).ToString("0.##", Inv);

    private static string Pct(double v) => (Math.Round(v * 100, 1)).ToString("0.#", Inv) + "%";
}
