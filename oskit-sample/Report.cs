using System.Globalization;

namespace OSKit;

/// <summary>The sample's report: what was composed, what the workload did, and what fsck found.</summary>
internal static class Report
{
    public static void Write(TextWriter o, ComposedSystem system, WorkloadReport r, bool verbose)
    {
        var facts = system.Facts;
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"OSKit sample: {facts.Name} ({system.Platform} platform, {system.Driver.ToUpperInvariant()} driver family, {r.Queue.Strategy} strategy)");
        o.WriteLine();
        o.WriteLine("composition (wired and checked at build time)");
        o.WriteLine(string.Create(c, $"  {facts.Instances.Length} instances, {facts.Links.Length} links, {facts.RuleClauses} rule clauses over {string.Join(", ", facts.Properties)}: all hold"));
        o.WriteLine($"  initializers: {string.Join(" -> ", facts.Initializers.Select(Short))}");
        Wrap(o, "  units: ", facts.Instances.Select(i => i.Unit).Distinct().Order(StringComparer.Ordinal));
        if (verbose)
        {
            foreach (var (instance, unit) in facts.Instances) o.WriteLine($"    {instance,-34} {unit}");
            foreach (var link in facts.Links) o.WriteLine($"    {link}");
            o.WriteLine($"  finalizers: {string.Join(" -> ", facts.Finalizers.Select(Short))}");
        }
        o.WriteLine();
        o.WriteLine("disk");
        o.WriteLine($"  image: {r.DiskImage}");
        o.WriteLine(string.Create(c, $"  {r.Disk.Model}: {r.Disk.Commands:N0} commands, {r.Disk.SectorsRead:N0} sectors read, {r.Disk.SectorsWritten:N0} written, head travel {r.Disk.HeadTravel:N0} sectors ({r.Disk.SeekTime.TotalMilliseconds:N0} ms seeking), {r.Disk.Errors} errors"));
        o.WriteLine(string.Create(c, $"  request queue: {r.Queue.Requests:N0} requests, up to {r.Queue.MaxPending} pending at once, {r.Queue.Failed} failed"));
        o.WriteLine(string.Create(c, $"  filesystem: '{r.FileSystem.Label}', {(r.FileSystem.Formatted ? "made new this run" : $"remounted (mount {r.FileSystem.MountCount})")}, {Mib(r.FileSystem.FreeBytes)} free of {Mib(r.FileSystem.TotalBytes)}"));
        o.WriteLine();
        o.WriteLine(string.Create(c, $"workload (run {r.Run}, {r.Elapsed.TotalSeconds:F2} s)"));
        o.WriteLine(string.Create(c, $"  {r.DirectoriesCreated} directories and {r.FilesCreated} files created, {Mib(r.BytesWritten)} written"));
        o.WriteLine(string.Create(c, $"  {Mib(r.BytesVerified)} read back and verified; {r.Renamed} renamed, {r.Deleted} deleted, {r.Listings} listings checked"));
        o.WriteLine(string.Create(c, $"  raw partition: {r.RawBlocks} blocks written and verified; {r.RawReads.Threads} readers at once moved the head {r.RawReads.MeanSeek:N0} sectors per read ({r.RawReads.SeekTime.TotalMilliseconds:N0} ms seeking)"));
        o.WriteLine(r.EarlierRuns == 0 ? "  earlier runs: none on this disk" : string.Create(c, $"  earlier runs: {r.EarlierRuns}, {r.EarlierFilesVerified} of their files verified"));
        foreach (var failure in r.Failures.Take(20)) o.WriteLine($"  FAILED: {failure}");
        if (r.Failures.Count > 20) o.WriteLine($"  ... and {r.Failures.Count - 20} more failures");
        o.WriteLine();
        var f = r.Fsck;
        o.WriteLine(string.Create(c, $"fsck: {(f.IsClean ? "clean" : $"{f.Errors.Count} problems")}; {f.Directories} directories, {f.Files} files, {Mib(f.Bytes)} in files, {f.BlocksUsed:N0} blocks and {f.InodesUsed:N0} inodes in use"));
        foreach (var problem in f.Errors.Take(20)) o.WriteLine($"  {problem}");
        if (verbose)
        {
            o.WriteLine();
            o.WriteLine("kernel log");
            foreach (var line in r.KernelLog) o.WriteLine($"  {line}");
        }
        o.WriteLine();
        o.WriteLine(r.Succeeded ? "result: every file verified, filesystem consistent" : "result: FAILED");
    }

    private static string Short(string call) => call[(call.IndexOf('_') + 1)..];

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F2} MiB");

    private static void Wrap(TextWriter o, string prefix, IEnumerable<string> items)
    {
        var line = prefix;
        foreach (var item in items)
        {
            if (line.Length + item.Length > 100 && line.Length > prefix.Length)
            {
                o.WriteLine(line.TrimEnd(',', ' ') + ",");
                line = new string(' ', prefix.Length);
            }
            line += item + ", ";
        }
        o.WriteLine(line.TrimEnd(',', ' '));
    }
}
