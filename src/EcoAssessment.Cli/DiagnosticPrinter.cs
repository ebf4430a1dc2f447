using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;

namespace EcoAssessment.Cli;

/// <summary>Prints diagnostics in their one form, errors first in the order found, at most 100 then a count; messages in the invocation's language (<see cref="CliText"/>).</summary>
public static class DiagnosticPrinter
{
    public const int MaxListed = 100;

    /// <summary>
    /// Prints <paramref name="diagnostics"/>; notices only when <paramref name="verbose"/>. After <paramref name="maxListed"/>
    /// (default <see cref="MaxListed"/>) one line counts the rest.
    /// </summary>
    public static void Print(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, bool verbose, int maxListed = MaxListed)
    {
        var shown = diagnostics.Where(d => d.Severity != Severity.Notice || verbose).ToArray();
        var errors = shown.Where(d => d.Severity == Severity.Error).ToArray();
        var others = shown.Where(d => d.Severity != Severity.Error).ToArray();
        var listed = 0;
        foreach (var d in errors.Concat(others))
        {
            if (listed == maxListed)
            {
                var rest = shown.Length - maxListed;
                var restErrors = errors.Length - Math.Min(errors.Length, maxListed);
                writer.WriteLine(errors.Length > 0
                    ? $"error {DiagnosticCodes.TooManyProblems.Id}: {CliText.T(Texts.CliMoreErrors, rest, errors.Length, restErrors)}"
                    : $"warning {DiagnosticCodes.TooManyProblems.Id}: {CliText.T(Texts.CliMoreWarnings, rest)}");
                break;
            }

            writer.WriteLine(d.ToString(CliText.Language));
            listed++;
        }

        var hidden = diagnostics.Count(d => d.Severity == Severity.Notice) - shown.Count(d => d.Severity == Severity.Notice);
        if (hidden > 0)
        {
            writer.WriteLine(CliText.T(Texts.CliHiddenNotices, hidden));
        }
    }
}
