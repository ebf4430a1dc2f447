using System.Text.RegularExpressions;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// Every <c>samples/*/</c> folder with an <c>expected/</c> folder is a golden test: evaluating it (with its own
/// <c>rules.yaml</c> when it has one, and the options in <c>expected/args</c>, one per line, paths relative to the sample)
/// must reproduce each expected file byte for byte, except the engine version in the JSON metadata.
/// </summary>
public class SampleGoldenTests
{
    public static IEnumerable<TestCaseData> Samples() =>
        Directory.EnumerateDirectories(Path.Combine(CliRunner.RepoRoot, "samples"))
            .Where(d => Directory.Exists(Path.Combine(d, "expected")))
            .Order(StringComparer.Ordinal)
            .Select(d => new TestCaseData(Path.GetFileName(d)).SetName($"Golden({Path.GetFileName(d)})"));

    [TestCaseSource(nameof(Samples))]
    public void ReproducesExpectedOutputs(string sample)
    {
        var folder = Path.Combine(CliRunner.RepoRoot, "samples", sample);
        var expected = Directory.EnumerateFiles(Path.Combine(folder, "expected")).Where(f => Path.GetFileName(f) != "args").Order(StringComparer.Ordinal).ToArray();
        var argsFile = Path.Combine(folder, "expected", "args");
        var extra = File.Exists(argsFile)
            ? File.ReadAllLines(argsFile).Where(l => l.Length > 0).Select(l => l.StartsWith('-') ? l : Path.GetFullPath(Path.Combine(folder, l))).ToArray()
            : [];
        Assert.That(expected, Is.Not.Empty);
        var temp = Directory.CreateTempSubdirectory("eco-golden-").FullName;
        try
        {
            var args = new List<string> { "evaluate", folder };
            var rules = Path.Combine(folder, "rules.yaml");
            if (File.Exists(rules))
            {
                args.AddRange(["--rules", rules]);
            }

            args.AddRange(extra);
            foreach (var e in expected)
            {
                args.AddRange(["-o", Path.Combine(temp, Path.GetFileName(e))]);
            }

            var r = CliRunner.Run([.. args]);
            Assert.That(r.ExitCode, Is.Zero, r.Stderr);
            Assert.Multiple(() =>
            {
                foreach (var e in expected)
                {
                    var actual = Mask(File.ReadAllText(Path.Combine(temp, Path.GetFileName(e))));
                    Assert.That(actual, Is.EqualTo(Mask(File.ReadAllText(e))), $"{sample}/expected/{Path.GetFileName(e)}");
                }
            });
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>The engine version is the only field allowed to differ.</summary>
    private static string Mask(string text) =>
        Regex.Replace(text, "\"engine\": \"[^\"]*\"", "\"engine\": \"*\"");
}
