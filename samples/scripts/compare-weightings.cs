#!/usr/bin/env -S dotnet run
#:project ../../src/EcoAssessment.IO/EcoAssessment.IO.csproj
// Two weightings of the same rules, compared on one dataset: the default rule set as shipped, and the same rule set
// with 作风硬 (conduct) weighing twice as much, changed in code. Prints the rating transition matrix and the branches
// whose rating moved.
//
//   dotnet run compare-weightings.cs                  the bundled sample, samples/provincial-eco-2024
//   dotnet run compare-weightings.cs -- DATASET        any dataset
using System.Globalization;
using EcoAssessment;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // numbers print the same on every machine
var dataset = Scorecard.LoadDataset(args.Length > 0 ? args[0] : Path.Combine(Here(), "..", "provincial-eco-2024"));

var shipped = Scorecard.DefaultRules;
var conductHeavy = shipped with
{
    Version = shipped.Version + "+conduct×2",
    Dimensions = [.. shipped.Dimensions.Select(d => d.Id == "conduct" ? d with { Weight = d.Weight * 2 } : d)],
};

var before = Plan.Create(shipped).Run(dataset);
var after = Plan.Create(conductHeavy).Run(dataset); // validated like a rule file

Console.WriteLine($"{dataset.Period}: {shipped.Name}");
Console.WriteLine("dimension weights   " + string.Join("  ", shipped.Dimensions.Select(d => $"{d.Id} {d.Weight:0.##}")));
Console.WriteLine("conduct ×2          " + string.Join("  ", conductHeavy.Dimensions.Select(d => $"{d.Id} {d.Weight:0.##}")));
Console.WriteLine();

Rating[] ratings = [Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated];
Console.WriteLine("shipped \\ conduct×2  " + string.Join("", ratings.Select(r => $"{RatingLabels.Chinese(r),6}")));
foreach (var from in ratings)
{
    var row = ratings.Select(to => before.Results.Count(b => b.Rating == from && after.Find(b.BranchId)!.Rating == to));
    Console.WriteLine($"{RatingLabels.Chinese(from),-19}" + string.Join("", row.Select(n => $"{n,8}")));
}

var moved = before.Results
    .Select(b => (Before: b, After: after.Find(b.BranchId)!))
    .Where(p => p.Before.Rating != p.After.Rating)
    .OrderBy(p => p.After.Rank ?? int.MaxValue).ThenBy(p => p.Before.BranchId, StringComparer.Ordinal)
    .ToArray();
Console.WriteLine();
Console.WriteLine($"{moved.Length} branch(es) change rating:");
foreach (var (b, a) in moved)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {b.BranchId,-6} {b.Branch.Name}: {RatingLabels.Chinese(b.Rating)} {b.Score:0.00} (#{b.Rank}) → {RatingLabels.Chinese(a.Rating)} {a.Score:0.00} (#{a.Rank})"));
}

// The folder of this script: the SDK tells a file-based program where its file is (a caller-file path would be
// mapped to /_/ in deterministic CI builds).
static string Here() => (string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Directory.GetCurrentDirectory();
