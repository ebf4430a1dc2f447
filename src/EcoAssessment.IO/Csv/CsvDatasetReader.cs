using System.Text;
using CsvHelper;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Ingest;
using EcoAssessment.IO.Tables;
using EcoAssessment.IO.Text;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Csv;

/// <summary>
/// Reads a dataset folder of CSV files (DESIGN.md §2) into a <see cref="Dataset"/>: file names and headers in English or
/// Chinese, every value checked against the input catalogue, every problem located as <c>file(row,column)</c> with the
/// row number a spreadsheet shows. Rows stream into the <see cref="DatasetBuilder"/>; nothing is kept per row.
/// </summary>
internal static class CsvDatasetReader
{
    /// <summary>Reads the folder (<see cref="DatasetReader"/> picks this reader or the workbook's); problems go to <paramref name="bag"/>.</summary>
    public static DatasetReadResult Read(string folder, Period? period, DiagnosticBag bag, CsvReadOptions? options = null, DatasetRequirements? requirements = null)
    {
        options ??= new CsvReadOptions();
        if (!Directory.Exists(folder))
        {
            var message = File.Exists(folder)
                ? "is a file; a dataset is a folder of CSV files (branches.csv, meetings.csv, …) or an .xlsx workbook with one sheet per table"
                : "does not exist; give the folder that holds branches.csv (or 支部.csv)";
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(folder), $"the dataset {message}");
            return new DatasetReadResult(null, []);
        }

        var byTable = new Dictionary<TableSpec, List<string>>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                if (!Path.GetFileName(path).StartsWith('.'))
                {
                    bag.Notice(DiagnosticCodes.IgnoredFile, SourceLocation.InFile(path), "not a .csv file, so not read");
                }

                continue;
            }

            var table = TableOf(Path.GetFileNameWithoutExtension(path));
            if (table is null)
            {
                bag.Notice(DiagnosticCodes.IgnoredFile, SourceLocation.InFile(path),
                    $"not a known table name, so not read; known: {string.Join(", ", InputCatalogue.Tables.Select(t => $"{t.Name}.csv ({t.Chinese}.csv)"))}");
                continue;
            }

            if (!byTable.TryGetValue(table, out var list))
            {
                byTable[table] = list = [];
            }

            list.Add(path);
        }

        var origin = SourceLocation.InFile(folder);
        if (!byTable.ContainsKey(InputCatalogue.Branches))
        {
            // Every other row would refer to an unknown branch: report the one real problem only.
            bag.Error(DiagnosticCodes.NoBranches, origin,
                "the dataset has no branches table (branches.csv or 支部.csv); it is the one mandatory table: branch_id, name, unit");
            return new DatasetReadResult(null, []);
        }

        var builder = new IngestLane(new DatasetBuilder(period, bag, requirements)
        {
            Origin = origin, Pseudonyms = options.Pseudonyms, KeepMeetingRecords = options.KeepMeetingRecords, Parallelism = options.Parallelism,
        });
        // Two threads read: this one the study table (the largest), the other the branches and members tables and after
        // them meetings, assessments, findings and indicators. The study table does not wait for the branches or the
        // members: its rows are summed per member_id (and branch-level rows per branch_id) and handed to the home branches
        // once the members are read (a deferring lane); should a member of a study row have no home branch, or a
        // branch-level row's branch not be there, the study table is read again after the others, as usual. Each table
        // after members reads into a lane with its own problems; they are merged in the catalogue's order, so the
        // diagnostics are those of reading one table after another.
        var present = InputCatalogue.Tables.Where(byTable.ContainsKey).ToArray();
        var hashes = present.ToDictionary(t => t, _ => new List<(string Path, Lazy<string> Sha)>());
        var progress = options.Progress is { } report ? (file, rows) => { lock (hashes) { report(file, rows); } } : (Action<string, long>?)null;
        var laneOptions = options with { Progress = progress };
        void ReadInto(TableSpec table, IngestLane into, DiagnosticBag problems, CsvReadOptions how)
        {
            foreach (var path in byTable[table])
            {
                into.BeginTable(TableRules.KindOf(table), path);
                if (ReadTable(path, table, into, problems, how) is { } sha)
                {
                    lock (hashes)
                    {
                        hashes[table].Add((path, sha));
                    }
                }
            }
        }

        // Every table is declared before the threads start, so that neither changes the set of tables the other reads.
        foreach (var table in present)
        {
            foreach (var path in byTable[table])
            {
                builder.Declare(TableRules.KindOf(table), path);
            }
        }

        // With a members table the study table needs neither branches nor members while it is read (a deferring lane);
        // without one, its rows go straight to the branches, which are read first.
        var hasMembers = byTable.ContainsKey(InputCatalogue.Members);
        if (!hasMembers)
        {
            ReadInto(InputCatalogue.Branches, builder, bag, options);
        }

        var lanes = present.Where(InLane).Select(t =>
        {
            var problems = new DiagnosticBag();
            return (Table: t, Bag: problems, Builder: t == InputCatalogue.Study && hasMembers ? builder.DeferringLane(problems) : builder.Lane(problems));
        }).ToArray();

        var second = Task.Run(() =>
        {
            if (hasMembers)
            {
                ReadInto(InputCatalogue.Branches, builder, bag, laneOptions);
                ReadInto(InputCatalogue.Members, builder, bag, laneOptions);
                builder.MembersRead();
            }

            foreach (var lane in lanes.Where(l => l.Table != InputCatalogue.Study))
            {
                ReadInto(lane.Table, lane.Builder, lane.Bag, laneOptions);
            }
        });
        foreach (var lane in lanes.Where(l => l.Table == InputCatalogue.Study))
        {
            ReadInto(lane.Table, lane.Builder, lane.Bag, laneOptions);
        }

        second.GetAwaiter().GetResult();
        for (var i = 0; i < lanes.Length; i++)
        {
            var lane = lanes[i];
            if (lane.Table == InputCatalogue.Study && hasMembers)
            {
                if (builder.TryResolve(lane.Builder))
                {
                    bag.AddRange(lane.Bag.Items);
                    continue;
                }

                // A study row's member has no home branch, or a branch-level row's branch is not there: read the study table
                // again, now that the branches and members are known.
                hashes[lane.Table].Clear();
                var fresh = new DiagnosticBag();
                lane = lanes[i] = (lane.Table, fresh, builder.Lane(fresh));
                ReadInto(lane.Table, lane.Builder, lane.Bag, laneOptions);
            }

            bag.AddRange(lane.Bag.Items);
            builder.Merge(lane.Builder);
        }

        var dataset = builder.Build();
        var files = present.SelectMany(t => hashes[t].Select(h => new InputFile(h.Path, t.Name, h.Sha))).ToArray();
        return new DatasetReadResult(bag.HasErrors ? null : dataset, files);
    }

    /// <summary>
    /// The table a file name denotes: the English name or Chinese alias, alone or followed by <c>-</c>, <c>_</c>, a space or
    /// a dot and more (<c>meetings-2024Q1.csv</c>, <c>会议_一季度.csv</c>), so that quarterly files of one table are all read.
    /// </summary>
    public static TableSpec? TableOf(string fileName)
    {
        var name = TextNormaliser.Fold(fileName);
        foreach (var t in InputCatalogue.Tables)
        {
            foreach (var n in new[] { t.Name, t.Chinese })
            {
                if (name.Equals(n, StringComparison.OrdinalIgnoreCase)
                    || (name.Length > n.Length && name.StartsWith(n, StringComparison.OrdinalIgnoreCase) && name[n.Length] is '-' or '_' or ' ' or '.'))
                {
                    return t;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a table is read in a lane of its own (every table after branches and members).</summary>
    private static bool InLane(TableSpec t) => t != InputCatalogue.Branches && t != InputCatalogue.Members;

    /// <summary>
    /// Reads one file; returns its sha256 (for a UTF-8 file, computed from the file when first asked for), or null when it
    /// could not be opened.
    /// </summary>
    private static Lazy<string>? ReadTable(string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        byte[] bytes;
        try
        {
            if (!InputLimits.WithinSize(path, options.MaxFileBytes, bag, "file",
                    $"split it into several files of the table ({table.Name}-part1.csv, {table.Name}-part2.csv, …), which are all read"))
            {
                return null;
            }

            if (options.Encoding != CsvEncoding.Gb18030)
            {
                // A UTF-8 file is parsed from the file itself, after one pass that checks its bytes (and tells whether it is
                // plain), so that memory does not grow with the size of the file; anything else is read whole and checked.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                if (Utf8Text.Scan(stream, out var plain))
                {
                    var sha = new Lazy<string>(() => FileHash.Sha256Of(path));
                    stream.Position = 0;
                    if (plain && UsePlain(options))
                    {
                        PlainCsvReader.Parse(stream, path, table, builder, bag, options);
                        return sha;
                    }

                    using var csv = CsvReader.Create(stream, ParserOptions(path, bag, options));
                    Parse(csv, path, table, builder, bag, options);
                    return sha;
                }
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), $"cannot be read: {e.Message}");
            return null;
        }

        return new Lazy<string>(ReadTable(bytes, path, table, builder, bag, options));
    }

    /// <summary>Whether plain files may be split by <see cref="PlainCsvReader"/>: an ASCII separator, and not turned off.</summary>
    private static bool UsePlain(CsvReadOptions options) =>
        options.Delimiter is > '\0' and < '\u0080' and not ('"' or '\r' or '\n') && !options.CsvHelperOnly;

    /// <summary>Whether a file is read by <see cref="PlainCsvReader"/> (valid UTF-8, no quote, CR only before LF, not empty).</summary>
    internal static bool IsPlain(string path)
    {
        using var stream = File.OpenRead(path);
        return Utf8Text.Scan(stream, out var plain) && plain;
    }

    /// <summary>
    /// Reads tables held in memory (rule test cases, scripts): each a table name or Chinese alias, a label used as the
    /// file in diagnostics, and its CSV text. Tables are read in the catalogue's order.
    /// </summary>
    public static Dataset? ReadTables(IReadOnlyList<(string Table, string Label, string Csv)> tables, Period? period, DiagnosticBag bag,
        DatasetRequirements? requirements = null, SourceLocation? origin = null) =>
        ReadTables(tables.Select(t => (t.Table, t.Label, Encoding.UTF8.GetBytes(t.Csv))).ToArray(), period, bag, requirements, origin);

    /// <summary>As <see cref="ReadTables(IReadOnlyList{ValueTuple{string, string, string}}, Period?, DiagnosticBag, DatasetRequirements?, SourceLocation?)"/>, from the files' bytes (any encoding the reader detects).</summary>
    public static Dataset? ReadTables(IReadOnlyList<(string Table, string Label, byte[] Bytes)> tables, Period? period, DiagnosticBag bag,
        DatasetRequirements? requirements = null, SourceLocation? origin = null)
    {
        var builder = new IngestLane(new DatasetBuilder(period, bag, requirements) { Origin = origin, Parallelism = new CsvReadOptions().Parallelism });
        foreach (var spec in InputCatalogue.Tables)
        {
            foreach (var (name, label, csv) in tables)
            {
                if (InputCatalogue.FindTable(name) != spec)
                {
                    continue;
                }

                builder.BeginTable(TableRules.KindOf(spec), label);
                ReadTable(csv, label, spec, builder, bag, new CsvReadOptions());
            }
        }

        foreach (var (name, label, _) in tables.Where(t => InputCatalogue.FindTable(t.Table) is null))
        {
            bag.Error(DiagnosticCodes.IgnoredFile, SourceLocation.InFile(label), $"'{name}' is not a table; known: {string.Join(", ", InputCatalogue.Tables.Select(t => t.Name))}");
        }

        var dataset = builder.Build();
        return bag.HasErrors ? null : dataset;
    }

    private static string ReadTable(byte[] bytes, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        var sha = FileHash.Sha256Of(bytes);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), "holds binary data (NUL bytes), not CSV text; export the sheet as CSV UTF-8");
            return sha;
        }

        if (options.Encoding == CsvEncoding.Utf8 && !System.Text.Unicode.Utf8.IsValid(bytes))
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path),
                $"is not valid UTF-8 (first bad byte at offset {Utf8Text.FirstInvalid(bytes)}); save it as CSV UTF-8, or leave out --encoding utf-8 so that GB18030 (GBK) is recognised");
            return sha;
        }

        bytes = options.Encoding == CsvEncoding.Gb18030 ? Utf8Text.FromGb18030(bytes) : Utf8Text.ToUtf8(bytes);
        var pendingReturn = false;
        if (UsePlain(options) && bytes.Length > 0 && Utf8Text.IsPlain(bytes, ref pendingReturn) && !pendingReturn)
        {
            PlainCsvReader.Parse(new MemoryStream(bytes, writable: false), path, table, builder, bag, options);
            return sha;
        }

        using var csv = CsvReader.Create(bytes, ParserOptions(path, bag, options));
        Parse(csv, path, table, builder, bag, options);
        return sha;
    }

    private static CsvReaderOptions ParserOptions(string path, DiagnosticBag bag, CsvReadOptions options) =>

        // Empty lines are records here (the reader skips them as blank rows), so RowNumber + 1 is the row a spreadsheet
        // shows, also after a cell that holds a line break.
        new()
        {
            Separator = options.Delimiter,
            SkipEmptyLines = false,

            // Codes, dates, flags and branch ids repeat row after row: each distinct value becomes one string, which the
            // records kept per branch share (columns of unique values, such as ids, switch pooling off by themselves).
            PoolStrings = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = m => bag.Error(DiagnosticCodes.MalformedCsv, SourceLocation.AtRow(path, (int)Math.Max(1, m.RecordNumber)),
                $"malformed record ({Reason(m.Reason)}); quote fields that contain commas, quotes or line breaks and double the quotes inside them"),
        };

    /// <summary>Checks the header and streams the rows of one table into the builder.</summary>
    private static void Parse(CsvReader csv, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        csv.ReadHeader();
        if (Prepare(path, table, csv.Headers, builder, bag, options) is not { } row)
        {
            return;
        }

        var progress = options.Progress;
        long rows = 0;
        while (csv.Read())
        {
            if (progress is not null && ++rows % CsvReadOptions.ProgressRows == 0)
            {
                progress(path, rows);
            }

            row.Start(new CsvHelperFields(csv), (int)csv.RowNumber + 1);
            if (row.IsBlank || row.IsTotals || row.IsNotes || row.HasErrors)
            {
                continue;
            }

            RowMapper.Add(table, row, builder);
        }

        progress?.Invoke(path, rows);
    }

    /// <summary>Checks a table's header; returns the reader for its rows, or null when the table cannot be read.</summary>
    internal static RowReader? Prepare(string path, TableSpec table, IReadOnlyList<string> headers, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        if (headers.Count > options.MaxFields)
        {
            bag.Error(DiagnosticCodes.RowTooLong, SourceLocation.AtRow(path, 1),
                $"the header has {headers.Count} fields, more than the {options.MaxFields} a row may have; check that the file is a CSV table with '{options.Delimiter}' between fields");
            return null;
        }

        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            bag.Error(DiagnosticCodes.EmptyTable, SourceLocation.AtRow(path, 1), $"the file is empty; its first line must be the header of {table.Name}: {string.Join(",", table.Columns.Where(c => c.Required).Select(c => c.Name))}");
            return null;
        }

        var layout = TableLayout.Create(table, headers, path, bag);
        if (layout is null || !TableRules.MeetsRequirements(table, layout, builder, bag, new TableOrigin(path)))
        {
            return null;
        }

        return new RowReader(path, layout, bag) { HeaderFields = headers.Count, MaxFields = options.MaxFields, MaxRowChars = options.MaxRowChars };
    }

    /// <summary>As <see cref="Utf8Text.ToUtf8"/> (kept here for the readers of rule files, previous ratings and weights).</summary>
    public static byte[] ToUtf8(byte[] bytes) => Utf8Text.ToUtf8(bytes);

    private static string Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.FieldCountMismatch => "a different number of fields than the header",
        _ => reason.ToString(),
    };
}

/// <summary>CsvHelper's current record as the fields of a row (<see cref="RowReader.Start{TFields}(TFields, int)"/>).</summary>
internal readonly struct CsvHelperFields(CsvReader csv) : IRowFields
{
    public int Count => csv.FieldCount;

    public string Get(int i) => csv.GetString(i);
}
