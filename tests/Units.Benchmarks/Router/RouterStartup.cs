using System.Diagnostics;
using System.Globalization;
using Autofac;
using Microsoft.Extensions.DependencyInjection;

namespace Units.Benchmarks.Router;

/// <summary>
/// Start-up at N=40: compose the router and make the first call, in a fresh process each time
/// (the cost is the first call's: type loading and Tier-0 JIT), which a benchmark run inside one
/// process cannot repeat. `-- router-startup` starts `-- router-start VARIANT` in new processes,
/// in turn, and prints the median of each.
/// </summary>
public static class RouterStartup
{
    public static readonly string[] Variants = ["Units", "Objects", "Medi", "Autofac", "PureDi"];

    /// <summary>One sample, in this (fresh) process: microseconds from nothing to the first verdict.</summary>
    public static double Sample(string variant)
    {
        var p = Packet.Templates()[0];
        var clock = Stopwatch.StartNew();
        var verdict = variant switch
        {
            "Units" => Router40.Input.Push(ref p),
            "Objects" => ObjectRouter.Build(40).Push(ref p),
            "Medi" => ContainerRouters.Medi(40).GetRequiredKeyedService<IElement>(0).Push(ref p),
            "Autofac" => RouterVariants.Autofac(40).Push(ref p),
            "PureDi" => new RouterPureDi40().Input.Push(ref p),
            _ => throw new ArgumentException("unknown variant " + variant),
        };
        clock.Stop();
        GC.KeepAlive(verdict);
        return clock.Elapsed.TotalMicroseconds;
    }

    public static void Run(string program, int samples)
    {
        var times = Variants.ToDictionary(v => v, _ => new List<double>());
        for (var i = 0; i < samples; i++)
        {
            foreach (var variant in Variants)
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
                start.ArgumentList.Add(program);
                start.ArgumentList.Add("router-start");
                start.ArgumentList.Add(variant);
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                times[variant].Add(double.Parse(output.Trim(), CultureInfo.InvariantCulture));
            }
        }
        static double Median(List<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }
        Console.WriteLine($"start-up at N=40 (compose + first call, fresh process each, median of {samples}):");
        foreach (var variant in Variants)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {variant,-8} {Median(times[variant]),10:F0} us"));
        }
        var objects = Median(times["Objects"]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"startup-40 units/objects {Median(times["Units"]) / objects:F3}"));
    }
}
