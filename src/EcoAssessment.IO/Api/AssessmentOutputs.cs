using System.Text;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Json;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Pipeline;

namespace EcoAssessment;

/// <summary>
/// Writes an <see cref="Assessment"/> in the formats of <c>eco evaluate</c> (docs: DESIGN.md §6) and explains a branch
/// in words. Output is deterministic and culture-invariant: the same records give the same bytes.
/// </summary>
public static class AssessmentOutputs
{
    /// <summary>
    /// The whole path of one branch's rating as text a clerk can follow: each indicator's raw value, normalised value,
    /// weight and contribution; dimensions; deductions with their findings; vetoes; coverage, thresholds, dynamic limit,
    /// quota; the rating. The typed form of the same is <see cref="BranchResult"/>'s traces.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="branchId">The branch id (<c>branch_id</c>), compared ordinally.</param>
    /// <param name="language">The language of the labels and traces; default Chinese. Ids, codes and rating values (先锋/中间/落后/未定级) never change.</param>
    /// <returns>Multi-line text ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="branchId"/> is null.</exception>
    /// <exception cref="ArgumentException">The branch is not in the assessment.</exception>
    public static string Explain(this Assessment assessment, string branchId, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(branchId);
        var result = assessment.Find(branchId) ?? throw new ArgumentException(Texts.OutputBranchNotAssessed.Render(language, branchId), nameof(branchId));
        return ExplanationText.Render(assessment, result, language);
    }

    /// <summary>
    /// The results CSV: one row per branch in rank order (period, branch_id, name, unit, score, rank, rating, …, then
    /// <c>dim.*</c> and <c>ind.*</c>), UTF-8 with LF line ends; formula-like text is neutralised.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="language">The language of the <c>reasons</c> column; default Chinese. Every other column is the same in every language.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToCsv(this Assessment assessment, Language language = Language.Zh) => Text(assessment, s => ResultCsvWriter.Write(assessment, s, language));

    /// <summary>
    /// The results JSON: <c>metadata</c> (engine, rule set id/version/sha256, period, input files with their sha256),
    /// <c>branches</c> with every trace, and <c>units</c> (the roll-up). The rule file's sha256 and the input files are
    /// known when the rules and dataset were read with <see cref="Scorecard"/>; a rule set built in code has sha256 null.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="language">The language of the reasons; default Chinese. Keys, codes and values are the same in every language.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToJson(this Assessment assessment, Language language = Language.Zh) =>
        Text(assessment, s => ResultJsonWriter.Write(assessment, Metadata(assessment) with { Language = language }, s));

    /// <summary>A Markdown summary (rating mix, unit roll-up, the 落后 and 未定级 branches with reasons) for CI step summaries and PR comments.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="language">The language of headings, column titles and reasons; default Chinese.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToMarkdown(this Assessment assessment, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return ResultMarkdownWriter.Render(assessment, language);
    }

    /// <summary>
    /// Writes the results to a file whose extension picks the format: <c>.csv</c>, <c>.json</c>, <c>.md</c>, or
    /// <c>.xlsx</c> for the report workbook (汇总, 排名, 明细, 扣分, 单位, 动态管理, 规则, 说明). The file is written
    /// atomically (a temporary file, then a rename) and replaced if it exists.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="path">The output file; its folder must exist.</param>
    /// <param name="language">The language a person reads (reasons, labels, headings, sheet names); default Chinese.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The extension is not .csv, .json, .md or .xlsx.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder is not writable.</exception>
    public static void Save(this Assessment assessment, string path, Language language = Language.Zh)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(path);
        Action<Stream> write = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => s => ResultCsvWriter.Write(assessment, s, language),
            ".json" => s => ResultJsonWriter.Write(assessment, Metadata(assessment) with { Language = language }, s),
            ".md" => s => s.Write(Encoding.UTF8.GetBytes(ResultMarkdownWriter.Render(assessment, language))),
            ".xlsx" => s => ReportWorkbookWriter.Write(assessment, s, language),
            _ => throw new ArgumentException(Texts.OutputExtensionUnknown.Render(language, path), nameof(path)),
        };
        AtomicFile.Write(path, write);
    }

    private static string Text(Assessment assessment, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        using var buffer = new MemoryStream();
        write(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static RunMetadata Metadata(Assessment a)
    {
        var rules = Scorecard.SourceOf(a.Rules) ?? new LoadedRuleSet(a.Rules, "(built in code)", Sha256: null);
        var source = Scorecard.SourceOf(a.Dataset);
        return new RunMetadata(rules, source?.Files ?? [], source?.Root);
    }
}
