using System.Globalization;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using EcoAssessment.Rules;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>
/// Where each branch sits in the unit tree, for the sheets that list or group branches by unit: its own unit (the
/// deepest unit of the tree that covers it, never a 党总支 or 党委 and never a unit above its own) and that unit's place
/// in the tree's order (the order of the 单位 sheet: 厅机关 first, then the cities in the order the units table declares).
/// The 图表 trend table and the 支部画像 unit average both use this own unit.
/// </summary>
internal sealed class ReportUnits
{
    private readonly Dictionary<string, (string Name, int Order)> _own = new(StringComparer.Ordinal);

    public ReportUnits(Assessment a)
    {
        var nodes = a.Dataset.Hierarchy.Nodes;
        var branches = a.Branches;
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            if (node.IsOrganisation)
            {
                continue;
            }

            foreach (var b in node.Branches)
            {
                var id = branches[b].BranchId;
                // The tree's order puts a node before the nodes beneath it: the last unit that covers a branch is its own.
                _own[id] = (node.Name, n);
            }
        }
    }

    /// <summary>The name of the branch's own unit (its unit name as typed when the tree does not know it).</summary>
    public string UnitOf(BranchResult r) => _own.TryGetValue(r.BranchId, out var u) ? u.Name : r.Branch.Unit;

    /// <summary>The place of the branch's own unit in the tree's order (after every unit when unknown).</summary>
    public int OrderOf(BranchResult r) => _own.TryGetValue(r.BranchId, out var u) ? u.Order : int.MaxValue;

    /// <summary>The branches grouped by their own unit in the tree's order, each group in the results' order (rank).</summary>
    public IEnumerable<BranchResult> InTreeOrder(IEnumerable<BranchResult> results) =>
        results.Select((r, i) => (r, i)).OrderBy(x => OrderOf(x.r)).ThenBy(x => x.i).Select(x => x.r);

    /// <summary>
    /// Whether an indicator's raw value is a rate (a fraction 0–1 in its natural unit), shown as 91.7 %: the measures that
    /// are shares by their formula, and a typed value whose goalposts lie within 0–1.
    /// </summary>
    public static bool IsRate(IndicatorRule i) => i.Measure switch
    {
        MeetingCompletionMeasure or ThemeDayCoverageMeasure or AttendanceMeasure or AnnualReviewMeasure or RectificationOnTimeMeasure
            or AssessmentRatioMeasure or StudyComplianceMeasure or MicroLectureShareMeasure or OriginalTextsShareMeasure or SpecialTaskShareMeasure => true,
        ValueMeasure => i.Normalisation is GoalpostsNormalisation { Low: >= 0, High: <= 1 },
        _ => false,
    };

    /// <summary>The number format of an indicator's raw value: a percentage with one decimal for a rate, else up to two decimals.</summary>
    public static string RawFormat(IndicatorRule i) => IsRate(i) ? "0.0%" : "0.##";

    /// <summary>Whether a unit's band asks for a reason a person reads: 红 or 橙.</summary>
    public static bool IsRedOrOrange(UnitSummary u) => u.Health is "红" or "橙";

    /// <summary>
    /// Why a unit is 红 or 橙, in sentences: its red lines and warnings (as <see cref="UnitSummary.DescribeAlerts"/> words
    /// them), and, when no red line made it 红, the band line its score is below; empty for any other unit.
    /// </summary>
    public static string Why(UnitSummary u, RuleSet rules, Language language)
    {
        if (!IsRedOrOrange(u))
        {
            return string.Empty;
        }

        var parts = new List<string>();
        if (u.RedLines.Count == 0 && u.Score is double s && rules.Rollup is { Bands.Count: > 0 } rollup)
        {
            var score = Math.Round(s, 2, MidpointRounding.AwayFromZero);
            var above = rollup.Bands.Where(b => b.Min > score).OrderBy(b => b.Min).FirstOrDefault();
            if (above is not null)
            {
                parts.Add(Texts.LgBandBelow.Render(language, Number(score), above.Name, Number(above.Min)));
            }
        }

        if (u.DescribeAlerts(language) is { Length: > 0 } alerts)
        {
            parts.Add(alerts);
        }

        return string.Join(Texts.ClauseSeparator.Render(language), parts);
    }

    private static string Number(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
