namespace OSKit;

/// <summary>A file or directory, as the filesystem interfaces name it.</summary>
public readonly record struct FileHandle(uint Inode)
{
    public override string ToString() => $"inode {Inode}";
}

public enum FileKind
{
    File,
    Directory,
}

public readonly record struct FileInfo(FileHandle Handle, FileKind Kind, long Size, int Links);

/// <summary>The filesystem as a whole.</summary>
public sealed record FsInfo(string Label, long TotalBytes, long FreeBytes, long Inodes, long FreeInodes, int MountCount, bool Formatted);

/// <summary>What the consistency check (fsck) found.</summary>
public sealed record FsckReport(IReadOnlyList<string> Errors, int Directories, int Files, long Bytes, long BlocksUsed, long InodesUsed)
{
    public bool IsClean => Errors.Count == 0;
}

/// <summary>Why a filesystem operation failed, as a POSIX error name.</summary>
public enum FileError
{
    NotFound,
    Exists,
    NotDirectory,
    IsDirectory,
    NotEmpty,
    InvalidArgument,
    NameTooLong,
    NoSpace,
    FileTooLarge,
    IoError,
}

/// <summary>A filesystem operation failed.</summary>
public sealed class FileSystemException(FileError error, string message) : IOException(message)
{
    public FileError Error { get; } = error;
}
