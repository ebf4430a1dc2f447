using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.IO.Output;
using EcoAssessment.Pipeline;

namespace EcoAssessment.IO.Xlsx.Report;

/// <summary>What the sheets of the report share: text made safe, numbers, filtered tables, health colours, streamed rows.</summary>
internal static class ReportParts
{
    private static readonly (string Band, string Fill)[] HealthColours = [("绿", "#C6EFCE"), ("黄", "#FFEB9C"), ("橙", "#F8CBAD"), ("红", "#FFC7CE")];

    /// <summary>Text from the data or rules as a cell shows it: made safe (<see cref="Formats.Text"/>) and within Excel's 32,767 characters.</summary>
    public static string CellText(string s) => CellLimit.Clamp(Formats.Text(s));

    /// <summary>The column letters of a 1-based column number (1 → A).</summary>
    public static string ColumnLetters(int column) => Tables.TableOrigin.ColumnLetters(column - 1);

    /// <summary>
    /// The rows below the header of a sheet with a row per branch: put into the worksheet, or (when
    /// <paramref name="streamed"/> is given) left to be streamed, with a probe row of one cell per style the rows use,
    /// from which the package learns the style indices ClosedXML gave them (the probe row itself is not written).
    /// </summary>
    public static void Rows(IXLWorksheet ws, int columns, IEnumerable<ReportCell[]> rows, List<ReportPackage.StreamedSheet>? streamed)
    {
        var widths = Enumerable.Range(1, columns).Select(c => ws.Column(c).Width).ToArray();
        if (streamed is null)
        {
            var row = 1;
            foreach (var cells in rows)
            {
                row++;
                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c].Put(ws.Cell(row, c + 1));
                }

                if (RowHeight(cells, widths) is double height)
                {
                    ws.Row(row).Height = height;
                }
            }

            return;
        }

        for (var i = 0; i < ReportPackage.Probes.Length; i++)
        {
            ReportPackage.Probes[i].Put(ws.Cell(2, i + 1));
        }

        streamed.Add(new ReportPackage.StreamedSheet(ws.Name, columns, rows) { Widths = widths });
    }

    /// <summary>
    /// The height (points) a row needs for its wrapped cells' lines (a CJK character taking two of a column's characters,
    /// as a spreadsheet program draws them), or null for one line: the programs that open the report do not all measure
    /// wrapped text themselves.
    /// </summary>
    public static double? RowHeight(ReportCell[] cells, IReadOnlyList<double> widths)
    {
        var lines = 1;
        for (var c = 0; c < cells.Length && c < widths.Count; c++)
        {
            if (cells[c] is { Wrap: true, Text: { } text })
            {
                lines = Math.Max(lines, Lines(text, widths[c]));
            }
        }

        return lines == 1 ? null : 15.0 * lines;
    }

    /// <summary>The lines a text takes in a column of <paramref name="width"/> characters (CJK counting two).</summary>
    public static int Lines(string text, double width)
    {
        var room = Math.Max(2.0, width - 1);
        var lines = 1;
        var used = 0.0;
        foreach (var ch in text)
        {
            var w = ch >= 0x2E80 ? 2.0 : 1.1;
            if (used + w > room)
            {
                lines++;
                used = 0;
            }

            used += w;
        }

        return lines;
    }

    /// <summary>Freezes the rows up to the header and the first <paramref name="columns"/> columns, and filters the table.</summary>
    public static void Table(IXLWorksheet ws, int headerRow, int lastRow, int lastColumn, int columns = 0)
    {
        ws.SheetView.Freeze(headerRow, columns);
        ws.Range(headerRow, 1, Math.Max(headerRow, lastRow), lastColumn).SetAutoFilter();
    }

    public static void HealthColour(IXLRange range)
    {
        foreach (var (band, fill) in HealthColours)
        {
            range.AddConditionalFormat().WhenEquals($"\"{band}\"").Fill.SetBackgroundColor(XLColor.FromHtml(fill));
        }
    }

    public static void Number(IXLCell cell, double? v, string format = "0.00")
    {
        if (v is double d && double.IsFinite(d))
        {
            cell.SetValue(d);
            cell.Style.NumberFormat.Format = format;
        }
    }

    /// <summary>A row whose first three cells are the branch: id, name, unit.</summary>
    public static ReportCell[] Common(BranchResult r, int columns)
    {
        var cells = new ReportCell[columns];
        cells[0] = ReportCell.Of(CellText(r.BranchId));
        cells[1] = ReportCell.Wrapped(CellText(r.Branch.Name));
        cells[2] = ReportCell.Wrapped(CellText(r.Branch.Unit));
        return cells;
    }
}

/// <summary>The report's labels, from the catalogue in the reader's language (Chinese by default).</summary>
internal sealed class Labels(Language language)
{
    /// <summary>The language the labels are in.</summary>
    public Language Language => language;

    /// <summary>An entry without arguments in the labels' language.</summary>
    public string this[Entry entry] => entry.Render(language);

    /// <summary>An entry with arguments in the labels' language.</summary>
    public string Render(Entry entry, params object?[] args) => entry.Render(language, args);
}
