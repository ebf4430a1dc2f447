using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Checks;
using static EcoAssessment.IO.Xlsx.SheetStyle;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>数据检查 (Checks): the pre-flight report of the data the ratings rest on (<see cref="CheckReport"/>), as <c>eco check</c> prints it.</summary>
internal static class ChecksSheet
{
    public static void Write(IXLWorksheet ws, CheckReport r, Labels t)
    {
        var lang = t.Language;
        ws.Cell(1, 1).SetValue(CheckWriter.Title(r, lang));
        ws.Cell(1, 1).Style.Font.Bold = true;
        // The report of a run that went on: no error, and an exit code is nothing a reader of the report needs.
        ws.Cell(2, 1).SetValue(r.Warnings > 0 ? t.Render(Texts.CheckSheetVerdictWarnings, r.Warnings) : t[Texts.CheckSheetVerdictClean]);
        var columns = CheckWriter.Columns(lang);
        var widths = new[] { 18, 60, 10, 10, 24, 10, 18 };
        Header(ws, 4, columns.Select((c, i) => (c, (double)widths[i])).ToArray());
        var row = 4;
        foreach (var cells in CheckWriter.Rows(r, lang))
        {
            row++;
            for (var c = 0; c < cells.Length; c++)
            {
                ws.Cell(row, c + 1).SetValue(CellLimit.Clamp(cells[c]));
            }
        }

        foreach (var table in r.Tables.Where(x => x.State is TableState.Missing or TableState.AbsentAllowed or TableState.Empty))
        {
            row++;
            ws.Cell(row, 1).SetValue(CheckWriter.TableLine(r, table, lang));
        }

        row += 2;
        ws.Cell(row, 1).SetValue(t[Texts.CheckProblems]);
        ws.Cell(row, 1).Style.Font.Bold = true;
        row++;
        // The problems under the overview, in its columns: severity, the message (wrapped in the wide column), code, where.
        var captions = new[] { t[Texts.CheckColSeverity], t[Texts.CheckColMessage], t[Texts.CheckColCode], string.Empty, t[Texts.CheckColWhere] };
        for (var c = 0; c < captions.Length; c++)
        {
            ws.Cell(row, c + 1).SetValue(CellLimit.Clamp(captions[c]));
            ws.Cell(row, c + 1).Style.Font.Bold = true;
        }

        foreach (var p in CheckWriter.Ordered(r))
        {
            row++;
            ws.Cell(row, 1).SetValue(t[p.Severity switch { Severity.Error => Texts.CheckSevError, Severity.Warning => Texts.CheckSevWarning, _ => Texts.CheckSevNotice }]);
            ws.Cell(row, 2).SetValue(CellLimit.Clamp(p.Render(lang)));
            ws.Cell(row, 2).Style.Alignment.WrapText = true;
            ws.Cell(row, 3).SetValue(p.Code);
            ws.Cell(row, 5).SetValue(p.Location is { } at ? CheckWriter.Relative(r, at.ToString()) : string.Empty);
        }

        if (r.Problems.Count == 0)
        {
            ws.Cell(row + 1, 1).SetValue(t[Texts.CheckNoProblems]);
        }
    }
}
