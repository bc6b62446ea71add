using OSKit.Donor.Ext2;

namespace OSKit.Glue;

/// <summary>
/// FS Instance (Singleton): the one mounted donor volume, behind static ext2_* exports. Mount
/// makes a filesystem first when the partition holds none.
/// </summary>
partial struct FsInstance<TSelf, TDisk, TLog>
{
    private static Ext2Volume? s_volume;

    public static int ext2_lookup(uint directory, string name) => Volume.Lookup(directory, name);

    public static int ext2_create(uint directory, string name, bool isDirectory) => Volume.Create(directory, name, isDirectory);

    public static int ext2_unlink(uint directory, string name) => Volume.Unlink(directory, name);

    public static int ext2_rename(uint fromDirectory, string fromName, uint toDirectory, string toName) => Volume.Rename(fromDirectory, fromName, toDirectory, toName);

    public static int ext2_read(uint inode, long position, Span<byte> buffer) => Volume.Read(inode, position, buffer);

    public static int ext2_write(uint inode, long position, ReadOnlySpan<byte> data) => Volume.Write(inode, position, data);

    public static int ext2_getattr(uint inode, out Ext2Attributes attributes) => Volume.GetAttributes(inode, out attributes);

    public static int ext2_readdir(uint directory, List<Ext2DirectoryEntry> entries) => Volume.ReadDirectory(directory, entries);

    public static int ext2_sync() => Volume.Sync();

    public static Ext2CheckReport ext2_fsck() => Volume.Check();

    public static Ext2Summary ext2_summary() => Volume.Summary();

    private static Ext2Volume Volume => s_volume ?? throw new InvalidOperationException("the filesystem is not mounted");

    private static void Mount()
    {
        var device = new PartitionDevice();
        var formatted = false;
        if (Ext2Volume.Mount(device, out s_volume) == -Ext2Errno.EUCLEAN)
        {
            var result = Ext2Volume.Format(device, "oskit");
            if (result < 0) throw new IOException($"ext2: cannot make a filesystem on a partition of {device.BlockCount} blocks: errno {-result}");
            TLog.Log($"ext2: made a new filesystem of {device.BlockCount} blocks");
            formatted = true;
            Ext2Volume.Mount(device, out s_volume, formatted);
        }
        var summary = Volume.Summary();
        TLog.Log($"ext2: mounted '{summary.Label}' ({summary.Groups} groups, {summary.FreeBlocks} of {summary.Blocks} blocks free, mount {summary.MountCount}){(formatted ? "" : ", existing data kept")}");
    }

    private static void Unmount()
    {
        s_volume?.Unmount();
        s_volume = null;
        TLog.Log("ext2: unmounted cleanly");
    }

    /// <summary>The donor's disk interface on the partition it was given: 1 KiB blocks as pairs of sectors.</summary>
    private sealed class PartitionDevice : IExt2Device
    {
        private static int SectorsPerBlock => Ext2Volume.BlockSize / TDisk.SectorSize();

        public uint BlockCount => (uint)(TDisk.Sectors() / SectorsPerBlock);

        public void ReadBlock(uint block, Span<byte> buffer) => TDisk.Read((long)block * SectorsPerBlock, buffer[..Ext2Volume.BlockSize]);

        public void WriteBlock(uint block, ReadOnlySpan<byte> data) => TDisk.Write((long)block * SectorsPerBlock, data[..Ext2Volume.BlockSize]);
    }
}

/// <summary>ext2_filesys_adapter: the donor's inode numbers and errno results as handles and FileSystemExceptions.</summary>
partial struct Ext2FilesysAdapter<TSelf, TExt2>
{
    public static FileHandle Root() => new(Ext2Volume.RootInode);

    public static FileHandle Lookup(FileHandle directory, string name) => new((uint)Check(TExt2.ext2_lookup(directory.Inode, name), name));

    public static FileHandle Create(FileHandle directory, string name, FileKind kind) =>
        new((uint)Check(TExt2.ext2_create(directory.Inode, name, kind == FileKind.Directory), name));

    public static void Remove(FileHandle directory, string name) => Check(TExt2.ext2_unlink(directory.Inode, name), name);

    public static void Rename(FileHandle fromDirectory, string fromName, FileHandle toDirectory, string toName) =>
        Check(TExt2.ext2_rename(fromDirectory.Inode, fromName, toDirectory.Inode, toName), $"{fromName} -> {toName}");

    public static int Read(FileHandle file, long offset, Span<byte> buffer) => Check(TExt2.ext2_read(file.Inode, offset, buffer), file.ToString());

    public static void Write(FileHandle file, long offset, ReadOnlySpan<byte> data)
    {
        var written = Check(TExt2.ext2_write(file.Inode, offset, data), file.ToString());
        if (written != data.Length) throw new FileSystemException(FileError.NoSpace, $"{file}: only {written} of {data.Length} bytes written: no space left");
    }

    public static FileInfo Stat(FileHandle file)
    {
        Check(TExt2.ext2_getattr(file.Inode, out var attributes), file.ToString());
        return new FileInfo(file, attributes.IsDirectory ? FileKind.Directory : FileKind.File, attributes.Size, attributes.Links);
    }

    public static IReadOnlyList<string> List(FileHandle directory)
    {
        var entries = new List<Ext2DirectoryEntry>();
        Check(TExt2.ext2_readdir(directory.Inode, entries), directory.ToString());
        return entries.Where(e => e.Name is not ("." or "..")).Select(e => e.Name).ToList();
    }

    public static void Sync() => Check(TExt2.ext2_sync(), "sync");

    public static FsckReport Check()
    {
        var report = TExt2.ext2_fsck();
        return new FsckReport(report.Errors, report.Directories, report.Files, report.BytesInFiles, report.BlocksUsed, report.InodesUsed);
    }

    public static FsInfo Info()
    {
        var summary = TExt2.ext2_summary();
        return new FsInfo(summary.Label, (long)summary.Blocks * Ext2Volume.BlockSize, (long)summary.FreeBlocks * Ext2Volume.BlockSize,
            summary.Inodes, summary.FreeInodes, summary.MountCount, summary.FormattedThisMount);
    }

    /// <summary>A non-negative result, or the exception for its errno.</summary>
    private static int Check(int result, string what) => result >= 0 ? result : throw new FileSystemException(ErrorOf(-result), $"{what}: {Describe(-result)}");

    private static FileError ErrorOf(int errno) => errno switch
    {
        Ext2Errno.ENOENT => FileError.NotFound,
        Ext2Errno.EEXIST => FileError.Exists,
        Ext2Errno.ENOTDIR => FileError.NotDirectory,
        Ext2Errno.EISDIR => FileError.IsDirectory,
        Ext2Errno.ENOTEMPTY => FileError.NotEmpty,
        Ext2Errno.ENAMETOOLONG => FileError.NameTooLong,
        Ext2Errno.ENOSPC => FileError.NoSpace,
        Ext2Errno.EFBIG => FileError.FileTooLarge,
        Ext2Errno.EINVAL => FileError.InvalidArgument,
        _ => FileError.IoError,
    };

    private static string Describe(int errno) => errno switch
    {
        Ext2Errno.ENOENT => "no such file or directory",
        Ext2Errno.EEXIST => "file exists",
        Ext2Errno.ENOTDIR => "not a directory",
        Ext2Errno.EISDIR => "is a directory",
        Ext2Errno.ENOTEMPTY => "directory not empty",
        Ext2Errno.ENAMETOOLONG => "file name too long",
        Ext2Errno.ENOSPC => "no space left on device",
        Ext2Errno.EFBIG => "file too large",
        Ext2Errno.EINVAL => "invalid argument",
        _ => $"input/output error (errno {errno})",
    };
}

/// <summary>lock_filesys (Decorator): every call under the lock it imports.</summary>
partial struct LockFilesys<TSelf, TInner, TLock>
{
    public static FileHandle Root() => TInner.Root();

    public static FileHandle Lookup(FileHandle directory, string name) => Locked(() => TInner.Lookup(directory, name));

    public static FileHandle Create(FileHandle directory, string name, FileKind kind) => Locked(() => TInner.Create(directory, name, kind));

    public static void Remove(FileHandle directory, string name) => Locked(() => { TInner.Remove(directory, name); return 0; });

    public static void Rename(FileHandle fromDirectory, string fromName, FileHandle toDirectory, string toName) =>
        Locked(() => { TInner.Rename(fromDirectory, fromName, toDirectory, toName); return 0; });

    public static int Read(FileHandle file, long offset, Span<byte> buffer)
    {
        TLock.Acquire();
        try { return TInner.Read(file, offset, buffer); }
        finally { TLock.Release(); }
    }

    public static void Write(FileHandle file, long offset, ReadOnlySpan<byte> data)
    {
        TLock.Acquire();
        try { TInner.Write(file, offset, data); }
        finally { TLock.Release(); }
    }

    public static FileInfo Stat(FileHandle file) => Locked(() => TInner.Stat(file));

    public static IReadOnlyList<string> List(FileHandle directory) => Locked(() => TInner.List(directory));

    public static void Sync() => Locked(() => { TInner.Sync(); return 0; });

    public static FsckReport Check() => Locked(TInner.Check);

    public static FsInfo Info() => Locked(TInner.Info);

    private static T Locked<T>(Func<T> call)
    {
        TLock.Acquire();
        try { return call(); }
        finally { TLock.Release(); }
    }
}

/// <summary>fs_namespace: paths on top of handles. Paths are absolute; '.' and '..' components are not allowed.</summary>
partial struct FsNamespace<TSelf, TFs>
{
    public static void MakeDirectory(string path)
    {
        var (parent, name) = Parent(path);
        TFs.Create(parent, name, FileKind.Directory);
    }

    public static FileHandle CreateFile(string path)
    {
        var (parent, name) = Parent(path);
        return TFs.Create(parent, name, FileKind.File);
    }

    public static FileHandle Open(string path) => Resolve(path);

    public static int Read(FileHandle file, long offset, Span<byte> buffer) => TFs.Read(file, offset, buffer);

    public static void Write(FileHandle file, long offset, ReadOnlySpan<byte> data) => TFs.Write(file, offset, data);

    public static void Rename(string from, string to)
    {
        var (fromParent, fromName) = Parent(from);
        var (toParent, toName) = Parent(to);
        TFs.Rename(fromParent, fromName, toParent, toName);
    }

    public static void Remove(string path)
    {
        var (parent, name) = Parent(path);
        TFs.Remove(parent, name);
    }

    public static IReadOnlyList<string> List(string path) => TFs.List(Resolve(path));

    public static FileInfo Stat(string path) => TFs.Stat(Resolve(path));

    public static bool Exists(string path)
    {
        try
        {
            Resolve(path);
            return true;
        }
        catch (FileSystemException e) when (e.Error is FileError.NotFound or FileError.NotDirectory)
        {
            return false;
        }
    }

    public static void Sync() => TFs.Sync();

    public static FsckReport Check() => TFs.Check();

    public static FsInfo Info() => TFs.Info();

    private static string[] Components(string path)
    {
        if (!path.StartsWith('/')) throw new FileSystemException(FileError.InvalidArgument, $"'{path}': paths start at the root, with '/'");
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p is "." or "..")) throw new FileSystemException(FileError.InvalidArgument, $"'{path}': '.' and '..' are not allowed in paths");
        return parts;
    }

    private static FileHandle Resolve(string path) => Components(path).Aggregate(TFs.Root(), TFs.Lookup);

    private static (FileHandle Parent, string Name) Parent(string path)
    {
        var parts = Components(path);
        if (parts.Length == 0) throw new FileSystemException(FileError.InvalidArgument, "the root has no parent");
        return (parts[..^1].Aggregate(TFs.Root(), TFs.Lookup), parts[^1]);
    }
}
