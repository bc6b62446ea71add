using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Units.Benchmarks;
using Units.Testing;

// dotnet run -c Release --project tests/Units.Benchmarks -- <suite> [--quick]
//   check                  units check on a 10,001-instance composition (in process)
//   write-synthetic <path> writes that composition to a file (for timing the real CLI)
var suite = args.FirstOrDefault() ?? "help";
var quick = args.Contains("--quick");
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);
if (quick) config = config.AddJob(Job.ShortRun.WithId("quick"));

switch (suite)
{
    case "check":
        BenchmarkRunner.Run<CheckBenchmarks>(config);
        return 0;
    case "write-synthetic" when args.Length >= 2:
        File.WriteAllText(args[1], SyntheticComposition.Write());
        Console.WriteLine($"wrote {args[1]}: {SyntheticComposition.InstanceCount()} instances");
        return 0;
    default:
        Console.WriteLine("usage: dotnet run -c Release --project tests/Units.Benchmarks -- check|write-synthetic <path> [--quick]");
        return 2;
}
