using BenchmarkDotNet.Attributes;
using Units.Benchmarks.Chain;

namespace Units.Benchmarks;

/// <summary>
/// A chain of small stateful stages, four ways: composed by Units (the generated Chain10/Chain20),
/// the same with the stages from a unit library in another assembly (LibChain10/20), written by
/// hand as one method, and as interface objects linked at run time. One call per
/// invocation, as a caller of the composed system would make it.
/// </summary>
public class ChainBenchmarks
{
    private readonly IStage _objects10 = InterfaceChain.Build(10);
    private readonly IStage _objects20 = InterfaceChain.Build(20);
    private int _x = 7;

    [Benchmark]
    public int Units10() => Chain10.Main.Process(_x++);

    [Benchmark]
    public int Hand10() => Chain.Hand10.Process(_x++);

    [Benchmark]
    public int Objects10() => _objects10.Process(_x++);

    [Benchmark]
    public int Units20() => Chain20.Main.Process(_x++);

    [Benchmark]
    public int Hand20() => Chain.Hand20.Process(_x++);

    [Benchmark]
    public int Objects20() => _objects20.Process(_x++);

    /// <summary>The same chain, its stages from a referenced library (instances forward to the library's generic implementation).</summary>
    [Benchmark]
    public int Library10() => LibChain10.Main.Process(_x++);

    [Benchmark]
    public int Library20() => LibChain20.Main.Process(_x++);
}
