using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace EcoAssessment.Benchmarks;

/// <summary>
/// What a run allocates, by type: the runtime's allocation ticks (one event per ~100 KB allocated, naming the type of the
/// object that crossed the mark) summed from an EventPipe trace, largest first. Shows where garbage comes from.
/// </summary>
public static class AllocTicks
{
    public static int Stacks(string trace, string type, TextWriter output)
    {
        var etlx = Microsoft.Diagnostics.Tracing.Etlx.TraceLog.CreateFromEventPipeDataFile(trace);
        using var log = new Microsoft.Diagnostics.Tracing.Etlx.TraceLog(etlx);
        var byStack = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in log.Events)
        {
            if (e is Microsoft.Diagnostics.Tracing.Parsers.Clr.GCAllocationTickTraceData t && t.TypeName == type)
            {
                var frames = new List<string>();
                for (var cs = e.CallStack(); cs is not null && frames.Count < 6; cs = cs.Caller)
                {
                    frames.Add(cs.CodeAddress.FullMethodName);
                }

                var key = string.Join(" <- ", frames);
                byStack[key] = byStack.GetValueOrDefault(key) + t.AllocationAmount64;
            }
        }

        foreach (var (k, v) in byStack.OrderByDescending(kv => kv.Value).Take(12))
        {
            output.WriteLine($"{v / 1048576.0,8:F1} MiB  {k}");
        }

        return 0;
    }

    public static int Run(string trace, TextWriter output)
    {
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var source = new EventPipeEventSource(trace))
        {
            source.Clr.GCAllocationTick += e =>
            {
                var type = e.TypeName ?? "?";
                byType[type] = byType.GetValueOrDefault(type) + e.AllocationAmount64;
            };
            source.Process();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{byType.Values.Sum() / 1048576.0,9:F1} MiB in all"));
        foreach (var (type, bytes) in byType.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(40))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0,9:F1} MiB  {type}"));
        }

        return 0;
    }
}
