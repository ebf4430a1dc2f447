using EcoAssessment.Diagnostics;

namespace EcoAssessment;

/// <summary>
/// A rule set cannot be used: a rule file that cannot be read or parsed, or a rule set (read or built in code with
/// <c>rules with { … }</c>) that fails validation. <see cref="Diagnostics"/> lists every problem with its code
/// (<c>ECOnnnn</c>, see docs/errors.md) and, for rules read from a file, its line and column.
/// </summary>
public sealed class RuleSetException : ArgumentException
{
    /// <summary>
    /// Creates the exception from the problems found; the message lists them, one a line, in Chinese (the default
    /// language): <see cref="Diagnostics"/> renders them in English (<see cref="Diagnostic.ToString(Catalogue.Language)"/>).
    /// </summary>
    /// <param name="diagnostics">The problems: at least the errors; warnings may accompany them.</param>
    public RuleSetException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Catalogue.Texts.RuleSetInvalid.Render(Catalogue.Language.Zh) + "\n" + string.Join("\n", diagnostics), "rules")
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in the order found; those with <see cref="Severity.Error"/> made the rule set unusable.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
