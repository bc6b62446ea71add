using Autofac;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Units.Benchmarks.Router;

/// <summary>
/// One request at N=40, as a web request meets a container: open a scope, resolve the router,
/// push one packet, close the scope. A Units composition has no per-request objects, so its
/// request is the call itself; Pure.DI builds a new graph (transient elements); interface objects
/// build the chain.
/// </summary>
public class RouterRequestBenchmarks
{
    private readonly Packet[] _packets = Packet.Templates();
    private readonly ServiceProvider _medi = ContainerRouters.Medi(RouterSource.RequestSize, scoped: true);
    private readonly IContainer _autofac = ContainerRouters.Autofac(RouterSource.RequestSize, scoped: true);
    private int _next;

    [Benchmark(Baseline = true)]
    public int RequestUnits40()
    {
        var p = _packets[_next++ & 15];
        return Router40.Input.Push(ref p);
    }

    [Benchmark]
    public int RequestObjects40()
    {
        var p = _packets[_next++ & 15];
        return ObjectRouter.Build(RouterSource.RequestSize).Push(ref p);
    }

    [Benchmark]
    public int RequestMedi40()
    {
        var p = _packets[_next++ & 15];
        using var scope = _medi.CreateScope();
        return scope.ServiceProvider.GetRequiredKeyedService<IElement>(0).Push(ref p);
    }

    [Benchmark]
    public int RequestAutofac40()
    {
        var p = _packets[_next++ & 15];
        using var scope = _autofac.BeginLifetimeScope();
        return scope.ResolveKeyed<IElement>(0).Push(ref p);
    }

    [Benchmark]
    public int RequestPureDi40()
    {
        var p = _packets[_next++ & 15];
        return new RouterPureDiRequest40().Input.Push(ref p);
    }
}
