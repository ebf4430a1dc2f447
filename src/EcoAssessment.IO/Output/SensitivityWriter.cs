using System.Globalization;
using System.Text;
using EcoAssessment.Analysis;

namespace EcoAssessment.IO.Output;

/// <summary>Writes the sensitivity table as CSV, one row per branch in nominal rank order.</summary>
internal static class SensitivityWriter
{
    public static string Csv(IReadOnlyList<BranchSensitivity> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("branch_id,name,unit,nominal_rank,median_rank,rank_p5,rank_p95,p_先锋,p_中间,p_落后,stable\n");
        foreach (var r in rows)
        {
            string[] cells =
            [
                Formats.Text(r.Branch.BranchId), Formats.Text(r.Branch.Name), Formats.Text(r.Branch.Unit), Formats.Rank(r.NominalRank),
                r.MedianRank is double m ? m.ToString("0.#", inv) : string.Empty, Formats.Rank(r.RankP5), Formats.Rank(r.RankP95),
                r.PVanguard.ToString("0.####", inv), r.PMiddle.ToString("0.####", inv), r.PLaggard.ToString("0.####", inv), r.Stable ? "true" : "false",
            ];
            sb.Append(string.Join(",", cells.Select(Formats.CsvField))).Append('\n');
        }

        return sb.ToString();
    }
}
