using ClosedXML.Excel;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Xlsx;

/// <summary>The look the eco workbooks share (report, trend, template): header rows, rating colours, print set-up.</summary>
internal static class SheetStyle
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#D9E1F2");

    /// <summary>Rating colours (fill, font), shared with the charts of the report.</summary>
    public static readonly IReadOnlyDictionary<Rating, (string Fill, string Font)> RatingColours = new Dictionary<Rating, (string, string)>
    {
        [Rating.Vanguard] = ("#C6EFCE", "#006100"),
        [Rating.Middle] = ("#FFEB9C", "#9C5700"),
        [Rating.Laggard] = ("#FFC7CE", "#9C0006"),
        [Rating.Unrated] = ("#EDEDED", "#595959"),
    };

    /// <summary>Chart colours: the rating colours' strong tones, the 四种形态 from light to dark, the profile's three lines.</summary>
    public static readonly IReadOnlyDictionary<Rating, string> RatingChartColours = new Dictionary<Rating, string>
    {
        [Rating.Vanguard] = "70AD47",
        [Rating.Middle] = "FFC000",
        [Rating.Laggard] = "C00000",
        [Rating.Unrated] = "A6A6A6",
    };

    /// <summary>Printed as leadership reads it: landscape A4, one page wide.</summary>
    public static void PrintLandscape(IXLWorksheet ws)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.FitToPages(1, 0);
    }

    /// <summary>The smallest print scale of the report: its 11 pt text prints at 9 pt or more.</summary>
    public const int MinimumScale = 82;

    /// <summary>
    /// Printed to be read: A4 (landscape, or portrait for a tall sheet of charts), never shrunk below
    /// <see cref="MinimumScale"/> %: the scale that fits the sheet's columns up to <paramref name="lastColumn"/> (its
    /// charts included) on the page's width, else the minimum with the first <paramref name="keepLeft"/> columns
    /// repeated on every page across; page numbers in the footer (<paramref name="footer"/>, spreadsheet codes).
    /// </summary>
    public static void PrintReadable(IXLWorksheet ws, int lastColumn, string footer, bool portrait = false, int keepLeft = 0)
    {
        ws.PageSetup.PageOrientation = portrait ? XLPageOrientation.Portrait : XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.Margins.Left = 0.3;
        ws.PageSetup.Margins.Right = 0.3;
        ws.PageSetup.Margins.Top = 0.6;
        ws.PageSetup.Margins.Bottom = 0.6;
        ws.PageSetup.Margins.Footer = 0.3;
        // The printable width in pixels at 96 dpi (A4: 297 × 210 mm, less the margins). A column of width w takes 7w + 5 in
        // Excel (Calibri); where Calibri is missing (LibreOffice on a server: DejaVu Sans) a character is wider, about 9.5
        // pixels: the widest is budgeted, so the page holds the columns in either.
        var printable = ((portrait ? 210 : 297) / 25.4 - 0.6) * 96;
        var width = 0.0;
        for (var c = 1; c <= Math.Max(1, lastColumn); c++)
        {
            width += (9.5 * ws.Column(c).Width) + 5;
        }

        var scale = (int)Math.Floor(100 * printable * 0.97 / width);
        ws.PageSetup.Scale = Math.Clamp(scale, MinimumScale, 100);
        if (scale < MinimumScale && keepLeft > 0)
        {
            ws.PageSetup.SetColumnsToRepeatAtLeft(1, keepLeft);
        }

        ws.PageSetup.PageOrder = XLPageOrderValues.OverThenDown;
        ws.PageSetup.Footer.Center.AddText(footer, XLHFOccurrence.AllPages);
    }

    /// <summary>A bold, filled header row at <paramref name="row"/> with the given widths (characters; a CJK character counts 2).</summary>
    public static void Header(IXLWorksheet ws, int row, IReadOnlyList<(string Caption, double Width)> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = ws.Cell(row, c + 1);
            cell.SetValue(columns[c].Caption);
            ws.Column(c + 1).Width = columns[c].Width;
        }

        var range = ws.Range(row, 1, row, columns.Count);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>Colours the cells of a rating column by their value (conditional formats, so they follow edits and sorting).</summary>
    public static void RatingColour(IXLRange range)
    {
        foreach (var (rating, (fill, font)) in RatingColours)
        {
            var f = range.AddConditionalFormat().WhenEquals($"\"{RatingLabels.Chinese(rating)}\"");
            f.Fill.SetBackgroundColor(XLColor.FromHtml(fill));
            f.Font.SetFontColor(XLColor.FromHtml(font));
        }
    }
}
