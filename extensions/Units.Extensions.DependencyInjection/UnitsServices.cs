using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Units.Extensions.DependencyInjection;

/// <summary><c>services.AddUnits&lt;App&gt;()</c>, and what the generated code calls.</summary>
public static class UnitsServices
{
    /// <summary>
    /// Registers the composition's exports as services and a hosted service that runs its
    /// <c>Initialize()</c> when the host starts and its <c>Shutdown()</c> when it stops. Adding one
    /// composition twice registers it once.
    /// </summary>
    public static IServiceCollection AddUnits<TComposition>(this IServiceCollection services) where TComposition : IUnitsComposition
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(UnitsCompositionService<TComposition>))) return services;
        TComposition.RegisterExports(services);
        services.AddHostedService<UnitsCompositionService<TComposition>>();
        return services;
    }

    /// <summary>One export as a singleton service: the adapter is stateless, every call is the export's static call.</summary>
    public static void AddExport<TService>(IServiceCollection services, string exportName, TService adapter) where TService : class
    {
        services.AddSingleton(adapter);
        services.AddKeyedSingleton(exportName, adapter);
    }

    /// <summary>The service that supplies an import, resolved when the composition starts; a clear error when none is registered.</summary>
    public static TService Require<TService>(IServiceProvider services, string composition, string import) where TService : class =>
        services.GetService<TService>() ?? throw new InvalidOperationException(
            $"composition '{composition}' cannot start: its import '{import}' is supplied by the host's services, and no {typeof(TService).FullName?.Replace('+', '.')} is registered (services.AddSingleton<{ShortName(typeof(TService))}, …>())");

    /// <summary>A bundletype's service as C# names it: <c>Clock_T.Service</c>, not <c>Service</c>.</summary>
    private static string ShortName(Type type) => type.DeclaringType is { } outer ? outer.Name + "." + type.Name : type.Name;
}

/// <summary>
/// Starts and stops one composition with the host: it starts before any hosted service starts
/// (StartingAsync), whatever the order of registration, so a worker may call the exports from
/// its first line; and it stops after every hosted service has stopped (StoppedAsync).
/// </summary>
public sealed class UnitsCompositionService<TComposition>(IServiceProvider services) : IHostedLifecycleService where TComposition : IUnitsComposition
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        TComposition.Start(services);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        TComposition.Stop();
        return Task.CompletedTask;
    }
}
