using System.Globalization;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// One report workbook per unit (<c>eco evaluate … --split-by unit -o folder/</c>), and beside it the unit's 支部告知单: each
/// unit's pack holds only its branches, the roll-up of its subtree (its own node as the total) and nothing of another unit. The units are those
/// one level below a single top unit (厅机关, each 市局, each 直属单位 under 浙江省生态环境厅), or the top units when there
/// are several (a flat run without a units table: every unit name). Ratings, ranks and the quota are the whole run's:
/// a pack cuts the report, it never rates again.
/// </summary>
internal static class UnitPacks
{
    /// <summary>One unit's pack: the file name (safe on every system, in the tree's order), the unit's name and what it holds.</summary>
    /// <param name="FileName">nn-id-name.xlsx (nn-name.xlsx when the id is the name), characters a file name may not hold replaced by _.</param>
    /// <param name="Unit">The unit's name.</param>
    /// <param name="BranchIds">The branches the pack holds, in the run's order.</param>
    public sealed record Pack(string FileName, string Unit, IReadOnlyList<string> BranchIds)
    {
        internal Assessment Assessment { get; init; } = null!;

        /// <summary>The whole run, which the pack's cards are computed against (the quota's last 先锋, the previous period).</summary>
        internal Assessment Whole { get; init; } = null!;

        internal (IReadOnlyList<UnitSummary> Units, UnitSummary System) Rollup { get; init; }
    }

    /// <summary>The packs of a run, in the tree's order.</summary>
    public static IReadOnlyList<Pack> Split(Assessment a)
    {
        var nodes = a.Dataset.Hierarchy.Nodes;
        var (summaries, _) = Analysis.Rollup.Compute(a);
        var tops = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Depth == 0).ToArray();
        var chosen = tops.Length == 1 && nodes.Any(n => n.Depth == 1)
            ? Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Depth == 1).ToArray()
            : tops;
        var packs = new List<Pack>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var k in chosen)
        {
            var node = nodes[k];
            var ids = node.Branches.Select(b => a.Branches[b].BranchId).ToHashSet(StringComparer.Ordinal);
            var results = a.Results.Where(r => ids.Contains(r.BranchId)).ToArray();
            var below = new List<UnitSummary>();
            for (var j = k + 1; j < nodes.Count && nodes[j].Depth > node.Depth; j++)
            {
                below.Add(summaries[j] with { Depth = summaries[j].Depth - node.Depth - 1 });
            }

            var name = FileName(packs.Count + 1, node.Id, node.Name);
            while (!used.Add(name))
            {
                name = Path.GetFileNameWithoutExtension(name) + "_" + ".xlsx";
            }

            packs.Add(new Pack(name, node.Name, results.Select(r => r.BranchId).ToArray())
            {
                Assessment = a.Only(results),
                Whole = a,
                Rollup = (below, summaries[k] with { Depth = 0, Parent = null }),
            });
        }

        return packs;
    }

    /// <summary>Writes one pack's report workbook to <paramref name="stream"/>.</summary>
    public static void Write(Pack pack, Stream stream, Language language = Language.Zh) =>
        ReportWorkbookWriter.Write(pack.Assessment, pack.Rollup, stream, language, checks: null, pack: pack.Unit);

    /// <summary>The name of a pack's cards beside its workbook: nn-id-name-支部告知单.docx (…-cards.docx in English).</summary>
    public static string CardsFileName(Pack pack, Language language = Language.Zh) =>
        Path.GetFileNameWithoutExtension(pack.FileName) + "-" + Texts.LgPackCardsSuffix.Render(language) + ".docx";

    /// <summary>
    /// Writes the 支部告知单 of the pack's branches, one page each, to <paramref name="stream"/>: each card computed against
    /// the whole run, as <c>--cards</c> writes it, so a pack's card says what the system-wide card says.
    /// </summary>
    public static void WriteCards(Pack pack, Stream stream, Language language = Language.Zh)
    {
        var ids = pack.BranchIds.ToHashSet(StringComparer.Ordinal);
        Docx.OfficialDocx.Write([.. pack.Whole.Results.Where(r => ids.Contains(r.BranchId)).Select(r => Output.CardContent.Build(pack.Whole, r, language))], stream);
    }

    /// <summary>A file name safe on every system: nn-id-name.xlsx, the characters a file name may not hold (on any system) replaced by _.</summary>
    internal static string FileName(int index, string id, string name)
    {
        var stem = id == name ? name : $"{id}-{name}";
        var safe = new string(stem.Select(ch => ch < 32 || "<>:\"/\\|?*".Contains(ch, StringComparison.Ordinal) ? '_' : ch).ToArray()).Trim().TrimEnd('.');
        if (safe.Length > 80)
        {
            safe = safe[..80];
        }

        return string.Create(CultureInfo.InvariantCulture, $"{index:00}-{safe}.xlsx");
    }
}
