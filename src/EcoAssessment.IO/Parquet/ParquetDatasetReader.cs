using System.Security.Cryptography;
using EcoAssessment.Catalogue;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Ingest;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;
using Parquet;
using Parquet.Schema;

namespace EcoAssessment.IO.Parquet;

using Text = EcoAssessment.Catalogue.Text;

/// <summary>
/// Reads a dataset kept as a folder of Parquet files, one per table (<c>branches.parquet</c>, <c>meetings.parquet</c>, …,
/// named as CSV files are). Each column must have the catalogue's type (<see cref="ParquetTypes"/>); a column of another
/// type is a located error naming the file and the column. The typed values are then read with the same catalogue and row
/// rules as a CSV file, so an unknown code or a count out of range is the same located error, at
/// <c>meetings.parquet(17,type)</c> where 17 counts the records of the file from 1 across its row groups.
/// </summary>
internal static class ParquetDatasetReader
{
    /// <summary>Whether <paramref name="path"/> is a folder of Parquet files and no CSV file.</summary>
    public static bool IsParquetFolder(string path) =>
        Directory.Exists(path) && Directory.EnumerateFiles(path, "*.parquet").Any() && !Directory.EnumerateFiles(path, "*.csv").Any();

    /// <summary>Reads the folder at <paramref name="folder"/>; problems go to <paramref name="bag"/>.</summary>
    public static DatasetReadResult Read(string folder, Period? period, DiagnosticBag bag, CsvReadOptions? options = null, DatasetRequirements? requirements = null)
    {
        options ??= new CsvReadOptions();
        var byTable = new Dictionary<TableSpec, List<string>>();
        var ignored = new List<IgnoredInput>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.parquet").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var table = options.Mapping?.TableOf(name) ?? CsvDatasetReader.TableOf(name);
            if (table is null)
            {
                var reason = Texts.ReadUnknownSheet.With(Text.Join(Texts.ListSeparator, InputCatalogue.Tables.Select(t => Texts.ReadCodeChoice.With(t.Name, t.Chinese))));
                bag.Warning(DiagnosticCodes.IgnoredFile, SourceLocation.InFile(file), reason);
                ignored.Add(new IgnoredInput(file, reason));
                continue;
            }

            if (!byTable.TryGetValue(table, out var list))
            {
                byTable[table] = list = [];
            }

            list.Add(file);
        }

        var origin = SourceLocation.InFile(folder);
        if (!byTable.ContainsKey(InputCatalogue.Branches))
        {
            bag.Error(DiagnosticCodes.NoBranches, origin,
                Texts.ReadNoBranchesSheet.With("支部", CodeTexts.List(["branch_id", "name", "unit"]),
                    CodeTexts.List(byTable.Values.SelectMany(f => f).Select(Path.GetFileName).OfType<string>()), "branches"));
            return new DatasetReadResult(null, []) { Ignored = ignored, Mapping = options.Mapping };
        }

        var builder = IngestLane.For(options, period, bag, requirements, origin);
        var files = new List<InputFile>();
        foreach (var table in InputCatalogue.Tables)
        {
            if (!byTable.TryGetValue(table, out var paths))
            {
                continue;
            }

            foreach (var file in paths)
            {
                // The one bounded reading path: a file read to the size it had when opened, a pipe or device within the limit.
                if (IO.Text.BoundedInput.ReadAll(file, options.MaxFileBytes, bag, Texts.ReadWhatWorkbook, Texts.ReadAdviceSplitWorkbook) is not { } bytes)
                {
                    continue;
                }

                var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                try
                {
                    builder.BeginTable(TableRules.KindOf(table), file);
                    ReadFile(file, bytes, table, builder, bag, options.Mapping);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException
                                              or InvalidOperationException or ArgumentException or FormatException or OverflowException
                                              or IndexOutOfRangeException or InvalidCastException)
                {
                    // The bytes are already read (BoundedInput says what went wrong opening the file), so what fails here is the
                    // content; the reader's own words are English and name its internals, so the sentence says what to do.
                    _ = e;
                    bag.Error(DiagnosticCodes.ParquetUnreadable, SourceLocation.InFile(file), Texts.ParquetUnreadable.With(Texts.ParquetUnreadableContent));
                    continue;
                }

                files.Add(new InputFile(file, table.Name, sha));
            }
        }

        var dataset = builder.Build();
        return new DatasetReadResult(bag.HasErrors ? null : dataset, files) { Ignored = ignored, Mapping = options.Mapping, Profile = builder.Profile };
    }

    private static void ReadFile(string file, byte[] bytes, TableSpec table, IngestLane builder, DiagnosticBag bag, NameMapping? mapping)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var reader = ParquetReader.CreateAsync(stream, ParquetTypes.Options).GetAwaiter().GetResult();
        try
        {
            ReadRows(file, table, builder, bag, mapping, reader);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void ReadRows(string file, TableSpec table, IngestLane builder, DiagnosticBag bag, NameMapping? mapping, ParquetReader reader)
    {
        var fields = reader.Schema.GetDataFields();
        var origin = new TableOrigin(file, null, 0);
        var ok = true;
        foreach (var field in fields)
        {
            if (field.IsArray || field.Path.ToList().Count > 1)
            {
                bag.Error(DiagnosticCodes.ParquetNested, SourceLocation.InFile(file) with { ColumnName = field.Name }, Texts.ParquetNested.With(field.Name));
                ok = false;
                continue;
            }

            var spec = TableLayout.ColumnOf(table, field.Name, mapping);
            var expected = ParquetTypes.ClrOf(spec?.Type);
            if (ParquetTypes.Normal(field.ClrType) != expected)
            {
                bag.Error(DiagnosticCodes.ParquetColumnType, SourceLocation.InFile(file) with { ColumnName = field.Name },
                    Texts.ParquetColumnType.With(field.Name, ParquetTypes.NameOf(ParquetTypes.Normal(field.ClrType)), ParquetTypes.NameOf(expected), ParquetTypes.KindOf(spec?.Type)));
                ok = false;
            }
        }

        if (!ok)
        {
            return;
        }

        var layout = TableLayout.Create(table, fields.Select(f => f.Name).ToArray(), origin, bag, mapping);
        if (layout is null || !TableRules.MeetsRequirements(table, layout, builder, bag, origin))
        {
            return;
        }

        var rowReader = new RowReader(origin, layout, bag);
        var number = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var columns = new string[fields.Length][];
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c] = ReadColumn(group, fields[c], count);
            }

            for (var r = 0; r < count; r++)
            {
                var values = new string[fields.Length];
                for (var c = 0; c < fields.Length; c++)
                {
                    values[c] = columns[c][r];
                }

                number++;
                rowReader.Start(values, number);
                if (rowReader.IsBlank || rowReader.HasErrors)
                {
                    continue;
                }

                RowMapper.Add(table, rowReader, builder);
            }
        }
    }

    private static string[] ReadColumn(ParquetRowGroupReader group, DataField field, int count)
    {
        if (ParquetTypes.Normal(field.ClrType) == typeof(string))
        {
            var s = new string?[count];
            group.ReadAsync(field, s.AsMemory()).GetAwaiter().GetResult();
            return Array.ConvertAll(s, v => v ?? string.Empty);
        }

        return field.ClrType == typeof(DateOnly) ? Typed<DateOnly>(group, field, count)
            : field.ClrType == typeof(int) ? Typed<int>(group, field, count)
            : field.ClrType == typeof(double) ? Typed<double>(group, field, count)
            : Typed<bool>(group, field, count);
    }

    private static string[] Typed<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[count];
            group.ReadAsync(field, values.AsMemory()).GetAwaiter().GetResult();
            return Array.ConvertAll(values, v => ParquetTypes.TextOf(v));
        }

        var plain = new T[count];
        group.ReadAsync(field, plain.AsMemory()).GetAwaiter().GetResult();
        return Array.ConvertAll(plain, v => ParquetTypes.TextOf(v));
    }
}
