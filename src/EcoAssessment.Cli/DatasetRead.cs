using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.Model;

namespace EcoAssessment.Cli;

/// <summary>
/// Reads a dataset as the program does: a large folder of CSV files is read without garbage collections
/// (<see cref="CollectionPause"/>, a decision of the program, not of the library's reader). Inside eco evaluate, which
/// holds a pause for its whole run, the read takes none of its own.
/// </summary>
internal static class DatasetRead
{
    /// <summary>Reads the folder or workbook (<see cref="IO.DatasetReader.Read"/>) with the program's pause around it.</summary>
    public static DatasetReadResult Read(string dataset, Period? period, DiagnosticBag bag, CsvReadOptions? options = null,
        DatasetRequirements? requirements = null)
    {
        using var pause = CollectionPause.ForDataset(dataset);
        return IO.DatasetReader.Read(dataset, period, bag, options, requirements);
    }
}
