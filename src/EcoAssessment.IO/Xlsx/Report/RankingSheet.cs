using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>排名 (Ranking): every branch with rank, score, rating, coverage, deductions, vetoes and reasons; names and reasons wrap, so the sheet prints at full size on A4.</summary>
internal static class RankingSheet
{
    public static void Write(IXLWorksheet ws, Assessment a, Labels t, ReportUnits units, List<ReportPackage.StreamedSheet>? streamed)
    {
        var hasGrades = a.Results.Any(r => r.Grade is not null);
        var columns = new List<(string, double)>
        {
            (t[Texts.WbColRank], 4), (t[Texts.WbColBranch], 7), (t[Texts.WbColName], 16), (t[Texts.WbColUnit], 18), (t[Texts.WbColScore], 6),
            (t[Texts.WbColRating], 5),
        };
        if (hasGrades)
        {
            columns.Add((t[Texts.WbColGrade], 5));
        }

        columns.AddRange([(t[Texts.WbColCoverage], 6), (t[Texts.WbColDeductions], 5), (t[Texts.WbColVetoes], 12), (t[Texts.WbColReasons], 42)]);
        Header(ws, 1, columns);
        ws.Row(1).Height = 30;
        ReportParts.Rows(ws, columns.Count, Rows(a, hasGrades, columns.Count, t.Language, units), streamed);
        var row = a.Results.Count + 1;
        RatingColour(ws.Range(2, 6, Math.Max(2, row), 6));
        Table(ws, 1, row, columns.Count, 3);
    }

    private static IEnumerable<ReportCell[]> Rows(Assessment a, bool hasGrades, int columns, Language language, ReportUnits units)
    {
        var separator = Texts.ClauseSeparator.Render(language);
        foreach (var r in a.Results)
        {
            var cells = new ReportCell[columns];
            var c = 0;
            cells[c] = r.Rank is int rank ? ReportCell.Of(rank) : default;
            cells[++c] = ReportCell.Of(CellText(r.BranchId));
            cells[++c] = ReportCell.Wrapped(CellText(r.Branch.Name));
            cells[++c] = ReportCell.Wrapped(CellText(units.UnitOf(r)));
            cells[++c] = ReportCell.Of(r.Score is decimal s ? (double)s : null);
            cells[++c] = ReportCell.Of(RatingLabels.Chinese(r.Rating));
            if (hasGrades)
            {
                cells[++c] = ReportCell.Of(r.Grade ?? string.Empty);
            }

            cells[++c] = ReportCell.Of(r.Coverage, "0.0%");
            cells[++c] = ReportCell.Of(r.Deductions, "0.##");
            cells[++c] = ReportCell.Wrapped(CellText(string.Join(separator, r.VetoTraces.Where(v => v.Fired).Select(v => v.Name))));
            cells[++c] = ReportCell.Wrapped(CellText(Formats.Reasons(r, language)));
            yield return cells;
        }
    }
}
