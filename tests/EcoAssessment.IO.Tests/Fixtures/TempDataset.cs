using System.Text;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.Model;

namespace EcoAssessment.IO.Tests.Fixtures;

/// <summary>
/// A fresh dataset folder under the temp directory for one test: write small CSV files into it, read it, and it is
/// deleted again on dispose. Text is written as UTF-8 without a BOM and with LF line ends unless a test says otherwise.
/// </summary>
internal sealed class TempDataset : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempDataset()
    {
        Root = Path.Combine(Path.GetTempPath(), "eco-io-tests", Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "data");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>A private parent folder (outputs go here, next to the dataset, never inside it).</summary>
    public string Root { get; }

    /// <summary>The dataset folder.</summary>
    public string Folder { get; }

    /// <summary>The full path of a file in the dataset folder.</summary>
    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>Writes <paramref name="lines"/> joined by LF, with a final LF.</summary>
    public TempDataset Csv(string fileName, params string[] lines) => Text(fileName, string.Join("\n", lines) + "\n");

    /// <summary>Writes text as UTF-8 without BOM, exactly as given.</summary>
    public TempDataset Text(string fileName, string text) => Bytes(fileName, Utf8NoBom.GetBytes(text));

    /// <summary>Writes raw bytes.</summary>
    public TempDataset Bytes(string fileName, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(fileName), bytes);
        return this;
    }

    /// <summary>Writes several files at once (name → content, lines already joined).</summary>
    public TempDataset Files(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (name, text) in files)
        {
            Text(name, text);
        }

        return this;
    }

    /// <summary>Reads the dataset folder with <see cref="CsvDatasetReader"/>.</summary>
    public (DatasetReadResult Result, DiagnosticBag Bag) Read(Period? period = null, CsvReadOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var result = CsvDatasetReader.Read(Folder, period, bag, options ?? new CsvReadOptions { KeepMeetingRecords = true });
        return (result, bag);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}

/// <summary>Small helpers to look at diagnostics the way a user reads them.</summary>
internal static class Diag
{
    /// <summary>
    /// The location as printed, with the file reduced to its name: <c>meetings.csv(3,date)</c>, <c>rules.yaml(4,9)</c>,
    /// <c>meetings.csv</c>; <c>(none)</c> without a location.
    /// </summary>
    public static string Where(Diagnostic d) =>
        d.Location is { } l ? (l.File is null ? l : l with { File = Path.GetFileName(l.File.TrimEnd('/', '\\')) }).ToString() : "(none)";

    /// <summary><c>ECO0201 meetings.csv(3,date)</c> per error: the code and the location, in the order reported.</summary>
    public static string[] Errors(DiagnosticBag bag) =>
        bag.Items.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {Where(d)}").ToArray();

    /// <summary>Every diagnostic as printed, for assertion messages.</summary>
    public static string Dump(DiagnosticBag bag) => string.Join("\n", bag.Items);

    /// <summary>The diagnostics with one code.</summary>
    public static Diagnostic[] WithCode(DiagnosticBag bag, DiagnosticCode code) => bag.Items.Where(d => d.Code == code.Id).ToArray();
}
