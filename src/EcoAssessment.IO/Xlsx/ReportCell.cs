using ClosedXML.Excel;

namespace EcoAssessment.IO.Xlsx;

/// <summary>
/// One cell of a report sheet that has a row per branch: text, a whole number or a formatted number, or nothing. The
/// same rows fill a ClosedXML worksheet (<see cref="Put"/>) or are streamed as sheet XML (<see cref="ReportPackage"/>),
/// so both give the same cells.
/// </summary>
internal readonly struct ReportCell
{
    /// <summary>The number format of whole numbers (ClosedXML's default style).</summary>
    public const string General = "General";

    private ReportCell(string? text, double number, string? format, bool whole, bool wrap = false)
    {
        Wrap = wrap;
        Text = text;
        Number = number;
        Format = format;
        IsWhole = whole;
    }

    /// <summary>The text of a text cell (never empty), else null.</summary>
    public string? Text { get; }

    /// <summary>The value of a number cell.</summary>
    public double Number { get; }

    /// <summary>The number format of a number cell, else null.</summary>
    public string? Format { get; }

    /// <summary>Whether a number cell holds a whole number written as such (an int).</summary>
    public bool IsWhole { get; }

    /// <summary>Whether a text cell wraps within its column's width (a long reason, a name in a narrow column).</summary>
    public bool Wrap { get; }

    public bool IsEmpty => Text is null && Format is null;

    /// <summary>A text cell; empty text is no cell (as ClosedXML saves it).</summary>
    public static ReportCell Of(string text) => text.Length == 0 ? default : new ReportCell(text, 0, null, false);

    /// <summary>A text cell that wraps within its column; empty text is no cell.</summary>
    public static ReportCell Wrapped(string text) => text.Length == 0 ? default : new ReportCell(text, 0, null, false, wrap: true);

    /// <summary>A whole number in the default format.</summary>
    public static ReportCell Of(int n) => new(null, n, General, true);

    /// <summary>A number with a format; none when there is no finite value.</summary>
    public static ReportCell Of(double? v, string format = "0.00") => v is double d && double.IsFinite(d) ? new ReportCell(null, d, format, false) : default;

    /// <summary>Puts the cell into a ClosedXML worksheet, as the report always did.</summary>
    public void Put(IXLCell cell)
    {
        if (Text is not null)
        {
            cell.SetValue(CellLimit.Clamp(Text));
            if (Wrap)
            {
                cell.Style.Alignment.WrapText = true;
            }
        }
        else if (IsWhole)
        {
            cell.SetValue((int)Number);
        }
        else if (Format is not null)
        {
            cell.SetValue(Number);
            cell.Style.NumberFormat.Format = Format;
        }
    }
}
