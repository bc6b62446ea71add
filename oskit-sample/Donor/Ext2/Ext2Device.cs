namespace OSKit.Donor.Ext2;

// Donor code: an ext2-like filesystem written against its own interfaces, as the filesystem
// code the OSKit took from Linux and FreeBSD was. It knows nothing of units: the sample adapts it.

/// <summary>The donor filesystem's view of the disk it lives on: whole blocks of <see cref="Ext2Volume.BlockSize"/> bytes.</summary>
public interface IExt2Device
{
    /// <summary>How many blocks the device holds.</summary>
    uint BlockCount { get; }

    void ReadBlock(uint block, Span<byte> buffer);

    void WriteBlock(uint block, ReadOnlySpan<byte> data);
}

/// <summary>The donor's error numbers (Linux's): results are negative errno values.</summary>
public static class Ext2Errno
{
    public const int ENOENT = 2;
    public const int EIO = 5;
    public const int EEXIST = 17;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int EINVAL = 22;
    public const int EFBIG = 27;
    public const int ENOSPC = 28;
    public const int ENAMETOOLONG = 36;
    public const int ENOTEMPTY = 39;
    /// <summary>No filesystem, or a damaged one ("structure needs cleaning").</summary>
    public const int EUCLEAN = 117;
}

/// <summary>What ext2_getattr reports.</summary>
public readonly record struct Ext2Attributes(uint Inode, bool IsDirectory, long Size, int Links, int Blocks);

/// <summary>One directory entry.</summary>
public readonly record struct Ext2DirectoryEntry(string Name, uint Inode, bool IsDirectory);

/// <summary>The volume as a whole.</summary>
public sealed record Ext2Summary(string Label, uint Blocks, uint FreeBlocks, uint Inodes, uint FreeInodes, int Groups, int MountCount, bool FormattedThisMount);

/// <summary>What the consistency check found: counts, and every inconsistency (empty when clean).</summary>
public sealed record Ext2CheckReport(IReadOnlyList<string> Errors, int Directories, int Files, long BytesInFiles, uint BlocksUsed, uint InodesUsed)
{
    public bool IsClean => Errors.Count == 0;
}
