using System.Globalization;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Output;

/// <summary>
/// What the one-page brief says, computed from the results and the roll-up (no layout): the title by period, 一、总体情况
/// with the numbers, 二、先锋 and 整顿 (by unit when the list is long), 三、红 units and why, in the unit tree's order,
/// 四、the change against the previous period, 五、the 四种形态 mix and 抓早抓小 (docs/brief.md).
/// </summary>
internal static class BriefContent
{
    /// <summary>A list longer than this is given by unit.</summary>
    internal const int LongList = 6;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static OfficialPage Build(Assessment a, Language language)
    {
        string T(Entry e, params object?[] args) => e.Render(language, args);
        var (units, system) = Rollup.Compute(a);
        var results = a.Results;
        var period = a.Period.Kind == PeriodKind.Year ? T(Texts.BriefYear, a.Period.Label) : T(Texts.BriefPeriod, a.Period.Label);
        var blocks = new List<Block>();

        int Count(Rating r) => results.Count(x => x.Rating == r);
        var rated = results.Count - Count(Rating.Unrated);
        var unrated = Count(Rating.Unrated) > 0 ? T(Texts.BriefUnrated, Count(Rating.Unrated)) : string.Empty;
        var band = system.Health is { } h ? T(Texts.BriefBand, h) : string.Empty;
        var overview = T(Texts.BriefOverview, results.Count, rated, Count(Rating.Vanguard), Share(Count(Rating.Vanguard), rated),
            Count(Rating.Middle), Count(Rating.Laggard), unrated, system.Score is double s ? s.ToString("0.00", Inv) : "—", band);
        var nodes = Units(units);
        var banded = nodes.Where(u => u.Health is not null).GroupBy(u => u.Health!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (banded.Count > 0 && a.Rules.Rollup is { } rollup)
        {
            var order = rollup.Bands.OrderByDescending(b => b.Min).Select(b => b.Name).Append("红").Distinct(StringComparer.Ordinal);
            var counts = order.Where(banded.ContainsKey).Select(b => T(Texts.BriefBandCount, b, banded[b]));
            overview += T(Texts.BriefUnitBands, banded.Values.Sum(), string.Join(T(Texts.ListSeparator), counts));
        }

        blocks.Add(new(BlockKind.Body, overview, Lead(Texts.BriefSectionOverview, language)));

        var tree = new Tree(units);
        var vanguards = results.Where(x => x.Rating == Rating.Vanguard).ToArray();
        if (vanguards.Length <= LongList)
        {
            blocks.Add(new(BlockKind.Body, T(Texts.BriefVanguards, vanguards.Length, Names(vanguards, tree, language)), Lead(Texts.BriefSectionLists, language)));
        }
        else
        {
            var byUnit = ByUnit(vanguards, tree);
            var most = byUnit.Max(g => g.Count);
            var top = byUnit.Where(g => g.Count == most).Select(g => T(Texts.BriefUnitCount, g.Unit, g.Count));
            blocks.Add(new(BlockKind.Body, T(Texts.BriefVanguardsByUnit, vanguards.Length, byUnit.Count, string.Join(T(Texts.ListSeparator), top)),
                Lead(Texts.BriefSectionLists, language)));
        }

        var rectification = results.Where(x => x.Rectification == true).ToArray();
        // One paragraph with the 先锋 list: the brief keeps to one page.
        var lists = blocks[^1];
        blocks[^1] = lists with { Text = lists.Text + (a.Previous is null ? T(Texts.BriefRectificationUnknown)
            : rectification.Length == 0 ? T(Texts.BriefNoRectification)
            : rectification.Length <= LongList ? T(Texts.BriefRectification, rectification.Length, Names(rectification, tree, language))
            : T(Texts.BriefRectificationByUnit, rectification.Length,
                string.Join(T(Texts.ListSeparator), ByUnit(rectification, tree).Select(g => T(Texts.BriefUnitCount, g.Unit, g.Count))))) };

        // 红 by the band; a rule set without bands gives no band, and its units that cross a red line are 红 all the same.
        var red = units.Where(u => u.Health == "红" || (u.Health is null && u.RedLines.Count > 0)).ToArray();
        blocks.Add(new(BlockKind.Body, red.Length == 0 ? T(Texts.BriefNoRedUnits)
            : T(Texts.BriefRedUnits, red.Length, string.Join(T(Texts.ListSeparator), red.Select(u => T(Texts.BriefRedUnit, u.Unit, RedReasons(u, language))))),
            Lead(Texts.BriefSectionRed, language)));
        blocks.Add(new(BlockKind.Body, Change(a, language), Lead(Texts.BriefSectionChange, language)));
        blocks.Add(new(BlockKind.Body, Forms(system, units, language), Lead(Texts.BriefSectionForms, language)));
        return new OfficialPage(T(Texts.BriefTitle, period), blocks);
    }

    private static string Change(Assessment a, Language language)
    {
        if (a.Previous is null)
        {
            return Texts.BriefNoPrevious.Render(language);
        }

        var r = a.Results;
        int Moved(string token) => r.Count(x => x.Transition == token);
        var text = Texts.BriefChange.Render(language, a.Previous.PeriodLabel ?? "—", Moved("up"), Moved("down"), Moved("same"), Moved("new"),
            r.Count(x => x.PreviousRating == Rating.Vanguard), r.Count(x => x.Rating == Rating.Vanguard),
            r.Count(x => x.PreviousRating == Rating.Laggard), r.Count(x => x.Rating == Rating.Laggard));
        return text;
    }

    private static string Forms(UnitSummary system, IReadOnlyList<UnitSummary> units, Language language)
    {
        var f = system.Forms;
        if (f.Total == 0)
        {
            return Texts.BriefNoForms.Render(language);
        }

        var text = Texts.BriefForms.Render(language, f.Total, f.Form1, Share(f.Form1, f.Total), f.Form2, f.Form3, f.Form4)
                   + (f.Form1Share >= 0.5 ? Texts.BriefEarlyCare : Texts.BriefEarlyWeak).Render(language);
        var warned = Units(units).Where(u => u.Warnings.Count > 0).Select(u => u.Unit).ToArray();
        return warned.Length > 0 ? text + Texts.BriefEarlyUnits.Render(language, warned.Length, string.Join(Texts.ListSeparator.Render(language), warned)) : text;
    }

    /// <summary>A red unit's red lines, shortly: the 落后 share with its counts, a unit leader's form-4 case, else the catalogue's sentence.</summary>
    private static string RedReasons(UnitSummary u, Language language) =>
        string.Join(Texts.ListSeparator.Render(language), u.RedLines.Select(code =>
            code.StartsWith("laggard_share:", StringComparison.Ordinal)
                ? Texts.BriefRedLaggards.Render(language, u.Ratings[Rating.Laggard], u.Rated, Share(u.Ratings[Rating.Laggard], u.Rated))
                : code.StartsWith("form4_unit_leader:", StringComparison.Ordinal)
                    ? Texts.BriefRedForm4.Render(language, code["form4_unit_leader:".Length..])
                    : ReasonText.Render([code], null, language)));

    /// <summary>
    /// The units the brief counts: every unit of the tree (not the 党总支 and 党委), but for a single top unit above the
    /// others (浙江省生态环境厅 over its 厅机关, 市局 and 直属单位), which is the whole system again.
    /// </summary>
    private static UnitSummary[] Units(IReadOnlyList<UnitSummary> units)
    {
        var plain = units.Where(u => !u.IsOrganisation).ToArray();
        var tops = plain.Count(u => u.Depth == 0);
        return tops == 1 && plain.Length > 1 ? plain.Where(u => u.Depth > 0).ToArray() : plain;
    }

    /// <summary>A section's heading, run in at the start of its first paragraph.</summary>
    private static string Lead(Entry heading, Language language) => Texts.BriefLead.Render(language, heading.Render(language));

    /// <summary>
    /// The unit tree as the lists read it: each unit name's first place in the roll-up's order (names the tree does not
    /// hold come after, by name), and the name of the unit above it.
    /// </summary>
    private sealed class Tree
    {
        private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public Tree(IReadOnlyList<UnitSummary> units)
        {
            var names = units.ToDictionary(u => u.Id, u => u.Unit, StringComparer.Ordinal);
            foreach (var u in units.Where(u => !u.IsOrganisation))
            {
                if (_order.TryAdd(u.Unit, _order.Count) && u.Parent is { } p && names.TryGetValue(p, out var parent))
                {
                    _parent[u.Unit] = parent;
                }
            }
        }

        public int Order(string unit) => _order.GetValueOrDefault(unit, int.MaxValue);

        /// <summary>
        /// A branch as a list names it: its unit and its name, the unit's own part left out when the name repeats it
        /// (吴兴分局党支部 of 湖州市生态环境局吴兴分局 is 湖州市生态环境局吴兴分局党支部).
        /// </summary>
        public string Name(BranchResult r, Language language)
        {
            var unit = r.Branch.Unit;
            if (_parent.TryGetValue(unit, out var parent) && unit.StartsWith(parent, StringComparison.Ordinal)
                && unit[parent.Length..] is { Length: > 0 } own && r.Branch.Name.StartsWith(own, StringComparison.Ordinal))
            {
                unit = parent;
            }

            return Texts.BriefBranchOfUnit.Render(language, unit, r.Branch.Name);
        }
    }

    private static IEnumerable<BranchResult> InTreeOrder(IEnumerable<BranchResult> rs, Tree tree) =>
        rs.OrderBy(x => tree.Order(x.Branch.Unit)).ThenBy(x => x.Branch.Unit, StringComparer.Ordinal).ThenBy(x => x.BranchId, StringComparer.Ordinal);

    private static string Names(IEnumerable<BranchResult> rs, Tree tree, Language language) =>
        string.Join(Texts.ListSeparator.Render(language), InTreeOrder(rs, tree).Select(x => tree.Name(x, language)));

    private static List<(string Unit, int Count)> ByUnit(IEnumerable<BranchResult> rs, Tree tree) =>
        InTreeOrder(rs, tree).GroupBy(x => x.Branch.Unit, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();

    private static string Share(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0.#", Inv) + "%";
}
