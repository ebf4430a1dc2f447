using System.Diagnostics;
using System.Globalization;
using CsvHelper;

namespace EcoAssessment.Benchmarks;

/// <summary>
/// The floor of reading a dataset: every CSV file of the folder read with CsvHelper 34 alone, every record, every
/// numeric field parsed as a double (<c>Parse&lt;double&gt;</c>), every other field taken as a string
/// (<c>GetString</c>), nothing kept. No checks, no folding, no aggregation: what any implementation must at least do.
/// </summary>
public static class Floor
{
    /// <summary>
    /// The numeric columns of the input contract (DESIGN.md §2), and findings.form (1–4); every column of indicators.csv
    /// but its keys. Dates, flags and codes are taken as strings.
    /// </summary>
    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal)
    {
        "members", "party_groups", "secretary_vacant_days", "attendees", "expected", "excused", "hours", "points",
        "score", "max_score", "value",
    };

    public static int Run(string folder, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        long records = 0, numbers = 0, strings = 0;
        double checksum = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var table = Path.GetFileNameWithoutExtension(path);
            var indicators = table == "indicators";
            using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
            csv.ReadHeader();
            var numeric = csv.Headers.Select(h => indicators ? h is not ("branch_id" or "period") : Numeric.Contains(h) || (table == "findings" && h == "form")).ToArray();
            while (csv.Read())
            {
                records++;
                var n = Math.Min(csv.FieldCount, numeric.Length);
                for (var i = 0; i < n; i++)
                {
                    if (numeric[i])
                    {
                        if (!csv.IsEmpty(i))
                        {
                            checksum += csv.Parse<double>(i);
                            numbers++;
                        }
                    }
                    else
                    {
                        strings += csv.GetString(i).Length > 0 ? 1 : 0;
                    }
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"floor: {records} records, {numbers} numbers parsed, {strings} text fields, in {clock.Elapsed.TotalSeconds:F3} s (checksum {checksum:G6})"));
        return 0;
    }
}
