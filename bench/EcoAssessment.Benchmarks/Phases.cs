using System.Diagnostics;
using System.Globalization;
using EcoAssessment.Cli;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Output;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Benchmarks;

/// <summary>
/// Where the time of <c>eco evaluate</c> goes, in one process: reading the dataset, running the plan and writing the CSV
/// result, each with its wall time, the garbage collections it caused and the time the runtime was paused for them.
/// </summary>
public static class Phases
{
    public static int Run(string folder, TextWriter output, int repeat = 1, int evaluations = 1)
    {
        // With a repeat count: the dataset is first read that many times, each read timed (the later ones run warm code).
        for (var r = 1; r < repeat + 1 && repeat > 1; r++)
        {
            var warm = Plan.Create(RuleSetReader.ReadDefault().Rules);
            var clock0 = Stopwatch.StartNew();
            CsvDatasetReader.Read(folder, null, new DiagnosticBag(), null, warm.Requirements);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {r}: {clock0.Elapsed.TotalSeconds:F3} s"));
        }

        var plan = Plan.Create(RuleSetReader.ReadDefault().Rules);
        // As eco evaluate does: no collections while the dataset is read, evaluated and written (when it is large).
        using var pause = repeat == 1 && evaluations == 1 ? CollectionPause.ForDataset(folder) : null;
        var bag = new DiagnosticBag();
        DatasetReadResult? read = null;
        Assessment? assessment = null;
        // Per file: the time from the previous report of another file to this file's last row (tables after members are read two at a time).
        var files = new List<(string File, long Rows, double Seconds)>();
        var clock = Stopwatch.StartNew();
        var options = new CsvReadOptions
        {
            Progress = (path, rows) =>
            {
                var name = Path.GetFileName(path);
                var done = clock.Elapsed.TotalSeconds;
                var before = files.Count == 0 ? 0 : files.Sum(f => f.Seconds);
                if (files.Count > 0 && files[^1].File == name)
                {
                    before -= files[^1].Seconds;
                    files[^1] = (name, rows, done - before);
                }
                else
                {
                    files.Add((name, rows, done - before));
                }
            },
        };
        Phase(output, "read", () =>
        {
            clock.Restart();
            read = CsvDatasetReader.Read(folder, null, bag, options, plan.Requirements);
        });
        foreach (var (file, rows, seconds) in files)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file,-18} {rows,10} rows {seconds,7:F3} s"));
        }

        if (read?.Dataset is null)
        {
            output.WriteLine($"the dataset has errors: {bag.ErrorCount}");
            return 1;
        }

        // The first evaluation (and write) includes compiling its code; further ones (phases <dataset> n N) show the steady state.
        for (var n = 0; n < evaluations; n++)
        {
            assessment = null;
            Phase(output, "evaluate", () => assessment = plan.Run(read.Dataset, null, Environment.ProcessorCount));
        }

        for (var n = 0; n < evaluations; n++)
        {
            Phase(output, "write csv", () => ResultCsvWriter.Write(assessment!, Stream.Null));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"heap after: {GC.GetTotalMemory(false) / 1048576} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
        return 0;
    }

    private static void Phase(TextWriter output, string name, Action action)
    {
        var gc0 = GC.CollectionCount(0);
        var gc1 = GC.CollectionCount(1);
        var gc2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();

        // Collections and pauses of the phase itself, before the full collection that measures what stays live.
        var collections = $"{GC.CollectionCount(0) - gc0}/{GC.CollectionCount(1) - gc1}/{GC.CollectionCount(2) - gc2}";
        var pauses = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        var allocatedMiB = (GC.GetTotalAllocatedBytes() - allocated) / 1048576;
        // What stays live needs a full collection, which would end a pause: then the heap's size is shown instead.
        var paused = System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion;
        var live = GC.GetTotalMemory(forceFullCollection: !paused) / 1048576;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10} {clock.Elapsed.TotalSeconds,7:F3} s  {(paused ? "heap" : "live")} after {live,5} MiB  allocated {allocatedMiB,6} MiB  GCs {collections} (gen0/1/2)  paused {pauses:F3} s"));
    }
}
