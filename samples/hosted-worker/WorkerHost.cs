using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Units.Extensions.DependencyInjection;
using Units.Std;

namespace HostedWorker;

/// <summary>The host, as Program.cs builds it; the tests build it the same way with their own clock.</summary>
public static class WorkerHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args, Clock_T.Service? clock = null, bool sampling = true)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddSingleton(clock ?? new WallClock());
        builder.Services.AddUnits<Metering>();
        if (sampling) builder.Services.AddHostedService<SamplingWorker>();
        return builder;
    }
}

/// <summary>The clock the composition imports, as a service: time since start, in ticks.</summary>
public sealed class WallClock : Clock_T.Service
{
    private readonly long _start = Environment.TickCount64;

    public long Now() => (Environment.TickCount64 - _start) * TimeSpan.TicksPerMillisecond;
}

/// <summary>A worker that takes the composition's export by injection, as any service.</summary>
public sealed class SamplingWorker(Meter_T.Service meter, IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>How many samples to record before stopping the host (the demo's run).</summary>
    public static int Samples { get; set; } = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var i = 1; i <= Samples && !stoppingToken.IsCancellationRequested; i++)
        {
            meter.Record(i * 10);
            await Task.Delay(10, stoppingToken);
        }
        lifetime.StopApplication();
    }
}
