using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Ingest;
using EcoAssessment.IO.Tables;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Xlsx;

using EcoAssessment.Catalogue;
using Text = EcoAssessment.Catalogue.Text;

/// <summary>
/// Reads a dataset kept as one workbook, one sheet per table (sheet names as CSV file names: <c>meetings</c> or
/// <c>会议</c>, also <c>会议_一季度</c>). Sheets are streamed with the Open XML SDK's reader — pictures, charts and
/// comments are never loaded — and each cell is turned into the text a CSV export would hold, so the same catalogue and
/// parsing rules apply. Title rows above the header and two-row headers are recognised (<see cref="HeaderFinder"/>).
/// Every problem is located as <c>book.xlsx!会议!C7</c>.
/// </summary>
internal static class XlsxDatasetReader
{
    /// <summary>A workbook may unpack to at most this many bytes in all (a guard against decompression bombs).</summary>
    public const long MaxUnpackedBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>A part larger than <see cref="RatioCheckedBytes"/> may be at most this many times its packed size.</summary>
    public const int MaxCompressionRatio = 250;

    /// <summary>Parts from this size on have their compression ratio checked.</summary>
    public const long RatioCheckedBytes = 16L * 1024 * 1024;

    /// <summary>The save-as type of Excel and WPS that messages name, as their menus show it.</summary>
    private const string SaveAsXlsx = "Excel 工作簿 (*.xlsx)";

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Whether a path names a workbook (<c>.xlsx</c>, <c>.xlsm</c> or the old <c>.xls</c>, which is refused with advice).</summary>
    public static bool IsWorkbookPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".xlsm" or ".xls" or ".et";

    /// <summary>Reads the workbook at <paramref name="path"/>; problems go to <paramref name="bag"/>.</summary>
    public static DatasetReadResult Read(string path, Period? period, DiagnosticBag bag, DatasetRequirements? requirements = null, CsvReadOptions? options = null)
    {
        options ??= new CsvReadOptions();
        byte[] bytes;
        try
        {
            if (IO.Text.BoundedInput.ReadAll(path, options.MaxFileBytes, bag, Texts.ReadWhatWorkbook, Texts.ReadAdviceSplitWorkbook) is not { } read)
            {
                return new DatasetReadResult(null, []);
            }

            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCodes.FileUnreadable, SourceLocation.InFile(path), Texts.ReadCannotRead.With(e.Message));
            return new DatasetReadResult(null, []);
        }

        return Read(bytes, path, period, bag, requirements, options);
    }

    /// <summary>Reads a workbook held in memory; <paramref name="label"/> names it in diagnostics.</summary>
    public static DatasetReadResult Read(byte[] bytes, string label, Period? period, DiagnosticBag bag, DatasetRequirements? requirements = null,
        CsvReadOptions? options = null)
    {
        options ??= new CsvReadOptions();
        var origin = SourceLocation.InFile(label);
        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            bag.Error(DiagnosticCodes.WorkbookUnreadable, origin, Path.GetExtension(label).Equals(".xls", StringComparison.OrdinalIgnoreCase)
                ? Texts.ReadXlsWorkbook.With(SaveAsXlsx, "WPS")
                : Texts.ReadEncryptedWorkbook.With(SaveAsXlsx, "文件 → 信息 → 保护工作簿"));
            return new DatasetReadResult(null, []);
        }

        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
        {
            bag.Error(DiagnosticCodes.WorkbookUnreadable, origin,
                Texts.ReadNotXlsx.With(SaveAsXlsx, "WPS"));
            return new DatasetReadResult(null, []);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            if (!WithinBounds(bytes, label, bag) || !SheetPartsPresent(bytes, label, bag))
            {
                return new DatasetReadResult(null, []);
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            return ReadDocument(document, label, sha, period, bag, requirements, options);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException
                                      or InvalidOperationException or NotSupportedException or ArgumentException or FormatException
                                      or OverflowException or KeyNotFoundException)
        {
            // Plain words for what is wrong, never the library's message (issue 25): a part of a sheet is named by its sheet
            // where it is read (ReadDocument); what is left is the package itself.
            bag.Error(DiagnosticCodes.WorkbookUnreadable, origin,
                Texts.ReadDamagedWorkbook.With(PartProblem.Describe(e, null), SaveAsXlsx, "WPS"));
            return new DatasetReadResult(null, []);
        }
    }

    /// <summary>
    /// Whether every sheet's part is in the package: the OpenXml library refuses a package with a missing part as a
    /// whole ("Specified part does not exist"), so the sheet is found here first and named (book.xlsx!会议: ECO0353). A
    /// workbook list that cannot be read here is left to the library (and its problem worded by PartProblem).
    /// </summary>
    private static bool SheetPartsPresent(byte[] bytes, string label, DiagnosticBag bag)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        List<(string Name, string Id)> sheets = [];
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            if (zip.GetEntry("xl/workbook.xml") is not { } book || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels)
            {
                return true;
            }

            using (var s = book.Open())
            using (var xml = XmlReader.Create(s, SheetXml.Settings))
            {
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet"
                        && xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships") is { } id)
                    {
                        sheets.Add((xml.GetAttribute("name") ?? string.Empty, id));
                    }
                }
            }

            using (var s = rels.Open())
            using (var xml = XmlReader.Create(s, SheetXml.Settings))
            {
                while (xml.Read())
                {
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id
                        && xml.GetAttribute("Target") is { } target && xml.GetAttribute("TargetMode") is null)
                    {
                        targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                    }
                }
            }
        }
        catch (Exception e) when (PartProblem.IsPartError(e))
        {
            return true;
        }

        var present = true;
        foreach (var (name, id) in sheets)
        {
            if (targets.TryGetValue(id, out var target) && !names.Contains(Normalised(target)))
            {
                bag.Error(DiagnosticCodes.WorkbookPartBroken, new SourceLocation { File = label, Sheet = name },
                    PartProblem.Describe(new KeyNotFoundException(), name));
                present = false;
            }
        }

        return present;
    }

    /// <summary>A part name with <c>.</c> and <c>..</c> segments resolved (xl/worksheets/../x.xml → xl/x.xml).</summary>
    private static string Normalised(string name)
    {
        var parts = new List<string>();
        foreach (var segment in name.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>Checks the sizes the zip directory declares before anything is unpacked.</summary>
    private static bool WithinBounds(byte[] bytes, string label, DiagnosticBag bag)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
            if (entry.Length >= RatioCheckedBytes && ratio > MaxCompressionRatio)
            {
                bag.Error(DiagnosticCodes.WorkbookTooLarge, SourceLocation.InFile(label),
                    Texts.ReadWorkbookPartRatio.With(entry.FullName, entry.CompressedLength, entry.Length, ratio, MaxCompressionRatio));
                return false;
            }
        }

        if (total > MaxUnpackedBytes)
        {
            bag.Error(DiagnosticCodes.WorkbookTooLarge, SourceLocation.InFile(label),
                Texts.ReadWorkbookUnpacksTooLarge.With(total, MaxUnpackedBytes));
            return false;
        }

        return true;
    }

    private static DatasetReadResult ReadDocument(SpreadsheetDocument document, string label, string sha, Period? period, DiagnosticBag bag,
        DatasetRequirements? requirements, CsvReadOptions options)
    {
        var workbook = document.WorkbookPart ?? throw new PartProblem(PartProblem.Kind.NoWorkbook);
        List<Sheet> sheets;
        try
        {
            sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        }
        catch (Exception e) when (PartProblem.IsPartError(e))
        {
            throw new PartProblem(PartProblem.Kind.WorkbookList, e);
        }
        var byTable = new Dictionary<TableSpec, List<(string Name, WorksheetPart Part)>>();
        var ignored = new List<IgnoredInput>();
        // The shared strings and styles, loaded once: for the sheets read, and for the header of a sheet not read that
        // --suggest-mapping places by its captions.
        var cells = new Lazy<WorkbookCells>(() =>
        {
            try
            {
                return WorkbookCells.Load(workbook);
            }
            catch (Exception e) when (PartProblem.IsPartError(e))
            {
                throw new PartProblem(PartProblem.Kind.SharedParts, e);
            }
        });
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            var table = options.Mapping?.TableOf(name) ?? CsvDatasetReader.TableOf(name);
            if (table is null)
            {
                // A sheet of another name may be a table the clerk meant to give (执纪台账): a warning printed in full; a notes
                // sheet (说明, README) is only a notice.
                var reason = Texts.ReadUnknownSheet.With(Text.Join(Texts.ListSeparator, InputCatalogue.Tables.Select(t => Texts.ReadCodeChoice.With(t.Name, t.Chinese))));
                var at = new SourceLocation { File = label, Sheet = name };
                if (IgnoredInputs.IsNotes(name))
                {
                    bag.Notice(DiagnosticCodes.IgnoredFile, at, reason);
                }
                else
                {
                    bag.Warning(DiagnosticCodes.IgnoredFile, at, reason);
                }

                ignored.Add(new IgnoredInput($"{label}!{name}", reason)
                {
                    LooksLike = options.ProfileRows && sheet.Id?.Value is { } sid && SheetPart(workbook, sid, label, name, bag) is WorksheetPart ip ? SafeLooksLike(cells, ip) : null,
                });
                continue;
            }

            if (sheet.Id?.Value is not { } id)
            {
                bag.Error(DiagnosticCodes.WorkbookPartBroken, new SourceLocation { File = label, Sheet = name }, PartProblem.Describe(new PartProblem(PartProblem.Kind.NoRelationship), name));
                continue;
            }

            if (SheetPart(workbook, id, label, name, bag) is not { } found)
            {
                continue;
            }

            if (found is not WorksheetPart part)
            {
                bag.Notice(DiagnosticCodes.IgnoredFile, new SourceLocation { File = label, Sheet = name }, Texts.ReadChartSheet);
                ignored.Add(new IgnoredInput($"{label}!{name}", Texts.ReadChartSheet));
                continue;
            }

            if (!byTable.TryGetValue(table, out var list))
            {
                byTable[table] = list = [];
            }

            list.Add((name, part));
        }

        var origin = SourceLocation.InFile(label);
        if (!byTable.ContainsKey(InputCatalogue.Branches))
        {
            bag.Error(DiagnosticCodes.NoBranches, origin,
                Texts.ReadNoBranchesSheet.With("支部", CodeTexts.List(["branch_id", "name", "unit"]), CodeTexts.List(sheets.Select(s => s.Name?.Value ?? string.Empty)), "branches"));
            return new DatasetReadResult(null, []) { Ignored = ignored, Mapping = options.Mapping };
        }

        var builder = IngestLane.For(options, period, bag, requirements, origin);
        var files = new List<InputFile>();
        var tally = new ExampleTally();
        foreach (var table in InputCatalogue.Tables)
        {
            if (!byTable.TryGetValue(table, out var parts))
            {
                continue;
            }

            foreach (var (name, part) in parts)
            {
                var sheetOrigin = new TableOrigin(label, name);
                builder.BeginTable(TableRules.KindOf(table), sheetOrigin.Label);
                try
                {
                    ReadSheet(part, cells.Value, table, sheetOrigin, builder, bag, options.Mapping, tally);
                }
                catch (Exception e) when (e is not PartProblem && PartProblem.IsPartError(e))
                {
                    // The sheet's own part is broken: named by the sheet, in plain words; the other sheets are still read.
                    bag.Error(DiagnosticCodes.WorkbookPartBroken, new SourceLocation { File = label, Sheet = name }, PartProblem.Describe(e, name));
                }

                files.Add(new InputFile(sheetOrigin.Label, table.Name, sha));
                tally.Report(sheetOrigin, bag);
            }
        }

        if (tally.OnlyExamples)
        {
            bag.Error(DiagnosticCodes.OnlyExampleRows, origin, Texts.SynOnlyExamples.With(Texts.SynExampleMarker));
            return new DatasetReadResult(null, files) { Ignored = ignored, Mapping = options.Mapping, Profile = builder.Profile };
        }

        var dataset = builder.Build();
        return new DatasetReadResult(bag.HasErrors ? null : dataset, files) { Ignored = ignored, Mapping = options.Mapping, Profile = builder.Profile };
    }

    private static void ReadSheet(WorksheetPart part, WorkbookCells cells, TableSpec table, TableOrigin sheet, IngestLane builder, DiagnosticBag bag, NameMapping? mapping, ExampleTally tally)
    {
        var top = new List<(int Row, string[] Cells)>();
        RowReader? reader = null;
        var width = 0;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        foreach (var (number, values) in SheetXml.Rows(stream, cells))
        {
            if (!WithinCellBounds(values, number, sheet, bag))
            {
                continue;
            }

            if (reader is null)
            {
                if (number <= HeaderFinder.SearchRows)
                {
                    top.Add((number, values));
                    continue;
                }

                reader = Begin(table, sheet, top, builder, bag, mapping, tally, out width);
                if (reader is null)
                {
                    return;
                }
            }

            Add(table, reader, values, width, number, builder, tally);
        }

        reader ??= Begin(table, sheet, top, builder, bag, mapping, tally, out width);
    }

    /// <summary>The part a sheet's relationship names; null (reported at the sheet, ECO0353) when the relationship or the part is missing or broken.</summary>
    private static OpenXmlPart? SheetPart(WorkbookPart workbook, string id, string label, string sheet, DiagnosticBag bag)
    {
        try
        {
            return workbook.GetPartById(id);
        }
        catch (Exception e) when (PartProblem.IsPartError(e))
        {
            bag.Error(DiagnosticCodes.WorkbookPartBroken, new SourceLocation { File = label, Sheet = sheet },
                PartProblem.Describe(e is ArgumentOutOfRangeException or KeyNotFoundException ? new PartProblem(PartProblem.Kind.NoRelationship, e) : e, sheet));
            return null;
        }
    }

    /// <summary>What a sheet not read looks like (for --suggest-mapping); null when its part cannot be read (the sheet is not read anyway).</summary>
    private static (TableSpec Table, int Columns)? SafeLooksLike(Lazy<WorkbookCells> cells, WorksheetPart part)
    {
        try
        {
            return LooksLike(cells.Value, part);
        }
        catch (Exception e) when (e is not PartProblem && PartProblem.IsPartError(e))
        {
            return null;
        }
    }

    /// <summary>
    /// The bound of a CSV row applied to a sheet row (ECO0352): no cell over <see cref="InputLimits.MaxRowChars"/>
    /// characters (the reader has not kept its text), and not more than that in the row's cells together. A row out of
    /// bounds is reported at its cell (book.xlsx!会议!C7) and not read.
    /// </summary>
    private static bool WithinCellBounds(string[] values, int number, TableOrigin sheet, DiagnosticBag bag)
    {
        long total = 0;
        for (var c = 0; c < values.Length; c++)
        {
            if (ReferenceEquals(values[c], SheetXml.TooLong))
            {
                bag.Error(DiagnosticCodes.CellTooLong, new SourceLocation { File = sheet.Path, Sheet = sheet.Sheet, Cell = TableOrigin.ColumnLetters(c) + number.ToString(CultureInfo.InvariantCulture) },
                    Texts.HostileCellTooLong.With(InputLimits.MaxRowChars, "CSV"));
                return false;
            }

            total += values[c].Length;
        }

        if (total > InputLimits.MaxRowChars)
        {
            bag.Error(DiagnosticCodes.CellTooLong, new SourceLocation { File = sheet.Path, Sheet = sheet.Sheet, Cell = "A" + number.ToString(CultureInfo.InvariantCulture) },
                Texts.HostileRowTooLong.With(total, InputLimits.MaxRowChars));
            return false;
        }

        return true;
    }

    /// <summary>Finds the header among the top rows, then reads the data rows already seen below it.</summary>
    private static RowReader? Begin(TableSpec table, TableOrigin sheet, List<(int Row, string[] Cells)> top, IngestLane builder, DiagnosticBag bag, NameMapping? mapping, ExampleTally tally, out int width)
    {
        width = 0;
        var header = HeaderFinder.Find(table, top, mapping);
        if (header is null)
        {
            var required = Text.Join(Texts.ListSeparator, table.Columns.Where(c => c.Required)
                .Select(c => c.Aliases.Count > 0 ? Texts.ReadCodeChoice.With(c.Name, c.Aliases[0]) : Text.Plain(c.Name)));
            bag.Error(top.Count == 0 ? DiagnosticCodes.EmptyTable : DiagnosticCodes.NoHeaderRow, new SourceLocation { File = sheet.Path, Sheet = sheet.Sheet },
                top.Count == 0
                    ? Texts.ReadSheetEmpty.With(table.Name, required)
                    : Texts.ReadNoHeaderRow.With(HeaderFinder.SearchRows, table.Name, required));
            return null;
        }

        var captions = header.Captions;
        width = captions.Length;
        while (width > 0 && string.IsNullOrWhiteSpace(captions[width - 1]))
        {
            width--;
        }

        var origin = sheet with { HeaderRow = header.LastRow };
        var layout = TableLayout.Create(table, captions.Take(width).ToArray(), origin, bag, mapping);
        if (layout is null || !TableRules.MeetsRequirements(table, layout, builder, bag, origin))
        {
            return null;
        }

        var reader = new RowReader(origin, layout, bag);
        foreach (var (number, values) in top.Where(r => r.Row > header.LastRow))
        {
            Add(table, reader, values, width, number, builder, tally);
        }

        return reader;
    }

    private static void Add(TableSpec table, RowReader reader, string[] values, int width, int number, IngestLane builder, ExampleTally tally)
    {
        if (values.Length != width)
        {
            Array.Resize(ref values, width);
            for (var i = 0; i < width; i++)
            {
                values[i] ??= string.Empty;
            }
        }

        reader.Start(values, number);
        if (reader.IsBlank || reader.IsTotals || reader.IsNotes || reader.HasErrors)
        {
            return;
        }

        if (TemplateWorkbookWriter.IsExample(table, reader))
        {
            tally.Examples.Add(number);
            return;
        }

        tally.Records++;
        RowMapper.Add(table, reader, builder);
    }

    /// <summary>The template's example rows met in the sheet being read (skipped, each sheet's listed in a warning), and the rows that are records.</summary>
    private sealed class ExampleTally
    {
        private int _skipped;

        public List<int> Examples { get; } = [];

        public int Records { get; set; }

        /// <summary>Whether the workbook had example rows and nothing else.</summary>
        public bool OnlyExamples => _skipped > 0 && Records == 0;

        /// <summary>Warns of the sheet's example rows, naming the sheet and the rows, and starts the next sheet.</summary>
        public void Report(TableOrigin sheet, DiagnosticBag bag)
        {
            if (Examples.Count == 0)
            {
                return;
            }

            bag.Warning(DiagnosticCodes.ExampleRowsSkipped, new SourceLocation { File = sheet.Path, Sheet = sheet.Sheet, Line = Examples[0] },
                Texts.SynExampleRowsSkipped.With(CodeTexts.List(Examples.Select(r => r.ToString(CultureInfo.InvariantCulture))), Texts.SynExampleMarker));
            _skipped += Examples.Count;
            Examples.Clear();
        }
    }

    /// <summary>
    /// The table whose columns the top rows of a sheet that is not read name best (at least two of them), for the mapping
    /// <c>eco check --suggest-mapping</c> proposes; only the rows where a header may be are read.
    /// </summary>
    private static (TableSpec Table, int Columns)? LooksLike(WorkbookCells cells, WorksheetPart part)
    {
        var top = new List<(int Row, string[] Cells)>();
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        {
            foreach (var row in SheetXml.Rows(stream, cells))
            {
                if (row.Number > HeaderFinder.SearchRows)
                {
                    break;
                }

                top.Add(row);
            }
        }

        var best = InputCatalogue.Tables
            .Select(t => (Table: t, Columns: HeaderFinder.Find(t, top) is { } h ? HeaderFinder.Score(t, h.Captions) : 0))
            .OrderByDescending(p => p.Columns).ThenBy(p => p.Table.Columns.Count).First();
        return best.Columns >= 2 ? best : null;
    }

    /// <summary>The 0-based column of a cell reference (<c>C7</c> → 2), or −1 when it has no letters.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            var c = char.ToUpperInvariant(ch);
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return -1;
            }
        }

        return letters == 0 ? -1 : index - 1;
    }
}
