using BenchmarkDotNet.Attributes;
using Units.Testing;
using Units.Compiler;
using Units.Compiler.Loading;

namespace Units.Benchmarks;

/// <summary>
/// `units check` on a 10,001-instance composition, in process: parse, bind, flatten (and, as
/// later phases land, solve constraints and schedule). Process start-up is measured separately
/// by scripts/time-check.sh.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private InMemorySourceProvider _provider = null!;

    [GlobalSetup]
    public void Setup() =>
        _provider = new InMemorySourceProvider(new[] { new KeyValuePair<string, string>("system.unit", SyntheticComposition.Write()) });

    [Benchmark]
    public int Check10k()
    {
        var compilation = UnitCompilation.Create(new[] { "system.unit" }, _provider, Variables.None);
        var result = compilation.Check();
        if (result.HasErrors) throw new InvalidOperationException("the synthetic composition must check clean");
        return result.Compositions[0].Instances.Count;
    }
}
