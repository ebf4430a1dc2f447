using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Rules;

namespace EcoAssessment.Stages.Imputation;

/// <summary>
/// Step 4 (optional): fills a value that is not available with the indicator's mean over the rated branches that have
/// one, or with the mean of the branch's group (its unit or its branch type). An imputed value is flagged, named in the
/// reasons and the trace, and does not count towards coverage. A group without any value stays not available.
/// </summary>
internal static class Imputation
{
    /// <summary>
    /// Imputes in place in the flat table <paramref name="raw"/> [branch × indicator] (NaN = not available); returns,
    /// per cell, whether the value was imputed (null when the rule imputes nothing). The detail of each imputed value goes
    /// into <paramref name="details"/>, citing the detail it replaces (<paramref name="detailOf"/>: branch, indicator).
    /// </summary>
    public static bool[]? Impute(ImputationRule rule, IReadOnlyList<BranchData> branches, bool[] eligible, double[] raw, int ni,
        Func<int, int, string> detailOf, Dictionary<int, string> details, Language language = Language.Zh)
    {
        var nb = branches.Count;
        if (rule.Method == ImputationMethod.None)
        {
            return null;
        }

        var imputed = new bool[nb * ni];

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
                var v = raw[(b * ni) + i];
                if (eligible[b] && !double.IsNaN(v))
                {
                    var key = group[b];
                    var (sum, count) = sums.GetValueOrDefault(key);
                    sums[key] = (sum + (decimal)v, count + 1);
                }
            }

            for (var b = 0; b < nb; b++)
            {
                var cell = (b * ni) + i;
                if (!double.IsNaN(raw[cell]) || !sums.TryGetValue(group[b], out var g) || g.Count == 0)
                {
                    continue;
                }

                var mean = (double)(g.Sum / g.Count);
                var scope = rule.Method == ImputationMethod.Mean ? Texts.ImputeScopeAll.Render(language)
                    : rule.By == ImputationGroup.Type ? Texts.ImputeScopeType.Render(language, InputCatalogue.BranchTypes.CodeOf((int)branches[b].Record.Type))
                    : Texts.ImputeScopeUnit.Render(language, group[b]);
                details[cell] = Texts.ImputedDetail.Render(language, g.Count, scope, Math.Round(mean, 4), detailOf(b, i));
                raw[cell] = mean;
                imputed[cell] = true;
            }
        }

        return imputed;
    }
}
