using HostedWorker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Units.Extensions.DependencyInjection;
using Units.Std;

namespace Units.Hosting.Tests;

/// <summary>services.AddUnits&lt;App&gt;() as docs/hosting.md describes it, in a real generic host.</summary>
[TestClass]
[DoNotParallelize]
public sealed class HostingTests
{
    private sealed class FixedClock(long now) : Clock_T.Service
    {
        public long Now() => now;
    }

    [TestMethod]
    public async Task The_worker_sample_runs_its_composition_through_AddUnits()
    {
        using var host = WorkerHost.CreateBuilder([], new FixedClock(42), sampling: false).Build();
        await host.StartAsync();
        var meter = host.Services.GetRequiredService<Meter_T.Service>();
        Assert.AreSame(meter, host.Services.GetRequiredKeyedService<Meter_T.Service>("meter"), "keyed by the export's name too");
        Assert.AreEqual(0, meter.Count(), "the host ran Initialize: the meter's initializer reset it");
        meter.Record(5);
        meter.Record(7);
        Assert.AreEqual(12, meter.Total());
        Assert.AreEqual(42, meter.LastAt(), "the composition's clock import is the host's clock service");
        Assert.AreEqual(2, Metering.Meter.Count(), "the service and the static export are one");
        CollectionAssert.AreEqual(new[] { "42: 5", "42: 7" }, host.Services.GetRequiredService<Lines_T.Service>().Lines());
        await host.StopAsync();
        Assert.IsFalse(Metering<Metering.Import_clock>.IsInitialized, "the host ran Shutdown");
    }

    [TestMethod]
    public async Task The_sample_worker_takes_the_export_by_injection_and_stops_the_host()
    {
        SamplingWorker.Samples = 3;
        using var host = WorkerHost.CreateBuilder([], new FixedClock(7)).Build();
        await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.AreEqual(3, Metering.Meter.Count());
        Assert.AreEqual(60, Metering.Meter.Total());
    }

    /// <summary>A hosted service that uses the export in its own start and stop.</summary>
    private sealed class EarlyUser(Meter_T.Service meter) : IHostedService
    {
        public static int SeenAtStart, SeenAtStop;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            meter.Record(1);
            SeenAtStart = meter.Count();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            meter.Record(1);
            SeenAtStop = meter.Count();
            return Task.CompletedTask;
        }
    }

    [TestMethod]
    public async Task The_composition_runs_around_every_hosted_service_whatever_the_order_of_registration()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<Clock_T.Service>(new FixedClock(3));
        builder.Services.AddHostedService<EarlyUser>();   // before AddUnits: found by a user who tried the docs
        builder.Services.AddUnits<Metering>();
        using var host = builder.Build();
        await host.StartAsync();
        Assert.AreEqual(1, EarlyUser.SeenAtStart, "started (and initialized) before the hosted service that uses it");
        Assert.IsTrue(Metering.IsInitialized);
        await host.StopAsync();
        Assert.AreEqual(2, EarlyUser.SeenAtStop, "stopped only after the hosted service that uses it");
        Assert.IsFalse(Metering.IsInitialized);
    }

    [TestMethod]
    public async Task A_missing_import_service_stops_the_start_with_the_import_named()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddUnits<Metering>();
        using var host = builder.Build();
        var error = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => host.StartAsync());
        StringAssert.Contains(error.Message, "import 'clock'");
        StringAssert.Contains(error.Message, "Units.Std.Clock_T.Service");
        StringAssert.Contains(error.Message, "services.AddSingleton<Clock_T.Service, …>()");
    }

    [TestMethod]
    public async Task A_composition_without_imports_is_its_own_host_type_and_registers_every_export()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddUnits<Counting>().AddUnits<Counting>();
        using var host = builder.Build();
        var starts = Counting.Apples.Starts;
        await host.StartAsync();
        var apples = host.Services.GetRequiredKeyedService<Tally_T.Service>("apples");
        var pears = host.Services.GetRequiredKeyedService<Tally_T.Service>("pears");
        apples.Add(3);
        pears.Add(10);
        Assert.AreEqual(3, Counting.Apples.Value());
        Assert.AreEqual(10, Counting.Pears.Value(), "two exports of one bundletype: two services, each its own instance");
        Assert.AreEqual(2, host.Services.GetServices<Tally_T.Service>().Count());
        Assert.AreEqual(starts + 1, Counting.Apples.Starts, "added twice, started once");
        await host.StopAsync();
        Assert.IsFalse(Counting.IsInitialized);
    }
}
