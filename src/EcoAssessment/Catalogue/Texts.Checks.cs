namespace EcoAssessment.Catalogue;

/// <summary>
/// The catalogue's texts of the period refusals (a period none of the records falls in, a previous period that is not
/// earlier), the previous period as the outputs show it, and the credibility checks of a dataset.
/// </summary>
internal static partial class Texts
{
    // Periods (PeriodStage, PreviousPeriodCheck).

    /// <summary>A given period that none of the dated records falls in.</summary>
    public static readonly Entry NoRecordsInPeriod = new(
        "带日期的记录没有一条落在考核期 {0}（{1:yyyy-MM-dd} 至 {2:yyyy-MM-dd}）内：记录的日期在 {3:yyyy-MM-dd} 至 {4:yyyy-MM-dd} 之间；请用 --period 选择记录所在的考核期（例如 --period {5}），或更正记录的日期",
        "none of the dated records falls in the period {0} ({1:yyyy-MM-dd} to {2:yyyy-MM-dd}): their dates run from {3:yyyy-MM-dd} to {4:yyyy-MM-dd}; choose the period they cover with --period (e.g. --period {5}) or correct the dates");

    /// <summary>A previous file of the same period as the one rated.</summary>
    public static readonly Entry PreviousSamePeriod = new(
        "上一期结果文件「{0}」的考核期是 {1}，与本次考核期 {2} 相同；--previous 应给出更早的上一考核期的结果",
        "the previous results '{0}' are of the period {1}, the same as the period rated, {2}; --previous takes the results of an earlier period");

    /// <summary>A previous file of a period later than, or overlapping, the one rated.</summary>
    public static readonly Entry PreviousLaterPeriod = new(
        "上一期结果文件「{0}」的考核期是 {1}，不早于本次考核期 {2}（晚于它或与它重叠）；--previous 应给出上一考核期的结果",
        "the previous results '{0}' are of the period {1}, which is not earlier than the period rated, {2} (later or overlapping); --previous takes the results of an earlier period");

    /// <summary>A previous file without a period.</summary>
    public static readonly Entry PreviousWithoutPeriod = new(
        "上一期结果文件「{0}」没有考核期（期间 列），无法核对它是否早于本次考核期 {1}；请确认它是上一考核期的结果，或改用 eco evaluate 写出的结果文件",
        "the previous results '{0}' name no period (a period column), so it cannot be checked that they are earlier than the period rated, {1}; make sure they are the previous period's, or give the results file eco evaluate wrote");

    /// <summary>A previous file whose period is not a period label.</summary>
    public static readonly Entry PreviousPeriodUnreadable = new(
        "上一期结果文件「{0}」的考核期「{1}」无法识别（{2}），无法核对它是否早于本次考核期 {3}；请确认它是上一考核期的结果",
        "the previous results '{0}' give the period '{1}', which cannot be read ({2}), so it cannot be checked that they are earlier than the period rated, {3}; make sure they are the previous period's");

    /// <summary>The previous period beside the current one in an output's heading: <c>上一期 2023</c>.</summary>
    public static readonly Entry PreviousPeriodBeside = new("上一期 {0}", "previous period {0}");

    /// <summary>The previous period when the previous file names none.</summary>
    public static readonly Entry PreviousPeriodNotStated = new("期间未注明", "not stated");

    /// <summary>The note of the 动态 sheet: which period the transitions compare with.</summary>
    public static readonly Entry WbNotePreviousPeriod = new("上一考核期：{0}", "Previous period: {0}");

    // Credibility checks (DatasetBuilder, PeriodStage).

    /// <summary>One row of a table dated after the end of the period.</summary>
    public static readonly Entry RecordsAfterPeriodOne = new(
        "{1}表中有 {0} 行的日期晚于考核期 {2} 的结束日 {3:yyyy-MM-dd}（最晚为 {4:yyyy-MM-dd}），未计入本期；请核对日期是否填错",
        "{0} {1} row is dated after the end of {2} ({3:yyyy-MM-dd}), on {4:yyyy-MM-dd}, and is not counted; check its date");

    /// <summary>Rows of a table dated after the end of the period.</summary>
    public static readonly Entry RecordsAfterPeriodMany = new(
        "{1}表中有 {0} 行的日期晚于考核期 {2} 的结束日 {3:yyyy-MM-dd}（最晚为 {4:yyyy-MM-dd}），未计入本期；请核对日期是否填错",
        "{0} {1} rows are dated after the end of {2} ({3:yyyy-MM-dd}), the latest on {4:yyyy-MM-dd}, and are not counted; check their dates");

    /// <summary>Meetings of a branch with more attendees than the branch has members.</summary>
    public static readonly Entry AttendeesAboveMembers = new(
        "支部「{0}」有 {1} 次会议的实到人数超过本支部的党员数 {2}（最多实到 {3} 人，首次见于此行）；请核对实到人数或党员表",
        "branch '{0}': {1} meeting(s) with more attendees than the branch's {2} members (at most {3}, the first on this row); check the attendees or the members table");

    /// <summary>Meetings listed in two files of the meetings table.</summary>
    public static readonly Entry MeetingInTwoFiles = new(
        "有 {0} 场会议同时列在「{1}」和「{2}」中（首个为支部「{3}」的会议「{4}」，见此行）；每场只计一次，请从其中一个文件中删去",
        "{0} meeting(s) are listed in both '{1}' and '{2}' (the first: meeting '{4}' of branch '{3}', on this row); each counts once, remove them from one of the files");

    /// <summary>A unit with a single branch.</summary>
    public static readonly Entry SingleBranchUnit = new(
        "单位「{0}」只有 1 个支部（「{1}」）：该单位的汇总就是这个支部本身，不是单位内的比较；请核对单位列",
        "unit '{0}' has a single branch ('{1}'): its roll-up is that branch itself, not a comparison; check the unit column");
}
