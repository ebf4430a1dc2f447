using System.Globalization;
using System.Text.Json;
using EcoAssessment.IO.Json;
using EcoAssessment.IO.Tests.Fixtures;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Output;

/// <summary>
/// DESIGN §3 Determinism: the CSV output and the JSON <c>branches</c> are byte-identical for the same records in any row
/// order and under any culture. (The JSON metadata carries each input file's sha256, which of course changes with the
/// bytes of the file, so it is compared without <c>inputs</c>.)
/// </summary>
public class DeterminismTests
{
    private static (byte[] Csv, byte[] Json) Outputs(Func<string[], IEnumerable<string>>? order = null)
    {
        using var ds = SmallRun.Write(order);
        var rules = SmallRun.LoadRules();
        var (a, read) = SmallRun.Run(ds, rules);
        return (SmallRun.Csv(a), SmallRun.Json(a, new RunMetadata(rules, read.Files, ds.Folder)));
    }

    private static string Branches(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("branches").GetRawText();
    }

    private static string MetadataWithoutInputs(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        return string.Join("\n", doc.RootElement.GetProperty("metadata").EnumerateObject().Where(p => p.Name != "inputs").Select(p => p.ToString()));
    }

    private static IEnumerable<TestCaseData> Orders()
    {
        yield return new TestCaseData(new Func<string[], IEnumerable<string>>(r => r.Reverse())).SetName("Determinism: rows reversed");
        yield return new TestCaseData(new Func<string[], IEnumerable<string>>(r => r.Skip(1).Append(r[0]))).SetName("Determinism: rows rotated");
        yield return new TestCaseData(new Func<string[], IEnumerable<string>>(r =>
        {
            var rng = new Random(20240101);
            return r.OrderBy(_ => rng.Next()).ToArray();
        }))
            .SetName("Determinism: rows shuffled");
    }

    [TestCaseSource(nameof(Orders))]
    public void TheSameRecordsInAnotherRowOrderGiveTheSameCsvAndJson(Func<string[], IEnumerable<string>> order)
    {
        var (csv, json) = Outputs();
        var (csv2, json2) = Outputs(order);
        Assert.That(SmallRun.Text(csv2), Is.EqualTo(SmallRun.Text(csv)));
        Assert.That(csv2, Is.EqualTo(csv));
        Assert.That(Branches(json2), Is.EqualTo(Branches(json)));
        Assert.That(MetadataWithoutInputs(json2), Is.EqualTo(MetadataWithoutInputs(json)));
    }

    [Test]
    public void TheSameRunTwiceGivesTheSameBytes()
    {
        var (csv, json) = Outputs();
        var (csv2, json2) = Outputs();
        Assert.That(csv2, Is.EqualTo(csv));
        Assert.That(Branches(json2), Is.EqualTo(Branches(json)));
    }

    [TestCase("de-DE")]
    [TestCase("zh-CN")]
    [TestCase("ar-SA")]
    [TestCase("fr-FR")]
    public void TheOutputsDoNotDependOnTheCurrentCulture(string name)
    {
        var (csv, json) = Outputs();
        var culture = CultureInfo.CurrentCulture;
        var ui = CultureInfo.CurrentUICulture;
        byte[] csv2, json2;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            Assert.That(CultureInfo.CurrentCulture.Name, Is.EqualTo(name));
            (csv2, json2) = Outputs();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }

        Assert.That(SmallRun.Text(csv2), Is.EqualTo(SmallRun.Text(csv)));
        Assert.That(csv2, Is.EqualTo(csv));
        Assert.That(Branches(json2), Is.EqualTo(Branches(json)));
        Assert.That(MetadataWithoutInputs(json2), Is.EqualTo(MetadataWithoutInputs(json)));
    }

    [Test]
    public void TheCultureIsRestoredAfterwards() =>
        Assert.That(CultureInfo.CurrentCulture.Name, Is.Not.EqualTo("de-DE").And.Not.EqualTo("zh-CN"));

    /// <summary>
    /// A large dataset is derived (and its CSV formatted) on several threads in blocks of branches: the CSV and JSON
    /// results are those of one thread, byte for byte.
    /// </summary>
    [Test]
    public void ALargeDatasetEvaluatedOnSeveralThreadsGivesTheBytesOfOneThread()
    {
        using var ds = new TempDataset();
        EcoAssessment.IO.Generation.CsvDatasetWriter.Generate(new EcoAssessment.Generation.GeneratorOptions(EcoAssessment.Pipeline.Plan.ParallelBranches + 500, Seed: 9), ds.Folder);
        var bag = new EcoAssessment.Diagnostics.DiagnosticBag();
        var rules = EcoAssessment.IO.Yaml.RuleSetReader.ReadDefault();
        var read = EcoAssessment.IO.Csv.CsvDatasetReader.Read(ds.Folder, null, bag);
        Assert.That(read.Dataset, Is.Not.Null, string.Join("\n", bag.Items.Where(d => d.Severity == EcoAssessment.Diagnostics.Severity.Error)));
        var meta = new RunMetadata(rules, read.Files, ds.Folder);
        (byte[] Csv, byte[] Json) Evaluate(int threads)
        {
            var plan = EcoAssessment.Pipeline.Plan.Create(rules.Rules);
            var a = plan.Run(read.Dataset!, null, threads);
            return (SmallRun.Csv(a), SmallRun.Json(a, meta));
        }

        var one = Evaluate(1);
        var several = Evaluate(4);
        Assert.That(several.Csv, Is.EqualTo(one.Csv));
        Assert.That(several.Json, Is.EqualTo(one.Json));

        // The CSV of many branches is formatted in blocks of rows on several threads: the same bytes as one writer's.
        var assessment = EcoAssessment.Pipeline.Plan.Create(rules.Rules).Run(read.Dataset!);
        byte[] WriteCsv(int threads)
        {
            using var stream = new MemoryStream();
            EcoAssessment.IO.Output.ResultCsvWriter.Write(assessment, stream, threads);
            return stream.ToArray();
        }

        var sequential = WriteCsv(1);
        Assert.That(assessment.Results, Has.Count.GreaterThanOrEqualTo(EcoAssessment.IO.Output.ResultCsvWriter.ParallelRows));
        Assert.That(WriteCsv(4), Is.EqualTo(sequential));
        Assert.That(WriteCsv(3), Is.EqualTo(sequential));
        Assert.That(sequential.AsSpan(0, 6).SequenceEqual("period"u8), Is.True, "no byte order mark");
    }

    /// <summary>A branches table with no rows and an explicit period: an empty assessment, a CSV of the header alone.</summary>
    [Test]
    public void ADatasetWithoutBranchRowsGivesAnEmptyResult()
    {
        using var ds = new TempDataset().Text("branches.csv", "branch_id,name,unit\n");
        var bag = new EcoAssessment.Diagnostics.DiagnosticBag();
        var read = EcoAssessment.IO.Csv.CsvDatasetReader.Read(ds.Folder, EcoAssessment.Model.Period.Year(2024), bag);
        Assert.That(read.Dataset, Is.Not.Null, string.Join("\n", bag.Items));
        var rules = EcoAssessment.IO.Yaml.RuleSetReader.ReadDefault();
        var assessment = EcoAssessment.Pipeline.Plan.Create(rules.Rules).Run(read.Dataset!);
        Assert.That(assessment.Results, Is.Empty);
        var csv = SmallRun.Text(SmallRun.Csv(assessment));
        Assert.That(csv.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(csv, Does.StartWith("period,branch_id,"));
    }
}
