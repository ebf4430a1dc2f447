using System.Globalization;
using Microsoft.Diagnostics.Tracing;

namespace EcoAssessment.Benchmarks;

/// <summary>
/// What a run allocates, by type: the runtime's allocation ticks (one event per ~100 KB allocated, naming the type of the
/// object that crossed the mark) summed from an EventPipe trace, largest first. Shows where garbage comes from.
/// </summary>
public static class AllocTicks
{
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
