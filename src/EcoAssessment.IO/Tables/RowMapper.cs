using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Ingest;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Tables;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>Turns one parsed row into the table's record, checks the row-level rules and hands it to the builder.</summary>
internal static class RowMapper
{
    public static void Add(TableSpec table, RowReader row, IngestLane builder)
    {
        builder.RowLocation = row.Locator;
        switch (table.Name)
        {
            case "branches": Branch(row, builder); break;
            case "members": Member(row, builder); break;
            case "meetings": Meeting(row, builder); break;
            case "study": Study(row, builder); break;
            case "assessments": Assessment(row, builder); break;
            case "findings": Finding(row, builder); break;
            case "units": Unit(row, builder); break;
            default: Indicator(row, builder); break;
        }

        if (builder.Tap is { } tap && !row.HasErrors)
        {
            tap(table, row);
        }
    }

    /// <summary>
    /// The location kept with a record: branches, findings and indicator values keep theirs (notices at the end of
    /// reading and explanations cite them); meetings, memberships, study rows and assessment items do not, since they
    /// are many, and the builder asks <see cref="RowReader.Locator"/> for the row's location when it reports a problem.
    /// </summary>
    private static SourceLocation Loc(RowReader row) => row.RowLocation;

    private static void Branch(RowReader row, IngestLane builder)
    {
        var r = new BranchRecord(
            row.Required("branch_id"), row.Required("name"), row.Required("unit"),
            row.Code<BranchType>("type") ?? BranchType.Regular, row.Id("parent_id"), row.Count("members"),
            row.Count("party_groups"), row.Flag("has_committee"), row.Number("secretary_vacant_days"), Loc(row))
        {
            Founded = row.Date("founded", allowMonth: true),
            Dissolved = LastDay(row, "dissolved"),
        };
        if (r.Founded is DateOnly founded && r.Dissolved is DateOnly dissolved && dissolved < founded)
        {
            row.Error(DiagnosticCodes.DissolvedBeforeFounded, "dissolved",
                Texts.DissolvedBeforeFounded.With(row.HeaderOf("dissolved"), Iso(dissolved), row.HeaderOf("founded"), Iso(founded)));
        }

        if (r.SecretaryVacantDays is < 0)
        {
            row.Error(DiagnosticCodes.OutOfRange, "secretary_vacant_days", Texts.ReadVacantDaysNegative.With(row.HeaderOf("secretary_vacant_days")));
        }

        if (!row.HasErrors)
        {
            builder.AddBranch(r);
        }
        else if (r.BranchId.Length > 0)
        {
            // Known but invalid: its records are not reported again as belonging to an unknown branch.
            builder.DeclareInvalidBranch(r.BranchId);
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date column whose month-only value (2024年6月) means the month's last day: a branch dissolved in June existed all June.</summary>
    private static DateOnly? LastDay(RowReader row, string column)
    {
        var d = row.Date(column, true, out var monthOnly);
        return d is DateOnly day && monthOnly ? day.AddMonths(1).AddDays(-1) : d;
    }

    private static void Unit(RowReader row, IngestLane builder)
    {
        var r = new UnitRecord(row.Required("unit_id"), row.Required("name"), row.Raw("parent"), row.Count("order"), row.Raw("level"), Loc(row));
        if (!row.HasErrors)
        {
            builder.AddUnit(r);
        }
    }

    private static void Member(RowReader row, IngestLane builder)
    {
        var r = new MemberRecord(
            row.Required("member_id"), row.Required("branch_id"), row.Code<MemberStatus>("status") ?? MemberStatus.Full,
            row.Code<MemberRole>("role") ?? MemberRole.Member, row.Flag("home") ?? true, row.Date("joined"), null);
        if (!row.HasErrors)
        {
            builder.AddMember(r);
        }
    }

    private static void Meeting(RowReader row, IngestLane builder)
    {
        var branch = row.Required("branch_id");
        var type = row.Code<MeetingType>("type");
        if (type is null && row.Raw("type") is null)
        {
            row.Error(DiagnosticCodes.MissingValue, "type", Texts.ReadCodeEmpty.With(row.HeaderOf("type"), CodeTexts.Choices(InputCatalogue.MeetingTypes)));
        }

        var date = row.Date("date");
        if (date is null && row.Raw("date") is null)
        {
            row.Error(DiagnosticCodes.MissingValue, "date", Texts.ReadMeetingDateEmpty.With(row.HeaderOf("date")));
        }

        var attendees = row.Count("attendees");
        var expected = row.Count("expected");
        var excused = row.Count("excused");
        var themeDay = row.Flag("theme_day");
        var meetingId = row.Id("meeting_id");
        if (row.HasErrors)
        {
            return;
        }

        if (attendees is int a && expected is int e && a > e - (excused ?? 0))
        {
            row.Warning(DiagnosticCodes.AttendeesAboveExpected, "attendees",
                Texts.ReadAttendeesAboveExpected.With(a, e, excused is int x ? Texts.ReadAttendeesExcused.With(x) : Text.Plain(string.Empty)));
        }

        builder.AddMeeting(new MeetingRecord(branch, type!.Value, date!.Value, meetingId, attendees, expected, excused,
            themeDay ?? false, null));
    }

    private static void Study(RowReader row, IngestLane builder)
    {
        var member = row.Id("member_id");
        var branch = row.Id("branch_id");
        if (member is null && branch is null)
        {
            row.Error(DiagnosticCodes.MissingValue, "member_id", Texts.ReadStudyNoMemberNorBranch);
        }

        var date = row.Date("date", allowMonth: true, out var monthOnly);
        if (date is null && row.Raw("date") is null)
        {
            row.Error(DiagnosticCodes.MissingValue, "date", Texts.ReadStudyDateEmpty.With(row.HeaderOf("date")));
        }

        var form = row.Code<StudyForm>("form");
        if (form is null && row.Raw("form") is null)
        {
            row.Error(DiagnosticCodes.MissingValue, "form", Texts.ReadCodeEmpty.With(row.HeaderOf("form"), CodeTexts.Choices(InputCatalogue.StudyForms)));
        }

        var hours = row.Number("hours");
        var points = row.Number("points");
        if (hours is < 0 || points is < 0)
        {
            row.Error(DiagnosticCodes.OutOfRange, hours is < 0 ? "hours" : "points", Texts.ReadStudyNegative);
        }

        var completed = row.Flag("completed");
        if (!row.HasErrors)
        {
            builder.AddStudy(new StudyRecord(member, branch, date!.Value, monthOnly, form!.Value, hours, points, completed, null));
        }
    }

    private static void Assessment(RowReader row, IngestLane builder)
    {
        var branch = row.Required("branch_id");
        var item = row.Required("item");
        var score = row.Number("score");
        if (score is null && row.Raw("score") is null)
        {
            row.Error(DiagnosticCodes.MissingValue, "score", Texts.ReadScoreEmpty.With(row.HeaderOf("score")));
        }

        var max = row.Number("max_score");
        if (score is < 0)
        {
            row.Error(DiagnosticCodes.OutOfRange, "score", Texts.ReadScoreNegative.With(row.HeaderOf("score")));
        }

        if (max is double m && (m <= 0 || (score is double s && s > m)))
        {
            row.Error(DiagnosticCodes.OutOfRange, "max_score", m <= 0 ? Texts.ReadMaxScoreNotPositive.With(row.HeaderOf("max_score")) : Texts.ReadScoreAboveMax.With(score, m));
        }

        var period = row.PeriodValue("period");
        if (!row.HasErrors)
        {
            builder.AddAssessment(new AssessmentRecord(branch, item, score!.Value, max, row.Raw("assessor"), period, null));
        }
    }

    private static void Finding(RowReader row, IngestLane builder)
    {
        var id = row.Required("finding_id");
        var branch = row.Required("branch_id");
        var date = row.Date("date");
        if (date is null && row.Raw("date") is null)
        {
            row.Error(DiagnosticCodes.MissingValue, "date", Texts.ReadFindingDateEmpty.With(row.HeaderOf("date")));
        }

        var form = row.Form("form");
        if (form is < 1 or > 4)
        {
            row.Error(DiagnosticCodes.OutOfRange, "form", Texts.ReadFindingForm.With(form, "四种形态"));
        }

        var due = row.Date("due_date");
        var closed = row.Date("closed_date");
        if (date is DateOnly d)
        {
            if (due is DateOnly du && du < d)
            {
                row.Error(DiagnosticCodes.DateOrder, "due_date", Texts.ReadFindingDateOrder.With(row.HeaderOf("due_date"), du, d));
            }

            if (closed is DateOnly c && c < d)
            {
                row.Error(DiagnosticCodes.DateOrder, "closed_date", Texts.ReadFindingDateOrder.With(row.HeaderOf("closed_date"), c, d));
            }
        }

        var r = new FindingRecord(id, branch, date ?? default, row.Id("member_id"), form, row.Code<FindingSource>("source"),
            row.Code<FindingCategory>("category"), due, closed, row.Code<Tolerance>("tolerance") ?? Tolerance.None,
            row.Code<ResponsibleRole>("responsibility"), Loc(row));
        if (!row.HasErrors)
        {
            builder.AddFinding(r);
        }
    }

    private static void Indicator(RowReader row, IngestLane builder)
    {
        var branch = row.Required("branch_id");
        var period = row.PeriodValue("period");
        if (row.Layout.Columns.ContainsKey("indicator"))
        {
            var name = row.Required("indicator");
            var value = row.Number("value");
            if (!row.HasErrors && value is double v)
            {
                builder.AddIndicatorValue(new IndicatorValueRecord(branch, name, v, period, Loc(row)));
            }

            return;
        }

        SourceLocation? at = null; // one location for the values of a row
        foreach (var (index, name) in row.Layout.Extra)
        {
            var value = row.NumberText(name, row.RawAt(index));
            if (!row.HasErrors && value is double v)
            {
                builder.AddIndicatorValue(new IndicatorValueRecord(branch, name, v, period, at ??= Loc(row)));
            }
        }
    }
}
