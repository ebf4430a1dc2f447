using ClosedXML.Excel;
using EcoAssessment.Analysis;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using static EcoAssessment.IO.Xlsx.SheetStyle;
using static EcoAssessment.IO.Xlsx.Report.ReportParts;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>预警 (Early warning): the branches that will trip a veto or fall a tier by year end unless something is done, by date.</summary>
internal static class EarlyWarningSheet
{
    public static void Write(IXLWorksheet ws, IReadOnlyList<EarlyWarning> warnings, Labels t) =>
        Write(ws, [.. warnings.Select(w => ((string?)null, w))], t);

    /// <summary>The warnings of several periods (the trend workbook), each row with its period first when it has one.</summary>
    public static void Write(IXLWorksheet ws, IReadOnlyList<(string? Period, EarlyWarning Warning)> rows, Labels t)
    {
        var withPeriod = rows.Any(r => r.Period is not null);
        var columns = new (string, double)[]
        {
            (t[Texts.WbColPeriod], 10), (t[Texts.WarnColBy], 12), (t[Texts.WbColBranch], 10), (t[Texts.WbColName], 22), (t[Texts.WbColUnit], 28), (t[Texts.WarnColKind], 10),
            (t[Texts.WarnColRisk], 60), (t[Texts.WarnColPrevent], 44),
        };
        if (!withPeriod)
        {
            columns = columns[1..];
        }

        Header(ws, 1, columns);
        var row = 1;
        var first = withPeriod ? 2 : 1;
        foreach (var (period, x) in rows)
        {
            row++;
            if (withPeriod)
            {
                ws.Cell(row, 1).SetValue(period ?? string.Empty);
            }

            ws.Cell(row, first).SetValue(x.By.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            ws.Cell(row, first + 1).SetValue(CellText(x.BranchId));
            ws.Cell(row, first + 2).SetValue(CellText(x.Name));
            ws.Cell(row, first + 3).SetValue(CellText(x.Unit));
            ws.Cell(row, first + 4).SetValue(EarlyWarningText.Kind(x.Kind, t.Language));
            ws.Cell(row, first + 5).SetValue(CellText(x.Risk));
            ws.Cell(row, first + 6).SetValue(CellText(x.Prevent));
        }

        if (row > 1)
        {
            Table(ws, 1, row, columns.Length);
        }
    }
}
