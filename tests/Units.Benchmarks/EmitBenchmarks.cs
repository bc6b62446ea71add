using BenchmarkDotNet.Attributes;
using Units.Compiler;
using Units.Compiler.Emit;
using Units.Compiler.Loading;
using Units.Testing;

namespace Units.Benchmarks;

/// <summary>
/// What the generator does with the unit files of a 10,001-instance composition (typed, so it can
/// become C#), side by side with checking the same files: check alone; check and plan (every
/// compound flattened and scheduled, the roots reused from the check); plan and bind without C#
/// (the CLI's `units emit` up to the text); and all of it with the text written.
/// </summary>
[MemoryDiagnoser]
public class EmitBenchmarks
{
    private InMemorySourceProvider _provider = null!;

    [GlobalSetup]
    public void Setup() =>
        _provider = new InMemorySourceProvider(new[] { new KeyValuePair<string, string>("system.unit", SyntheticComposition.Write(typed: true)) });

    private UnitCompilation Compile() => UnitCompilation.Create(new[] { "system.unit" }, _provider, Variables.None);

    [Benchmark(Baseline = true)]
    public int Check10k()
    {
        var result = Compile().Check();
        if (result.HasErrors) throw new InvalidOperationException("the synthetic composition must check clean");
        return result.Compositions[0].Instances.Count;
    }

    [Benchmark]
    public int Plan10k() => EmitPlanner.Plan(Compile(), null, "Synthetic").Compositions.Count;

    [Benchmark]
    public int Bind10k() => ImplementationBinder.Bind(EmitPlanner.Plan(Compile(), null, "Synthetic"), null, null).Compositions.Count;

    [Benchmark]
    public int Emit10k() => CSharpEmitter.Emit(ImplementationBinder.Bind(EmitPlanner.Plan(Compile(), null, "Synthetic"), null, null)).Files.Count;
}
