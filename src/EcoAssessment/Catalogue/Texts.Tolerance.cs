namespace EcoAssessment.Catalogue;

/// <summary>The catalogue's texts of 容错 within its limits: form-3 and form-4 findings marked exempt or lenient (core).</summary>
internal static partial class Texts
{
    /// <summary>
    /// A finding of form 3 or 4 marked exempt, or of form 4 marked lenient. {0} finding id, {1} the form in words
    /// (<see cref="ToleranceForm3"/>, <see cref="ToleranceForm4"/>), {2} the mark (<see cref="ToleranceExemptMark"/>,
    /// <see cref="ToleranceLenientMark"/>), {3} the column's header as written, {4} <see cref="ToleranceNoneMark"/>.
    /// </summary>
    public static readonly Entry ToleranceOnSeriousCase = new(
        "问题「{0}」为{1}，不能标为「{2}」：容错免责、从轻减轻只适用于履职中的失误，第三、四种形态属严重违纪问题，不能容错免责或从轻；请更正形态（若录错），或把「{3}」改为「{4}」",
        "finding '{0}' is {1} and cannot be marked '{2}': tolerance spares mistakes made while carrying out duties, and form 3 and 4 cases are serious discipline cases that can be neither exempt nor lenient; correct the form (if it was mistyped), or set '{3}' to '{4}'");

    /// <summary>
    /// A form-3 finding marked lenient under a rule set that does not allow it. {0} finding id, {1} the mark, {2} the
    /// column's header as written, {3} the rule set id, {4} <see cref="ToleranceNoneMark"/>, {5} the rule-file setting
    /// that would allow it.
    /// </summary>
    public static readonly Entry LenientForm3NotAllowed = new(
        "问题「{0}」为第三种形态，不能标为「{1}」：第三种形态属严重违纪问题，从轻、减轻已体现在所定的形态中，规则集「{3}」不允许对第三种形态从轻处理；请更正形态（若录错），或把「{2}」改为「{4}」；若本地规定允许，可在规则文件中写 {5}",
        "finding '{0}' is form 3 and cannot be marked '{1}': form 3 is a serious discipline case, lenient handling is already reflected in the form chosen, and the rule set '{3}' does not allow lenient form-3 cases; correct the form (if it was mistyped), or set '{2}' to '{4}'; if local rules allow it, write {5} in the rule file");

    /// <summary>Form 3, in a sentence.</summary>
    public static readonly Entry ToleranceForm3 = new("第三种形态", "form 3");

    /// <summary>Form 4, in a sentence.</summary>
    public static readonly Entry ToleranceForm4 = new("第四种形态", "form 4");

    /// <summary>The exempt mark, as a clerk writes it (the code in English).</summary>
    public static readonly Entry ToleranceExemptMark = new("容错免责", "exempt");

    /// <summary>The lenient mark, as a clerk writes it (the code in English).</summary>
    public static readonly Entry ToleranceLenientMark = new("从轻/减轻", "lenient");

    /// <summary>No tolerance, as a clerk writes it (the code in English).</summary>
    public static readonly Entry ToleranceNoneMark = new("否", "none");

    /// <summary>What the key lenient_form3 of the rule file's tolerance section is, in "… must be a flag" messages.</summary>
    public static readonly Entry RuleWhatLenientForm3 = new("tolerance.lenient_form3（是否允许第三种形态从轻处理）", "tolerance.lenient_form3 (whether form-3 findings may be lenient)");
}
