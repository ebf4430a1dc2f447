using System.Globalization;
using System.Text;
using EcoAssessment.Diagnostics;

namespace EcoAssessment.IO.Docs;

/// <summary>Renders the code table of <c>docs/errors.md</c> from <see cref="DiagnosticCodes"/>.</summary>
internal static class ErrorCatalogueDocument
{
    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("""
            # Diagnostics

            <!-- Generated from src/EcoAssessment/Diagnostics/DiagnosticCodes.cs by ErrorCatalogueDocument.Render(); a test
                 fails when they disagree. Run the tests with ECO_APPROVE=1 to rewrite it. -->

            Every problem EcoAssessment reports has one form:

            ```
            scoring-rules/x.yaml(14,9): error ECO0104: …        a rule file: line and column
            meetings.csv(17,date): error ECO0201: …              a CSV table: the row a spreadsheet shows, and the column
            warning ECO0251: …                                   not tied to a place
            ```

            Errors stop the run: `eco evaluate` lists every problem (up to 100, then a count) and exits with 3, writing nothing.
            Warnings and notices are printed on stderr and the run goes on; notices only with `--verbose`.

            | code | what | what to do |
            |---|---|---|

            """);
        foreach (var c in DiagnosticCodes.All)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {c.Id} | {c.Title} | {c.Fix} |\n");
        }

        sb.Append("""

            Codes: `ECO00xx` files and the command line, `ECO01xx` rule files, `ECO02xx` dataset records (`ECO025x`
            warnings and notices), `ECO03xx` outputs.

            ## Exit codes

            | exit | meaning |
            |---|---|
            | 0 | success |
            | 1 | a negative answer (later commands: a diff found changes, a rule test failed, validation found problems) |
            | 2 | usage error: unknown option, missing argument, no command, a malformed `--period` or an output name without .csv/.json/.md |
            | 3 | input error in a dataset or rule file: every problem listed, nothing written |
            | 4 | an output cannot be written, or an output path is an input |
            | 70 | internal error (a bug): one line, the stack trace only with `--verbose` |
            """);
        return sb.ToString().TrimEnd() + "\n";
    }
}
