using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Analysis;

/// <summary>Counts of the period's discipline cases by 四种形态.</summary>
/// <param name="Form1">Cases of the first form (批评教育, 谈话提醒).</param>
/// <param name="Form2">Cases of the second form (轻处分, 组织调整).</param>
/// <param name="Form3">Cases of the third form (重处分, 重大职务调整).</param>
/// <param name="Form4">Cases of the fourth form (严重违纪涉嫌违法).</param>
public sealed record FormMix(int Form1, int Form2, int Form3, int Form4)
{
    /// <summary>All cases, forms 1–4.</summary>
    public int Total => Form1 + Form2 + Form3 + Form4;

    /// <summary>Form 1's share of all cases; null without cases.</summary>
    public double? Form1Share => Total == 0 ? null : (double)Form1 / Total;
}

/// <summary>
/// The 政治生态建设状况 of a unit (or of the whole system): member-weighted mean score of its rated branches, rating
/// mix, 四种形态 mix, findings by 五责联抓 role, red lines and the health band 绿/黄/橙/红.
/// </summary>
/// <param name="Unit">The unit's (or organisation's) name, or 全系统 for the whole system.</param>
/// <param name="Branches">Branches the node covers (its own and those of every node beneath it), rated or not.</param>
/// <param name="Rated">Branches with a rating other than 未定级.</param>
/// <param name="Members">Home members (N, pro-rated by joined) of the rated branches.</param>
/// <param name="Score">The member-weighted mean decision score, 0–100; null without rated branches.</param>
/// <param name="Health">The health band (绿/黄/橙/红) from the rule set's bands; null without bands or score.</param>
/// <param name="Ratings">Branches per rating.</param>
/// <param name="Forms">四种形态 cases in the period.</param>
/// <param name="Responsibility">Findings per 五责联抓 role.</param>
/// <param name="RedLines">Red lines crossed, each a code with its reason (a form-4 case of a unit leader, with the finding; more than 10 % of rated branches 落后 and at least <c>rollup.laggard_min_count</c>, default 2, with the share and the count); any makes the band 红.</param>
/// <param name="Warnings">抓早抓小 warnings (form 1 below half of 10 or more cases).</param>
/// <param name="Signals">
/// Positive signals: <c>early_care</c> when the first form is at least half of the period's cases (第一种形态 is early
/// care, DOMAIN §5: handling problems early is what the practice asks for). Never a bonus, never a colour.
/// </param>
public sealed record UnitSummary(
    string Unit,
    int Branches,
    int Rated,
    double Members,
    double? Score,
    string? Health,
    IReadOnlyDictionary<Rating, int> Ratings,
    FormMix Forms,
    IReadOnlyDictionary<ResponsibleRole, int> Responsibility,
    IReadOnlyList<string> RedLines,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Signals)
{
    /// <summary>
    /// The node's id in the tree: the unit_id of the units table, the unit name without one (then equal to
    /// <see cref="Unit"/>), the branch_id of a 党总支 or 党委; <see cref="Rollup.SystemName"/> for the whole system.
    /// </summary>
    public string Id { get; init; } = Unit;

    /// <summary>The id of the node above (<see cref="Id"/>); null at the top and for the whole system.</summary>
    public string? Parent { get; init; }

    /// <summary>The level's name as the units table gives it (厅, 市局, 分局); null when not given, for organisations and the whole system.</summary>
    public string? Level { get; init; }

    /// <summary>The units table's display order; null when not given.</summary>
    public int? Order { get; init; }

    /// <summary>0 at the top of the tree, 1 below it, …; outputs indent by it.</summary>
    public int Depth { get; init; }

    /// <summary>A 党总支 or 党委 (a branches row that other branches name in parent_id): it covers itself and the branches beneath it.</summary>
    public bool IsOrganisation { get; init; }

    /// <summary>
    /// The positive signals as sentences in <paramref name="language"/> (the codes are <see cref="Signals"/>,
    /// docs/reasons.md), joined like <see cref="DescribeAlerts"/>; empty when none.
    /// </summary>
    public string DescribeSignals(Language language = Language.Zh) => ReasonText.Render(Signals, null, language);

    /// <summary>
    /// The red lines and warnings as sentences in <paramref name="language"/> (the codes are <see cref="RedLines"/> and
    /// <see cref="Warnings"/>, docs/reasons.md), joined by <c>；</c> (Chinese) or <c>; </c> (English); empty when none.
    /// </summary>
    public string DescribeAlerts(Language language = Language.Zh) => ReasonText.Render(RedLines.Concat(Warnings), null, language);
}

/// <summary>
/// Step 11 (DESIGN.md §3.11): per unit and for the whole system. The score is the mean of the rated branches' decision
/// scores weighted by their N (home members; <c>weight_by: branches</c> gives each branch weight 1); temporary branches
/// are left out of it (their members are counted at home). Red lines: a form-4 case of a unit leader (班子成员), or more
/// than 10 % of the rated branches 落后 and at least <c>rollup.laggard_min_count</c> (default 2) of them; any red line makes the band 红. 抓早抓小 warning: with 10 or more cases, form 1
/// below half of them. The band is the first of the rule set's bands whose min the score reaches, else 红.
/// </summary>
/// <remarks>The roll-up is the last stage of the run (<c>Stages/Rollup</c>); this is where the library reads it.</remarks>
public static class Rollup
{
    /// <summary>The name of the whole-system row: 全系统.</summary>
    public const string SystemName = "全系统";

    /// <summary>
    /// The roll-up of an assessment: one summary per node of the tree, in the tree's order (a node, then the nodes beneath
    /// it; siblings by the units table's display order, then id), each covering every branch beneath it, and one for the
    /// whole system. Without a units table and parent_id, one per unit name (ordinal), all at depth 0.
    /// </summary>
    public static (IReadOnlyList<UnitSummary> Units, UnitSummary System) Compute(Assessment a) => a.Tables.Rollup.Value;
}
