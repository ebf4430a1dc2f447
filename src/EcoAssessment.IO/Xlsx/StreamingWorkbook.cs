using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// Writes a plain .xlsx workbook row by row in bounded memory: each sheet's rows go to a temporary file as they come,
/// and the package is assembled once at the end. Cells are text (inline strings), numbers or dates (a number with the
/// <c>yyyy-mm-dd</c> format), so a spreadsheet program shows what a CSV export holds. The package is deterministic: the
/// same rows give the same bytes (fixed entry times, no document properties).
/// </summary>
internal sealed class StreamingWorkbook : IDisposable
{
    /// <summary>Rows a sheet can hold in Excel and WPS (1,048,576 including a title and a header row).</summary>
    public const int MaxRows = 1_048_576;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _temp;
    private readonly List<Sheet> _sheets = [];

    public StreamingWorkbook()
    {
        _temp = Path.Combine(Path.GetTempPath(), "eco-xlsx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    /// <summary>
    /// Starts a sheet with an optional title row (merged across the columns) above a bold, frozen header row.
    /// <paramref name="widths"/> are column widths in characters (a CJK character counts about 2).
    /// </summary>
    public Sheet AddSheet(string name, IReadOnlyList<string> header, IReadOnlyList<double> widths, string? title = null)
    {
        var sheet = new Sheet(this, name, Path.Combine(_temp, $"sheet{_sheets.Count + 1}.xml"), header.Count, widths, title);
        _sheets.Add(sheet);
        if (title is not null)
        {
            sheet.Row([title], style: 3);
        }

        sheet.Row([.. header], style: 2);
        sheet.HeaderRow = sheet.RowCount;
        return sheet;
    }

    /// <summary>Assembles the package at <paramref name="path"/> (written whole, then moved into place).</summary>
    public void Save(string path)
    {
        foreach (var s in _sheets)
        {
            s.Close();
        }

        Output.AtomicFile.Write(path, stream =>
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            Entry(zip, "[Content_Types].xml", ContentTypes());
            Entry(zip, "_rels/.rels",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{RelNs}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry(zip, "xl/workbook.xml", WorkbookXml());
            Entry(zip, "xl/_rels/workbook.xml.rels", WorkbookRels());
            Entry(zip, "xl/styles.xml", Styles);
            for (var i = 0; i < _sheets.Count; i++)
            {
                var entry = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var target = entry.Open();
                _sheets[i].CopyTo(target);
            }
        });
    }

    public void Dispose()
    {
        foreach (var s in _sheets)
        {
            s.Close();
        }

        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var s = entry.Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        s.Write(bytes);
    }

    private string ContentTypes()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        sb.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        sb.Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        sb.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        sb.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (var i = 1; i <= _sheets.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }

        return sb.Append("</Types>").ToString();
    }

    private string WorkbookXml()
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"{Main}\" xmlns:r=\"{RelNs}\"><sheets>");
        for (var i = 0; i < _sheets.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{System.Security.SecurityElement.Escape(_sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
        }

        return sb.Append("</sheets></workbook>").ToString();
    }

    private string WorkbookRels()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 0; i < _sheets.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i + 1}\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{_sheets.Count + 1}\" Type=\"{RelNs}/styles\" Target=\"styles.xml\"/>");
        return sb.Append("</Relationships>").ToString();
    }

    // Cell formats: 0 plain, 1 date (yyyy-mm-dd), 2 bold header with a grey fill, 3 bold title.
    private const string Styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + Main + "\">" +
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>" +
        "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>" +
        "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>" +
        "<font><b/><sz val=\"14\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font></fonts>" +
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>" +
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>" +
        "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    /// <summary>One sheet being written.</summary>
    public sealed class Sheet
    {
        private readonly StreamingWorkbook _book;
        private readonly string _file;
        private readonly int _columns;
        private readonly IReadOnlyList<double> _widths;
        private readonly string? _title;
        private XmlWriter? _xml;
        private FileStream? _stream;

        internal Sheet(StreamingWorkbook book, string name, string file, int columns, IReadOnlyList<double> widths, string? title)
        {
            _book = book;
            Name = name;
            _file = file;
            _columns = columns;
            _widths = widths;
            _title = title;
            _stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            _xml = XmlWriter.Create(_stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), ConformanceLevel = ConformanceLevel.Fragment, CloseOutput = false });
        }

        public string Name { get; }

        /// <summary>Rows written so far (title and header included).</summary>
        public int RowCount { get; private set; }

        internal int HeaderRow { get; set; }

        /// <summary>Appends a row: each value a string (text), a double or int (number), a DateOnly (date) or null (empty).</summary>
        public void Row(IReadOnlyList<object?> values) => Row(values, style: 0);

        internal void Row(IReadOnlyList<object?> values, int style)
        {
            if (RowCount + 1 > MaxRows)
            {
                throw new InvalidOperationException($"sheet {Name} would exceed {MaxRows:N0} rows, the most a spreadsheet holds");
            }

            var xml = _xml ?? throw new ObjectDisposedException(nameof(Sheet));
            RowCount++;
            var r = RowCount.ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", r);
            for (var i = 0; i < values.Count; i++)
            {
                var v = values[i];
                if (v is null || (v is string { Length: 0 }))
                {
                    continue;
                }

                xml.WriteStartElement("c", Main);
                xml.WriteAttributeString("r", ColumnName(i) + r);
                switch (v)
                {
                    case string s:
                        if (style != 0)
                        {
                            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
                        }

                        xml.WriteAttributeString("t", "inlineStr");
                        xml.WriteStartElement("is", Main);
                        xml.WriteStartElement("t", Main);
                        if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])))
                        {
                            xml.WriteAttributeString("xml", "space", null, "preserve");
                        }

                        xml.WriteString(XmlSafe(s));
                        xml.WriteEndElement();
                        xml.WriteEndElement();
                        break;
                    case DateOnly d:
                        xml.WriteAttributeString("s", "1");
                        xml.WriteElementString("v", Main, (d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture));
                        break;
                    case int n:
                        xml.WriteElementString("v", Main, n.ToString(CultureInfo.InvariantCulture));
                        break;
                    case double x:
                        xml.WriteElementString("v", Main, x.ToString("R", CultureInfo.InvariantCulture));
                        break;
                    default:
                        throw new ArgumentException($"cannot write a {v.GetType().Name} to a cell", nameof(values));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        internal void Close()
        {
            _xml?.Dispose();
            _xml = null;
            _stream?.Dispose();
            _stream = null;
        }

        internal void CopyTo(Stream target)
        {
            var head = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"{Main}\" xmlns:r=\"{RelNs}\">");
            var frozen = HeaderRow;
            head.Append(CultureInfo.InvariantCulture,
                $"<sheetViews><sheetView workbookViewId=\"0\"{(_book._sheets[0] == this ? " tabSelected=\"1\"" : string.Empty)}><pane ySplit=\"{frozen}\" topLeftCell=\"A{frozen + 1}\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>");
            head.Append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
            for (var i = 0; i < _columns; i++)
            {
                var w = i < _widths.Count ? _widths[i] : 12;
                head.Append(CultureInfo.InvariantCulture, $"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{w:0.##}\" customWidth=\"1\"/>");
            }

            head.Append("</cols><sheetData>");
            target.Write(Encoding.UTF8.GetBytes(head.ToString()));
            using (var rows = File.OpenRead(_file))
            {
                rows.CopyTo(target);
            }

            var tail = new StringBuilder("</sheetData>");
            if (_title is not null && _columns > 1)
            {
                tail.Append(CultureInfo.InvariantCulture, $"<mergeCells count=\"1\"><mergeCell ref=\"A1:{ColumnName(_columns - 1)}1\"/></mergeCells>");
            }

            tail.Append("</worksheet>");
            target.Write(Encoding.UTF8.GetBytes(tail.ToString()));
        }

        private static string ColumnName(int index) => Tables.TableOrigin.ColumnLetters(index);

        private static string XmlSafe(string s)
        {
            s = CellLimit.Clamp(s);
            foreach (var ch in s)
            {
                if (ch < 0x20 && ch is not '\t' and not '\n' and not '\r')
                {
                    return new string(s.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray());
                }
            }

            return s;
        }
    }
}
