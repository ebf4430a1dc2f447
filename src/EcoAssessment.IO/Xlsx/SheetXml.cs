using System.Globalization;
using System.Text;
using System.Xml;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// Forward-only reading of SpreadsheetML parts with <see cref="XmlReader"/>: rows and cells of a worksheet and the text
/// of string items. No DOM is built, so memory stays flat and a 100,000-row sheet reads in well under a second.
/// </summary>
internal static class SheetXml
{
    /// <summary>Reader settings: no DTDs (no entity expansion), comments and whitespace skipped.</summary>
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>
    /// The text of a cell longer than <see cref="InputLimits.MaxRowChars"/> (the bound of a CSV row, which applies to a
    /// sheet cell): this one instance, which the sheet reader reports (ECO0352) by reference, instead of the text. The
    /// text itself is never held: it is read in chunks and dropped past the bound.
    /// </summary>
    public static readonly string TooLong = new(['\uFFFF', '…']);

    /// <summary>
    /// The text content of the element at the reader's position, read in chunks up to the cell bound
    /// (<see cref="TooLong"/> past it); leaves the reader on the node after the end tag, as ReadElementContentAsString.
    /// </summary>
    public static string Content(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        StringBuilder? sb = null;
        string? single = null;
        var tooLong = false;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(8192);
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                {
                    xml.Read();
                    break;
                }

                if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
                {
                    if (xml.NodeType == XmlNodeType.Element)
                    {
                        throw new XmlException("element in text content");
                    }

                    continue;
                }

                int n;
                while ((n = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    var length = (sb?.Length ?? single?.Length ?? 0) + n;
                    if (tooLong || length > InputLimits.MaxRowChars)
                    {
                        tooLong = true;
                        continue;
                    }

                    if (sb is null && single is null && n < buffer.Length)
                    {
                        single = new string(buffer, 0, n);
                    }
                    else
                    {
                        sb ??= new StringBuilder(single);
                        single = null;
                        sb.Append(buffer, 0, n);
                    }
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }

        return tooLong ? TooLong : sb?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>
    /// The visible text of an <c>si</c> or <c>is</c> element at the reader's position: its <c>t</c> text or the
    /// concatenated <c>t</c> of its runs, without phonetic (<c>rPh</c>) annotations. Leaves the reader on the end tag.
    /// </summary>
    public static string StringItem(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = xml.Depth;
        string? single = null;
        StringBuilder? sb = null;
        var inPhonetic = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                break;
            }

            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName == "rPh")
                {
                    inPhonetic = !xml.IsEmptyElement;
                }
                else if (xml.LocalName == "t" && !inPhonetic)
                {
                    var text = Content(xml);
                    if (ReferenceEquals(text, TooLong) || ReferenceEquals(single, TooLong))
                    {
                        single = TooLong;
                        sb = null;
                    }
                    else if (single is null && sb is null)
                    {
                        single = text;
                    }
                    else
                    {
                        sb ??= new StringBuilder(single);
                        sb.Append(text);
                        if (sb.Length > InputLimits.MaxRowChars)
                        {
                            single = TooLong;
                            sb = null;
                        }
                    }

                    // ReadElementContentAsString moved past the end tag; look at the node it stopped on.
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                    {
                        break;
                    }

                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
                    {
                        inPhonetic = !xml.IsEmptyElement;
                    }
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "rPh")
            {
                inPhonetic = false;
            }
        }

        return sb?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>
    /// The rows of a worksheet part in order: each with its 1-based number and its cells' text by column (absent cells
    /// empty). A row without <c>r</c> follows the previous one; a cell without <c>r</c> follows the previous cell.
    /// </summary>
    public static IEnumerable<(int Number, string[] Cells)> Rows(Stream stream, WorkbookCells cells)
    {
        using var xml = XmlReader.Create(stream, Settings);
        var last = 0;
        var values = new List<string>();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is > 0 and <= 1_048_576 ? r : last + 1;
            last = number;
            values.Clear();
            if (!xml.IsEmptyElement)
            {
                var depth = xml.Depth;
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                    {
                        break;
                    }

                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
                    {
                        Cell(xml, cells, values);
                    }
                }
            }

            yield return (number, values.ToArray());
        }
    }

    private static void Cell(XmlReader xml, WorkbookCells cells, List<string> values)
    {
        var reference = xml.GetAttribute("r");
        var type = xml.GetAttribute("t");
        var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        string? value = null;
        string? inline = null;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                {
                    break;
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (xml.LocalName == "v")
                {
                    value = Content(xml);
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                    {
                        break;
                    }
                }
                else if (xml.LocalName == "is")
                {
                    inline = StringItem(xml);
                }
                else if (!xml.IsEmptyElement && xml.LocalName == "f")
                {
                    xml.Skip();
                    if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                    {
                        break;
                    }

                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
                    {
                        value = Content(xml);
                        if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
                        {
                            break;
                        }
                    }
                }
            }
        }

        var column = reference is null ? values.Count : XlsxDatasetReader.ColumnIndex(reference);
        if (column is < 0 or >= 16_384)
        {
            return;
        }

        while (values.Count < column)
        {
            values.Add(string.Empty);
        }

        var text = cells.Text(type, style, value, inline);
        if (column < values.Count)
        {
            values[column] = text;
        }
        else
        {
            values.Add(text);
        }
    }
}
