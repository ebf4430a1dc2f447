using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using S = DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// Native Excel charts (DrawingML chart parts) added with the Open XML SDK to a workbook ClosedXML saved, since ClosedXML
/// has no chart API. Each chart reads its data from cells of the workbook (with a cache of the values, so that a reader
/// that does not recalculate shows them), so it stays editable and follows edits of the data.
/// </summary>
internal static class ReportCharts
{
    /// <summary>A series: its name, the colour of its bars, lines or area (RRGGBB), and its cell range.</summary>
    public sealed record Series(string Name, string Colour, string Range, IReadOnlyList<double?> Values)
    {
        /// <summary>The cell that holds the series name; by default the caption above a column range.</summary>
        public string? NameCell { get; init; }
    }

    /// <summary>What to draw where: a chart of <see cref="Kind"/> anchored over a cell rectangle of one sheet.</summary>
    public sealed record Chart(
        string Sheet,
        ChartKind Kind,
        string Title,
        string CategoryRange,
        IReadOnlyList<string> Categories,
        IReadOnlyList<Series> Series,
        (int Column, int Row, int Columns, int Rows) Anchor,
        string? ValueAxisTitle = null,
        string NumberFormat = "General")
    {
        /// <summary>The value axis starts here instead of 0 (a score series that moves between 75 and 90).</summary>
        public double? AxisMin { get; init; }

        /// <summary>The size of the axis labels and the legend, in hundredths of a point (9 pt; more on a sheet printed below 100 %, so they print at 9 pt).</summary>
        public int TextSize { get; init; } = 900;
    }

    public enum ChartKind
    {
        /// <summary>Horizontal bars stacked per category (a mix per unit).</summary>
        StackedBar,

        /// <summary>Vertical bars side by side per category (a distribution, or two periods).</summary>
        ClusteredColumn,

        /// <summary>A radar (spider) chart: one closed line per series over the categories.</summary>
        Radar,

        /// <summary>Vertical bars stacked per category (a mix per period).</summary>
        StackedColumn,

        /// <summary>One line with markers per series over the categories (a series over periods).</summary>
        Line,

        /// <summary>Horizontal bars side by side per category (two periods per unit: the unit names read across, not one character a line).</summary>
        ClusteredBar,
    }

    /// <summary>The results of formula cells of one sheet (by cell reference), stored so a reader that does not recalculate shows them.</summary>
    public sealed record CachedCells(string Sheet, IReadOnlyDictionary<string, object> Cells);

    /// <summary>Adds the charts (and the formulas' cached results) to the workbook in <paramref name="package"/>, in place.</summary>
    public static void Add(Stream package, IReadOnlyList<Chart> charts, CachedCells? cached = null)
    {
        using var document = SpreadsheetDocument.Open(package, true);
        var workbook = document.WorkbookPart!;
        if (cached is not null)
        {
            Cache(workbook, cached);
        }

        uint id = 1;
        foreach (var group in charts.GroupBy(c => c.Sheet))
        {
            var sheet = workbook.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == group.Key);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var drawings = part.AddNewPart<DrawingsPart>();
            drawings.WorksheetDrawing = new Xdr.WorksheetDrawing();
            foreach (var chart in group)
            {
                var chartPart = drawings.AddNewPart<ChartPart>();
                chartPart.ChartSpace = ChartSpace(chart);
                chartPart.ChartSpace.Save();
                drawings.WorksheetDrawing.Append(Anchor(chart, drawings.GetIdOfPart(chartPart), id++));
            }

            drawings.WorksheetDrawing.Save();
            InsertDrawing(part.Worksheet, part.GetIdOfPart(drawings));
            part.Worksheet.Save();
        }
    }

    private static void Cache(WorkbookPart workbook, CachedCells cached)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == cached.Sheet);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        foreach (var cell in part.Worksheet.Descendants<S.Cell>())
        {
            if (cell.CellReference?.Value is not { } reference || !cached.Cells.TryGetValue(reference, out var value) || cell.CellFormula is null)
            {
                continue;
            }

            cell.CellValue?.Remove();
            if (value is double d)
            {
                cell.DataType = null;
                cell.Append(new S.CellValue(d.ToString("R", CultureInfo.InvariantCulture)));
            }
            else
            {
                cell.DataType = S.CellValues.String;
                cell.Append(new S.CellValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
            }
        }

        part.Worksheet.Save();
    }

    /// <summary>Puts the drawing reference where the schema wants it: after the page set-up, before comments and tables.</summary>
    private static void InsertDrawing(S.Worksheet worksheet, string id)
    {
        var drawing = new S.Drawing { Id = id };
        OpenXmlElement? before = worksheet.ChildElements.FirstOrDefault(e =>
            e is S.LegacyDrawing or S.LegacyDrawingHeaderFooter or S.DrawingHeaderFooter or S.Picture or S.OleObjects or S.Controls
                or S.WebPublishItems or S.TableParts or S.WorksheetExtensionList);
        if (before is null)
        {
            worksheet.Append(drawing);
        }
        else
        {
            worksheet.InsertBefore(drawing, before);
        }
    }

    private static Xdr.TwoCellAnchor Anchor(Chart chart, string relationshipId, uint id)
    {
        var (column, row, columns, rows) = chart.Anchor;
        return new Xdr.TwoCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"),
                new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(new Xdr.ColumnId((column + columns).ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"),
                new Xdr.RowId((row + rows).ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id + 1, Name = chart.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId })
                {
                    Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                }))
            { Macro = string.Empty },
            new Xdr.ClientData())
        { EditAs = Xdr.EditAsValues.OneCell };
    }

    private static C.ChartSpace ChartSpace(Chart chart)
    {
        const uint categoryAxis = 500000001;
        const uint valueAxis = 500000002;
        var stacked = chart.Kind is ChartKind.StackedBar or ChartKind.StackedColumn;
        var horizontal = chart.Kind is ChartKind.StackedBar or ChartKind.ClusteredBar;
        OpenXmlCompositeElement plot = chart.Kind switch
        {
            ChartKind.Radar => new C.RadarChart(new C.RadarStyle { Val = C.RadarStyleValues.Marker }, new C.VaryColors { Val = false }),
            ChartKind.Line => new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false }),
            _ => new C.BarChart(
                new C.BarDirection { Val = horizontal ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
                new C.BarGrouping { Val = stacked ? C.BarGroupingValues.Stacked : C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false }),
        };
        for (var i = 0; i < chart.Series.Count; i++)
        {
            plot.Append(SeriesElement(chart, i));
        }

        if (chart.Kind == ChartKind.Line)
        {
            plot.Append(new C.ShowMarker { Val = true });
        }
        else if (chart.Kind != ChartKind.Radar)
        {
            plot.Append(new C.GapWidth { Val = 60 });
            if (stacked)
            {
                plot.Append(new C.Overlap { Val = 100 });
            }
        }

        plot.Append(new C.AxisId { Val = categoryAxis }, new C.AxisId { Val = valueAxis });

        var categoryPosition = horizontal ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom;
        var valuePosition = horizontal ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left;
        var catAx = new C.CategoryAxis(
            new C.AxisId { Val = categoryAxis },
            new C.Scaling(new C.Orientation { Val = horizontal ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = categoryPosition },
            new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            TextProperties(chart.TextSize),
            new C.CrossingAxis { Val = valueAxis },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });

        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        if (chart.AxisMin is double min)
        {
            scaling.Append(new C.MinAxisValue { Val = min });
        }

        var valAx = new C.ValueAxis(
            new C.AxisId { Val = valueAxis },
            scaling,
            new C.Delete { Val = false },
            new C.AxisPosition { Val = valuePosition },
            new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))));
        if (chart.ValueAxisTitle is { } axisTitle)
        {
            valAx.Append(Title(axisTitle, chart.TextSize));
        }

        valAx.Append(
            new C.NumberingFormat { FormatCode = chart.NumberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            TextProperties(chart.TextSize),
            new C.CrossingAxis { Val = categoryAxis },
            new C.Crosses { Val = horizontal ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = chart.Kind == ChartKind.Radar ? C.CrossBetweenValues.Between : C.CrossBetweenValues.Between });

        var plotArea = new C.PlotArea(new C.Layout(), plot, catAx, valAx);
        var c = new C.Chart(
            Title(chart.Title, 1200),
            new C.AutoTitleDeleted { Val = false },
            plotArea,
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }, TextProperties(chart.TextSize)),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = chart.Kind == ChartKind.Radar ? C.DisplayBlanksAsValues.Gap : C.DisplayBlanksAsValues.Gap });
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            c,
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "FFFFFF" }), new A.Outline(new A.NoFill())));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static OpenXmlCompositeElement SeriesElement(Chart chart, int i)
    {
        var s = chart.Series[i];
        var name = new C.SeriesText(new C.StringReference(new C.Formula(s.NameCell ?? NameReference(s.Range)), StringCache([s.Name])));
        var fill = new A.SolidFill(new A.RgbColorModelHex { Val = s.Colour });
        var categories = new C.CategoryAxisData(new C.StringReference(new C.Formula(chart.CategoryRange), StringCache(chart.Categories)));
        var values = new C.Values(new C.NumberReference(new C.Formula(s.Range), NumberCache(s.Values, chart.NumberFormat)));
        if (chart.Kind == ChartKind.Line)
        {
            return new C.LineChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                name,
                new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = s.Colour })) { Width = 22225 }),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 },
                    new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = s.Colour }), new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = s.Colour })))),
                categories,
                values,
                new C.Smooth { Val = false });
        }

        if (chart.Kind == ChartKind.Radar)
        {
            return new C.RadarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                name,
                new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = s.Colour })) { Width = 28575 }),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 },
                    new C.ChartShapeProperties(fill, new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = s.Colour })))),
                categories,
                values);
        }

        return new C.BarChartSeries(
            new C.Index { Val = (uint)i },
            new C.Order { Val = (uint)i },
            name,
            new C.ChartShapeProperties(fill),
            new C.InvertIfNegative { Val = false },
            categories,
            values);
    }

    /// <summary>The cell holding a series name: the header cell above the first value of a column range.</summary>
    private static string NameReference(string range)
    {
        // 'Sheet'!$G$2:$G$17 → 'Sheet'!$G$1 (the caption row of the column).
        var bang = range.LastIndexOf('!');
        var sheet = range[..bang];
        var first = range[(bang + 1)..].Split(':')[0];
        var column = new string(first.Where(char.IsAsciiLetter).ToArray());
        var row = int.Parse(new string(first.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{sheet}!${column}${row - 1}");
    }

    private static C.StringCache StringCache(IReadOnlyList<string> values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(values[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache NumberCache(IReadOnlyList<double?> values, string format)
    {
        var cache = new C.NumberingCache(new C.FormatCode(format), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is double v && double.IsFinite(v))
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(v.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return cache;
    }

    private static C.Title Title(string text, int size) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = true }),
                new A.Run(new A.RunProperties { Language = "zh-CN", FontSize = size, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static C.TextProperties TextProperties(int size) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size }), new A.EndParagraphRunProperties { Language = "zh-CN" }));
}
