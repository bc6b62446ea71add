using Autofac;
using Microsoft.Extensions.DependencyInjection;

namespace Units.Benchmarks.Router;

/// <summary>
/// The router wired by the two containers, each element a keyed registration that takes the next
/// by key (element i's next is element i+1): singletons for the per-packet benchmarks, scoped for
/// the per-request one.
/// </summary>
public static class ContainerRouters
{
    public static ServiceProvider Medi(int n, bool scoped = false)
    {
        var services = new ServiceCollection();
        for (var i = 0; i < n; i++)
        {
            var index = i;
            Func<IServiceProvider, object?, IElement> factory = index == n - 1
                ? (_, _) => new SinkElement()
                : (sp, _) => ObjectRouter.Element(index % 6, sp.GetRequiredKeyedService<IElement>(index + 1));
            if (scoped) services.AddKeyedScoped(index, factory);
            else services.AddKeyedSingleton(index, factory);
        }
        return services.BuildServiceProvider();
    }

    public static IContainer Autofac(int n, bool scoped = false)
    {
        var builder = new ContainerBuilder();
        for (var i = 0; i < n; i++)
        {
            var index = i;
            var registration = index == n - 1
                ? builder.Register<IElement>(_ => new SinkElement())
                : builder.Register(c => ObjectRouter.Element(index % 6, c.ResolveKeyed<IElement>(index + 1)));
            if (scoped) registration.Keyed<IElement>(index).InstancePerLifetimeScope();
            else registration.Keyed<IElement>(index).SingleInstance();
        }
        return builder.Build();
    }
}
