namespace OSKit;

/// <summary>How much work the workload does; <see cref="FitTo"/> scales it to the filesystem it runs on.</summary>
public sealed record WorkloadOptions(int Threads = 4, int FilesPerThread = 40, int RawWorkers = 6, int RawBlocksPerWorker = 200, bool LargeFiles = true)
{
    /// <summary>Small filesystems (a floppy's) get fewer threads and files, and no file past the indirect block.</summary>
    public WorkloadOptions FitTo(long fileSystemBytes) => fileSystemBytes >= 8 << 20
        ? this
        : this with { Threads = Math.Min(Threads, 2), FilesPerThread = Math.Min(FilesPerThread, 12), RawWorkers = Math.Min(RawWorkers, 1), RawBlocksPerWorker = Math.Min(RawBlocksPerWorker, 40), LargeFiles = false };
}

/// <summary>What the workload did, and whether everything it read back was what it wrote.</summary>
public sealed record WorkloadReport(
    WorkloadOptions Options,
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
