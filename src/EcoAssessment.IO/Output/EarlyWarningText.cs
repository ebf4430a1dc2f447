using System.Globalization;
using System.Text;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;

namespace EcoAssessment.IO.Output;

/// <summary>预警 (early warning) as text: the console list of <c>eco evaluate</c> and the Markdown table of <c>eco trend</c>.</summary>
internal static class EarlyWarningText
{
    private static readonly string[] Codes = ["veto", "annual_item", "tier", "rectification", "study", "attendance", "secretary"];

    /// <summary>The kind as JSON and CSV write it (veto, annual_item, tier, rectification, study, attendance, secretary).</summary>
    public static string KindCode(EarlyWarningKind kind) => Codes[(int)kind];

    /// <summary>The kind in a language (一票否决, 年度事项, …).</summary>
    public static string Kind(EarlyWarningKind kind, Language language) => Texts.WarnKinds[(int)kind].Render(language);

    /// <summary>The console list: a heading, then one line per warning (by, branch, kind, risk; what would prevent it).</summary>
    public static string Console(IReadOnlyList<EarlyWarning> warnings, string period, Language language)
    {
        var sb = new StringBuilder();
        sb.Append('\n');
        if (warnings.Count == 0)
        {
            return sb.Append(Texts.WarnNone.Render(language, period)).Append('\n').ToString();
        }

        sb.Append(Texts.WarnHeading.Render(language, period, warnings.Count)).Append('\n');
        foreach (var x in warnings)
        {
            var unit = language == Language.Zh ? $"（{x.Unit}）" : $" ({x.Unit})";
            sb.Append(CultureInfo.InvariantCulture, $"  {x.By:yyyy-MM-dd}  {x.BranchId} {x.Name}{unit}  [{Kind(x.Kind, language)}] {x.Risk}\n");
            sb.Append(CultureInfo.InvariantCulture, $"              → {x.Prevent}\n");
        }

        return sb.ToString();
    }

    /// <summary>The Markdown section: a heading and a table (by, branch, name, unit, kind, risk, what would prevent it).</summary>
    public static string Markdown(IReadOnlyList<EarlyWarning> warnings, string period, Language language)
    {
        var sb = new StringBuilder();
        if (warnings.Count == 0)
        {
            return sb.Append("\n### ").Append(Texts.WarnNone.Render(language, period)).Append('\n').ToString();
        }

        sb.Append("\n### ").Append(Texts.WarnHeading.Render(language, period, warnings.Count)).Append("\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"| {Texts.WarnColBy.Render(language)} | {Texts.WbColBranch.Render(language)} | {Texts.WbColName.Render(language)} | {Texts.WbColUnit.Render(language)} | {Texts.WarnColKind.Render(language)} | {Texts.WarnColRisk.Render(language)} | {Texts.WarnColPrevent.Render(language)} |\n");
        sb.Append("|---|---|---|---|---|---|---|\n");
        foreach (var x in warnings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {x.By:yyyy-MM-dd} | {Cell(x.BranchId)} | {Cell(x.Name)} | {Cell(x.Unit)} | {Kind(x.Kind, language)} | {Cell(x.Risk)} | {Cell(x.Prevent)} |\n");
        }

        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
