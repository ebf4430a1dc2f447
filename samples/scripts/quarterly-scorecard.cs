#!/usr/bin/env -S dotnet run
#:project ../../src/EcoAssessment.IO/EcoAssessment.IO.csproj
// Four quarters of one year under the shipped quarterly rule set (scoring-rules/quarterly.yaml, 季度考评), with the rating
// mix of each quarter, a trend table per unit (全系统 last) and the 预警 (early warning) of the last quarter before year end.
//
//   dotnet run quarterly-scorecard.cs                 the bundled sample, samples/provincial-eco-2024, year 2024
//   dotnet run quarterly-scorecard.cs -- DATASET YEAR  any dataset (a folder of CSV files or an .xlsx workbook)
//
// The default rule set is written for a year: 组织生活会 and 民主评议 are held once a year, so in a quarter most
// branches have none, and its veto "组织生活制度形同虚设" (no 组织生活会 in the period) makes nearly every branch 落后
// (warning ECO0258 says so). quarterly.yaml judges those annual items "so far this year" (window: year_to_date): one
// not held yet is 未到期 (not yet due) until the fourth quarter, and A4 is pro-rated to the part of the year gone by.
using System.Globalization;
using EcoAssessment;
using EcoAssessment.Analysis;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // numbers print the same on every machine
var dataset = args.Length > 0 ? args[0] : Path.Combine(Here(), "..", "provincial-eco-2024");
var year = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2024;

var yearly = Scorecard.DefaultRules;
var quarterly = Scorecard.LoadRules(Path.Combine(Here(), "..", "..", "scoring-rules", "quarterly.yaml"));
var plan = Plan.Create(quarterly);

// What the yearly rule set does to the first quarter, for comparison.
var q1 = Period.Parse($"{year}Q1");
var asYearly = Scorecard.Evaluate(Scorecard.LoadDataset(dataset, new DatasetLoadOptions { Period = q1 }, out var warnings), yearly);
foreach (var w in warnings.Where(w => w.Code == "ECO0258"))
{
    Console.WriteLine(w);
}

Console.WriteLine($"{q1} under the yearly rule set: {Mix(asYearly)}");
Console.WriteLine();

// Each quarter is assessed against the one before (transitions, 整顿), as 动态管理 would; the one-tier limit applies only
// against an earlier year, since quarterly.yaml does not declare dynamic.within_year.
var quarters = new List<Assessment>();
PreviousRatings? previous = null;
foreach (var q in Enumerable.Range(1, 4).Select(q => Period.Parse($"{year}Q{q}")))
{
    var data = Scorecard.LoadDataset(dataset, new DatasetLoadOptions { Period = q, Rules = quarterly });
    var assessment = plan.Run(data, previous);
    quarters.Add(assessment);
    previous = assessment.ToPrevious();
}

Console.WriteLine($"Quarterly rule set '{quarterly.Id}' (rating mix per quarter)");
foreach (var a in quarters)
{
    Console.WriteLine($"  {a.Period}: {Mix(a)}");
}

// 预警 of the last quarter that ends before the year does: what each branch must do, and by when.
var open = quarters.Last(a => a.Period.End < new DateOnly(a.Period.End.Year, 12, 31));
var alerts = EarlyWarnings.Of(open);
Console.WriteLine();
Console.WriteLine($"Early warnings after {open.Period}: {alerts.Count} ({string.Join(", ", alerts.GroupBy(w => w.Kind).Select(g => $"{g.Key} {g.Count()}"))})");
foreach (var w in alerts.Take(5))
{
    Console.WriteLine($"  {w.By:yyyy-MM-dd}  {w.BranchId}  {w.Risk} → {w.Prevent}");
}

Console.WriteLine();
var (_, units) = Trend.Compute(quarters);
var width = units.Max(u => Width(u.Id));
Console.WriteLine($"{Pad("unit", width)}  {string.Join("  ", quarters.Select(a => $"{a.Period,7}"))}  trend");
foreach (var unit in units)
{
    var scores = unit.Points.Select(p => p.Score is decimal s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "—");
    Console.WriteLine($"{Pad(unit.Id, width)}  {string.Join("  ", scores.Select(s => $"{s,7}"))}  {unit.Direction}");
}

static string Mix(Assessment a) => string.Join("  ", new[] { Rating.Vanguard, Rating.Middle, Rating.Laggard, Rating.Unrated }
    .Select(r => $"{RatingLabels.Chinese(r)} {a.Results.Count(x => x.Rating == r)}"));

// Chinese characters take two columns in a terminal.
static int Width(string s) => s.Sum(c => c > 0x2E80 ? 2 : 1);

static string Pad(string s, int width) => s + new string(' ', Math.Max(0, width - Width(s)));

// The folder of this script: the SDK tells a file-based program where its file is (a caller-file path would be
// mapped to /_/ in deterministic CI builds).
static string Here() => (string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Directory.GetCurrentDirectory();
