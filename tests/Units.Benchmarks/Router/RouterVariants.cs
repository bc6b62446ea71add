using Autofac;
using Microsoft.Extensions.DependencyInjection;

namespace Units.Benchmarks.Router;

/// <summary>The run-time wired variants: interface objects, MEDI and Autofac (resolved once: the root element).</summary>
public static partial class RouterVariants
{
    public static IElement Objects(int n) => ObjectRouter.Build(n);

    public static IElement Medi(int n) => ContainerRouters.Medi(n).GetRequiredKeyedService<IElement>(0);

    /// <summary>
    /// Autofac refuses one resolve deeper than 50 nested activations ("probable circular
    /// dependency"), so the singletons are resolved from the end of the path: each resolve then
    /// finds its next already made.
    /// </summary>
    public static IElement Autofac(int n)
    {
        var container = ContainerRouters.Autofac(n);
        for (var i = n - 1; i > 0; i--) container.ResolveKeyed<IElement>(i);
        return container.ResolveKeyed<IElement>(0);
    }

    /// <summary>
    /// Every variant of every size on the same 4,096 packets from a fresh state: the verdicts and
    /// the packets as they leave must be the same everywhere. Each static variant can run this
    /// only once per process (its state is static), so the benchmark runs it before measuring.
    /// </summary>
    public static IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        var templates = Packet.Templates();
        foreach (var n in RouterSource.Sizes)
        {
            var results = new Dictionary<string, long>();
            foreach (var variant in RouterSource.VariantNames)
            {
                PushFunction push = variant switch
                {
                    "Objects" => Objects(n).Push,
                    "Medi" => Medi(n).Push,
                    "Autofac" => Autofac(n).Push,
                    "PureDi" => PureDi(n).Push,
                    _ => Static(variant, n),
                };
                long hash = 17;
                for (var i = 0; i < 4096; i++)
                {
                    var p = templates[i & 15];
                    var verdict = push(ref p);
                    hash = hash * 31 + verdict;
                    hash = hash * 31 + p.Ttl + p.Checksum + p.Priority + p.Dst;
                }
                results[variant] = hash;
            }
            var expected = results["Hand"];
            problems.AddRange(results.Where(r => r.Value != expected).Select(r => $"router-{n}: {r.Key} gives {r.Value}, hand-written gives {expected}"));
        }
        return problems;
    }
}
