using System.Diagnostics;
using System.Globalization;
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
    public static int Run(string folder, TextWriter output, int evaluations = 1)
    {
        var plan = Plan.Create(RuleSetReader.ReadDefault().Rules);
        var bag = new DiagnosticBag();
        DatasetReadResult? read = null;
        Assessment? assessment = null;
        Phase(output, "read", () => read = CsvDatasetReader.Read(folder, null, bag, null, plan.Requirements));
        if (read?.Dataset is null)
        {
            output.WriteLine($"the dataset has errors: {bag.ErrorCount}");
            return 1;
        }

        // The first evaluation (and write) includes compiling its code; further ones (phases <dataset> N) show the steady state.
        for (var n = 0; n < evaluations; n++)
        {
            assessment = null;
            Phase(output, "evaluate", () => assessment = plan.Run(read.Dataset));
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
        var paused = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        var allocatedMiB = (GC.GetTotalAllocatedBytes() - allocated) / 1048576;
        var live = GC.GetTotalMemory(forceFullCollection: true) / 1048576;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10} {clock.Elapsed.TotalSeconds,7:F3} s  live after {live,5} MiB  allocated {allocatedMiB,6} MiB  GCs {collections} (gen0/1/2)  paused {paused:F3} s"));
    }
}
