using System.Globalization;
using EcoAssessment.Catalogue;
using EcoAssessment.Model;
using Parquet;

namespace EcoAssessment.IO.Parquet;

/// <summary>
/// The Parquet type of each kind of catalogue column (docs/parquet.md): dates as DATE, counts as INT32, numbers as
/// DOUBLE, flags as BOOLEAN, ids, texts, codes and periods as UTF-8 strings. A column the catalogue does not list (a
/// wide indicator column) is a number.
/// </summary>
internal static class ParquetTypes
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>How files are read and written: DATE columns as <see cref="DateOnly"/>.</summary>
    public static ParquetOptions Options => new() { UseDateOnlyTypeForDates = true };

    /// <summary>The CLR type Parquet.Net reads and writes for a column of <paramref name="type"/>.</summary>
    public static Type ClrOf(ColumnType? type) => type switch
    {
        ColumnType.Date => typeof(DateOnly),
        ColumnType.Count => typeof(int),
        ColumnType.Number or null => typeof(double),
        ColumnType.Flag => typeof(bool),
        _ => typeof(string),
    };

    /// <summary>The CLR type a schema read back names, as <see cref="ClrOf"/> names it: strings read back as <c>ReadOnlyMemory&lt;char&gt;</c>.</summary>
    public static Type Normal(Type clr) => clr == typeof(ReadOnlyMemory<char>) ? typeof(string) : clr;

    /// <summary>The Parquet name of a CLR type, for messages.</summary>
    public static string NameOf(Type clr) =>
        clr == typeof(DateOnly) ? "DATE"
        : clr == typeof(int) ? "INT32"
        : clr == typeof(long) ? "INT64"
        : clr == typeof(double) ? "DOUBLE"
        : clr == typeof(float) ? "FLOAT"
        : clr == typeof(bool) ? "BOOLEAN"
        : clr == typeof(string) ? "STRING"
        : clr == typeof(DateTime) ? "TIMESTAMP"
        : clr.Name.ToUpperInvariant();

    /// <summary>What a column of <paramref name="type"/> holds, in a sentence.</summary>
    public static Entry KindOf(ColumnType? type) => type switch
    {
        ColumnType.Date => Texts.ParquetKindDate,
        ColumnType.Count => Texts.ParquetKindCount,
        ColumnType.Number or null => Texts.ParquetKindNumber,
        ColumnType.Flag => Texts.ParquetKindFlag,
        _ => Texts.ParquetKindText,
    };

    /// <summary>The text of a typed value as a CSV export in canonical form holds it, for the table reader.</summary>
    public static string TextOf(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", Inv),
        int i => i.ToString(Inv),
        double x => x.ToString("R", Inv),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, Inv) ?? string.Empty,
    };
}
