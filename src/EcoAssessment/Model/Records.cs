using EcoAssessment.Diagnostics;

namespace EcoAssessment.Model;

/// <summary>A row of <c>branches</c>.</summary>
/// <param name="BranchId">branch_id (支部编号).</param>
/// <param name="Name">name (支部名称).</param>
/// <param name="Unit">unit (所属单位): the key of the roll-up.</param>
/// <param name="Type">type: regular, joint or temporary.</param>
/// <param name="ParentId">parent_id, for branches under a general branch; null when none.</param>
/// <param name="Members">members as typed in branches; used only without a members table.</param>
/// <param name="PartyGroups">party_groups (党小组数); null reads as 0.</param>
/// <param name="HasCommittee">has_committee; null means ≥ 7 full members.</param>
/// <param name="SecretaryVacantDays">secretary_vacant_days (书记空缺天数); null when not given.</param>
/// <param name="Location">The row in the input.</param>
public sealed record BranchRecord(
    string BranchId,
    string Name,
    string Unit,
    BranchType Type,
    string? ParentId,
    int? Members,
    int? PartyGroups,
    bool? HasCommittee,
    double? SecretaryVacantDays,
    SourceLocation? Location = null)
{
    /// <summary>founded (成立日期): the day the branch was set up; null when not given (a temporary branch's first meeting or
    /// finding then stands in; any other branch exists the whole period). Expectations start on this day.</summary>
    public DateOnly? Founded { get; init; }

    /// <summary>dissolved (撤销日期): the day the branch was dissolved, its last day; null while it exists. Expectations end on this day.</summary>
    public DateOnly? Dissolved { get; init; }
}

/// <summary>A row of <c>members</c>: one membership of one member in one branch.</summary>
internal sealed record MemberRecord(
    string MemberId,
    string BranchId,
    MemberStatus Status,
    MemberRole Role,
    bool Home,
    DateOnly? Joined,
    SourceLocation? Location = null);

/// <summary>A row of <c>meetings</c>.</summary>
internal sealed record MeetingRecord(
    string BranchId,
    MeetingType Type,
    DateOnly Date,
    string? MeetingId,
    int? Attendees,
    int? Expected,
    int? Excused,
    bool ThemeDay,
    SourceLocation? Location = null);

/// <summary>A row of <c>study</c>. <see cref="MonthOnly"/> marks a monthly total dated by its month.</summary>
internal sealed record StudyRecord(
    string? MemberId,
    string? BranchId,
    DateOnly Date,
    bool MonthOnly,
    StudyForm Form,
    double? Hours,
    double? Points,
    bool? Completed,
    SourceLocation? Location = null);

/// <summary>A row of <c>assessments</c> (a 双强双优 item).</summary>
internal sealed record AssessmentRecord(
    string BranchId,
    string Item,
    double Score,
    double? MaxScore,
    string? Assessor,
    Period? Period,
    SourceLocation? Location = null);

/// <summary>A row of <c>findings</c>: a discipline case (form 1–4) or a rectification item (form blank).</summary>
internal sealed record FindingRecord(
    string FindingId,
    string BranchId,
    DateOnly Date,
    string? MemberId,
    int? Form,
    FindingSource? Source,
    FindingCategory? Category,
    DateOnly? DueDate,
    DateOnly? ClosedDate,
    Tolerance Tolerance,
    ResponsibleRole? Responsibility,
    SourceLocation? Location = null)
{
    /// <summary>Due on or before the period end and not closed by the due date.</summary>
    public bool IsOverdue(Period period) =>
        DueDate is DateOnly due && due <= period.End && (ClosedDate is null || ClosedDate > due);

    /// <summary>Not closed by the period end.</summary>
    public bool IsOpen(Period period) => ClosedDate is null || ClosedDate > period.End;
}

/// <summary>A precomputed value from <c>indicators</c> (long or wide form).</summary>
internal sealed record IndicatorValueRecord(string BranchId, string Indicator, double Value, Period? Period, SourceLocation? Location = null);
