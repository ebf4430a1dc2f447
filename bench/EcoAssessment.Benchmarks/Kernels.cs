using BenchmarkDotNet.Attributes;
using EcoAssessment.Diagnostics;
using EcoAssessment.IO.Csv;
using EcoAssessment.IO.Yaml;
using EcoAssessment.Model;
using EcoAssessment.Pipeline;

namespace EcoAssessment.Benchmarks;

/// <summary>The per-cell kernels of reading: folding, numbers, dates.</summary>
[MemoryDiagnoser]
public class Kernels
{
    private readonly string[] _texts = ["B00123", "  2024-03-07 ", "３．５", "支部党员大会", "0.85", "92%", "2024年3月7日", "是"];
    private readonly string[] _numbers = ["12", "0.85", "92%", "1,234.5", "3.25", "100"];
    private readonly string[] _dates = ["2024-03-07", "2024/3/7", "2024.3.7", "2024年3月7日", "2024-11"];

    [Benchmark]
    public int Fold()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += TextNormaliser.Fold(t).Length;
        }

        return n;
    }

    [Benchmark]
    public double ParseNumber()
    {
        var sum = 0.0;
        foreach (var t in _numbers)
        {
            if (ValueParser.TryParseNumber(t, out var v))
            {
                sum += v;
            }
        }

        return sum;
    }

    [Benchmark]
    public int ParseDate()
    {
        var n = 0;
        foreach (var t in _dates)
        {
            if (ValueParser.TryParseDate(t, allowMonth: true, out var d, out _))
            {
                n += d.DayNumber;
            }
        }

        return n;
    }
}

/// <summary>Reading and evaluating the bundled sample (130 branches, 31k rows) in process.</summary>
[MemoryDiagnoser]
public class Sample
{
    private string _folder = string.Empty;
    private Plan _plan = null!;
    private Dataset _dataset = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "provincial-eco-2024")))
        {
            dir = dir.Parent;
        }

        _folder = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("samples/ not found above the benchmark"), "samples", "provincial-eco-2024");
        _plan = Plan.Create(RuleSetReader.ReadDefault().Rules);
        _dataset = Read();
    }

    private Dataset Read() => CsvDatasetReader.Read(_folder, null, new DiagnosticBag(), null, _plan.Requirements).Dataset
        ?? throw new InvalidOperationException("the sample has errors");

    [Benchmark]
    public Dataset ReadSample() => Read();

    [Benchmark]
    public Assessment EvaluateSample() => _plan.Run(_dataset);
}
