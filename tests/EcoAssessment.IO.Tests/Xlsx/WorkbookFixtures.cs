using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;

namespace EcoAssessment.IO.Tests.Xlsx;

/// <summary>Builds workbooks the way people make them (ClosedXML stands in for Excel/WPS) in a private temp folder.</summary>
public sealed class TempWorkbooks : IDisposable
{
    public TempWorkbooks()
    {
        Folder = Path.Combine(Path.GetTempPath(), "eco-xlsx-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Saves a workbook built by <paramref name="build"/> as <paramref name="name"/>.</summary>
    public string Save(string name, Action<XLWorkbook> build)
    {
        using var wb = new XLWorkbook();
        build(wb);
        var path = PathOf(name);
        wb.SaveAs(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The two branches every workbook here has, on an English sheet with English headers and a flag column.</summary>
    public static void Branches(XLWorkbook wb)
    {
        var ws = wb.Worksheets.Add("branches");
        ws.Cell("A1").Value = "branch_id";
        ws.Cell("B1").Value = "name";
        ws.Cell("C1").Value = "unit";
        ws.Cell("D1").Value = "has_committee";
        ws.Cell("A2").SetValue("B1");
        ws.Cell("B2").SetValue("第一支部");
        ws.Cell("C2").SetValue("生态环境局");
        ws.Cell("D2").SetValue("√");
        ws.Cell("A3").SetValue("B2");
        ws.Cell("B3").SetValue("第二支部");
        ws.Cell("C3").SetValue("生态环境局");
        ws.Cell("D3").SetValue("×");
    }

    /// <summary>
    /// Adds a picture (a 1×1 PNG in a drawing anchored at B2) to the first worksheet of a saved workbook, as Excel does
    /// when someone pastes a scanned signature or a logo into a sheet.
    /// </summary>
    public static void AddPicture(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var sheetPart = doc.WorkbookPart!.WorksheetParts.First();
        var drawings = sheetPart.AddNewPart<DrawingsPart>();
        var image = drawings.AddImagePart(ImagePartType.Png);
        using (var s = image.GetStream(FileMode.Create))
        {
            s.Write(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        }

        var imageId = drawings.GetIdOfPart(image);
        const string xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
        const string a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        const string r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <xdr:wsDr xmlns:xdr="{xdr}" xmlns:a="{a}" xmlns:r="{r}"><xdr:twoCellAnchor>
            <xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
            <xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
            <xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="签章"/><xdr:cNvPicPr/></xdr:nvPicPr>
            <xdr:blipFill><a:blip r:embed="{imageId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>
            <xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>
            """;
        using (var s = drawings.GetStream(FileMode.Create))
        {
            s.Write(Encoding.UTF8.GetBytes(xml));
        }

        var worksheet = sheetPart.Worksheet;
        var drawing = new DocumentFormat.OpenXml.Spreadsheet.Drawing { Id = sheetPart.GetIdOfPart(drawings) };
        if (worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.LegacyDrawing>() is { } legacy)
        {
            worksheet.InsertBefore(drawing, legacy);
        }
        else
        {
            worksheet.Append(drawing);
        }

        worksheet.Save();
    }

    /// <summary>A zip package whose one part unpacks to <paramref name="bytes"/> zero bytes: a small decompression bomb.</summary>
    public static byte[] Bomb(long bytes)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var s = entry.Open();
            var zeros = new byte[1 << 20];
            for (long written = 0; written < bytes; written += zeros.Length)
            {
                s.Write(zeros);
            }
        }

        return ms.ToArray();
    }
}
