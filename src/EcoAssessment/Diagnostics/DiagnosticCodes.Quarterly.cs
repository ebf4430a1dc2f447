namespace EcoAssessment.Diagnostics;

/// <summary>The codes of the quarterly assessment (ECO0330–ECO0339): annual windows in rule files.</summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode WindowInvalid = new("ECO0330", "Annual window not known or not applicable",
        "A rule file's window: says over which days an annual item (组织生活会, 民主评议, 谈心谈话) is judged when the period is shorter than a year: period (the default), rolling_12_months or year_to_date. It is written on an indicator whose measure is annual_review, or on a veto whose condition counts meetings; anywhere else it would change nothing, so it is refused. Write one of the three words, or remove the key.");
}
