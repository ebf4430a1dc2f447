using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Ingest;
using EcoAssessment.IO.Tables;
using EcoAssessment.IO.Text;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Csv;

using EcoAssessment.Catalogue;
using Text = EcoAssessment.Catalogue.Text;

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
            bag.Error(DiagnosticCodes.FileNotFound, SourceLocation.InFile(folder),
                File.Exists(folder) ? Texts.ReadDatasetIsFile : Texts.ReadDatasetMissing.With("支部.csv"));
            return new DatasetReadResult(null, []);
        }

        var byTable = new Dictionary<TableSpec, List<string>>();
        var ignored = new List<IgnoredInput>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                if (!fileName.StartsWith('.') && !fileName.Equals(Yaml.MappingReader.DefaultName, StringComparison.OrdinalIgnoreCase))
                {
                    // A workbook or text file beside the CSV files may well be a table the clerk meant to give (执纪台账.xlsx):
                    // a warning printed in full. Notes (README, 说明) and other files stay notices.
                    var reason = Texts.ReadNotCsvFile;
                    if (IgnoredInputs.LooksLikeTable(fileName))
                    {
                        bag.Warning(DiagnosticCodes.IgnoredFile, SourceLocation.InFile(path), reason);
                    }
                    else
                    {
                        bag.Notice(DiagnosticCodes.IgnoredFile, SourceLocation.InFile(path), reason);
                    }

                    ignored.Add(new IgnoredInput(path, reason));
                }

                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(path);
            var table = options.Mapping?.TableOf(stem) ?? TableOf(stem);
            if (table is null)
            {
                var reason = Texts.ReadUnknownTableFile.With(Text.Join(Texts.ListSeparator, InputCatalogue.Tables.Select(t => Texts.ReadCodeChoice.With($"{t.Name}.csv", $"{t.Chinese}.csv"))));
                bag.Warning(DiagnosticCodes.IgnoredFile, SourceLocation.InFile(path), reason);
                ignored.Add(new IgnoredInput(path, reason));
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
                Texts.ReadNoBranches.With("支部.csv", CodeTexts.List(["branch_id", "name", "unit"])));
            return new DatasetReadResult(null, []) { Ignored = ignored, Mapping = options.Mapping };
        }

        var builder = IngestLane.For(options, period, bag, requirements, origin);
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
        return new DatasetReadResult(bag.HasErrors ? null : dataset, files) { Ignored = ignored, Mapping = options.Mapping, Profile = builder.Profile };
    }

    /// <summary>
    /// The table a file name denotes: the English name, the Chinese name or one of the department's names in the catalogue
    /// (<c>执纪台账</c>), alone or followed by <c>-</c>, <c>_</c>, a space or a dot and more (<c>meetings-2024Q1.csv</c>,
    /// <c>会议_一季度.csv</c>), so that quarterly files of one table are all read. A whole name wins over a prefix.
    /// </summary>
    public static TableSpec? TableOf(string fileName)
    {
        var name = TextNormaliser.Fold(fileName);
        if (InputCatalogue.FindTable(name) is { } exact)
        {
            return exact;
        }

        foreach (var t in InputCatalogue.Tables)
        {
            foreach (var n in t.Names)
            {
                if (IsPartOf(name, n))
                {
                    return t;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a (folded) file or sheet name is one file of the table named <paramref name="table"/>: the name followed by
    /// <c>-</c>, <c>_</c>, a space or a dot and more (<c>meetings-2024Q1</c>). The catalogue's names and a mapping file's
    /// names follow the same rule.
    /// </summary>
    public static bool IsPartOf(string name, string table) =>
        name.Length > table.Length && name.StartsWith(table, StringComparison.OrdinalIgnoreCase) && name[table.Length] is '-' or '_' or ' ' or '.';

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
            // Within the limit whatever the file is (BoundedInput): a pipe or device is read into memory up to its limit.
            using var stream = BoundedInput.Open(path, options.MaxFileBytes, bag, Texts.ReadWhatFile, Texts.ReadAdviceSplitCsv.With(table.Name));
            if (stream is null)
            {
                return null;
            }

            if (options.Encoding != CsvEncoding.Gb18030)
            {
                // A UTF-8 file is parsed from the file itself, after one pass that checks its bytes (and tells whether it is
                // plain), so that memory does not grow with the size of the file; anything else is read whole and checked.
                if (Utf8Text.Scan(stream, out var plain))
                {
                    var length = stream.Length;
                    var sha = stream is MemoryStream held
                        ? new Lazy<string>(FileHash.Sha256Of(held.ToArray()))
                        : new Lazy<string>(() => FileHash.Sha256Of(path, length));
                    stream.Position = 0;
                    RowSource.For(plain, options).Read(stream, path, table, builder, bag, options);
                    return sha;
                }
            }

            stream.Position = 0;
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (BoundedInputException e)
        {
            BoundedInput.Report(e, path, bag);
            return null;
        }
        catch (EndOfStreamException)
        {
            BoundedInput.Report(new BoundedInputException(0), path, bag);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), Texts.ReadCannotRead.With(e.Message));
            return null;
        }

        return new Lazy<string>(ReadTable(bytes, path, table, builder, bag, options));
    }

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
            bag.Error(DiagnosticCodes.IgnoredFile, SourceLocation.InFile(label), Texts.ReadNotATable.With(name, CodeTexts.List(InputCatalogue.Tables.Select(t => t.Name))));
        }

        var dataset = builder.Build();
        return bag.HasErrors ? null : dataset;
    }

    private static string ReadTable(byte[] bytes, string path, TableSpec table, IngestLane builder, DiagnosticBag bag, CsvReadOptions options)
    {
        var sha = FileHash.Sha256Of(bytes);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), Texts.ReadBinaryFile);
            return sha;
        }

        if (options.Encoding == CsvEncoding.Utf8 && !System.Text.Unicode.Utf8.IsValid(bytes))
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path),
                Texts.ReadNotUtf8.With(Utf8Text.FirstInvalid(bytes)));
            return sha;
        }

        if ((options.Encoding == CsvEncoding.Gb18030 ? Utf8Text.FromGb18030(bytes) : Utf8Text.ToUtf8(bytes, path, bag)) is not { } utf8)
        {
            return sha;
        }

        bytes = utf8;
        var pendingReturn = false;
        var plain = RowSource.MayUsePlain(options) && bytes.Length > 0 && Utf8Text.IsPlain(bytes, ref pendingReturn) && !pendingReturn;
        RowSource.For(plain, options).Read(bytes, path, table, builder, bag, options);
        return sha;
    }
}
