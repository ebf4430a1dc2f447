using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Previous;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Pipeline;
using NUnit.Framework;

namespace EcoAssessment.IO.Tests.Fixtures;

/// <summary>The repository the tests run in, and the provincial sample evaluated under the default rules.</summary>
public static class Repo
{
    /// <summary>The folder that holds EcoAssessment.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "EcoAssessment.sln")))
        {
            dir = dir.Parent!;
        }

        return dir.FullName;
    }

    /// <summary>samples/provincial-eco-2024 under the default rules, optionally against the 2023 sample's expected ratings.</summary>
    public static Assessment Provincial(bool withPrevious)
    {
        var bag = new DiagnosticBag();
        var plan = Plan.Create(RuleSetReader.ReadDefault()!.Rules);
        var read = CsvDatasetReader.Read(Path.Combine(Root, "samples", "provincial-eco-2024"), null, bag, requirements: plan.Requirements);
        var previous = withPrevious ? PreviousRatingsReader.Read(Path.Combine(Root, "samples", "provincial-eco-2023", "expected", "results.csv"), bag) : null;
        Assert.That(read.Dataset, Is.Not.Null, Diag.Dump(bag));
        return plan.Run(read.Dataset!, previous);
    }
}
