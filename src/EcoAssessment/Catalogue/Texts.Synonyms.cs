namespace EcoAssessment.Catalogue;

/// <summary>
/// The catalogue's texts of the department's own wordings: the list of 四种形态 words, the nearest accepted word
/// suggested for an unknown one, and the template's example rows that are skipped when a workbook is read.
/// </summary>
internal static partial class Texts
{
    /// <summary>The name of the finding-form list in a sentence.</summary>
    public static readonly Entry CodesFindingForm = new("四种形态", "form (of the four forms)");

    /// <summary>A message about an unknown word ({0}) followed by the nearest accepted word ({1}).</summary>
    public static readonly Entry SynDidYouMean = new("{0}；是否指「{1}」？", "{0}; did you mean '{1}'?");

    /// <summary>A form that is neither 1–4 nor a form word; {1} lists the accepted words.</summary>
    public static readonly Entry SynUnknownForm = new("\"{0}\"不是{1}；请填 1–4 或以下之一：{2}", "'{0}' is not a {1}; write 1–4 or one of {2}");

    /// <summary>A sheet whose rows still equal the template's example rows; {0} lists the rows.</summary>
    public static readonly Entry SynExampleRowsSkipped = new("第 {0} 行是模板的示例行（标有\"{1}\"），未计入；请删除示例行或改成真实记录", "row {0} is the template's example (marked '{1}') and is not counted; delete it or replace it with a real record");

    /// <summary>A workbook whose records are all the template's examples.</summary>
    public static readonly Entry SynOnlyExamples = new("没有记录：只有模板的示例行（标有\"{0}\"），不能据此评定；请在示例行下填写真实记录，或删除示例行后填写", "no records: only the template's examples (marked '{0}'), which cannot be rated; enter real records below them, or delete them and enter yours");

    /// <summary>The marker in the ids of the template's example rows.</summary>
    public static readonly Entry SynExampleMarker = new("示例", "EXAMPLE");
}
