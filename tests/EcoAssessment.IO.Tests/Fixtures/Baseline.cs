namespace EcoAssessment.IO.Tests.Fixtures;

/// <summary>
/// A small valid dataset (year 2024, two branches) that reads with no error. Failure tests replace one file of it with a
/// broken version, so that every error they see comes from that file.
/// </summary>
internal static class Baseline
{
    public const string Branches =
        "branch_id,name,unit,type,members,party_groups,has_committee,secretary_vacant_days\n" +
        "B1,第一支部,生态环境局,regular,,1,是,0\n" +
        "B2,第二支部,生态环境局,,,0,否,\n";

    public const string Members =
        "member_id,branch_id,status,role,home,joined\n" +
        "M1,B1,full,secretary,是,\n" +
        "M2,B1,full,member,是,\n" +
        "M3,B2,probationary,committee,是,2024-02-01\n" +
        "R51,B1,full,member,是,\n" + "R52,B1,full,member,是,\n" + "R53,B1,full,member,是,\n" +
        "R54,B1,full,member,是,\n" + "R55,B1,full,member,是,\n" + "R56,B1,full,member,是,\n" +
        "R57,B2,full,member,是,\n" + "R58,B2,full,member,是,\n"; // rosters as large as the meetings' attendance (8 and 3)

    public const string Meetings =
        "branch_id,type,date,meeting_id,attendees,expected,excused,theme_day,topic\n" +
        "B1,general_assembly,2024-03-07,MT1,7,8,1,否,学习\n" +
        "B2,committee,2024-04-02,MT2,3,3,0,是,\n";

    public const string Study =
        "member_id,branch_id,date,form,hours\n" +
        "M1,,2024-03,xuexi,2\n" +
        ",B2,2024-05-06,on_site,3\n";

    public const string Assessments =
        "branch_id,item,score,max_score\n" +
        "B1,OR-01,8,10\n" +
        "B2,CO-01,9,10\n";

    public const string Findings =
        "finding_id,branch_id,date,member_id,form,source,category,due_date,closed_date,tolerance,responsibility\n" +
        "F1,B1,2024-05-10,M2,1,inspection,four_winds,2024-06-30,2024-06-20,none,\n";

    public const string Indicators =
        "branch_id,indicator,value\n" +
        "B1,risk_point_coverage,0.9\n";

    public const string Units =
        "unit_id,name,parent,order,level\n" +
        "U1,生态环境局,,1,市局\n";

    /// <summary>Every file of the baseline, by file name.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["branches.csv"] = Branches,
        ["members.csv"] = Members,
        ["meetings.csv"] = Meetings,
        ["study.csv"] = Study,
        ["assessments.csv"] = Assessments,
        ["findings.csv"] = Findings,
        ["indicators.csv"] = Indicators,
        ["units.csv"] = Units,
    };

    /// <summary>Writes the baseline into <paramref name="ds"/>, with <paramref name="file"/> replaced by <paramref name="text"/>.</summary>
    public static TempDataset WithFile(this TempDataset ds, string file, string text)
    {
        foreach (var (name, content) in Files)
        {
            ds.Text(name, name == file ? text : content);
        }

        if (!Files.ContainsKey(file))
        {
            ds.Text(file, text);
        }

        return ds;
    }

    /// <summary>Writes the whole baseline.</summary>
    public static TempDataset WithBaseline(this TempDataset ds) => ds.Files(Files);
}
