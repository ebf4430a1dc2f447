using System.Globalization;
using EcoAssessment.Conditions;
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
/// <param name="Unit">The unit name, or 全系统 for the whole system.</param>
/// <param name="Branches">Branches of the unit, rated or not.</param>
/// <param name="Rated">Branches with a rating other than 未定级.</param>
/// <param name="Members">Home members (N, pro-rated by joined) of the rated branches.</param>
/// <param name="Score">The member-weighted mean decision score, 0–100; null without rated branches.</param>
/// <param name="Health">The health band (绿/黄/橙/红) from the rule set's bands; null without bands or score.</param>
/// <param name="Ratings">Branches per rating.</param>
/// <param name="Forms">四种形态 cases in the period.</param>
/// <param name="Responsibility">Findings per 五责联抓 role.</param>
/// <param name="RedLines">Red lines crossed (a form-4 case of a unit leader; more than 10 % of rated branches 落后); any makes the band 红.</param>
/// <param name="Warnings">抓早抓小 warnings (form 1 below half of 10 or more cases).</param>
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
    IReadOnlyList<string> Warnings);

/// <summary>
/// Step 11 (DESIGN.md §3.11): per unit and for the whole system. The score is the mean of the rated branches' decision
/// scores weighted by their N (home members; <c>weight_by: branches</c> gives each branch weight 1); temporary branches
/// are left out of it (their members are counted at home). Red lines: a form-4 case of a unit leader (班子成员), or more
/// than 10 % of the rated branches 落后; any red line makes the band 红. 抓早抓小 warning: with 10 or more cases, form 1
/// below half of them. The band is the first of the rule set's bands whose min the score reaches, else 红.
/// </summary>
public static class Rollup
{
    /// <summary>The name of the whole-system row: 全系统.</summary>
    public const string SystemName = "全系统";

    /// <summary>The roll-up of an assessment: one summary per unit (by unit name, ordinal) and one for the whole system.</summary>
    public static (IReadOnlyList<UnitSummary> Units, UnitSummary System) Compute(Assessment a)
    {
        var data = a.Branches.ToDictionary(b => b.BranchId, StringComparer.Ordinal);
        var units = a.Results.GroupBy(r => r.Branch.Unit, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarise(g.Key, g.ToArray(), data, a))
            .ToArray();
        return (units, Summarise(SystemName, a.Results.ToArray(), data, a));
    }

    private static UnitSummary Summarise(string unit, BranchResult[] results, Dictionary<string, BranchData> data, Assessment a)
    {
        var byMembers = a.Rules.Rollup?.WeightBy != "branches";
        double weighted = 0, weights = 0, members = 0;
        foreach (var r in results)
        {
            var b = data[r.BranchId];
            if (r.Branch.Type == BranchType.Temporary)
            {
                continue;
            }

            members += b.MemberCount ?? 0;
            if (r.Rating == Rating.Unrated || r.Score is not decimal score)
            {
                continue;
            }

            var w = byMembers ? b.MemberCount ?? 0 : 1;
            weighted += w * (double)score;
            weights += w;
        }

        double? mean = weights > 0 ? weighted / weights : null;
        var ratings = new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated }.ToDictionary(x => x, x => results.Count(r => r.Rating == x));
        var rated = results.Length - ratings[Rating.Unrated];

        int f1 = 0, f2 = 0, f3 = 0, f4 = 0;
        var responsibility = Enum.GetValues<ResponsibleRole>().ToDictionary(x => x, _ => 0);
        var redLines = new List<string>();
        foreach (var r in results)
        {
            var b = data[r.BranchId];
            var ctx = new ConditionContext(b, a.Dataset, _ => null, _ => null);
            foreach (var f in b.Findings.Where(f => a.Period.Contains(f.Date)).OrderBy(f => f.FindingId, StringComparer.Ordinal))
            {
                switch (f.Form)
                {
                    case 1: f1++; break;
                    case 2: f2++; break;
                    case 3: f3++; break;
                    case 4:
                        f4++;
                        if (ConditionEvaluator.RoleOf(f, ctx) == MemberRole.UnitLeader)
                        {
                            redLines.Add($"form4_unit_leader:{f.FindingId}");
                        }

                        break;
                }

                if (ConditionEvaluator.ResponsibilityOf(f, ctx) is ResponsibleRole role)
                {
                    responsibility[role]++;
                }
            }
        }

        if (rated > 0 && ratings[Rating.Laggard] * 10 > rated)
        {
            redLines.Add(string.Create(CultureInfo.InvariantCulture, $"laggard_share:{100.0 * ratings[Rating.Laggard] / rated:0.#}%>10%"));
        }

        var forms = new FormMix(f1, f2, f3, f4);
        var warnings = new List<string>();
        if (forms.Total >= 10 && forms.Form1Share < 0.5)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"early_handling:form1 {forms.Form1}/{forms.Total}<50%"));
        }

        return new UnitSummary(unit, results.Length, rated, members, mean, Health(a, mean, redLines), ratings, forms, responsibility, redLines, warnings);
    }

    private static string? Health(Assessment a, double? score, List<string> redLines)
    {
        if (a.Rules.Rollup is not { Bands.Count: > 0 } rollup)
        {
            return null;
        }

        if (redLines.Count > 0)
        {
            return "红";
        }

        if (score is not double s)
        {
            return null;
        }

        var rounded = Math.Round(s, 2, MidpointRounding.AwayFromZero);
        return rollup.Bands.OrderByDescending(b => b.Min).FirstOrDefault(b => rounded >= b.Min)?.Name ?? "红";
    }
}
