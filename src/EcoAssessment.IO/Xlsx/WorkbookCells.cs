using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// Turns workbook cells into the text a CSV export of the sheet would hold, so that one set of parsing rules serves both:
/// shared and inline strings as written, numbers in invariant form, date-formatted numbers as ISO dates
/// (<c>2024-03-07</c>), booleans as 1/0, error values as written (<c>#N/A</c>, reported where a value is needed).
/// </summary>
internal sealed class WorkbookCells
{
    private readonly string[] _shared;
    private readonly bool[] _dateStyles;

    private WorkbookCells(string[] shared, bool[] dateStyles)
    {
        _shared = shared;
        _dateStyles = dateStyles;
    }

    public static WorkbookCells Load(WorkbookPart workbook)
    {
        return new WorkbookCells(SharedStrings(workbook.SharedStringTablePart), DateStyles(workbook.WorkbookStylesPart));
    }

    /// <summary>
    /// The text of a cell from its attributes and content: <paramref name="type"/> is the <c>t</c> attribute (null for
    /// a number), <paramref name="style"/> the <c>s</c> attribute, <paramref name="value"/> the <c>v</c> element's text and
    /// <paramref name="inline"/> the text of an inline string.
    /// </summary>
    public string Text(string? type, int style, string? value, string? inline)
    {
        if (ReferenceEquals(value, SheetXml.TooLong) || ReferenceEquals(inline, SheetXml.TooLong))
        {
            return SheetXml.TooLong;
        }

        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && (uint)i < (uint)_shared.Length ? _shared[i] : string.Empty;
            case "inlineStr":
                return inline ?? value ?? string.Empty;
        }

        if (value is null or { Length: 0 })
        {
            return string.Empty;
        }

        switch (type)
        {
            case "b":
                return value is "1" or "true" ? "1" : "0";
            case "d":
                // ISO 8601 date cells (strict Open XML): keep the date part.
                return value.Length >= 10 ? value[..10] : value;
            case null or "n":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return value;
                }

                if ((uint)style < (uint)_dateStyles.Length && _dateStyles[style] && number is >= 1 and < 2958466)
                {
                    return DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                return value.Contains('E', StringComparison.OrdinalIgnoreCase) ? number.ToString("R", CultureInfo.InvariantCulture) : value;
            default:
                // str (a formula's text result) and e (#N/A, #DIV/0!) as written.
                return value;
        }
    }

    private static string[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var list = new List<string>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, SheetXml.Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                list.Add(SheetXml.StringItem(xml));
            }
        }

        return [.. list];
    }

    /// <summary>Per cell format (cellXfs index): whether its number format shows a date.</summary>
    private static bool[] DateStyles(WorkbookStylesPart? part)
    {
        var sheet = part?.Stylesheet;
        if (sheet?.CellFormats is not { } formats)
        {
            return [];
        }

        var custom = new Dictionary<uint, string>();
        if (sheet.NumberingFormats is { } numFmts)
        {
            foreach (var f in numFmts.Elements<NumberingFormat>())
            {
                if (f.NumberFormatId?.Value is uint id && f.FormatCode?.Value is { } code)
                {
                    custom[id] = code;
                }
            }
        }

        return formats.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is uint id && IsDateFormat(id, custom.GetValueOrDefault(id)))
            .ToArray();
    }

    /// <summary>
    /// Whether a number format shows a date: the built-in date formats (14–22, 27–36 and 50–58 of the East Asian
    /// locales, 45–47) or a custom code with a date token (y, m with d, d, 年/月/日) outside quotes and brackets.
    /// </summary>
    public static bool IsDateFormat(uint id, string? code)
    {
        if (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58)
        {
            return true;
        }

        if (code is null)
        {
            return false;
        }

        var inQuote = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            if (ch == '"')
            {
                inQuote = !inQuote;
                continue;
            }

            if (inQuote)
            {
                continue;
            }

            if (ch == '\\' || ch == '_' || ch == '*')
            {
                i++;
                continue;
            }

            if (ch == '[')
            {
                inBracket = true;
                continue;
            }

            if (ch == ']')
            {
                inBracket = false;
                continue;
            }

            if (!inBracket && (ch is 'y' or 'Y' or 'd' or 'D'))
            {
                return true;
            }
        }

        return code.Contains('年') || code.Contains('日');
    }
}
