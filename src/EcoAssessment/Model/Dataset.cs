namespace EcoAssessment.Model;

/// <summary>The input tables (DESIGN.md §2).</summary>
public enum InputTable
{
    /// <summary>branches (支部): the only required table.</summary>
    Branches,

    /// <summary>members (党员).</summary>
    Members,

    /// <summary>meetings (会议).</summary>
    Meetings,

    /// <summary>study (学习).</summary>
    Study,

    /// <summary>assessments (考评): 双强双优 assessment items.</summary>
    Assessments,

    /// <summary>findings (问题): supervision findings and rectification items.</summary>
    Findings,

    /// <summary>indicators (指标): precomputed indicator values and facts.</summary>
    Indicators,
}

/// <summary>A member's study in the period, summed over its rows.</summary>
internal sealed class MemberStudy
{
    /// <summary>Σ hours (summed in decimal, so the total does not depend on the order of the rows).</summary>
    public double Hours => (double)HoursSum;

    /// <summary>Σ points.</summary>
    public double Points => (double)PointsSum;

    internal decimal HoursSum { get; set; }

    internal decimal PointsSum { get; set; }

    /// <summary>Rows of form micro_lecture: lectures this member gave.</summary>
    public int MicroLectures { get; internal set; }

    public int CompletedRows { get; internal set; }

    public int Rows { get; internal set; }
}

/// <summary>
/// Everything the engine knows about one branch for the period: its record, memberships, the period's meetings,
/// findings (kept whole: explanations cite them), assessment items, study sums and precomputed values.
/// </summary>
internal sealed class BranchData
{
    internal BranchData(BranchRecord record) => Record = record;

    public BranchRecord Record { get; }

    public string BranchId => Record.BranchId;

    public IReadOnlyList<MemberRecord> Memberships => MembershipList;

    internal List<MemberRecord> MembershipList { get; } = [];

    public IReadOnlyList<MeetingRecord> Meetings => MeetingList;

    internal List<MeetingRecord> MeetingList { get; } = [];

    /// <summary>Findings dated up to the period end. Those dated before the period start are kept for rectification only.</summary>
    public IReadOnlyList<FindingRecord> Findings => FindingList;

    internal List<FindingRecord> FindingList { get; } = [];

    public IReadOnlyList<AssessmentRecord> Assessments => AssessmentList;

    internal List<AssessmentRecord> AssessmentList { get; } = [];

    /// <summary>Study per home member of this branch (member_id → sums).</summary>
    public IReadOnlyDictionary<string, MemberStudy> MemberStudy => MemberStudyMap;

    internal Dictionary<string, MemberStudy> MemberStudyMap { get; } = new(StringComparer.Ordinal);

    /// <summary>Study hours of all rows attributed to this branch (member rows and branch-level rows).</summary>
    public double StudyHours => (double)StudyHoursSum;

    internal decimal StudyHoursSum { get; set; }

    /// <summary>Bit i set when study form i was used in the period.</summary>
    public int StudyFormMask { get; internal set; }

    /// <summary>Values of the <c>indicators</c> table, by indicator id or column name.</summary>
    public IReadOnlyDictionary<string, double> IndicatorValues => IndicatorValueMap;

    internal Dictionary<string, double> IndicatorValueMap { get; } = new(StringComparer.Ordinal);

    /// <summary>N: home members pro-rated by <c>joined</c> (all members for a temporary branch); from <c>branches.members</c>
    /// without a members table; null when neither is known.</summary>
    public double? MemberCount { get; internal set; }

    /// <summary>Full members on roll (not pro-rated), for the committee threshold.</summary>
    public int? FullMembers { get; internal set; }

    /// <summary>Whether a 支委会 exists: the column, else at least 7 full members; null when unknown.</summary>
    public bool? HasCommittee { get; internal set; }

    /// <summary>Finds this branch's membership of a member (home or temporary), or null.</summary>
    public MemberRecord? FindMembership(string memberId)
    {
        foreach (var m in MembershipList)
        {
            if (m.MemberId == memberId)
            {
                return m;
            }
        }

        return null;
    }
}

/// <summary>An ingested, period-filtered dataset: the input of <c>Plan.Run</c>. Immutable once built.</summary>
public sealed class Dataset
{
    internal Dataset(Period period, IReadOnlyList<BranchData> branches, IReadOnlySet<InputTable> tables,
        IReadOnlyDictionary<string, MemberRole> homeRoles)
    {
        Period = period;
        Branches = branches;
        Tables = tables;
        HomeRoles = homeRoles;
    }

    /// <summary>The period the dataset was read for; records outside it were left out.</summary>
    public Period Period { get; }

    /// <summary>Branches in branch_id order (ordinal).</summary>
    internal IReadOnlyList<BranchData> Branches { get; }

    /// <summary>The tables that were present (possibly empty). An absent table makes its measures not available.</summary>
    public IReadOnlySet<InputTable> Tables { get; }

    /// <summary>Each member's role in its home branch.</summary>
    internal IReadOnlyDictionary<string, MemberRole> HomeRoles { get; }

    /// <summary>Whether the table was present (possibly empty); an absent table makes its indicators not available.</summary>
    public bool Has(InputTable table) => Tables.Contains(table);
}

/// <summary>What a rule set needs of the records beyond the input contract, checked while reading.</summary>
/// <param name="MaxScore">Every assessment row needs a max_score (the rule set uses assessment_ratio).</param>
internal sealed record DatasetRequirements(bool MaxScore)
{
    public static DatasetRequirements None { get; } = new(false);
}
