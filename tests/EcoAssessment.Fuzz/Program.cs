using System.Diagnostics;
using System.Globalization;
using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.Generation;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Pipeline;

// A mutation fuzzer: starts from real inputs (the samples and shipped rule files), applies random byte- and line-level
// mutations, and feeds each result through the reader and, when it reads, the whole pipeline. Any exception that escapes
// is a crash: its input is saved under fuzz-crashes/ and counted. Usage:
//   dotnet run --project tests/EcoAssessment.Fuzz -c Release -- csv|yaml|xlsx [--seconds 600] [--seed 1] [--root .]
// The xlsx target mutates one part of a workbook package (a sheet, the shared strings, styles, the workbook or its
// relationships) and packs it again, or, one time in five, the package's bytes themselves.
var target = args.Length > 0 ? args[0] : "csv";
var seconds = Arg("--seconds", 60);
var seed = (ulong)Arg("--seed", 1);
var root = ArgText("--root", ".");
var rng = new SeededRandom(seed);
var crashes = Path.Combine(root, "fuzz-crashes", target);
var plan = Plan.Create(RuleSetReader.ReadDefault().Rules);

// Two consistent datasets: the hand-checked sample and a small generated one (all seven tables).
var generated = Path.Combine(Path.GetTempPath(), $"eco-fuzz-{Environment.ProcessId}");
EcoAssessment.IO.Generation.CsvDatasetWriter.Generate(new GeneratorOptions(12, 7), generated);
var corpora = new[] { Path.Combine(root, "samples", "mini-12"), generated }
    .Select(dir => Directory.EnumerateFiles(dir, "*.csv").Order(StringComparer.Ordinal)
        .Select(f => (Table: Path.GetFileNameWithoutExtension(f), Bytes: File.ReadAllBytes(f))).ToList())
    .ToArray();
var csvCorpus = corpora[0];

var yamlCorpus = Directory.EnumerateFiles(Path.Combine(root, "scoring-rules"), "*.yaml")
    .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "rules.yaml", SearchOption.AllDirectories))
    .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

// Workbooks: the generator's (inline strings, date cells, title rows) and the template's (ClosedXML: shared strings,
// styles, validations, comments).
var generatedBook = Path.Combine(Path.GetTempPath(), $"eco-fuzz-{Environment.ProcessId}.xlsx");
EcoAssessment.IO.Xlsx.XlsxDatasetWriter.Generate(new GeneratorOptions(6, 7), generatedBook);
using var templateBytes = new MemoryStream();
EcoAssessment.IO.Xlsx.TemplateWorkbookWriter.Write(templateBytes);
var xlsxCorpus = new List<byte[]> { File.ReadAllBytes(generatedBook), templateBytes.ToArray() };
File.Delete(generatedBook);

var watch = Stopwatch.StartNew();
long runs = 0, crashCount = 0, accepted = 0;
var seen = new HashSet<string>(StringComparer.Ordinal);
while (watch.Elapsed.TotalSeconds < seconds)
{
    runs++;
    byte[][] inputs;
    string[] names;
    if (target == "yaml")
    {
        inputs = [Mutate(yamlCorpus[rng.Next(yamlCorpus.Count)])];
        names = ["rules.yaml"];
    }
    else if (target == "xlsx")
    {
        var book = xlsxCorpus[rng.Next(xlsxCorpus.Count)];
        inputs = [rng.Chance(0.2) ? Mutate(book) : MutatePart(book)];
        names = ["book.xlsx"];
    }
    else
    {
        var corpus = corpora[rng.Next(corpora.Length)];
        var picked = corpus.Where(p => p.Table == "branches" || rng.Chance(0.7)).ToList();
        inputs = picked.Select(p => rng.Chance(0.25) ? Mutate(p.Bytes) : p.Bytes).ToArray();
        names = picked.Select(p => p.Table).ToArray();
    }

    try
    {
        var bag = new DiagnosticBag();
        if (target == "yaml")
        {
            var text = Encoding.UTF8.GetString(inputs[0]);
            if (RuleSetReader.Read(text, "fuzz.yaml", bag) is { } rules && Plan.Build(rules.Rules, bag) is { } p)
            {
                accepted++;
                var ds = CsvDatasetReader.ReadTables(csvCorpus.Select(c => (c.Table, c.Table, c.Bytes)).ToArray(), null, new DiagnosticBag(), p.Requirements);
                if (ds is not null)
                {
                    p.Run(ds);
                }
            }
        }
        else if (target == "xlsx")
        {
            var read = EcoAssessment.IO.Xlsx.XlsxDatasetReader.Read(inputs[0], "book.xlsx", null, bag, plan.Requirements);
            if (read.Dataset is not null)
            {
                accepted++;
                plan.Run(read.Dataset);
            }
        }
        else
        {
            var ds = CsvDatasetReader.ReadTables(names.Zip(inputs, (n, b) => (n, n + ".csv", b)).ToArray(), null, bag, plan.Requirements);
            if (ds is not null)
            {
                accepted++;
                plan.Run(ds);
            }
        }
    }
    catch (Exception e)
    {
        var key = e.GetType().Name + " " + (e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty);
        crashCount++;
        if (seen.Add(key))
        {
            Directory.CreateDirectory(crashes);
            var dir = Path.Combine(crashes, runs.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            for (var i = 0; i < inputs.Length; i++)
            {
                File.WriteAllBytes(Path.Combine(dir, names[i] + (target == "csv" ? ".csv" : string.Empty)), inputs[i]);
            }

            File.WriteAllText(Path.Combine(dir, "exception.txt"), e.ToString());
            Console.WriteLine($"CRASH {key}");
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{target}: {runs} executions in {watch.Elapsed.TotalSeconds:0} s ({runs / watch.Elapsed.TotalSeconds:0}/s), {accepted} accepted, {crashCount} crashes ({seen.Count} distinct)"));
Directory.Delete(generated, recursive: true);
return crashCount == 0 ? 0 : 1;

byte[] Mutate(byte[] input)
{
    var data = new List<byte>(input);
    var count = 1 + rng.Next(8);
    for (var m = 0; m < count; m++)
    {
        var at = data.Count == 0 ? 0 : rng.Next(data.Count);
        switch (rng.Next(9))
        {
            case 0 when data.Count > 0: data[at] = (byte)rng.Next(256); break;
            case 1: data.Insert(at, (byte)rng.Next(256)); break;
            case 2 when data.Count > 0: data.RemoveRange(at, Math.Min(data.Count - at, 1 + rng.Next(16))); break;
            case 3: data.InsertRange(at, Encoding.UTF8.GetBytes(Pick(["\"", ",", "\n", "\r\n", "{", "[", "- ", ": ", "&a ", "*a", "~", "1e308", "-0", "NaN", "２０２４", "　", "合计", "\t", "'", "是", "%"]))); break;
            case 4 when data.Count > 0:
                var len = Math.Min(data.Count - at, 1 + rng.Next(64));
                data.InsertRange(rng.Next(data.Count), data.GetRange(at, len));
                break;
            case 5: data.InsertRange(at, Encoding.UTF8.GetBytes(rng.Next(1_000_000_000).ToString(CultureInfo.InvariantCulture))); break;
            case 6 when data.Count > 0: data[at] ^= (byte)(1 << rng.Next(8)); break;
            case 7: data.InsertRange(at, Encoding.UTF8.GetBytes(Pick(["2024-02-30", "2024/13/1", "9999-12-31", "0001-01-01", "2024年3月", "B01", "M0101", "F0201", "general_assembly", "exempt", "form", "weight", "kind", "when"]))); break;
            default:
                if (data.Count > 0)
                {
                    data.RemoveAt(at);
                }

                break;
        }
    }

    return [.. data];
}

// Unpacks the workbook, mutates one of its XML parts and packs it again (entry order and names kept).
byte[] MutatePart(byte[] book)
{
    using var source = new System.IO.Compression.ZipArchive(new MemoryStream(book), System.IO.Compression.ZipArchiveMode.Read);
    var entries = source.Entries.Select(e =>
    {
        using var s = e.Open();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return (e.FullName, Bytes: ms.ToArray());
    }).ToList();
    var victim = rng.Next(entries.Count);
    entries[victim] = (entries[victim].FullName, MutateXml(entries[victim].Bytes));
    using var output = new MemoryStream();
    using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
    {
        foreach (var (name, bytes) in entries)
        {
            using var s = zip.CreateEntry(name, System.IO.Compression.CompressionLevel.Fastest).Open();
            s.Write(bytes);
        }
    }

    return output.ToArray();
}

// XML-aware mutations on top of the byte ones: attribute values and element text replaced by odd values.
byte[] MutateXml(byte[] xml)
{
    if (rng.Chance(0.5))
    {
        return Mutate(xml);
    }

    var text = Encoding.UTF8.GetString(xml);
    var count = 1 + rng.Next(4);
    for (var m = 0; m < count; m++)
    {
        var quote = text.IndexOf('"', rng.Next(Math.Max(1, text.Length)));
        var close = quote < 0 ? -1 : text.IndexOf('"', quote + 1);
        if (close < 0)
        {
            break;
        }

        text = text[..(quote + 1)] + Pick(["", "0", "-1", "4294967296", "XFD1048577", "A0", "ZZZZ1", "s", "inlineStr", "b", "e", "d", "str", "n", "9999999",
            "1e308", "NaN", "2024-02-30", "&amp;", "rId999", "../../etc/passwd", "yyyy-mm-dd", "[$-804]yyyy\"年\"", "@"]) + text[close..];
    }

    if (rng.Chance(0.3))
    {
        var at = text.IndexOf("<v>", rng.Next(Math.Max(1, text.Length)), StringComparison.Ordinal);
        if (at >= 0)
        {
            text = text.Insert(at + 3, Pick(["-", "1e400", "NaN", "2958466", "0.5", "x", "99999999999", "<![CDATA[z]]>"]));
        }
    }

    return Encoding.UTF8.GetBytes(text);
}

string Pick(string[] options) => options[rng.Next(options.Length)];

int Arg(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

string ArgText(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
