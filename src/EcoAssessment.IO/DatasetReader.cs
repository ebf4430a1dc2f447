using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Xlsx;
using EcoAssessment.Model;

namespace EcoAssessment.IO;

/// <summary>
/// The one entry for reading a dataset: an .xlsx workbook with one sheet per table (<see cref="XlsxDatasetReader"/>) or
/// a folder of CSV files (<see cref="CsvDatasetReader"/>, which also reports a path that is neither), a folder of Parquet
/// files (<see cref="Parquet.ParquetDatasetReader"/>), with the
/// department's names of a mapping file (<c>--mapping</c>, or <c>mapping.yaml</c> inside or beside the dataset).
/// </summary>
internal static class DatasetReader
{
    /// <summary>Reads the workbook or folder at <paramref name="path"/>; problems go to <paramref name="bag"/>.</summary>
    public static DatasetReadResult Read(string path, Period? period, DiagnosticBag bag, CsvReadOptions? options = null,
        DatasetRequirements? requirements = null)
    {
        options ??= new CsvReadOptions();
        if (options.Mapping is null && Yaml.MappingReader.Locate(path, options.MappingFile) is { } file)
        {
            if (Yaml.MappingReader.ReadFile(file, bag) is not { } mapping)
            {
                return new DatasetReadResult(null, []);
            }

            options = options with { Mapping = mapping };
        }

        if (Parquet.ParquetDatasetReader.IsParquetFolder(path))
        {
            return Parquet.ParquetDatasetReader.Read(path, period, bag, options, requirements);
        }

        return File.Exists(path) && XlsxDatasetReader.IsWorkbookPath(path)
            ? XlsxDatasetReader.Read(path, period, bag, requirements, options)
            : CsvDatasetReader.Read(path, period, bag, options, requirements);
    }
}
