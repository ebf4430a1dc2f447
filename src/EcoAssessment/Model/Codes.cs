namespace EcoAssessment.Model;

// The enums below are in the same order as their code lists in InputCatalogue; a test checks that each member's
// snake_case name is its code.

/// <summary>branches.type.</summary>
public enum BranchType
{
    /// <summary>支部: a regular branch (code <c>regular</c>).</summary>
    Regular,

    /// <summary>联合支部: a joint branch of several small units (<c>joint</c>).</summary>
    Joint,

    /// <summary>临时支部: a temporary branch; scored and listed but 未定级 unless the rule set rates temporary branches (<c>temporary</c>).</summary>
    Temporary,
}

/// <summary>members.status.</summary>
public enum MemberStatus
{
    /// <summary>正式党员: a full member (<c>full</c>).</summary>
    Full,

    /// <summary>预备党员: a probationary member (<c>probationary</c>).</summary>
    Probationary,
}

/// <summary>members.role. <c>committee</c> in a finding condition means Secretary, DeputySecretary and Committee.</summary>
public enum MemberRole
{
    /// <summary>书记 (<c>secretary</c>).</summary>
    Secretary,

    /// <summary>副书记 (<c>deputy_secretary</c>).</summary>
    DeputySecretary,

    /// <summary>支委 (<c>committee</c>).</summary>
    Committee,

    /// <summary>班子成员: a leader of the unit (<c>unit_leader</c>).</summary>
    UnitLeader,

    /// <summary>党员: an ordinary member (<c>member</c>).</summary>
    Member,
}

/// <summary>meetings.type (三会一课 and the other organisational-life forms).</summary>
public enum MeetingType
{
    /// <summary>支部党员大会 (<c>general_assembly</c>).</summary>
    GeneralAssembly,

    /// <summary>支委会 (<c>committee</c>).</summary>
    Committee,

    /// <summary>党小组会 (<c>group</c>).</summary>
    Group,

    /// <summary>党课, including 微型党课 (<c>lecture</c>).</summary>
    Lecture,

    /// <summary>主题党日 (<c>theme_day</c>).</summary>
    ThemeDay,

    /// <summary>组织生活会, held once a year (<c>org_life_review</c>).</summary>
    OrgLifeReview,

    /// <summary>民主评议党员, held once a year (<c>member_review</c>).</summary>
    MemberReview,

    /// <summary>谈心谈话 (<c>talk</c>).</summary>
    Talk,
}

/// <summary>study.form.</summary>
public enum StudyForm
{
    /// <summary>读原著学原文 (<c>original_texts</c>).</summary>
    OriginalTexts,

    /// <summary>微型党课; the row's member gave it (<c>micro_lecture</c>).</summary>
    MicroLecture,

    /// <summary>现场教学 (<c>on_site</c>).</summary>
    OnSite,

    /// <summary>学习强国 (<c>xuexi</c>).</summary>
    Xuexi,

    /// <summary>网络学院 (<c>online_college</c>).</summary>
    OnlineCollege,

    /// <summary>中心组学习 (<c>central_group</c>).</summary>
    CentralGroup,

    /// <summary>专题培训 (<c>training</c>).</summary>
    Training,

    /// <summary>志愿服务 (<c>volunteer</c>).</summary>
    Volunteer,
}

/// <summary>findings.source.</summary>
public enum FindingSource
{
    /// <summary>督察 (<c>inspection</c>).</summary>
    Inspection,

    /// <summary>巡察 (<c>patrol</c>).</summary>
    Patrol,

    /// <summary>审计 (<c>audit</c>).</summary>
    Audit,

    /// <summary>信访 (<c>petition</c>).</summary>
    Petition,

    /// <summary>专项检查 (<c>special</c>).</summary>
    Special,

    /// <summary>其他 (<c>other</c>).</summary>
    Other,
}

/// <summary>findings.category.</summary>
public enum FindingCategory
{
    /// <summary>四风 (<c>four_winds</c>).</summary>
    FourWinds,

    /// <summary>违反八项规定 (<c>eight_rules</c>).</summary>
    EightRules,

    /// <summary>廉政 (<c>integrity</c>).</summary>
    Integrity,

    /// <summary>纪律 (<c>discipline</c>).</summary>
    Discipline,

    /// <summary>其他 (<c>other</c>).</summary>
    Other,
}

/// <summary>
/// findings.tolerance (容错免责): exempt counts 0 in severity, lenient half. Only for form 1 and 2 cases (and rectification
/// items): a form-3 or form-4 finding marked either is refused, except lenient form 3 where the rule set allows it.
/// </summary>
public enum Tolerance
{
    /// <summary>否: no tolerance; the finding counts in full (<c>none</c>, the default).</summary>
    None,

    /// <summary>容错免责: counts 0 in severity indicators and form conditions; rectification still counts (<c>exempt</c>).</summary>
    Exempt,

    /// <summary>从轻/减轻: counts half in severity indicators and still matches conditions (<c>lenient</c>).</summary>
    Lenient,
}

/// <summary>findings.responsibility (五责联抓).</summary>
public enum ResponsibleRole
{
    /// <summary>书记 (<c>secretary</c>).</summary>
    Secretary,

    /// <summary>班子成员 (<c>leader</c>).</summary>
    Leader,

    /// <summary>机关党委 (<c>party_committee</c>).</summary>
    PartyCommittee,

    /// <summary>党支部 (<c>branch</c>).</summary>
    Branch,

    /// <summary>纪委 (<c>discipline</c>).</summary>
    Discipline,
}

/// <summary>The rating of a branch. Every rule set maps onto these four.</summary>
public enum Rating
{
    /// <summary>先锋: the best tier.</summary>
    Vanguard,

    /// <summary>中间.</summary>
    Middle,

    /// <summary>落后: the worst tier; twice in a row (periods of the same kind) puts a branch on the 整顿 list.</summary>
    Laggard,

    /// <summary>未定级: not rated (coverage below the minimum, a temporary branch, or no score).</summary>
    Unrated,
}

/// <summary>Chinese and English labels of ratings; the Chinese label is the rating value written in outputs.</summary>
public static class RatingLabels
{
    /// <summary>The Chinese label, the value written in outputs: 先锋, 中间, 落后 or 未定级.</summary>
    public static string Chinese(Rating r) => r switch
    {
        Rating.Vanguard => "先锋",
        Rating.Middle => "中间",
        Rating.Laggard => "落后",
        _ => "未定级",
    };

    /// <summary>The English label: vanguard, middle, laggard or unrated.</summary>
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
