using System.CommandLine;
using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.RuleTests;

namespace EcoAssessment.Cli.Commands;

/// <summary>
/// <c>eco test [&lt;path&gt;...]</c>: runs rule test cases (default <c>scoring-rules/tests</c>), one line per case, ending
/// with <c>N passed, N failed</c>. Exit 0 when all pass, 1 when any fails.
/// </summary>
public static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("path") { Description = CliText.T(Texts.CliTestPaths), Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("test", CliText.T(Texts.CliTest)) { paths };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : [Path.Combine("scoring-rules", "tests")];
            var missing = given.Where(x => !File.Exists(x) && !Directory.Exists(x)).ToArray();
            foreach (var m in missing)
            {
                stderr.WriteLine($"{m}: error ECO0001: {CliText.T(Texts.CliNoTestFile)}");
            }

            if (missing.Length > 0)
            {
                // DESIGN §5: test on its own inputs answers 1 (a test that cannot run has failed), as validate does.
                return ExitCodes.Negative;
            }

            var files = RuleTestRunner.FindFiles(given);
            if (files.Count == 0)
            {
                stderr.WriteLine(CliText.T(Texts.CliNoTestFiles, string.Join(", ", given)));
            }

            int passed = 0, failed = 0;
            foreach (var file in files)
            {
                foreach (var r in RuleTestRunner.RunFile(file, CliText.Language))
                {
                    stdout.WriteLine($"{(r.Passed ? "PASS" : "FAIL")} {file} › {r.Case}");
                    foreach (var f in r.Failures)
                    {
                        stdout.WriteLine("     " + f);
                    }

                    if (r.Passed) passed++; else failed++;
                }
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed"));
            return failed == 0 && passed > 0 ? ExitCodes.Success : ExitCodes.Negative;
        });
        return command;
    }
}
