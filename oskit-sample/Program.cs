using OSKit;

// The OSKit-like sample: builds the chosen system (composed at compile time from the .unit files),
// formats or remounts its disk, runs the workload, checks the filesystem and prints a report.
return SampleProgram.Run(args, Console.Out, Console.Error);

namespace OSKit
{
    internal static class SampleProgram
    {
        public const string Usage = """
            usage: dotnet run --project oskit-sample -- [options]

            Runs a small operating system composed from units: a multi-threaded workload on a path
            namespace on an ext2-like filesystem on a simulated disk, then checks the filesystem.

            options:
              --strategy simple|elevator   the disk strategy (default simple: first come, first served)
              --platform machine|hosted    the OS environment (default machine: a simulated machine
                                           with an interrupt thread; hosted: a user-mode process)
              --driver ide|scsi|floppy     the driver family (default ide; scsi and floppy are
                                           composed for the machine platform and simple strategy)
              --image <path>               keep the disk in this file; a second run remounts it and
                                           verifies the files of earlier runs
              --threads <n>                worker threads (default 4)
              --verbose                    also print every instance, link and initializer
              -h, --help                   show this help

            exit codes: 0 everything verified and the filesystem is consistent; 1 a check failed;
            2 a usage problem or a disk image that cannot be used
            """;

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            string platform = "machine", strategy = "simple", driver = "ide";
            string? image = null;
            int? threads = null;
            var verbose = false;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value");
                try
                {
                    switch (args[i])
                    {
                        case "--strategy": strategy = OneOf(Value(), "--strategy", "simple", "elevator"); break;
                        case "--platform": platform = OneOf(Value(), "--platform", "machine", "hosted"); break;
                        case "--driver": driver = OneOf(Value(), "--driver", "ide", "scsi", "floppy"); break;
                        case "--image": image = Value(); break;
                        case "--threads":
                            threads = int.TryParse(Value(), out var n) && n is >= 1 and <= 64 ? n : throw new UsageException("--threads takes a number from 1 to 64");
                            break;
                        case "--verbose": verbose = true; break;
                        case "-h" or "--help":
                            output.WriteLine(Usage);
                            return 0;
                        default: throw new UsageException($"unknown option '{args[i]}'");
                    }
                }
                catch (UsageException e)
                {
                    error.WriteLine($"oskit-sample: {e.Message}");
                    error.WriteLine("Run with --help for the options.");
                    return 2;
                }
            }
            var system = Systems.Find(platform, strategy, driver);
            if (system is null)
            {
                error.WriteLine($"oskit-sample: no system in system.unit composes platform '{platform}', strategy '{strategy}' and driver '{driver}'.");
                error.WriteLine("Composed: " + string.Join("; ", Systems.All.Select(s => $"{s.Platform}/{s.Strategy}/{s.Driver}")));
                return 2;
            }
            WorkloadReport report;
            try
            {
                (report, _) = SampleRun.Run(platform, strategy, driver, image, threads);
            }
            catch (IOException e) when (image is not null)
            {
                error.WriteLine($"oskit-sample: {e.Message}");
                return 2;
            }
            Report.Write(output, system, report, verbose);
            return report.Succeeded ? 0 : 1;
        }

        private static string OneOf(string value, string option, params string[] allowed) =>
            allowed.Contains(value) ? value : throw new UsageException($"{option} is one of {string.Join(", ", allowed)}, not '{value}'");

        private sealed class UsageException(string message) : Exception(message);
    }
}
