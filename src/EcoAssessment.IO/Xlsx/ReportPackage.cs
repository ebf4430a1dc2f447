using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// Assembles the report package from the workbook ClosedXML saved (small sheets in full, the sheets with a row per
/// branch as a frame: header row, widths, filter, conditional formats, print set-up, and a probe row) and the rows of
/// those sheets, streamed as sheet XML in the form ClosedXML writes (shared strings, the same style indices, numbers to
/// 15 significant digits, text encoded as ClosedXML encodes it). The package is made deterministic on the way: fixed
/// entry times, the random relationship ids of System.IO.Packaging replaced by numbered ones, and the core properties
/// part (creation and modification times under a random name) left out.
/// </summary>
internal static partial class ReportPackage
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>A sheet whose rows (below its header row) are streamed: its name, its columns and its rows.</summary>
    public sealed record StreamedSheet(string Name, int Columns, IEnumerable<ReportCell[]> Rows)
    {
        /// <summary>The columns' widths (characters), from which the height of a row with wrapped text is set; none: default heights.</summary>
        public IReadOnlyList<double>? Widths { get; init; }
    }

    /// <summary>
    /// One cell per style the streamed rows use, put in row 2 of each streamed sheet before ClosedXML saves it: plain
    /// text, wrapped text (ClosedXML wraps text with a line break), a whole number, and each number format.
    /// </summary>
    public static readonly ReportCell[] Probes =
    [
        ReportCell.Of("p"),
        ReportCell.Of("p" + Environment.NewLine + "q"),
        ReportCell.Of(0),
        ReportCell.Of(0.0, "0.00"),
        ReportCell.Of(0.0, "0.0%"),
        ReportCell.Of(0.0, "0.##"),
        ReportCell.Of(0.0, "0.####"),
        ReportCell.Of(0.0, "+0.##;-0.##;0"),
    ];

    /// <summary>Writes the package: <paramref name="package"/> (as ClosedXML and the charts left it) with the streamed sheets' rows.</summary>
    public static void Write(Stream package, IReadOnlyList<StreamedSheet> sheets, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);

        // Relationships first: they name the parts, and their random ids are renumbered in the parts that use them.
        var rels = entries.Values.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e => ReadText(e), StringComparer.Ordinal);
        var ids = RenumberedIds(rels.Values.Select(r => r.Text));
        var core = CorePropertiesPart(rels["_rels/.rels"].Text);
        var workbookRels = Targets(rels["xl/_rels/workbook.xml.rels"].Text, "xl/");
        var sheetParts = SheetParts(ReadText(entries["xl/workbook.xml"]).Text, workbookRels);
        var streamed = sheets.ToDictionary(s => sheetParts[s.Name], StringComparer.Ordinal);
        var sharedStringsPart = workbookRels.Values.Single(p => p.EndsWith("sharedStrings.xml", StringComparison.Ordinal));
        var strings = SharedStrings.Load(ReadText(entries[sharedStringsPart]).Text);

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var name = entry.FullName;
            if (name == core || name == sharedStringsPart)
            {
                continue;
            }

            if (streamed.TryGetValue(name, out var sheet))
            {
                using var target = Create(zip, name);
                WriteSheet(ReadText(entry).Text, sheet, strings, ids, target);
                continue;
            }

            var (text, bom) = rels.TryGetValue(name, out var r) ? r : ReadText(entry);
            if (name == "_rels/.rels" && core is not null)
            {
                text = CoreRelationship().Replace(text, string.Empty);
            }
            else if (name == "[Content_Types].xml" && core is not null)
            {
                text = text.Replace("<Default Extension=\"psmdcp\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" />", string.Empty,
                    StringComparison.Ordinal);
            }

            using var s = Create(zip, name);
            WriteText(s, Renumber(text, ids), bom);
        }

        using (var s = Create(zip, sharedStringsPart))
        {
            strings.Write(s);
        }
    }

    private static Stream Create(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

    private static (string Text, bool Bom) ReadText(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var bytes = ms.GetBuffer().AsSpan(0, (int)ms.Length);
        var bom = bytes.StartsWith(Encoding.UTF8.Preamble);
        return (Utf8.GetString(bom ? bytes[3..] : bytes), bom);
    }

    private static void WriteText(Stream s, string text, bool bom)
    {
        if (bom)
        {
            s.Write(Encoding.UTF8.Preamble);
        }

        s.Write(Utf8.GetBytes(text));
    }

    [GeneratedRegex("\"(R[0-9a-f]{16})\"")]
    private static partial Regex RandomId();

    [GeneratedRegex("<Relationship Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"[^>]*/>")]
    private static partial Regex CoreRelationship();

    [GeneratedRegex("<x:dimension ref=\"[^\"]*\" />")]
    private static partial Regex Dimension();

    [GeneratedRegex("<x:c r=\"([A-Z]+)2\" s=\"(\\d+)\"")]
    private static partial Regex ProbeCell();

    /// <summary>The random relationship ids System.IO.Packaging gives (<c>R</c> and 16 hex digits), numbered after the other ids of their part.</summary>
    private static Dictionary<string, string> RenumberedIds(IEnumerable<string> relationshipParts)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in relationshipParts)
        {
            var doc = XDocument.Parse(text);
            var all = doc.Root!.Elements(XName.Get("Relationship", PackageRelNs)).Select(e => (string)e.Attribute("Id")!).ToArray();
            var next = all.Select(id => id.StartsWith("rId", StringComparison.Ordinal) && int.TryParse(id.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .DefaultIfEmpty(0).Max();
            foreach (var id in all.Where(id => RandomId().IsMatch($"\"{id}\"")))
            {
                map[id] = string.Create(CultureInfo.InvariantCulture, $"rId{++next}");
            }
        }

        return map;
    }

    private static string Renumber(string text, Dictionary<string, string> ids) =>
        RandomId().Replace(text, m => ids.TryGetValue(m.Groups[1].Value, out var id) ? $"\"{id}\"" : m.Value);

    /// <summary>The core properties part (creation and modification times, under a random name), to be left out.</summary>
    private static string? CorePropertiesPart(string packageRels) =>
        Targets(packageRels, string.Empty).Where(kv => kv.Key.EndsWith("/metadata/core-properties", StringComparison.Ordinal)).Select(kv => kv.Value).FirstOrDefault();

    /// <summary>Relationship targets as part names (without the leading slash), by type for package rels or by id for a part's rels.</summary>
    private static Dictionary<string, string> Targets(string rels, string folder)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in XDocument.Parse(rels).Root!.Elements(XName.Get("Relationship", PackageRelNs)))
        {
            var target = (string)e.Attribute("Target")!;
            var part = target.StartsWith('/') ? target[1..] : folder + target;
            result[folder.Length == 0 ? (string)e.Attribute("Type")! : (string)e.Attribute("Id")!] = part;
        }

        return result;
    }

    /// <summary>Each sheet's part name, by sheet name.</summary>
    private static Dictionary<string, string> SheetParts(string workbook, Dictionary<string, string> targets) =>
        XDocument.Parse(workbook).Root!.Element(XName.Get("sheets", Main))!.Elements(XName.Get("sheet", Main))
            .ToDictionary(e => (string)e.Attribute("name")!, e => targets[(string)e.Attribute(XName.Get("id", RelNs))!], StringComparer.Ordinal);

    /// <summary>
    /// The sheet ClosedXML saved (header row and probe row) with the streamed rows in place of the probe row, and its
    /// dimension set to what the rows cover.
    /// </summary>
    private static void WriteSheet(string frame, StreamedSheet sheet, SharedStrings strings, Dictionary<string, string> ids, Stream target)
    {
        var probeRow = frame.IndexOf("<x:row r=\"2\" ", StringComparison.Ordinal);
        var probeEnd = probeRow < 0 ? -1 : frame.IndexOf("</x:row>", probeRow, StringComparison.Ordinal);
        if (probeEnd < 0)
        {
            throw new InvalidOperationException($"the frame of sheet {sheet.Name} has no probe row");
        }

        var styles = new Dictionary<int, string>();
        foreach (Match m in ProbeCell().Matches(frame[probeRow..probeEnd]))
        {
            styles[ColumnIndex(m.Groups[1].Value)] = m.Groups[2].Value;
        }

        if (styles.Count != Probes.Length)
        {
            throw new InvalidOperationException($"the probe row of sheet {sheet.Name} has {styles.Count} styled cells, not {Probes.Length}");
        }

        var text = styles[0];
        var wrapped = styles[1];
        var numberStyles = Probes.Select((p, i) => (p, i)).Skip(2).ToDictionary(x => x.p.Format!, x => styles[x.i], StringComparer.Ordinal);
        var head = Renumber(frame[..probeRow], ids);
        var tail = Renumber(frame[(probeEnd + "</x:row>".Length)..], ids);

        // The rows go to a temporary buffer first: the dimension before them names the last row.
        var letters = Enumerable.Range(0, Math.Max(sheet.Columns, 1)).Select(Tables.TableOrigin.ColumnLetters).ToList();
        var spans = string.Create(CultureInfo.InvariantCulture, $"\" spans=\"1:{sheet.Columns}\">");
        using var rows = new MemoryStream();
        var lastRow = 1;
        using (var w = new StreamWriter(rows, Utf8, 1 << 16, leaveOpen: true))
        {
            var row = 1;
            foreach (var cells in sheet.Rows)
            {
                row++;
                if (cells.All(c => c.IsEmpty))
                {
                    continue;
                }

                lastRow = row;
                var r = row.ToString(CultureInfo.InvariantCulture);
                w.Write("<x:row r=\"");
                w.Write(r);
                var height = sheet.Widths is { } widths ? Xlsx.Report.ReportParts.RowHeight(cells, widths) : null;
                if (height is double ht)
                {
                    w.Write("\" ht=\"");
                    w.Write(ht.ToString(CultureInfo.InvariantCulture));
                    w.Write("\" customHeight=\"1");
                }

                w.Write(spans);
                for (var c = 0; c < cells.Length; c++)
                {
                    var cell = cells[c];
                    if (cell.IsEmpty)
                    {
                        continue;
                    }

                    while (letters.Count <= c)
                    {
                        letters.Add(Tables.TableOrigin.ColumnLetters(letters.Count));
                    }

                    w.Write("<x:c r=\"");
                    w.Write(letters[c]);
                    w.Write(r);
                    w.Write("\" s=\"");
                    if (cell.Text is { } s)
                    {
                        w.Write(cell.Wrap || s.Contains(Environment.NewLine, StringComparison.Ordinal) ? wrapped : text);
                        w.Write("\" t=\"s\"><x:v>");
                        w.Write(strings.Index(s).ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        w.Write(cell.IsWhole ? styles[2] : numberStyles[cell.Format!]);
                        w.Write("\" t=\"n\"><x:v>");
                        w.Write(cell.Number.ToString("G15", CultureInfo.InvariantCulture));
                    }

                    w.Write("</x:v></x:c>");
                }

                w.Write("</x:row>");
            }
        }

        var dimension = string.Create(CultureInfo.InvariantCulture, $"<x:dimension ref=\"A1:{letters[Math.Max(sheet.Columns, 1) - 1]}{lastRow}\" />");
        var bytes = Utf8.GetBytes(Dimension().Replace(head, dimension, 1));
        target.Write(bytes);
        rows.Position = 0;
        rows.CopyTo(target);
        target.Write(Utf8.GetBytes(tail));
    }

    private static int ColumnIndex(string letters)
    {
        var n = 0;
        foreach (var ch in letters)
        {
            n = (n * 26) + (ch - 'A' + 1);
        }

        return n - 1;
    }

    /// <summary>
    /// The shared string table: ClosedXML's strings as saved, then the streamed rows' strings, each once, encoded as
    /// ClosedXML 0.95 encodes text (<c>_xHHHH_</c> for characters XML cannot hold, line breaks as <c>\n</c>).
    /// </summary>
    internal sealed partial class SharedStrings
    {
        private readonly string _items;
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly StringBuilder _added = new();
        private int _count;

        private SharedStrings(string items, List<string> existing)
        {
            _items = items;
            foreach (var s in existing)
            {
                _index.TryAdd(s, _count++);
            }
        }

        public static SharedStrings Load(string sst)
        {
            var start = sst.IndexOf("<x:sst ", StringComparison.Ordinal);
            var open = start < 0 ? -1 : sst.IndexOf('>', start);
            var close = sst.LastIndexOf("</x:sst>", StringComparison.Ordinal);
            if (open < 0 || close < 0)
            {
                throw new InvalidOperationException("the shared strings part is not as ClosedXML writes it");
            }

            var existing = new List<string>();
            using (var xml = XmlReader.Create(new StringReader(sst), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            {
                while (xml.ReadToFollowing("si", Main))
                {
                    using var item = xml.ReadSubtree();
                    var text = new StringBuilder();
                    while (item.Read())
                    {
                        if (item.NodeType == XmlNodeType.Element && item.LocalName == "t")
                        {
                            text.Append(item.ReadElementContentAsString());
                        }
                    }

                    existing.Add(text.ToString());
                }
            }

            return new SharedStrings(sst[(open + 1)..close], existing);
        }

        /// <summary>The index of <paramref name="value"/> in the table, added if new.</summary>
        public int Index(string value)
        {
            var encoded = Encode(value);
            if (!_index.TryGetValue(encoded, out var i))
            {
                i = _count++;
                _index.Add(encoded, i);
                _added.Append("<x:si><x:t");
                if (char.IsWhiteSpace(encoded[0]) || char.IsWhiteSpace(encoded[^1]))
                {
                    _added.Append(" xml:space=\"preserve\"");
                }

                _added.Append('>');
                Escape(_added, encoded);
                _added.Append("</x:t></x:si>");
            }

            return i;
        }

        public void Write(Stream s)
        {
            var head = string.Create(CultureInfo.InvariantCulture,
                $"<?xml version=\"1.0\" encoding=\"utf-8\"?><x:sst count=\"{_count}\" uniqueCount=\"{_count}\" xmlns:x=\"{Main}\">");
            using var w = new StreamWriter(s, Utf8, 1 << 16, leaveOpen: true);
            w.Write(head);
            w.Write(_items);
            w.Write(_added);
            w.Write("</x:sst>");
        }

        /// <summary>Text as ClosedXML 0.95 saves it: <c>_xHHHH_</c> kept literal, characters XML cannot hold (and surrogates) as <c>_xHHHH_</c>, line breaks as <c>\n</c>.</summary>
        internal static string Encode(string value)
        {
            var s = EscapedHex().Replace(value, "_x005F_$1_");
            StringBuilder? sb = null;
            for (var i = 0; i < s.Length; i++)
            {
                var ch = s[i];
                string? replacement = null;
                if (ch == '\r')
                {
                    replacement = i + 1 < s.Length && s[i + 1] == '\n' ? string.Empty : "\n";
                }
                else if (!XmlConvert.IsXmlChar(ch))
                {
                    replacement = XmlConvert.EncodeName(ch.ToString());
                }

                if (replacement is null)
                {
                    sb?.Append(ch);
                    continue;
                }

                sb ??= new StringBuilder(s, 0, i, s.Length + 16);
                sb.Append(replacement);
            }

            return sb?.ToString() ?? s;
        }

        [GeneratedRegex("_(x[0-9A-Fa-f]{4})_")]
        private static partial Regex EscapedHex();

        private static void Escape(StringBuilder sb, string s)
        {
            foreach (var ch in s)
            {
                switch (ch)
                {
                    case '&':
                        sb.Append("&amp;");
                        break;
                    case '<':
                        sb.Append("&lt;");
                        break;
                    case '>':
                        sb.Append("&gt;");
                        break;
                    default:
                        sb.Append(ch);
                        break;
                }
            }
        }
    }
}
