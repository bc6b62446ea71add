using HostedWorker;
using Microsoft.Extensions.Hosting;

var host = WorkerHost.CreateBuilder(args).Build();
await host.RunAsync();
Console.WriteLine($"recorded {Metering.Meter.Count()} samples, total {Metering.Meter.Total()}");
