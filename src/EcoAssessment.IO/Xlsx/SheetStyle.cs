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
