#!/usr/bin/env -S dotnet run
#:project ../../src/EcoAssessment.IO/EcoAssessment.IO.csproj
// One unit's scorecard as a table of your own: every branch of the unit with its score, rank in the whole system,
// rating, the four dimension scores, deductions and vetoes, plus the unit's roll-up line and the reasons of its
// weakest branch. Written as CSV (UTF-8 with BOM, so Excel opens the Chinese correctly) and printed.
//
//   dotnet run export-unit-scorecard.cs                              杭州市生态环境局 of the bundled sample → scorecard.csv
//   dotnet run export-unit-scorecard.cs -- UNIT [OUTPUT.csv] [DATASET]
using System.Globalization;
using System.Text;
using EcoAssessment;
using EcoAssessment.Analysis;
using EcoAssessment.Model;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // numbers print the same on every machine
var unit = args.Length > 0 ? args[0] : "杭州市生态环境局";
var output = args.Length > 1 ? args[1] : "scorecard.csv";
var dataset = args.Length > 2 ? args[2] : Path.Combine(Here(), "..", "provincial-eco-2024");

var assessment = Scorecard.Evaluate(Scorecard.LoadDataset(dataset));
var branches = assessment.Results.Where(r => r.Branch.Unit == unit).ToArray();
if (branches.Length == 0)
{
    var units = assessment.Results.Select(r => r.Branch.Unit).Distinct().Order(StringComparer.Ordinal);
    Console.Error.WriteLine($"no branch of '{unit}' in {dataset}; its units are: {string.Join(", ", units)}");
    return 1;
}

var dimensions = assessment.Rules.Dimensions;
var header = new[] { "branch_id", "name", "score", "rank", "rating" }
    .Concat(dimensions.Select(d => d.Name))
    .Concat(["deductions", "vetoes"]);
var rows = branches.Select(r => new[]
    {
        r.BranchId, r.Branch.Name, $"{r.Score:0.00}", $"{r.Rank}", RatingLabels.Chinese(r.Rating),
    }
    .Concat(r.Dimensions.Select(d => $"{d.Score:0.00}"))
    .Concat([$"{r.Deductions:0.##}", string.Join(" ", r.Vetoes)]));

var csv = new StringBuilder();
foreach (var line in rows.Prepend(header))
{
    csv.Append(string.Join(",", line.Select(Field))).Append('\n');
}

File.WriteAllText(output, csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

var (summaries, _) = Rollup.Compute(assessment);
var summary = summaries.Single(u => u.Unit == unit);
Console.WriteLine($"{unit} · {assessment.Period} · {assessment.Rules.Name}");
Console.WriteLine($"score {summary.Score:0.00} (member-weighted), health {summary.Health ?? "—"}, " +
    $"{summary.Rated} of {summary.Branches} branches rated: " +
    string.Join(" ", summary.Ratings.Where(p => p.Value > 0).Select(p => $"{RatingLabels.Chinese(p.Key)} {p.Value}")));
Console.Write(csv.ToString());

var weakest = branches.Where(r => r.Rating != Rating.Unrated && r.Score is not null).MinBy(r => r.Score)!;
Console.WriteLine();
Console.WriteLine($"weakest: {weakest.BranchId} {weakest.Branch.Name} — its lowest indicators:");
foreach (var i in weakest.Indicators.Where(i => i.Normalised is not null).OrderBy(i => i.Normalised).Take(3))
{
    Console.WriteLine($"  {i.Name} ({i.Id}): {i.Normalised:0.0} / 100   {i.Detail}");
}

Console.WriteLine($"wrote {output}");
return 0;

// A CSV field: quoted when needed; text a spreadsheet would run as a formula is prefixed with '.
static string Field(string s)
{
    if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
    {
        s = "'" + s;
    }

    return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}

// The folder of this script: the SDK tells a file-based program where its file is (a caller-file path would be
// mapped to /_/ in deterministic CI builds).
static string Here() => (string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Directory.GetCurrentDirectory();
