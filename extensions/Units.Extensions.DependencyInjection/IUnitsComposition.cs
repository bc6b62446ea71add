using Microsoft.Extensions.DependencyInjection;

namespace Units.Extensions.DependencyInjection;

/// <summary>
/// A composition a host can run. The Units generator implements it for every composition of a
/// project that references this package (explicitly, so no export's name clashes with it): a
/// compound without imports is its facade class; a compound with imports gets a non-generic class
/// of the same name whose imports are supplied by the host's services.
/// </summary>
public interface IUnitsComposition
{
    /// <summary>Registers each export as its bundletype's <c>Service</c>, unkeyed and keyed by the export's name.</summary>
    static abstract void RegisterExports(IServiceCollection services);

    /// <summary>Resolves the imports' services (once) and runs the composition's initializers.</summary>
    static abstract void Start(IServiceProvider services);

    /// <summary>Runs the composition's finalizers.</summary>
    static abstract void Stop();
}
