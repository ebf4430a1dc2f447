using BenchmarkDotNet.Running;
using EcoAssessment.Benchmarks;

// floor <dataset>: the bare CsvHelper read of a dataset folder, the floor no reader of it can beat.
// phases <dataset> [n [N]]: reading, evaluating and writing the CSV result in process, with the garbage collections of each;
//   with n > 1 the dataset is read n times first and each read's time shown (the later ones run warm, fully compiled code);
//   with N, the evaluation and the CSV write run N times (the first includes compiling their code; later ones are steady).
// kernels [args]: BenchmarkDotNet over the parsing and evaluation kernels.
if (args.Length >= 2 && args[0] == "floor")
{
    return Floor.Run(args[1], Console.Out);
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

Console.Error.WriteLine("usage: EcoAssessment.Benchmarks floor <dataset folder> | phases <dataset folder> [reads [evaluations]] | kernels [BenchmarkDotNet arguments]");
return 2;
