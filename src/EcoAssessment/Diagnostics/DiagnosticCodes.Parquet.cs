namespace EcoAssessment.Diagnostics;

/// <summary>The codes of Parquet datasets and results (ECO0370–ECO0379).</summary>
internal static partial class DiagnosticCodes
{
    public static readonly DiagnosticCode ParquetUnreadable = new("ECO0370", "Parquet file that cannot be read",
        "The file is not a Parquet file or is damaged: write it again (eco convert writes a dataset as Parquet), or give the table as a CSV file.");
    public static readonly DiagnosticCode ParquetColumnType = new("ECO0371", "Parquet column of the wrong type",
        "Each column of a Parquet table has the type of the catalogue (docs/parquet.md): dates as DATE, counts as INT32, numbers as DOUBLE, flags as BOOLEAN, ids, texts and codes as strings. Write the column with that type (eco convert does).");
    public static readonly DiagnosticCode ParquetNested = new("ECO0372", "Parquet column that is nested or repeated",
        "A Parquet table of a dataset holds flat columns only, one value per row: write lists and structures as separate tables or columns.");
    public static readonly DiagnosticCode ConvertMonthOnly = new("ECO0373", "Month-only date that a converted dataset cannot hold",
        "A converted dataset holds whole dates (Parquet DATE, ISO dates in CSV): give the day (2024-06-15) instead of the month alone, or keep reading the original dataset.");
    public static readonly DiagnosticCode ConvertUnwritable = new("ECO0374", "Converted dataset that cannot be written",
        "The output folder could not be written (the message says why): choose a folder you may write to, with room for the dataset.");
}
