using ClosedXML.Excel;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// The input template (<c>eco template</c>): one sheet per table with the captions the reader accepts (Chinese by
/// default), an example row (its ids marked 示例, skipped when read), drop-down lists for coded columns and flags (from the code catalogue), date formats on
/// date columns, and a 说明 sheet that explains every column, in the reader's language (Chinese by default; with
/// <see cref="Language.En"/> the English column names and codes). Filled in and saved, it is a dataset for
/// <c>eco evaluate</c> as it is.
/// </summary>
internal static class TemplateWorkbookWriter
{
    /// <summary>Rows below the header that get the drop-down lists and formats.</summary>
    public const int PreparedRows = 5000;

    /// <summary>
    /// The example row of each sheet, as the Chinese template writes it. Its ids carry the marker 示例 (EXAMPLE in the
    /// English template), which a clerk sees in the cell and which survives copying and saving as CSV; a row that still
    /// equals its sheet's example is skipped when the workbook is read (<see cref="IsExample"/>).
    /// </summary>
    internal static readonly Dictionary<string, Dictionary<string, object>> Examples = new(StringComparer.Ordinal)
    {
        ["branches"] = new() { ["branch_id"] = "示例-B001", ["name"] = "机关第一党支部", ["unit"] = "市生态环境局", ["type"] = 0, ["members"] = 12, ["party_groups"] = 2, ["has_committee"] = true, ["secretary_vacant_days"] = 0, ["founded"] = new DateTime(2016, 5, 1) },
        ["members"] = new() { ["member_id"] = "示例-M0001", ["branch_id"] = "示例-B001", ["status"] = 0, ["role"] = 0, ["home"] = true, ["joined"] = new DateTime(2019, 7, 1) },
        ["meetings"] = new() { ["branch_id"] = "示例-B001", ["type"] = 0, ["date"] = new DateTime(2024, 3, 7), ["meeting_id"] = "示例-B001-20240307", ["attendees"] = 11, ["expected"] = 12, ["excused"] = 1, ["theme_day"] = true, ["topic"] = "学习贯彻党的二十届三中全会精神" },
        ["study"] = new() { ["member_id"] = "示例-M0001", ["branch_id"] = "示例-B001", ["date"] = new DateTime(2024, 3, 31), ["form"] = 3, ["hours"] = 2, ["points"] = 35, ["completed"] = true },
        ["assessments"] = new() { ["branch_id"] = "示例-B001", ["item"] = "OR-01", ["score"] = 9, ["max_score"] = 10, ["assessor"] = "考评组", ["period"] = "2024" },
        ["findings"] = new() { ["finding_id"] = "示例-F2024-001", ["branch_id"] = "示例-B001", ["date"] = new DateTime(2024, 5, 10), ["member_id"] = "示例-M0001", ["form"] = 1, ["source"] = 1, ["category"] = 1, ["due_date"] = new DateTime(2024, 6, 30), ["closed_date"] = new DateTime(2024, 6, 20), ["responsibility"] = 0 },
        ["indicators"] = new() { ["branch_id"] = "示例-B001", ["indicator"] = "satisfaction", ["value"] = 0.95, ["period"] = "2024" },
        ["units"] = new() { ["unit_id"] = "示例-U01", ["name"] = "示例市生态环境局", ["order"] = 1, ["level"] = "市局" },
    };

    private const string InputsDocument = "docs/inputs.md";

    /// <summary>Writes the template to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, Language language = Language.Zh)
    {
        using var wb = Build(language);
        wb.SaveAs(stream);
    }

    /// <summary>The caption of a column in the template: its first Chinese alias (or its name in English).</summary>
    public static string Caption(TableSpec table, ColumnSpec column, Language language) =>
        language == Language.En ? column.Name : XlsxDatasetWriter.Caption(table, column.Name);

    /// <summary>What a column holds, in <paramref name="language"/>.</summary>
    public static string Meaning(TableSpec table, ColumnSpec column, Language language) =>
        column.Describe(language);

    /// <summary>The template as a ClosedXML workbook (the caller disposes it).</summary>
    public static XLWorkbook Build(Language language = Language.Zh)
    {
        var english = language == Language.En;
        var wb = new XLWorkbook();
        var notes = wb.Worksheets.Add(Texts.WbTplSheetNotes.Render(language));
        foreach (var table in InputCatalogue.Tables)
        {
            Sheet(wb.Worksheets.Add(english ? table.Name : table.Chinese), table, language);
        }

        Notes(notes, language);
        return wb;
    }

    private static void Sheet(IXLWorksheet ws, TableSpec table, Language language)
    {
        var english = language == Language.En;
        var yes = Texts.WbTplYes.Render(language);
        var no = Texts.WbTplNo.Render(language);
        var example = Examples[table.Name];
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var col = table.Columns[c];
            var caption = Caption(table, col, language);
            var header = ws.Cell(1, c + 1);
            header.SetValue(caption);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = col.Required ? XLColor.FromHtml("#F8CBAD") : XLColor.FromHtml("#D9E1F2");
            ws.Column(c + 1).Width = Math.Max(10, Width(caption) + 2);

            var body = ws.Range(2, c + 1, PreparedRows + 1, c + 1);
            switch (col.Type)
            {
                case ColumnType.Date:
                    ws.Column(c + 1).Style.NumberFormat.Format = "yyyy-mm-dd";
                    ws.Column(c + 1).Width = Math.Max(ws.Column(c + 1).Width, 12);
                    break;
                case ColumnType.Id or ColumnType.Text or ColumnType.Period:
                    ws.Column(c + 1).Style.NumberFormat.Format = "@";
                    break;
                case ColumnType.Code:
                    List(body, col.Codes!.Entries.Select(e => english ? e.Code : e.Chinese), language);
                    ws.Column(c + 1).Width = Math.Max(ws.Column(c + 1).Width, Math.Min(24, col.Codes.Entries.Max(e => Width(english ? e.Code : e.Chinese)) + 4));
                    break;
                case ColumnType.Flag:
                    List(body, [yes, no], language);
                    break;
            }

            if (example.TryGetValue(col.Name, out var value))
            {
                var cell = ws.Cell(2, c + 1);
                switch (value)
                {
                    case string s:
                        cell.SetValue(ExampleText(s, language));
                        break;
                    case int i when col.Type == ColumnType.Code:
                        var entry = col.Codes!.Entries[i];
                        cell.SetValue(english ? entry.Code : entry.Chinese);
                        break;
                    case bool b:
                        cell.SetValue(b ? yes : no);
                        break;
                    case DateTime d:
                        cell.SetValue(d);
                        cell.Style.NumberFormat.Format = "yyyy-mm-dd";
                        break;
                    case int i:
                        cell.SetValue(i);
                        break;
                    case double x:
                        cell.SetValue(x);
                        break;
                }

                cell.Style.Font.Italic = true;
                cell.Style.Font.FontColor = XLColor.FromHtml("#7F7F7F");
            }

            header.Comment.AddText(english ? Meaning(table, col, language) : $"{col.Name}: {Meaning(table, col, language)}");
        }

        ws.SheetView.Freeze(1, 0);
    }

    /// <summary>An example's text in <paramref name="language"/>: the marker 示例 of its ids in that language.</summary>
    private static string ExampleText(string text, Language language) =>
        text.Replace(Texts.SynExampleMarker.Zh, Texts.SynExampleMarker.Template(language), StringComparison.Ordinal);

    /// <summary>
    /// Whether the row <paramref name="row"/> of <paramref name="table"/> still equals the template's example row (in
    /// either language): every column the sheet has holds the example's value, read as the reader reads it, or is blank
    /// where the example is.
    /// </summary>
    internal static bool IsExample(TableSpec table, Tables.RowReader row)
    {
        if (!Examples.TryGetValue(table.Name, out var example))
        {
            return false;
        }

        var any = false;
        foreach (var col in table.Columns)
        {
            if (!row.Layout.Columns.ContainsKey(col.Name))
            {
                continue;
            }

            var raw = row.Raw(col.Name);
            if (!example.TryGetValue(col.Name, out var value))
            {
                if (raw is not null)
                {
                    return false;
                }

                continue;
            }

            if (raw is null || !Same(col, value, raw))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool Same(ColumnSpec col, object value, string raw) => value switch
    {
        string s => raw == s || raw == ExampleText(s, Language.En),
        int i when col.Type == ColumnType.Code => col.Codes!.TryParse(raw, out var index) && index == i,
        bool b => ValueParser.TryParseFlag(raw, out var f) && f == b,
        DateTime d => ValueParser.TryParseDate(raw, false, out var date, out _) && date == DateOnly.FromDateTime(d),
        int i => ValueParser.TryParseNumber(raw, out var n) && n == i,
        double x => ValueParser.TryParseNumber(raw, out var n) && n == x,
        _ => false,
    };

    private static void List(IXLRange range, IEnumerable<string> values, Language language)
    {
        var v = range.SetDataValidation();
        v.List("\"" + string.Join(",", values) + "\"", true);
        v.ErrorStyle = XLErrorStyle.Warning;
        v.ErrorTitle = Texts.WbTplNotInList.Render(language);
        v.ErrorMessage = Texts.WbTplChooseFromList.Render(language, InputsDocument);
    }

    private static void Notes(IXLWorksheet ws, Language language)
    {
        var english = language == Language.En;
        string[] header = [.. new[] { Texts.WbTplColSheet, Texts.WbTplColCaption, Texts.WbTplColName, Texts.WbTplColType, Texts.WbTplColRequired, Texts.WbTplColMeaning,
            Texts.WbTplColAccepted }.Select(e => e.Render(language))];
        double[] widths = [10, 16, 22, 8, 6, 60, 60];
        SheetStyle.Header(ws, 1, header.Zip(widths).ToArray());
        var row = 1;
        foreach (var table in InputCatalogue.Tables)
        {
            foreach (var col in table.Columns)
            {
                row++;
                ws.Cell(row, 1).SetValue(english ? table.Name : table.Chinese);
                ws.Cell(row, 2).SetValue(Caption(table, col, language));
                ws.Cell(row, 3).SetValue(col.Name);
                ws.Cell(row, 4).SetValue(TypeName(col.Type).Render(language));
                ws.Cell(row, 5).SetValue(col.Required ? Texts.WbTplRequired.Render(language) : string.Empty);
                ws.Cell(row, 6).SetValue(Meaning(table, col, language));
                ws.Cell(row, 7).SetValue(Accepted(col, language));
                ws.Cell(row, 7).Style.Alignment.WrapText = true;
            }
        }

        row += 2;
        ws.Cell(row, 1).SetValue(Texts.WbTplLayoutNote.Render(language, InputsDocument));
        ws.SheetView.Freeze(1, 0);
    }

    private static Entry TypeName(ColumnType type) => type switch
    {
        ColumnType.Id => Texts.WbTplTypeId,
        ColumnType.Text => Texts.WbTplTypeText,
        ColumnType.Count => Texts.WbTplTypeCount,
        ColumnType.Number => Texts.WbTplTypeNumber,
        ColumnType.Date => Texts.WbTplTypeDate,
        ColumnType.Flag => Texts.WbTplTypeFlag,
        ColumnType.Code => Texts.WbTplTypeCode,
        _ => Texts.WbTplTypePeriod,
    };

    private static string Accepted(ColumnSpec col, Language language) => col.Type switch
    {
        ColumnType.Code => string.Join(Texts.ListSeparator.Render(language), col.Codes!.Entries.Select(e => Texts.ReadCodeChoice.Render(language, e.Code, e.Chinese))),
        ColumnType.Flag => Texts.WbTplAcceptedFlag.Render(language, "是/否", "Y/N"),
        ColumnType.Date => Texts.WbTplAcceptedDate.Render(language, "2024年3月7日"),
        ColumnType.Count => Texts.WbTplAcceptedCount.Render(language),
        ColumnType.Number => Texts.WbTplAcceptedNumber.Render(language),
        ColumnType.Period => "2024, 2024H1, 2024Q3, 2024-03",
        _ => string.Empty,
    };

    /// <summary>Display width in characters: a CJK character counts 2.</summary>
    public static double Width(string s) => s.Sum(ch => ch >= 0x2E80 ? 2.0 : 1.0);
}
