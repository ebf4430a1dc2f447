namespace EcoAssessment.Diagnostics;

/// <summary>The codes of 容错 within its limits (ECO0240–ECO0244): a finding of form 3 or 4 marked exempt or lenient.</summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode ToleranceOnSeriousCase = new("ECO0240", "容错 on a form-3 or form-4 finding",
        "容错 spares mistakes made while carrying out duties, not serious discipline cases: a form-4 finding is never exempt or lenient, a form-3 finding never exempt. Correct the form if it was mistyped, or set tolerance to none (否).");
    public static readonly DiagnosticCode LenientForm3NotAllowed = new("ECO0241", "Lenient form-3 finding the rule set does not allow",
        "从轻/减轻 is already reflected in the form chosen: correct the form or set tolerance to none (否). A rule set whose local rules allow lenient handling of form-3 cases says so with tolerance: { lenient_form3: true }.");
}
