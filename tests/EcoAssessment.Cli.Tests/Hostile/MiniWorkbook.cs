using System.IO.Compression;
using System.Security;
using System.Text;

namespace EcoAssessment.Cli.Tests.Hostile;

/// <summary>
/// A workbook package built part by part (no spreadsheet library, which would refuse what a hostile file holds): sheets
/// of inline-string cells, and hooks to replace or drop any part, for the hostile-input corpus.
/// </summary>
public sealed class MiniWorkbook
{
    private readonly List<(string Name, IReadOnlyList<string[]> Rows)> _sheets = [];

    /// <summary>Parts replaced (by name) after the package is assembled; a null value drops the part.</summary>
    public Dictionary<string, string?> Replace { get; } = new(StringComparer.Ordinal);

    /// <summary>The shared strings part, if any (cells written <c>s:N</c> refer to it).</summary>
    public List<string> Shared { get; } = [];

    public MiniWorkbook Sheet(string name, params string[][] rows)
    {
        _sheets.Add((name, rows));
        return this;
    }

    public static string SheetXml(IReadOnlyList<string[]> rows)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            sb.Append("<row r=\"").Append(r + 1).Append("\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = rows[r][c];
                var at = (char)('A' + c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (cell.StartsWith("s:", StringComparison.Ordinal))
                {
                    sb.Append("<c r=\"").Append(at).Append("\" t=\"s\"><v>").Append(cell[2..]).Append("</v></c>");
                }
                else
                {
                    sb.Append("<c r=\"").Append(at).Append("\" t=\"inlineStr\"><is><t>").Append(SecurityElement.Escape(cell)).Append("</t></is></c>");
                }
            }

            sb.Append("</row>");
        }

        return sb.Append("</sheetData></worksheet>").ToString();
    }

    public byte[] Bytes()
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + string.Concat(_sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
                + (Shared.Count > 0 ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : string.Empty)
                + "</Types>",
            ["_rels/.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + string.Concat(_sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"))
                + "</sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(_sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
                + (Shared.Count > 0 ? $"<Relationship Id=\"rId{_sheets.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : string.Empty)
                + "</Relationships>",
        };
        for (var i = 0; i < _sheets.Count; i++)
        {
            parts[$"xl/worksheets/sheet{i + 1}.xml"] = SheetXml(_sheets[i].Rows);
        }

        if (Shared.Count > 0)
        {
            parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + string.Concat(Shared.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>")) + "</sst>";
        }

        foreach (var (name, content) in Replace)
        {
            if (content is null)
            {
                parts.Remove(name);
            }
            else
            {
                parts[name] = content;
            }
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Branches and meetings sheets (支部, 会议) a valid dataset holds, for cases to break one part of.</summary>
    public static MiniWorkbook Valid() => new MiniWorkbook()
        .Sheet("支部", ["branch_id", "name", "unit", "members"], ["B1", "一支部", "机关", "10"], ["B2", "二支部", "机关", "12"])
        .Sheet("会议", ["branch_id", "type", "date", "attendees"], ["B1", "lecture", "2024-03-01", "8"], ["B2", "lecture", "2024-03-02", "9"]);
}
