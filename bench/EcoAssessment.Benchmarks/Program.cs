using BenchmarkDotNet.Running;
using EcoAssessment.Benchmarks;

// floor <dataset>: the bare CsvHelper read of a dataset folder, the floor no reader of it can beat.
// phases <dataset> [n [N]]: reading, evaluating and writing the CSV result in process, with the garbage collections of each;
//   with n > 1 the dataset is read n times first and each read's time shown (the later ones run warm, fully compiled code);
//   with N, the evaluation and the CSV write run N times (the first includes compiling their code; later ones are steady).
// allocs <trace.nettrace>: the bytes allocated per type in a trace taken with
//   dotnet-trace collect --providers Microsoft-Windows-DotNETRuntime:0x1:5 -- <command> (sampled every ~100 KB).
// kernels [args]: BenchmarkDotNet over the parsing and evaluation kernels.
if (args.Length >= 2 && args[0] == "floor")
{
    return Floor.Run(args[1], Console.Out);
}

if (args.Length >= 3 && args[0] == "allocs")
{
    return EcoAssessment.Benchmarks.AllocTicks.Stacks(args[1], args[2], Console.Out);
}

if (args.Length >= 2 && args[0] == "allocs")
{
    return EcoAssessment.Benchmarks.AllocTicks.Run(args[1], Console.Out);
}

if (args.Length >= 2 && args[0] == "phases")
{
    return Phases.Run(args[1], Console.Out, args.Length >= 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1,
        args.Length >= 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1);
}

if (args.Length >= 1 && args[0] == "kernels")
{
    BenchmarkSwitcher.FromAssembly(typeof(Kernels).Assembly).Run(args[1..]);
    return 0;
}

Console.Error.WriteLine("usage: EcoAssessment.Benchmarks floor <dataset folder> | phases <dataset folder> [reads [evaluations]] | allocs <trace.nettrace> | kernels [BenchmarkDotNet arguments]");
return 2;
