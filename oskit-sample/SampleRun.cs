namespace OSKit;

/// <summary>Runs one composed system from start to shutdown; the program and the tests both use it.</summary>
public static class SampleRun
{
    /// <summary>Initializes the system, runs the workload, shuts the system down (the filesystem is unmounted cleanly).</summary>
    public static (WorkloadReport Report, string CompositionName) Run(string platform, string strategy, string driver, string? imagePath, int? threads = null)
    {
        var system = Systems.Find(platform, strategy, driver)
                     ?? throw new ArgumentException($"no system composes platform '{platform}', strategy '{strategy}' and driver '{driver}'");
        BootOptions.ImagePath = imagePath;
        system.Initialize();
        try
        {
            var options = new WorkloadOptions();
            return (system.Run(threads is { } n ? options with { Threads = n } : options), system.Facts.Name);
        }
        finally
        {
            system.Shutdown();
            BootOptions.ImagePath = null;
        }
    }
}
