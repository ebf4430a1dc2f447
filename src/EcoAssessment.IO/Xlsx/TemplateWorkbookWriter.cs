using ClosedXML.Excel;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// The input template (<c>eco template</c>): one sheet per table with the captions the reader accepts (Chinese by
/// default), an example row, drop-down lists for coded columns and flags (from the code catalogue), date formats on
/// date columns, and a 说明 sheet that explains every column. Filled in and saved, it is a dataset for
/// <c>eco evaluate</c> as it is.
/// </summary>
internal static class TemplateWorkbookWriter
{
    /// <summary>Rows below the header that get the drop-down lists and formats.</summary>
    public const int PreparedRows = 5000;

    private static readonly Dictionary<string, Dictionary<string, object>> Examples = new(StringComparer.Ordinal)
    {
        ["branches"] = new() { ["branch_id"] = "B001", ["name"] = "机关第一党支部", ["unit"] = "市生态环境局", ["type"] = 0, ["members"] = 12, ["party_groups"] = 2, ["has_committee"] = true, ["secretary_vacant_days"] = 0 },
        ["members"] = new() { ["member_id"] = "M0001", ["branch_id"] = "B001", ["status"] = 0, ["role"] = 0, ["home"] = true, ["joined"] = new DateTime(2019, 7, 1) },
        ["meetings"] = new() { ["branch_id"] = "B001", ["type"] = 0, ["date"] = new DateTime(2024, 3, 7), ["meeting_id"] = "B001-2024-03-GA", ["attendees"] = 11, ["expected"] = 12, ["excused"] = 1, ["theme_day"] = true, ["topic"] = "学习贯彻党的二十届三中全会精神" },
        ["study"] = new() { ["member_id"] = "M0001", ["branch_id"] = "B001", ["date"] = new DateTime(2024, 3, 31), ["form"] = 3, ["hours"] = 2, ["points"] = 35, ["completed"] = true },
        ["assessments"] = new() { ["branch_id"] = "B001", ["item"] = "OR-01", ["score"] = 9, ["max_score"] = 10, ["assessor"] = "考评组", ["period"] = "2024" },
        ["findings"] = new() { ["finding_id"] = "F2024-001", ["branch_id"] = "B001", ["date"] = new DateTime(2024, 5, 10), ["member_id"] = "M0001", ["form"] = 1, ["source"] = 1, ["category"] = 1, ["due_date"] = new DateTime(2024, 6, 30), ["closed_date"] = new DateTime(2024, 6, 20), ["responsibility"] = 0 },
        ["indicators"] = new() { ["branch_id"] = "B001", ["indicator"] = "satisfaction", ["value"] = 0.95, ["period"] = "2024" },
    };

    /// <summary>Writes the template to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, bool english = false)
    {
        using var wb = Build(english);
        wb.SaveAs(stream);
    }

    /// <summary>The caption of a column in the template: its first Chinese alias (or its name in English).</summary>
    public static string Caption(TableSpec table, ColumnSpec column, bool english) =>
        english ? column.Name : XlsxDatasetWriter.Caption(table, column.Name);

    public static XLWorkbook Build(bool english = false)
    {
        var wb = new XLWorkbook();
        var notes = wb.Worksheets.Add(english ? "notes" : "说明");
        foreach (var table in InputCatalogue.Tables)
        {
            Sheet(wb.Worksheets.Add(english ? table.Name : table.Chinese), table, english);
        }

        Notes(notes, english);
        return wb;
    }

    private static void Sheet(IXLWorksheet ws, TableSpec table, bool english)
    {
        var example = Examples[table.Name];
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var col = table.Columns[c];
            var caption = Caption(table, col, english);
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
                    List(body, col.Codes!.Entries.Select(e => english ? e.Code : e.Chinese), english);
                    ws.Column(c + 1).Width = Math.Max(ws.Column(c + 1).Width, Math.Min(24, col.Codes.Entries.Max(e => Width(english ? e.Code : e.Chinese)) + 4));
                    break;
                case ColumnType.Flag:
                    List(body, english ? ["Y", "N"] : ["是", "否"], english);
                    break;
            }

            if (example.TryGetValue(col.Name, out var value))
            {
                var cell = ws.Cell(2, c + 1);
                switch (value)
                {
                    case string s:
                        cell.SetValue(s);
                        break;
                    case int i when col.Type == ColumnType.Code:
                        var entry = col.Codes!.Entries[i];
                        cell.SetValue(english ? entry.Code : entry.Chinese);
                        break;
                    case bool b:
                        cell.SetValue(english ? (b ? "Y" : "N") : (b ? "是" : "否"));
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

            header.Comment.AddText(english ? col.Description : $"{col.Name}: {col.Description}");
        }

        ws.SheetView.Freeze(1, 0);
    }

    private static void List(IXLRange range, IEnumerable<string> values, bool english)
    {
        var v = range.SetDataValidation();
        v.List("\"" + string.Join(",", values) + "\"", true);
        v.ErrorStyle = XLErrorStyle.Warning;
        v.ErrorTitle = english ? "Not in the list" : "不在列表中";
        v.ErrorMessage = english ? "Choose a value from the list (other spellings in docs/inputs.md are also read)." : "请从下拉列表中选择（docs/inputs.md 列出的其他写法也可识别）。";
    }

    private static void Notes(IXLWorksheet ws, bool english)
    {
        string[] header = english
            ? ["Sheet", "Column", "Name", "Type", "Required", "Meaning", "Accepted values"]
            : ["工作表", "列标题", "英文列名", "类型", "必填", "含义", "可填写的值"];
        double[] widths = [10, 16, 22, 8, 6, 60, 60];
        SheetStyle.Header(ws, 1, header.Zip(widths).ToArray());
        var row = 1;
        foreach (var table in InputCatalogue.Tables)
        {
            foreach (var col in table.Columns)
            {
                row++;
                ws.Cell(row, 1).SetValue(english ? table.Name : table.Chinese);
                ws.Cell(row, 2).SetValue(Caption(table, col, english));
                ws.Cell(row, 3).SetValue(col.Name);
                ws.Cell(row, 4).SetValue(TypeName(col.Type, english));
                ws.Cell(row, 5).SetValue(col.Required ? (english ? "yes" : "是") : string.Empty);
                ws.Cell(row, 6).SetValue(col.Description);
                ws.Cell(row, 7).SetValue(Accepted(col, english));
                ws.Cell(row, 7).Style.Alignment.WrapText = true;
            }
        }

        row += 2;
        ws.Cell(row, 1).SetValue(english
            ? "Title rows above the header and a second header row under a merged caption are fine; blank rows and a 合计 row are skipped. Aliases of each column: docs/inputs.md."
            : "表头上方可以有标题行，表头也可以是合并单元格下的两行；空行和合计行会被跳过。各列的其他写法见 docs/inputs.md。");
        ws.SheetView.Freeze(1, 0);
    }

    private static string TypeName(ColumnType type, bool english) => type switch
    {
        ColumnType.Id => english ? "id" : "编号",
        ColumnType.Text => english ? "text" : "文本",
        ColumnType.Count => english ? "count" : "整数",
        ColumnType.Number => english ? "number" : "数值",
        ColumnType.Date => english ? "date" : "日期",
        ColumnType.Flag => english ? "yes/no" : "是/否",
        ColumnType.Code => english ? "code" : "代码",
        _ => english ? "period" : "期间",
    };

    private static string Accepted(ColumnSpec col, bool english) => col.Type switch
    {
        ColumnType.Code => string.Join(english ? ", " : "、", col.Codes!.Entries.Select(e => $"{e.Chinese} ({e.Code})")),
        ColumnType.Flag => english ? "是/否, √/×, Y/N, 1/0, true/false" : "是/否、√/×、Y/N、1/0",
        ColumnType.Date => english ? "2024-03-07, 2024/3/7, 2024.3.7, 2024年3月7日 or a date cell" : "日期单元格，或 2024-03-07、2024/3/7、2024.3.7、2024年3月7日",
        ColumnType.Count => english ? "a whole number ≥ 0" : "不小于 0 的整数",
        ColumnType.Number => english ? "a number; 92% reads as 0.92" : "数值；92% 读作 0.92",
        ColumnType.Period => "2024, 2024H1, 2024Q3, 2024-03",
        _ => string.Empty,
    };

    /// <summary>Display width in characters: a CJK character counts 2.</summary>
    public static double Width(string s) => s.Sum(ch => ch >= 0x2E80 ? 2.0 : 1.0);
}
