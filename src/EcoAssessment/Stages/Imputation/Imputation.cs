using System.Globalization;
using EcoAssessment.Model;
using EcoAssessment.Rules;
using EcoAssessment.Stages.Derivation;

namespace EcoAssessment.Stages.Imputation;

/// <summary>
/// Step 4 (optional): fills a value that is not available with the indicator's mean over the rated branches that have
/// one, or with the mean of the branch's group (its unit or its branch type). An imputed value is flagged, named in the
/// reasons and the trace, and does not count towards coverage. A group without any value stays not available.
/// </summary>
internal static class Imputation
{
    /// <summary>Imputes in place; returns, per branch and indicator, whether the value was imputed.</summary>
    public static bool[][] Apply(ImputationRule rule, IReadOnlyList<BranchData> branches, bool[] eligible, DerivedValue[][] derived)
    {
        var nb = branches.Count;
        var ni = nb == 0 ? 0 : derived[0].Length;
        var imputed = new bool[nb][];
        for (var b = 0; b < nb; b++)
        {
            imputed[b] = new bool[ni];
        }

        if (rule.Method == ImputationMethod.None)
        {
            return imputed;
        }

        // Each branch's group key, once: the same for every indicator.
        var group = new string[nb];
        for (var b = 0; b < nb; b++)
        {
            group[b] = rule.Method == ImputationMethod.Mean ? string.Empty
                : rule.By == ImputationGroup.Type ? branches[b].Record.Type.ToString() : branches[b].Record.Unit;
        }

        for (var i = 0; i < ni; i++)
        {
            var sums = new Dictionary<string, (decimal Sum, int Count)>(StringComparer.Ordinal);
            for (var b = 0; b < nb; b++)
            {
                if (eligible[b] && derived[b][i].Value is double v)
                {
                    var key = group[b];
                    var (sum, count) = sums.GetValueOrDefault(key);
                    sums[key] = (sum + (decimal)v, count + 1);
                }
            }

            for (var b = 0; b < nb; b++)
            {
                if (derived[b][i].Value is not null || !sums.TryGetValue(group[b], out var g) || g.Count == 0)
                {
                    continue;
                }

                var mean = (double)(g.Sum / g.Count);
                var scope = rule.Method == ImputationMethod.Mean ? "all rated branches" : $"{(rule.By == ImputationGroup.Type ? "branch type" : "unit")} {group[b]}";
                derived[b][i] = new DerivedValue(mean, string.Create(CultureInfo.InvariantCulture,
                    $"imputed: mean of {g.Count} branches ({scope}) = {Math.Round(mean, 4)}; was: {derived[b][i].Detail}"));
                imputed[b][i] = true;
            }
        }

        return imputed;
    }
}
