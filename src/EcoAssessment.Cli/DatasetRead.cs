using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Loading;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

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

    /// <summary>
    /// Reads the folder or workbook and checks it against the plan's rule set (<see cref="AssessmentInputs.Dataset"/>,
    /// the path every command and the library share), with the program's pause around the read.
    /// </summary>
    public static DatasetReadResult Read(Plan plan, string dataset, Period? period, CsvReadOptions options, DiagnosticBag bag)
    {
        using var pause = CollectionPause.ForDataset(dataset);
        return AssessmentInputs.Dataset(plan, dataset, period, options, bag);
    }
}
