using System.Globalization;
using EcoAssessment.Diagnostics;

namespace EcoAssessment.IO.Tables;

/// <summary>
/// Where a table's rows come from, for locations: a CSV file (<c>meetings.csv(17,date)</c>) or a workbook sheet whose
/// header is on <see cref="HeaderRow"/> (<c>book.xlsx!会议!C17</c>).
/// </summary>
internal sealed record TableOrigin(string Path, string? Sheet = null, int HeaderRow = 1)
{
    /// <summary>How the table is named in table-level messages: the file, or <c>book.xlsx!会议</c>.</summary>
    public string Label => Sheet is null ? Path : $"{Path}!{Sheet}";

    /// <summary>A whole row.</summary>
    public SourceLocation Row(int row) => Sheet is null
        ? SourceLocation.AtRow(Path, row)
        : new SourceLocation { File = Path, Sheet = Sheet, Line = row };

    /// <summary>One cell: the field's index gives the column letters in a workbook; the header names it in a CSV file.</summary>
    public SourceLocation Cell(int row, int index, string? header) => Sheet is null
        ? SourceLocation.AtRow(Path, row, header)
        : new SourceLocation { File = Path, Sheet = Sheet, Line = row, ColumnName = header, Cell = ColumnLetters(index) + row.ToString(CultureInfo.InvariantCulture) };

    /// <summary>The header row, optionally one header cell.</summary>
    public SourceLocation Header(int? index = null, string? header = null) =>
        index is int i ? Cell(HeaderRow, i, header) : Row(HeaderRow) with { ColumnName = header };

    /// <summary>Spreadsheet column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        Span<char> buffer = stackalloc char[4];
        var n = index + 1;
        var pos = buffer.Length;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            buffer[--pos] = (char)('A' + rem);
            n = (n - 1) / 26;
        }

        return new string(buffer[pos..]);
    }
}
