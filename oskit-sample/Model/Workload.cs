namespace OSKit;

/// <summary>How much work the workload does.</summary>
public sealed record WorkloadOptions(int Threads = 4, int FilesPerThread = 40, int RawWorkers = 6, int RawBlocksPerWorker = 200, int Seed = 1)
{
    /// <summary>A workload sized to the disk: small disks get fewer and smaller files.</summary>
    public static WorkloadOptions For(long diskBytes, int? threads = null) => diskBytes < 4 << 20
        ? new WorkloadOptions(Threads: threads ?? 2, FilesPerThread: 12, RawWorkers: 1, RawBlocksPerWorker: 40)
        : new WorkloadOptions(Threads: threads ?? 4);
}

/// <summary>What the workload did, and whether everything it read back was what it wrote.</summary>
public sealed record WorkloadReport(
    int Run,
    TimeSpan Elapsed,
    int DirectoriesCreated,
    int FilesCreated,
    long BytesWritten,
    long BytesVerified,
    int Renamed,
    int Deleted,
    int Listings,
    int EarlierRuns,
    int EarlierFilesVerified,
    int RawBlocks,
    IReadOnlyList<string> Failures,
    FsckReport Fsck,
    FsInfo FileSystem,
    QueueStatistics Queue,
    Hardware.DiskStatistics Disk,
    SeekPhase RawReads,
    string DiskImage,
    IReadOnlyList<string> KernelLog)
{
    public bool Succeeded => Failures.Count == 0 && Fsck.IsClean;
}

/// <summary>How far the disk head travelled in one phase of the workload.</summary>
public readonly record struct SeekPhase(int Threads, long Requests, long HeadTravel, TimeSpan SeekTime)
{
    public double MeanSeek => Requests == 0 ? 0 : (double)HeadTravel / Requests;
}

/// <summary>
/// The "kernel command line": set by the program before a system is initialized, read by the units
/// that need it (the disk image's file).
/// </summary>
public static class BootOptions
{
    private static string? s_imagePath;

    /// <summary>Keep the disk in this file (created if missing); in memory when null.</summary>
    public static string? ImagePath
    {
        get => Volatile.Read(ref s_imagePath);
        set => Volatile.Write(ref s_imagePath, value);
    }
}
