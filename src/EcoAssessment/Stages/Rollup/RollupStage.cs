using System.Globalization;
using EcoAssessment.Analysis;
using EcoAssessment.Conditions;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using RatingValue = EcoAssessment.Model.Rating;

namespace EcoAssessment.Stages.Rollup;

/// <summary>
/// Step 11 (DESIGN.md §3.11) over the stage tables and the results: per unit and for the whole system. The score is the mean of the rated branches' decision
/// scores weighted by their N (home members; <c>weight_by: branches</c> gives each branch weight 1); temporary branches
/// are left out of it (their members are counted at home). Red lines: a form-4 case of a unit leader (班子成员), or more
/// than 10 % of the rated branches 落后 and at least <c>rollup.laggard_min_count</c> (default 2) of them; any red line makes the band 红. 抓早抓小 warning: with 10 or more cases, form 1
/// below half of them. The band is the first of the rule set's bands whose min the score reaches, else 红.
/// </summary>
internal static class RollupStage
{
    /// <summary>
    /// Sets <see cref="StageTables.Rollup"/>: one summary per node of the dataset's tree (<see cref="Hierarchy"/>: units,
    /// and 党总支/党委 with the branches beneath them), in the tree's order, and one for the whole system,
    /// computed when an output first reads it (it reads every finding, and most outputs do not show it) and then kept.
    /// </summary>
    public static void Apply(StageTables t, IReadOnlyList<BranchResult> results) =>
        t.Rollup = new Lazy<(IReadOnlyList<UnitSummary> Units, UnitSummary System)>(() => Compute(t, results));

    private static (IReadOnlyList<UnitSummary> Units, UnitSummary System) Compute(StageTables a, IReadOnlyList<BranchResult> all)
    {
        var data = a.Dataset.Branches.ToDictionary(b => b.BranchId, StringComparer.Ordinal);

        // Each node covers the branches beneath it; its summary reads them in the results' order, as the flat roll-up did.
        var position = new int[a.Dataset.Branches.Count];
        Array.Fill(position, -1);
        var indexOf = new Dictionary<string, int>(a.Dataset.Branches.Count, StringComparer.Ordinal);
        for (var i = 0; i < a.Dataset.Branches.Count; i++)
        {
            indexOf[a.Dataset.Branches[i].BranchId] = i;
        }

        for (var k = 0; k < all.Count; k++)
        {
            position[indexOf[all[k].BranchId]] = k;
        }

        var units = a.Dataset.Hierarchy.Nodes.Select(n =>
            {
                var covered = n.Branches.Select(i => position[i]).Where(k => k >= 0).Order().Select(k => all[k]).ToArray();
                return Summarise(n.Name, covered, data, a) with
                {
                    Id = n.Id, Parent = n.Parent, Level = n.Level, Order = n.Order, Depth = n.Depth, IsOrganisation = n.IsOrganisation,
                };
            })
            .ToArray();
        return (units, Summarise(Analysis.Rollup.SystemName, all.ToArray(), data, a));
    }

    private static UnitSummary Summarise(string unit, BranchResult[] results, Dictionary<string, BranchData> data, StageTables a)
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
            if (r.Rating == RatingValue.Unrated || r.Score is not decimal score)
            {
                continue;
            }

            var w = byMembers ? b.MemberCount ?? 0 : 1;
            weighted += w * (double)score;
            weights += w;
        }

        double? mean = weights > 0 ? weighted / weights : null;
        var ratings = new[] { RatingValue.Vanguard, RatingValue.Middle, RatingValue.Laggard, RatingValue.Unrated }.ToDictionary(x => x, x => results.Count(r => r.Rating == x));
        var rated = results.Length - ratings[RatingValue.Unrated];

        int f1 = 0, f2 = 0, f3 = 0, f4 = 0;
        var responsibility = Enum.GetValues<ResponsibleRole>().ToDictionary(x => x, _ => 0);
        var redLines = new List<string>();
        foreach (var r in results)
        {
            var b = data[r.BranchId];
            var ctx = new ConditionContext(b, a.Dataset, _ => null, _ => null);
            foreach (var f in b.Findings.Where(f => a.Dataset.Period.Contains(f.Date)).OrderBy(f => f.FindingId, StringComparer.Ordinal))
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

        // DOMAIN §5: the share above 10 % and at least laggard_min_count (default 2) 落后 branches, so that one 落后
        // branch of a small unit is no red line; the code carries the share, the count and the minimum.
        var laggards = ratings[RatingValue.Laggard];
        var minCount = a.Rules.Rollup?.LaggardMinCount ?? 2;
        if (rated > 0 && laggards * 10 > rated && laggards >= minCount)
        {
            redLines.Add(string.Create(CultureInfo.InvariantCulture, $"laggard_share:{100.0 * laggards / rated:0.#}%>10% ({laggards} of {rated}, at least {minCount})"));
        }

        var forms = new FormMix(f1, f2, f3, f4);
        var warnings = new List<string>();
        if (forms.Total >= 10 && forms.Form1Share < 0.5)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"early_handling:form1 {forms.Form1}/{forms.Total}<50%"));
        }

        return new UnitSummary(unit, results.Length, rated, members, mean, Health(a, mean, redLines), ratings, forms, responsibility, redLines, warnings, EarlyCareSignals(forms));
    }

    /// <summary>
    /// The first form's share of all handling as a positive signal (DOMAIN §5, 第一种形态 as early care): <c>early_care</c>
    /// when it is at least half of the period's cases with a form, the same line below which 10 or more cases are flagged.
    /// </summary>
    private static string[] EarlyCareSignals(FormMix forms) =>
        forms.Form1Share is double share && share >= 0.5
            ? [string.Create(CultureInfo.InvariantCulture, $"early_care:form1 {forms.Form1}/{forms.Total}={100 * share:0.#}%≥50%")]
            : [];

    private static string? Health(StageTables a, double? score, List<string> redLines)
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
