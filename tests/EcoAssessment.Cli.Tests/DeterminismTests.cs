using System.Globalization;
using System.Text.Json;
using NUnit.Framework;

namespace EcoAssessment.Cli.Tests;

/// <summary>
/// DESIGN.md §3: the same records in any row order and under any culture give byte-identical CSV and JSON
/// branches/units (the metadata differs only by the input files' hashes, which change with their bytes).
/// </summary>
public class DeterminismTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "provincial-eco-2024");

    private static (string Csv, string Branches, string Units) Run(string folder, string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var dir = Directory.CreateTempSubdirectory("eco-det-").FullName;
            try
            {
                var csv = Path.Combine(dir, "r.csv");
                var json = Path.Combine(dir, "r.json");
                var r = CliRunner.Run("evaluate", folder, "-o", csv, "-o", json);
                Assert.That(r.ExitCode, Is.Zero, r.Stderr);
                using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
                return (File.ReadAllText(csv), doc.RootElement.GetProperty("branches").GetRawText(), doc.RootElement.GetProperty("units").GetRawText());
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Test]
    public void ShuffledRowsUnderDeDeAndTrTrGiveTheSameBytes()
    {
        var shuffled = Directory.CreateTempSubdirectory("eco-shuffled-").FullName;
        try
        {
            var rng = new Random(20241125);
            foreach (var file in Directory.EnumerateFiles(Sample, "*.csv"))
            {
                var lines = File.ReadAllLines(file);
                var rows = lines.Skip(1).OrderBy(_ => rng.Next()).ToArray();
                File.WriteAllLines(Path.Combine(shuffled, Path.GetFileName(file)), [lines[0], .. rows]);
            }

            var baseline = Run(Sample, "en-US");
            foreach (var culture in new[] { "de-DE", "tr-TR" })
            {
                var other = Run(shuffled, culture);
                Assert.That(other.Csv, Is.EqualTo(baseline.Csv), culture);
                Assert.That(other.Branches, Is.EqualTo(baseline.Branches), culture);
                Assert.That(other.Units, Is.EqualTo(baseline.Units), culture);
            }
        }
        finally
        {
            Directory.Delete(shuffled, recursive: true);
        }
    }
}
