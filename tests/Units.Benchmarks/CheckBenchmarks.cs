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
    private InMemorySourceProvider _dense = null!;
    private InMemorySourceProvider _denseViolation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _provider = new InMemorySourceProvider(new[] { new KeyValuePair<string, string>("system.unit", SyntheticComposition.Write()) });
        _dense = new InMemorySourceProvider(new[] { new KeyValuePair<string, string>("system.unit", DenseComposition.Write()) });
        _denseViolation = new InMemorySourceProvider(new[] { new KeyValuePair<string, string>("system.unit", DenseComposition.Write(violation: true)) });
    }

    /// <summary>10,000 dense instances (10 imports of 8 members each, 3 properties, an 8-level order), clean.</summary>
    [Benchmark]
    public int CheckDense10k()
    {
        var result = UnitCompilation.Create(new[] { "system.unit" }, _dense, Variables.None).Check();
        if (result.HasErrors) throw new InvalidOperationException("the dense composition must check clean: " + result.Diagnostics[0].Message);
        return result.Compositions[0].Instances.Count;
    }

    /// <summary>The same with one violation, whose explanation (the path) is reported.</summary>
    [Benchmark]
    public int CheckDense10kViolation()
    {
        var result = UnitCompilation.Create(new[] { "system.unit" }, _denseViolation, Variables.None).Check();
        if (result.Diagnostics.Count(d => d.IsError) != 1) throw new InvalidOperationException("the dense violation must be one error");
        return result.Diagnostics.Count;
    }

    [Benchmark]
    public int Check10k()
    {
        var compilation = UnitCompilation.Create(new[] { "system.unit" }, _provider, Variables.None);
        var result = compilation.Check();
        if (result.HasErrors) throw new InvalidOperationException("the synthetic composition must check clean");
        return result.Compositions[0].Instances.Count;
    }
}
