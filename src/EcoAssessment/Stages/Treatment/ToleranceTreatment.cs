using EcoAssessment.Model;

namespace EcoAssessment.Stages.Treatment;

/// <summary>
/// 容错免责 changes severity only (DESIGN.md §3.4): an exempt finding counts 0 in severity indicators and in
/// conditions on its form; a lenient one (从轻/减轻) counts half there and still matches conditions. Rectification
/// counts every item in full: 容错 is not 不纠错. Only form 1 and 2 cases carry a mark: a form-3 or form-4 finding marked
/// either is refused when the dataset is checked against the rules (<see cref="Rules.DatasetChecks"/>), except lenient
/// form 3 where the rule set allows it, and conditions on form never look at an exempt mark on form 3 or 4.
/// </summary>
internal static class ToleranceTreatment
{
    /// <summary>The severity factor: none 1, lenient 0.5, exempt 0.</summary>
    public static double Factor(Tolerance tolerance) => tolerance switch
    {
        Tolerance.Exempt => 0.0,
        Tolerance.Lenient => 0.5,
        _ => 1.0,
    };
}
