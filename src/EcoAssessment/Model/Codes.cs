namespace EcoAssessment.Model;

// The enums below are in the same order as their code lists in InputCatalogue; a test checks that each member's
// snake_case name is its code.

/// <summary>branches.type.</summary>
public enum BranchType { Regular, Joint, Temporary }

/// <summary>members.status.</summary>
public enum MemberStatus { Full, Probationary }

/// <summary>members.role. <c>committee</c> in a finding condition means Secretary, DeputySecretary and Committee.</summary>
public enum MemberRole { Secretary, DeputySecretary, Committee, UnitLeader, Member }

/// <summary>meetings.type (三会一课 and the other organisational-life forms).</summary>
public enum MeetingType { GeneralAssembly, Committee, Group, Lecture, ThemeDay, OrgLifeReview, MemberReview, Talk }

/// <summary>study.form.</summary>
public enum StudyForm { OriginalTexts, MicroLecture, OnSite, Xuexi, OnlineCollege, CentralGroup, Training, Volunteer }

/// <summary>findings.source.</summary>
public enum FindingSource { Inspection, Patrol, Audit, Petition, Special, Other }

/// <summary>findings.category.</summary>
public enum FindingCategory { FourWinds, EightRules, Integrity, Discipline, Other }

/// <summary>findings.tolerance (容错免责): exempt counts 0 in severity, lenient half.</summary>
public enum Tolerance { None, Exempt, Lenient }

/// <summary>findings.responsibility (五责联抓).</summary>
public enum ResponsibleRole { Secretary, Leader, PartyCommittee, Branch, Discipline }

/// <summary>The rating of a branch. Every rule set maps onto these four.</summary>
public enum Rating { Vanguard, Middle, Laggard, Unrated }

/// <summary>Chinese and English labels of ratings; the Chinese label is the rating value written in outputs.</summary>
public static class RatingLabels
{
    public static string Chinese(Rating r) => r switch
    {
        Rating.Vanguard => "先锋",
        Rating.Middle => "中间",
        Rating.Laggard => "落后",
        _ => "未定级",
    };

    public static string English(Rating r) => r switch
    {
        Rating.Vanguard => "vanguard",
        Rating.Middle => "middle",
        Rating.Laggard => "laggard",
        _ => "unrated",
    };

    /// <summary>Parses 先锋/中间/落后/未定级 or the English labels.</summary>
    public static bool TryParse(string text, out Rating rating)
    {
        switch (text.Trim())
        {
            case "先锋" or "vanguard": rating = Rating.Vanguard; return true;
            case "中间" or "middle": rating = Rating.Middle; return true;
            case "落后" or "laggard": rating = Rating.Laggard; return true;
            case "未定级" or "unrated": rating = Rating.Unrated; return true;
            default: rating = Rating.Unrated; return false;
        }
    }

    /// <summary>Tier order for caps and dynamic limits: higher is better; Unrated has none.</summary>
    public static int Tier(Rating r) => r switch
    {
        Rating.Vanguard => 3,
        Rating.Middle => 2,
        Rating.Laggard => 1,
        _ => 0,
    };
}
