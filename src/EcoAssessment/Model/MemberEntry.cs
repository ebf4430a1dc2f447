namespace EcoAssessment.Model;

/// <summary>What the builder knows of one member: the branches listing it, and its home branch and role there.</summary>
internal sealed class MemberEntry(string id, string firstBranch)
{
    /// <summary>The member_id (the instance the members table gave).</summary>
    public string Id { get; } = id;

    /// <summary>The member's place among the members table's members (0, 1, …).</summary>
    public int Order { get; init; }

    /// <summary>The first branch that lists the member.</summary>
    public string FirstBranch { get; } = firstBranch;

    /// <summary>Further branches that list the member (temporary memberships); null when none, as for most members.</summary>
    public List<string>? OtherBranches { get; set; }

    /// <summary>The home branch (not a temporary one); null when no membership is the home one.</summary>
    public string? HomeBranch { get; set; }

    /// <summary>The member's role in the home branch.</summary>
    public MemberRole Role { get; set; }

    /// <summary>The member's study sums in the home branch, once it has a study row (the same object as in the branch's map).</summary>
    public MemberStudy? Study { get; set; }

    /// <summary>Whether a branch lists the member already.</summary>
    public bool IsIn(string branch) => FirstBranch == branch || (OtherBranches?.Contains(branch) ?? false);
}
