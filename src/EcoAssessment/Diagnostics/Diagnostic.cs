using System.Globalization;
using EcoAssessment.Catalogue;

namespace EcoAssessment.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop a run; warnings and notices are reported and the run goes on.</summary>
public enum Severity
{
    /// <summary>Information, e.g. rows counted once as duplicates; printed with --verbose.</summary>
    Notice,
    /// <summary>Something to review (records outside the period, a period of another kind than the rule set's); the run goes on.</summary>
    Warning,
    /// <summary>The input cannot be used; nothing is computed or written.</summary>
    Error,
}

/// <summary>
/// Where a problem is: a file plus a line/column (text files and rule files), a CSV row number as a spreadsheet shows it
/// with the column's name, or a workbook sheet and cell. Every field is optional; the most precise form present is printed.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>The file as the user named it (relative paths stay relative).</summary>
    public string? File { get; init; }

    /// <summary>1-based line (text files) or the row number a spreadsheet shows (CSV: the header is row 1).</summary>
    public int? Line { get; init; }

    /// <summary>1-based column number in a text file.</summary>
    public int? Column { get; init; }

    /// <summary>The column's header name in a table (CSV).</summary>
    public string? ColumnName { get; init; }

    /// <summary>The worksheet, for workbooks.</summary>
    public string? Sheet { get; init; }

    /// <summary>The cell reference, for workbooks (<c>C7</c>).</summary>
    public string? Cell { get; init; }

    /// <summary>
    /// For a row location: the headers as written in the file, by canonical column name, so that a location narrowed to
    /// a column names it as the user wrote it (<c>支部编号</c>, not <c>branch_id</c>). Not printed.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>
    /// For a row location in a workbook: the column letters by canonical column name, so that a location narrowed to a
    /// column names its cell (<c>C7</c>). Not printed.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ColumnLetters { get; init; }

    /// <summary>A whole file.</summary>
    public static SourceLocation InFile(string file) => new() { File = file };

    /// <summary>A line and column (1-based) of a text file, e.g. a rule file.</summary>
    public static SourceLocation At(string file, int line, int column) => new() { File = file, Line = line, Column = column };

    /// <summary>A CSV row number as a spreadsheet shows it (the header is row 1), optionally with the column's name.</summary>
    public static SourceLocation AtRow(string file, int row, string? columnName = null) =>
        new() { File = file, Line = row, ColumnName = columnName };

    /// <summary>The same location with another file name (rules parsed from text are located before the file is known).</summary>
    public SourceLocation WithFile(string file) => this with { File = file };

    /// <summary>
    /// The location as printed in front of a diagnostic: <c>file(line,col)</c>, <c>file(row,column)</c>,
    /// <c>book.xlsx!sheet!C7</c> or, for a whole workbook row, <c>book.xlsx!sheet!7:7</c>.
    /// </summary>
    public override string ToString()
    {
        var file = File ?? "<input>";
        if (Sheet is not null)
        {
            return Cell is not null ? $"{file}!{Sheet}!{Cell}"
                : Line is int row ? string.Create(CultureInfo.InvariantCulture, $"{file}!{Sheet}!{row}:{row}")
                : $"{file}!{Sheet}";
        }

        if (Line is int line)
        {
            if (Column is int col)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{file}({line},{col})");
            }

            return ColumnName is null
                ? string.Create(CultureInfo.InvariantCulture, $"{file}({line})")
                : string.Create(CultureInfo.InvariantCulture, $"{file}({line},{ColumnName})");
        }

        return file;
    }
}

/// <summary>One problem or notice, with its catalogue code (<c>ECOnnnn</c>), severity, message and location.</summary>
/// <remarks>
/// The message is a catalogue <see cref="Catalogue.Text"/>, rendered in the reader's language when printed
/// (<see cref="Render"/>, <see cref="ToString(Language)"/>); <see cref="Message"/> is the Chinese rendering, the default.
/// The severity word of the printed form stays <c>error</c> / <c>warning</c> / <c>notice</c> in every language, as
/// compilers print it, so that CI problem matchers and scripts find it.
/// </remarks>
public sealed record Diagnostic
{
    /// <summary>A diagnostic whose message is a catalogue text.</summary>
    /// <param name="code">The catalogue code, <c>ECOnnnn</c> (docs/errors.md).</param>
    /// <param name="severity">Error, warning or notice.</param>
    /// <param name="text">What is wrong and how to fix it.</param>
    /// <param name="location">Where: file, line/row, column or sheet and cell; null when nowhere in particular.</param>
    public Diagnostic(string code, Severity severity, Catalogue.Text text, SourceLocation? location)
    {
        Code = code;
        Severity = severity;
        Text = text;
        Location = location;
    }

    /// <summary>A diagnostic whose message is the same in every language (a value, a third-party parser's own words).</summary>
    public Diagnostic(string code, Severity severity, string message, SourceLocation? location)
        : this(code, severity, Catalogue.Text.Plain(message), location)
    {
    }

    /// <summary>The catalogue code, <c>ECOnnnn</c> (docs/errors.md).</summary>
    public string Code { get; init; }

    /// <summary>Error, warning or notice.</summary>
    public Severity Severity { get; init; }

    /// <summary>What is wrong and how to fix it, not yet rendered.</summary>
    public Catalogue.Text Text { get; init; }

    /// <summary>Where: file, line/row, column or sheet and cell; null when nowhere in particular.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The message in Chinese, the default language.</summary>
    public string Message => Text.Render(Language.Zh);

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Render(Language language) => Text.Render(language);

    /// <summary>The one printed form, in Chinese: <c>file(line,col): error ECO0104: message</c>.</summary>
    public override string ToString() => ToString(Language.Zh);

    /// <summary>The one printed form in <paramref name="language"/>: <c>file(line,col): error ECO0104: message</c>.</summary>
    public string ToString(Language language)
    {
        var sev = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var message = Render(language);
        return Location is null ? $"{sev} {Code}: {message}" : $"{Location}: {sev} {Code}: {message}";
    }
}

/// <summary>Helpers for optional locations.</summary>
internal static class SourceLocationExtensions
{
    /// <summary>The location narrowed to a named column; a null location stays null.</summary>
    public static SourceLocation? WithColumn(this SourceLocation? location, string column) =>
        location is null
            ? null
            : location with
            {
                ColumnName = location.Headers is { } h && h.TryGetValue(column, out var header) ? header : column,
                Column = null,
                Cell = location is { Sheet: not null, Line: int row, ColumnLetters: { } letters } && letters.TryGetValue(column, out var l)
                    ? string.Create(CultureInfo.InvariantCulture, $"{l}{row}")
                    : location.Cell,
            };
}
