using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>排名 (Ranking): every branch with rank, score, rating, coverage, deductions, vetoes and reasons.</summary>
internal static class RankingSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t, List<ReportPackage.StreamedSheet>? streamed)
    {
        var hasGrades = a.Results.Any(r => r.Grade is not null);
        var columns = new List<(string, double)>
        {
            (t[Texts.WbColRank], 7), (t[Texts.WbColBranch], 12), (t[Texts.WbColName], 30), (t[Texts.WbColUnit], 30), (t[Texts.WbColScore], 9),
            (t[Texts.WbColRating], 9),
        };
        if (hasGrades)
        {
            columns.Add((t[Texts.WbColGrade], 9));
        }

        columns.AddRange([(t[Texts.WbColCoverage], 9), (t[Texts.WbColDeductions], 8), (t[Texts.WbColVetoes], 20), (t[Texts.WbColReasons], 80)]);
        Header(ws, 1, columns);
        ReportParts.Rows(ws, columns.Count, Rows(a, hasGrades, columns.Count, t.Language), streamed);
        var row = a.Results.Count + 1;
        RatingColour(ws.Range(2, 6, Math.Max(2, row), 6));
        Table(ws, 1, row, columns.Count, 3);
    }

    private static IEnumerable<ReportCell[]> Rows(Assessment a, bool hasGrades, int columns, Language language)
    {
        var separator = Texts.ClauseSeparator.Render(language);
        foreach (var r in a.Results)
        {
            var cells = new ReportCell[columns];
            var c = 0;
            cells[c] = r.Rank is int rank ? ReportCell.Of(rank) : default;
            cells[++c] = ReportCell.Of(CellText(r.BranchId));
            cells[++c] = ReportCell.Of(CellText(r.Branch.Name));
            cells[++c] = ReportCell.Of(CellText(r.Branch.Unit));
            cells[++c] = ReportCell.Of(r.Score is decimal s ? (double)s : null);
            cells[++c] = ReportCell.Of(RatingLabels.Chinese(r.Rating));
            if (hasGrades)
            {
                cells[++c] = ReportCell.Of(r.Grade ?? string.Empty);
            }

            cells[++c] = ReportCell.Of(r.Coverage, "0.0%");
            cells[++c] = ReportCell.Of(r.Deductions, "0.##");
            cells[++c] = ReportCell.Of(CellText(string.Join(separator, r.VetoTraces.Where(v => v.Fired).Select(v => v.Name))));
            cells[++c] = ReportCell.Of(CellText(Formats.Reasons(r, language)));
            yield return cells;
        }
    }
}
