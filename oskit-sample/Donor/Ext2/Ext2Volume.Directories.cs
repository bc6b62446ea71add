using System.Text;
using static OSKit.Donor.Ext2.Ext2Errno;

namespace OSKit.Donor.Ext2;

public sealed partial class Ext2Volume
{
    private const int MaxNameBytes = 255;

    /// <summary>The inode of <paramref name="name"/> in a directory, or -errno.</summary>
    public int Lookup(uint directory, string name)
    {
        var check = CheckDirectory(directory, out _);
        if (check < 0) return check;
        var found = Find(directory, name);
        return found is null ? -ENOENT : (int)found.Value.Entry.Inode;
    }

    /// <summary>Creates an empty file or directory: its inode, or -errno.</summary>
    public int Create(uint directory, string name, bool isDirectory)
    {
        var check = CheckDirectory(directory, out var parent) is var c and < 0 ? c : CheckName(name);
        if (check < 0) return check;
        if (Find(directory, name) is not null) return -EEXIST;
        var ino = AllocateInode(directory, isDirectory);
        if (ino == 0) return -ENOSPC;
        var inode = new Inode { Mode = isDirectory ? Inode.DirectoryMode : Inode.FileMode, Links = (ushort)(isDirectory ? 2 : 1) };
        if (isDirectory)
        {
            var block = AllocateBlock(GroupStart(_super, (int)((ino - 1) / _super.InodesPerGroup)));
            if (block == 0)
            {
                Release(ino, inode);
                return -ENOSPC;
            }
            inode.Block[0] = block;
            inode.FileSize = BlockSize;
            inode.Sectors = BlockSize / 512;
            WriteDirectoryBlock(block, ino, directory);
        }
        WriteInode(ino, inode);
        var added = AddEntry(directory, parent, name, ino, isDirectory);
        if (added < 0)
        {
            Release(ino, inode);
            return added;
        }
        if (isDirectory)
        {
            parent = ReadInode(directory);
            parent.Links++;
            WriteInode(directory, parent);
        }
        return (int)ino;
    }

    /// <summary>Removes a name: a file loses a link (and is freed with its last); a directory must be empty. 0 or -errno.</summary>
    public int Unlink(uint directory, string name)
    {
        var check = CheckDirectory(directory, out _);
        if (check < 0) return check;
        if (name is "." or "..") return -EINVAL;
        if (Find(directory, name) is not { } found) return -ENOENT;
        var ino = found.Entry.Inode;
        var inode = ReadInode(ino);
        if (inode.IsDirectory)
        {
            var entries = new List<Ext2DirectoryEntry>();
            ReadDirectory(ino, entries);
            if (entries.Any(e => e.Name is not ("." or ".."))) return -ENOTEMPTY;
        }
        RemoveEntry(found);
        if (inode.IsDirectory)
        {
            Release(ino, inode);
            var parent = ReadInode(directory);
            parent.Links--;
            WriteInode(directory, parent);
        }
        else if (--inode.Links == 0)
        {
            Release(ino, inode);
        }
        else
        {
            WriteInode(ino, inode);
        }
        return 0;
    }

    /// <summary>Moves a name, replacing a file of the target name; a directory may not move under itself. 0 or -errno.</summary>
    public int Rename(uint fromDirectory, string fromName, uint toDirectory, string toName)
    {
        var check = CheckDirectory(fromDirectory, out _) is var c1 and < 0 ? c1 : CheckDirectory(toDirectory, out _) is var c2 and < 0 ? c2 : CheckName(toName);
        if (check < 0) return check;
        if (fromName is "." or "..") return -EINVAL;
        if (Find(fromDirectory, fromName) is not { } source) return -ENOENT;
        var ino = source.Entry.Inode;
        var inode = ReadInode(ino);
        if (fromDirectory == toDirectory && fromName == toName) return 0;
        if (inode.IsDirectory && IsWithin(toDirectory, ino)) return -EINVAL;
        if (Find(toDirectory, toName) is { } existing)
        {
            var target = ReadInode(existing.Entry.Inode);
            if (target.IsDirectory || inode.IsDirectory) return -EEXIST;
            var removed = Unlink(toDirectory, toName);
            if (removed < 0) return removed;
        }
        var added = AddEntry(toDirectory, ReadInode(toDirectory), toName, ino, inode.IsDirectory);
        if (added < 0) return added;
        RemoveEntry(Find(fromDirectory, fromName)!.Value);
        if (inode.IsDirectory && fromDirectory != toDirectory)
        {
            // The directory's ".." now names its new parent; the link counts follow.
            SetDotDot(inode, toDirectory);
            var oldParent = ReadInode(fromDirectory);
            oldParent.Links--;
            WriteInode(fromDirectory, oldParent);
            var newParent = ReadInode(toDirectory);
            newParent.Links++;
            WriteInode(toDirectory, newParent);
        }
        return 0;
    }

    /// <summary>Appends every entry of a directory (with "." and ".."): the count, or -errno.</summary>
    public int ReadDirectory(uint directory, List<Ext2DirectoryEntry> entries)
    {
        var check = CheckDirectory(directory, out var inode);
        if (check < 0) return check;
        var before = entries.Count;
        foreach (var (_, block) in DirectoryBlocks(inode, directory))
        {
            foreach (var entry in DirectoryBlock.Parse(block) ?? [])
            {
                if (entry.Inode != 0) entries.Add(new Ext2DirectoryEntry(entry.Name, entry.Inode, entry.Type == DirectoryBlock.TypeDirectory));
            }
        }
        return entries.Count - before;
    }

    public int GetAttributes(uint ino, out Ext2Attributes attributes)
    {
        attributes = default;
        if (!ValidInode(ino)) return -EINVAL;
        var inode = ReadInode(ino);
        if (!inode.InUse) return -ENOENT;
        attributes = new Ext2Attributes(ino, inode.IsDirectory, inode.FileSize, inode.Links, (int)inode.Sectors / (BlockSize / 512));
        return 0;
    }

    // ---- helpers ----

    private int CheckDirectory(uint directory, out Inode inode)
    {
        inode = null!;
        if (!ValidInode(directory)) return -EINVAL;
        inode = ReadInode(directory);
        if (!inode.InUse) return -ENOENT;
        return inode.IsDirectory ? 0 : -ENOTDIR;
    }

    private static int CheckName(string name)
    {
        if (name.Length == 0 || name is "." or ".." || name.Contains('/') || name.Contains('\0')) return -EINVAL;
        return Encoding.UTF8.GetByteCount(name) > MaxNameBytes ? -ENAMETOOLONG : 0;
    }

    private readonly record struct Found(uint Block, DirectoryBlock.Entry Entry, DirectoryBlock.Entry? Previous);

    /// <summary>Each block of a directory, with its contents.</summary>
    private IEnumerable<(uint Physical, byte[] Data)> DirectoryBlocks(Inode directory, uint ino)
    {
        var blocks = (directory.FileSize + BlockSize - 1) / BlockSize;
        for (var logical = 0L; logical < blocks; logical++)
        {
            var physical = MapBlock(directory, logical, allocate: false, ino);
            if (physical == 0) continue;
            var data = new byte[BlockSize];
            _device.ReadBlock(physical, data);
            yield return (physical, data);
        }
    }

    private Found? Find(uint directory, string name)
    {
        foreach (var (physical, data) in DirectoryBlocks(ReadInode(directory), directory))
        {
            DirectoryBlock.Entry? previous = null;
            foreach (var entry in DirectoryBlock.Parse(data) ?? [])
            {
                if (entry.Inode != 0 && entry.Name == name) return new Found(physical, entry, previous);
                previous = entry;
            }
        }
        return null;
    }

    /// <summary>Puts a name in the first block with room (splitting an entry's slack), or in a new block at the end.</summary>
    private int AddEntry(uint directory, Inode parent, string name, uint ino, bool isDirectory)
    {
        var needed = DirectoryBlock.Needed(Encoding.UTF8.GetByteCount(name));
        var type = isDirectory ? DirectoryBlock.TypeDirectory : DirectoryBlock.TypeFile;
        foreach (var (physical, data) in DirectoryBlocks(parent, directory))
        {
            foreach (var entry in DirectoryBlock.Parse(data) ?? [])
            {
                if (entry.Inode == 0 && entry.RecordLength >= needed)
                {
                    DirectoryBlock.Write(data, entry.Offset, ino, entry.RecordLength, name, type);
                    _device.WriteBlock(physical, data);
                    return 0;
                }
                var used = entry.NeededLength;
                if (entry.Inode != 0 && entry.RecordLength - used >= needed)
                {
                    DirectoryBlock.Write(data, entry.Offset, entry.Inode, used, entry.Name, entry.Type);
                    DirectoryBlock.Write(data, entry.Offset + used, ino, entry.RecordLength - used, name, type);
                    _device.WriteBlock(physical, data);
                    return 0;
                }
            }
        }
        var logical = parent.FileSize / BlockSize;
        var block = MapBlock(parent, logical, allocate: true, directory);
        if (block == 0) return -ENOSPC;
        var fresh = new byte[BlockSize];
        DirectoryBlock.Write(fresh, 0, ino, BlockSize, name, type);
        _device.WriteBlock(block, fresh);
        parent.FileSize += BlockSize;
        WriteInode(directory, parent);
        return 0;
    }

    /// <summary>Removes an entry: its space joins the entry before it, or (first in its block) it is marked unused.</summary>
    private void RemoveEntry(Found found)
    {
        var data = new byte[BlockSize];
        _device.ReadBlock(found.Block, data);
        if (found.Previous is { } previous)
        {
            DirectoryBlock.Write(data, previous.Offset, previous.Inode, previous.RecordLength + found.Entry.RecordLength, previous.Name, previous.Type);
            data.AsSpan(found.Entry.Offset, DirectoryBlock.HeaderSize).Clear();
        }
        else
        {
            Superblock.Put(data, found.Entry.Offset, 0u);
        }
        _device.WriteBlock(found.Block, data);
    }

    /// <summary>A new directory's first block: "." and "..".</summary>
    private void WriteDirectoryBlock(uint block, uint self, uint parent)
    {
        var data = new byte[BlockSize];
        var dot = DirectoryBlock.Needed(1);
        DirectoryBlock.Write(data, 0, self, dot, ".", DirectoryBlock.TypeDirectory);
        DirectoryBlock.Write(data, dot, parent, BlockSize - dot, "..", DirectoryBlock.TypeDirectory);
        _device.WriteBlock(block, data);
    }

    private void SetDotDot(Inode directory, uint parent)
    {
        var data = new byte[BlockSize];
        _device.ReadBlock(directory.Block[0], data);
        var entries = DirectoryBlock.Parse(data);
        if (entries is not { Count: >= 2 } || entries[1].Name != "..") return;
        Superblock.Put(data, entries[1].Offset, parent);
        _device.WriteBlock(directory.Block[0], data);
    }

    /// <summary>True when <paramref name="directory"/> is <paramref name="ancestor"/> or below it.</summary>
    private bool IsWithin(uint directory, uint ancestor)
    {
        for (var current = directory; ; )
        {
            if (current == ancestor) return true;
            if (current == RootInode) return false;
            if (Find(current, "..") is not { } up || up.Entry.Inode == current) return false;
            current = up.Entry.Inode;
        }
    }
}
