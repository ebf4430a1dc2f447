using System.Globalization;
using System.Text;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Output;

/// <summary>
/// The statistical annexes of the reports a 党组 files: the quarterly integrity statistics (党风廉政建设季报: findings by
/// unit × 四种形态 × category, rectification on time) and the annual summary (主体责任落实情况年度报告: rating mix,
/// transitions, the 整顿 list, exemptions granted), as Markdown in the reader's language (Chinese by default; codes of the
/// code catalogue stand for its Chinese names in English).
/// </summary>
internal static class AnnexWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly FindingCategory?[] Categories = [.. Enum.GetValues<FindingCategory>().Select(c => (FindingCategory?)c), null];

    private static string CategoryName(FindingCategory? c, Language language) =>
        c is FindingCategory x ? Name(InputCatalogue.FindingCategories.Entries[(int)x], language) : Texts.MdAnnexUncategorised.Render(language);

    private static string Name(CodeEntry e, Language language) => language == Language.En ? e.Code : e.Chinese;

    /// <summary>党风廉政建设季报: the period's findings per unit by form and category, and rectification on time.</summary>
    public static string Integrity(Assessment a, Language language = Language.Zh)
    {
        var sb = new StringBuilder();
        var total = Texts.MdAnnexTotal.Render(language);
        sb.Append(Texts.MdAnnexIntegrityHeading.Render(language, a.Period.Label)).Append("\n\n");
        var units = a.Branches.GroupBy(b => b.Record.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        sb.Append(Texts.MdAnnexFormsTable.Render(language))
            .Append(string.Join(" | ", Categories.Select(c => CategoryName(c, language)))).Append(Inv, $" | {total} |\n|---|")
            .Append(string.Concat(Enumerable.Repeat("---:|", 6 + Categories.Length))).Append('\n');
        var all = new List<FindingRecord>();
        foreach (var g in units)
        {
            var findings = g.SelectMany(b => b.Findings).Where(f => a.Period.Contains(f.Date)).ToArray();
            all.AddRange(findings);
            sb.Append(Row(g.Key, findings));
        }

        sb.Append(Row(total, all));

        sb.Append('\n').Append(Texts.MdAnnexRectificationTable.Render(language)).Append("\n|---|---:|---:|---:|---:|\n");
        int dueAll = 0, onTimeAll = 0, overdueAll = 0;
        foreach (var g in units)
        {
            var findings = g.SelectMany(b => b.Findings).ToArray();
            var due = findings.Count(f => f.DueDate is DateOnly d && a.Period.Contains(d));
            var onTime = findings.Count(f => f.DueDate is DateOnly d && a.Period.Contains(d) && f.ClosedDate is DateOnly c && c <= d);
            var overdue = findings.Count(f => f.IsOverdue(a.Period) && f.IsOpen(a.Period));
            dueAll += due;
            onTimeAll += onTime;
            overdueAll += overdue;
            sb.Append(Inv, $"| {g.Key} | {due} | {onTime} | {Rate(onTime, due)} | {overdue} |\n");
        }

        sb.Append(Inv, $"| {total} | {dueAll} | {onTimeAll} | {Rate(onTimeAll, dueAll)} | {overdueAll} |\n");
        return sb.ToString();
    }

    private static string Row(string unit, IReadOnlyCollection<FindingRecord> findings)
    {
        var forms = Enumerable.Range(1, 4).Select(f => findings.Count(x => x.Form == f).ToString(Inv));
        var items = findings.Count(x => x.Form is null);
        var categories = Categories.Select(c => findings.Count(x => x.Category == c).ToString(Inv));
        return $"| {unit} | {string.Join(" | ", forms)} | {items} | {string.Join(" | ", categories)} | {findings.Count} |\n";
    }

    private static string Rate(int part, int whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", Inv) + "%";

    /// <summary>主体责任落实情况年度报告 annex: rating mix per unit, transitions, the 整顿 list and the exemptions granted.</summary>
    public static string Annual(Assessment a, Language language = Language.Zh)
    {
        var sb = new StringBuilder();
        sb.Append(Texts.MdAnnexAnnualHeading.Render(language, a.Period.Label, a.Rules.Name)).Append("\n\n");
        sb.Append(ResultMarkdownWriter.UnitTable(a, language)).Append('\n');
        if (a.Previous is { } previous)
        {
            var counts = new[] { "up", "same", "down", "new" }.Select(t => (t, a.Results.Count(r => r.Transition == t))).ToArray();
            sb.Append(Texts.MdAnnexTransitionsHeading.Render(language, previous.PeriodLabel ?? Texts.MdAnnexPreviousPeriod.Render(language))).Append("\n\n");
            var removed = a.Removed.Count > 0 ? Texts.MdAnnexRemovedIds.Render(language, string.Join(Texts.ListSeparator.Render(language), a.Removed)) : string.Empty;
            sb.Append(Texts.MdAnnexTransitions.Render(language, counts[0].Item2, counts[1].Item2, counts[2].Item2, counts[3].Item2, a.Removed.Count, removed))
                .Append("\n\n");
            var rectify = a.Results.Where(r => r.Rectification == true).ToArray();
            sb.Append(Texts.MdAnnexRectifyHeading.Render(language, rectify.Length)).Append("\n\n");
            if (rectify.Length > 0)
            {
                sb.Append(Texts.MdAnnexRectifyHeader.Render(language)).Append("\n|---|---|---|---:|---|\n");
                foreach (var r in rectify)
                {
                    sb.Append(Inv, $"| {r.BranchId} | {r.Branch.Name} | {r.Branch.Unit} | {Formats.Score(r.Score)} | {Formats.Reasons(r, language)} |\n");
                }
            }
        }
        else
        {
            sb.Append(Texts.MdAnnexNoPrevious.Render(language, "`--previous`")).Append('\n');
        }

        var tolerated = a.Branches.SelectMany(b => b.Findings.Where(f => a.Period.Contains(f.Date) && f.Tolerance != Tolerance.None).Select(f => (b, f)))
            .OrderBy(x => x.f.FindingId, StringComparer.Ordinal).ToArray();
        sb.Append('\n').Append(Texts.MdAnnexToleranceHeading.Render(language, tolerated.Length)).Append("\n\n");
        if (tolerated.Length > 0)
        {
            sb.Append(Texts.MdAnnexToleranceHeader.Render(language)).Append("\n|---|---|---|---:|---|---|\n");
            foreach (var (b, f) in tolerated)
            {
                var rect = f.DueDate is null ? "—" : (f.IsOpen(a.Period)
                    ? (f.IsOverdue(a.Period) ? Texts.MdAnnexOverdueOpen : Texts.MdAnnexOpen)
                    : f.IsOverdue(a.Period) ? Texts.MdAnnexClosedLate : Texts.MdAnnexClosedOnTime).Render(language);
                sb.Append(Inv, $"| {f.FindingId} | {b.Record.Name} | {b.Record.Unit} | {f.Form?.ToString(Inv) ?? "—"} | {Name(InputCatalogue.Tolerances.Entries[(int)f.Tolerance], language)} | {rect} |\n");
            }
        }

        return sb.ToString();
    }
}
