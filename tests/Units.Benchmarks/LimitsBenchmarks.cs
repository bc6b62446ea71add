using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Units.Compiler;
using Units.Compiler.Emit;
using Units.Compiler.Loading;
using Units.Compiler.Reports;

namespace Units.Benchmarks;

/// <summary>
/// The limits shapes, each the way a user meets it: `units check`, `units graph` or `units emit`
/// (the core calls those commands make, in process). One operation takes seconds, so each is run a
/// few times rather than statistically; Allocated is the memory the operation allocates in all.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LimitsBenchmarks
{
    private readonly Dictionary<string, InMemorySourceProvider> _inputs = new();

    [GlobalSetup]
    public void Setup()
    {
        void Add(string name, string text) => _inputs[name] = new InMemorySourceProvider([new KeyValuePair<string, string>(name + ".unit", text)]);
        Add("members100k", LimitShapes.Members(100_000));
        Add("types100k", LimitShapes.TypeChain(100_000));
        Add("extends10k", LimitShapes.ExtendsChain(10_000));
        Add("extends100k", LimitShapes.ExtendsChain(100_000));
        Add("compounds100k", LimitShapes.CompoundChain(100_000));
        Add("doubling16", LimitShapes.Doubling(16));
        Add("instances100k", LimitShapes.Instances(100_000));
    }

    private CheckResult Check(string name, out UnitCompilation compilation)
    {
        compilation = UnitCompilation.Create([name + ".unit"], _inputs[name], Variables.None);
        var result = compilation.Check();
        if (result.HasErrors) throw new InvalidOperationException($"{name} must check clean: {result.Diagnostics.First(d => d.IsError)}");
        return result;
    }

    private int Graph(string name)
    {
        var result = Check(name, out _);
        return result.Compositions.Sum(c => CompositionGraph.Dot(c, markViolations: true).Length);
    }

    private int Emit(string name)
    {
        Check(name, out var compilation);
        var program = EmitPlanner.Plan(compilation, null, "Limits");
        return CSharpEmitter.Emit(ImplementationBinder.Bind(program, implementations: null, facts: null)).Files.Sum(f => f.Text.Length);
    }

    [Benchmark(Description = "check: 100k typed members")]
    public int Members100k() => Check("members100k", out _).Compositions.Count;

    [Benchmark(Description = "check: 100k-long type chain")]
    public int Types100k() => Check("types100k", out _).Compositions.Count;

    [Benchmark(Description = "check: 10k extends chain")]
    public int Extends10k() => Check("extends10k", out _).Compositions.Count;

    [Benchmark(Description = "check: 100k extends chain")]
    public int Extends100k() => Check("extends100k", out _).Compositions.Count;

    [Benchmark(Description = "check: 100k-deep compounds")]
    public int Compounds100kCheck() => Check("compounds100k", out _).Compositions.Count;

    [Benchmark(Description = "graph: 100k-deep compounds")]
    public int Compounds100kGraph() => Graph("compounds100k");

    [Benchmark(Description = "emit: 100k-deep compounds")]
    public int Compounds100kEmit() => Emit("compounds100k");

    [Benchmark(Description = "graph: 65,536 instances (doubling)")]
    public int Doubling16Graph() => Graph("doubling16");

    [Benchmark(Description = "emit: 100k instances")]
    public int Instances100kEmit() => Emit("instances100k");
}
