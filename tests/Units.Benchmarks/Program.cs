using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Units.Benchmarks;
using Units.Testing;

// dotnet run -c Release --project tests/Units.Benchmarks -- <suite> [--quick]
//   chain                  Units-composed chains of 10 and 20 stages vs hand-written and interface objects
//   check                  units check on a 10,001-instance composition (in process)
//   emit                   the same composition (typed) checked, planned, bound and written, side by side
//   limits                 the shapes that were once quadratic or out of memory: check, graph and emit each
//   build [--quick]        clean builds of 1k- and 5k-instance projects, Units against the same program wired by hand
//   router-some <globs>    some of the router's benchmarks (e.g. "*.Units10,*.Library10,*.Limit10"); chain-some the same for the chain
//   write-synthetic <path> writes that composition to a file (for timing the real CLI)
//   write-limits <folder>  writes the limits shapes to files
var suite = args.FirstOrDefault() ?? "help";
var quick = args.Contains("--quick");
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);
if (quick) config = config.AddJob(Job.Default.WithWarmupCount(4).WithIterationCount(12).WithLaunchCount(1).WithId("quick"));

switch (suite)
{
    case "chain":
        var summary = BenchmarkRunner.Run<ChainBenchmarks>(config);
        PrintRatios(summary);
        return 0;
    case "warm":
    {
        // Runs the chain benchmarks' bodies until tiered compilation reaches its final code, so
        // DOTNET_JitDisasm=Units20 (or any method) prints what the JIT really runs.
        var chain = new ChainBenchmarks();
        Warm(chain.Units10, chain.Units20, chain.Hand10, chain.Hand20, chain.Library10, chain.Library20);
        return 0;
    }
    case "router":
    {
        if (!CheckRouter()) return 1;
        var packets = BenchmarkRunner.Run<Units.Benchmarks.Router.RouterBenchmarks>(config);
        var requests = BenchmarkRunner.Run<Units.Benchmarks.Router.RouterRequestBenchmarks>(config);
        Units.Benchmarks.Router.RouterStartup.Run(typeof(Program).Assembly.Location, quick ? 5 : 15);
        PrintRouterRatios(packets, requests);
        return 0;
    }
    case "router-some" when args.Length >= 2:
    case "chain-some" when args.Length >= 2:
    {
        // A few of the router's (or chain's) benchmarks side by side (globs on the method names,
        // e.g. "*.Units10,*.Library10"), for a cross-check of ratios that one full run leaves in doubt.
        if (suite == "router-some" && !CheckRouter()) return 1;
        var filtered = config.AddFilter(new BenchmarkDotNet.Filters.GlobFilter(args[1].Split(',')));
        var some = suite == "router-some" ? BenchmarkRunner.Run<Units.Benchmarks.Router.RouterBenchmarks>(filtered) : BenchmarkRunner.Run<ChainBenchmarks>(filtered);
        foreach (var report in some.Reports.OrderBy(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name} {report.ResultStatistics!.Mean:F3} ns"));
        }
        return 0;
    }
    case "build":
        // Clean builds of a Units project and the same program wired by hand, at 1k and 5k instances.
        BuildBenchmarks.Run(RepositoryRoot(), quick ? 3 : 5);
        return 0;
    case "router-warm":
    {
        // As `warm`, for the router: DOTNET_JitDisasm="Units40" shows the calls left in the final code.
        var router = new Units.Benchmarks.Router.RouterBenchmarks();
        Warm(router.Units10, router.Units20, router.Units40, router.Units80, router.Unflat40, router.Unflat80, router.Library10, router.Library20, router.Library80,
            router.Limit10, router.Limit20, router.Limit40, router.Limit80, router.Generic40, router.Generic80);
        return 0;
    }
    case "router-check":
        return CheckRouter() ? 0 : 1;
    case "router-start" when args.Length >= 2:
        Console.WriteLine(Units.Benchmarks.Router.RouterStartup.Sample(args[1]).ToString("F1", CultureInfo.InvariantCulture));
        return 0;
    case "router-startup":
        Units.Benchmarks.Router.RouterStartup.Run(typeof(Program).Assembly.Location, quick ? 5 : 15);
        return 0;
    case "check":
        BenchmarkRunner.Run<CheckBenchmarks>(config);
        return 0;
    case "incremental":
        BenchmarkRunner.Run<IncrementalBenchmarks>(config);
        return 0;
    case "emit":
        BenchmarkRunner.Run<EmitBenchmarks>(config);
        return 0;
    case "limits":
        // Seconds per operation: the job is set on the class (a few runs, no statistics), --quick changes nothing.
        BenchmarkRunner.Run<LimitsBenchmarks>(DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary));
        return 0;
    case "write-limits" when args.Length >= 2:
        // The limits shapes as files, for timing the real CLI (`/usr/bin/time -v units check …`).
        Directory.CreateDirectory(args[1]);
        foreach (var (name, text) in new[]
        {
            ("members100k", LimitShapes.Members(100_000)), ("types100k", LimitShapes.TypeChain(100_000)),
            ("extends100k", LimitShapes.ExtendsChain(100_000)), ("compounds100k", LimitShapes.CompoundChain(100_000)),
            ("doubling16", LimitShapes.Doubling(16)), ("instances100k", LimitShapes.Instances(100_000)),
        })
        {
            File.WriteAllText(Path.Combine(args[1], name + ".unit"), text);
        }
        Console.WriteLine($"wrote the limits shapes to {args[1]}");
        return 0;
    case "write-router" when args.Length >= 2:
        Directory.CreateDirectory(args[1]);
        foreach (var (file, text) in Units.Benchmarks.Router.RouterSource.All()) File.WriteAllText(Path.Combine(args[1], file), text);
        Console.WriteLine($"wrote the router variants to {args[1]}");
        return 0;
    case "write-dense" when args.Length >= 2:
    {
        // The dense shape as a file, for timing the real CLI: write-dense <path> [instances] [--violation].
        var count = args.Length >= 3 && int.TryParse(args[2], out var parsed) ? parsed : 10_000;
        File.WriteAllText(args[1], DenseComposition.Write(count, violation: args.Contains("--violation")));
        Console.WriteLine($"wrote {args[1]}: {count:N0} dense instances");
        return 0;
    }
    case "write-synthetic" when args.Length >= 2:
        File.WriteAllText(args[1], SyntheticComposition.Write());
        Console.WriteLine($"wrote {args[1]}: {SyntheticComposition.InstanceCount()} instances");
        return 0;
    default:
        Console.WriteLine("usage: dotnet run -c Release --project tests/Units.Benchmarks -- chain|router|router-check|router-startup|check|incremental|emit|limits|write-dense <path> [n] [--violation]|write-router <dir>|write-synthetic <path> [--quick]");
        return 2;
}

// Calls each method through a delegate (so each is compiled on its own, as BenchmarkDotNet does)
// for three seconds: long enough for tiered compilation to settle.
static void Warm(params Func<int>[] methods)
{
    // Call each once, then let the tiering delay pass: a method called only inside the delay
    // can otherwise stay at Tier 0 for the whole run (seen with the first of the list).
    var total = 0;
    foreach (var method in methods) total += method();
    Thread.Sleep(500);
    var until = DateTime.UtcNow.AddSeconds(3);
    while (DateTime.UtcNow < until)
    {
        foreach (var method in methods)
        {
            for (var i = 0; i < 10_000; i++) total += method();
        }
    }
    Console.WriteLine(total);
}

// Every router variant against the hand-written one, before anything is measured.
static bool CheckRouter()
{
    var problems = Units.Benchmarks.Router.RouterVariants.Check();
    foreach (var problem in problems) Console.WriteLine("router check: " + problem);
    Console.WriteLine(problems.Count == 0 ? "router check: every variant agrees with the hand-written router at every size" : $"router check: {problems.Count} disagreements");
    return problems.Count == 0;
}

// The router's closing lines: every variant over the limit (the inlined monolith), then Units over it for each N.
static void PrintRouterRatios(Summary packets, Summary requests)
{
    double Mean(Summary summary, string method) => summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Mean;
    foreach (var n in Units.Benchmarks.Router.RouterSource.Sizes)
    {
        var limit = Mean(packets, $"Limit{n}");
        var line = string.Join("  ", Units.Benchmarks.Router.RouterSource.VariantNames.Skip(1)
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.ToLowerInvariant()} {Mean(packets, v + n) / limit:F2}")));
        Console.WriteLine($"router-{n} over limit: {line}");
    }
    var units = Mean(requests, "RequestUnits40");
    foreach (var variant in new[] { "Objects", "Medi", "Autofac", "PureDi" })
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"request-40 {variant.ToLowerInvariant()}/units {Mean(requests, $"Request{variant}40") / units:F1}"));
    }
    foreach (var n in Units.Benchmarks.Router.RouterSource.Sizes)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"router-{n} library/units {Mean(packets, $"Library{n}") / Mean(packets, $"Units{n}"):F3}"));
    }
    foreach (var n in Units.Benchmarks.Router.RouterSource.Sizes)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"router-{n} units/limit {Mean(packets, $"Units{n}") / Mean(packets, $"Limit{n}"):F3}"));
    }
}

// The closing lines the issue asks for: the ratio of mean times, Units over hand-written.
static void PrintRatios(Summary summary)
{
    double Mean(string method) => summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Mean;
    foreach (var n in new[] { 10, 20 })
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chain-{n} objects/hand {Mean($"Objects{n}") / Mean($"Hand{n}"):F3}"));
    }
    foreach (var n in new[] { 10, 20 })
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chain-{n} units/hand {Mean($"Units{n}") / Mean($"Hand{n}"):F3}"));
    }
    foreach (var n in new[] { 10, 20 })
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chain-{n} library/units {Mean($"Library{n}") / Mean($"Units{n}"):F3}"));
    }
}

// The repository this benchmark was built in: the first folder above the program holding Units.sln.
static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Units.sln"))) return folder.FullName;
    }
    throw new InvalidOperationException("run the benchmarks from the repository's build output (no Units.sln above " + AppContext.BaseDirectory + ")");
}
