namespace EcoAssessment.Catalogue;

/// <summary>
/// The catalogue's sentences for study that is study (DOMAIN §5): 志愿服务 is service, feeding D3 only; 读原著学原文 per
/// quarter; the values derived from the records that a typed <c>indicators</c> value overrides (D2, D3).
/// </summary>
internal static partial class Texts
{
    /// <summary>Derivation: the typed value won. {0} the column (indicators.x).</summary>
    public static readonly Entry DeriveTypedWins = new(
        "填报值 {0}（已填报，优先于由记录推算的值）",
        "typed value {0} (given, it wins over the value derived from the records)");

    /// <summary>Derivation: the value derived from the records, none typed. {0} the derivation, {1} the column (indicators.x).</summary>
    public static readonly Entry DeriveFromRecords = new(
        "由记录推算（{1} 未填报）：{0}",
        "derived from the records ({1} not given): {0}");

    /// <summary>Derivation: D3's service hours per member. {0} Σ hours, {1} N, {2} the service forms (Chinese names in Chinese, codes in English).</summary>
    public static readonly Entry DeriveVolunteerHours = new(
        "志愿服务学时 {0}（形式「{2}」，不计入理论学习）/ 党员数 {1}",
        "service hours {0} (form {2}, not theory study) / N {1}");

    /// <summary>Derivation: D2's home members also in a temporary branch or task team. {0} count, {1} home members.</summary>
    public static readonly Entry DeriveSpecialTasks = new(
        "另在临时党支部、督察整改、应急队伍等有组织关系（「本支部」填否）的本支部党员 {0} / 本支部党员 {1}",
        "home members who also hold a membership with home = no (temporary branch, inspection or emergency team) {0} / home members {1}");

    /// <summary>Derivation: D2 for a temporary branch.</summary>
    public static readonly Entry DeriveTemporaryNoHome = new(
        "临时党支部没有以本支部为组织关系所在的党员，专项任务参与不适用",
        "a temporary branch has no home members: special-task share does not apply");

    /// <summary>Derivation: 读原著学原文 share. {0} quarters needed, {1} quarters the period touches, {2} members reaching it, {3} N, {4} capped note.</summary>
    public static readonly Entry DeriveOriginalTexts = new(
        "在本期 {1} 个季度中至少 {0} 个季度读原著学原文的党员 {2} / 党员数 {3}{4}",
        "members reading original texts in at least {0} of the period's {1} quarters: {2} / N {3}{4}");

    /// <summary>A study measure's forms list names a service form (志愿服务), which is never study. {0} indicator, {1} the measure kind, {2} the form, {3} the key (forms).</summary>
    public static readonly Entry StudyFormsService = new(
        "指标「{0}」：{1} 的 {3} 列出了「{2}」，它是服务而不是理论学习（志愿服务计入志愿服务指标，从不计入学习指标）；请从 {3} 中删去",
        "indicator '{0}': {1}'s {3} list '{2}', which is service, not theory study (volunteer service counts for the volunteer indicator, never for study); remove it from {3}");

    /// <summary>A rule file's study measure lists a service form. {0} the measure kind, {1} the key (forms), {2} the form.</summary>
    public static readonly Entry RuleStudyFormsService = new(
        "{0} 的 {1} 列出了「{2}」：它是服务而不是理论学习，从不计入学习指标（志愿服务计入志愿服务指标）；请从 {1} 中删去",
        "{0}'s {1} list '{2}': it is service, not theory study, and never counts for a study indicator (volunteer service counts for the volunteer indicator); remove it from {1}");

    /// <summary>Derivation: D3 with no service row anywhere in the dataset. {0} the service forms (Chinese names in Chinese, codes in English).</summary>
    public static readonly Entry DeriveNoServiceRecorded = new(
        "学习表中没有任何支部的志愿服务记录（形式「{0}」），无法推算；请在指标表填报，或在学习表记录志愿服务",
        "no branch has a volunteer-service row (form {0}) in the study table: not derived; type the value in the indicators table or record the service in the study table");

    /// <summary>Derivation: D2 with no home=否 membership anywhere in the dataset.</summary>
    public static readonly Entry DeriveNoTaskMembershipRecorded = new(
        "党员表中没有任何「本支部」填否的组织关系（临时党支部等），无法推算；请在指标表填报，或在党员表列出临时党支部的党员",
        "the members table lists no membership with home = no (temporary branch and the like): not derived; type the value in the indicators table or list the temporary branches' members");
}
