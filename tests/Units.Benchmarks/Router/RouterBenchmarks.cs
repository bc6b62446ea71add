using BenchmarkDotNet.Attributes;

namespace Units.Benchmarks.Router;

/// <summary>
/// A Click-style router of N small stateful elements (Router/elements.unit), one packet per
/// invocation, eight ways (the methods are generated: Generated/RouterBenchmarks.g.cs): the
/// hand-written monolith marked AggressiveInlining (the limit, the baseline), the same without,
/// Units, hand-written generic structs, interface objects, MEDI, Autofac and Pure.DI.
/// </summary>
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class RouterBenchmarks
{
    private readonly Packet[] _packets = Packet.Templates();
    private int _next;
}
