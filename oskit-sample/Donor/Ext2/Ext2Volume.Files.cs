using System.Buffers.Binary;
using static OSKit.Donor.Ext2.Ext2Errno;

namespace OSKit.Donor.Ext2;

public sealed partial class Ext2Volume
{
    /// <summary>The largest file: twelve direct blocks, one indirect and one double-indirect block's worth.</summary>
    public const long MaxFileSize = (Inode.Direct + PointersPerBlock + (long)PointersPerBlock * PointersPerBlock) * BlockSize;

    /// <summary>Reads up to buffer.Length bytes at <paramref name="position"/>: the count read (0 at the end), or -errno.</summary>
    public int Read(uint ino, long position, Span<byte> buffer)
    {
        if (!ValidInode(ino) || position < 0) return -EINVAL;
        var inode = ReadInode(ino);
        if (!inode.InUse) return -ENOENT;
        if (inode.IsDirectory) return -EISDIR;
        if (position >= inode.FileSize) return 0;
        var count = (int)Math.Min(buffer.Length, inode.FileSize - position);
        var block = new byte[BlockSize];
        for (var done = 0; done < count;)
        {
            var at = position + done;
            var offset = (int)(at % BlockSize);
            var chunk = Math.Min(count - done, BlockSize - offset);
            var physical = MapBlock(inode, at / BlockSize, allocate: false, ino);
            if (physical == 0) buffer.Slice(done, chunk).Clear(); // a hole reads as zeros
            else
            {
                _device.ReadBlock(physical, block);
                block.AsSpan(offset, chunk).CopyTo(buffer[done..]);
            }
            done += chunk;
        }
        return count;
    }

    /// <summary>Writes all of <paramref name="data"/> at <paramref name="position"/>, growing the file: the count written, or -errno.</summary>
    public int Write(uint ino, long position, ReadOnlySpan<byte> data)
    {
        if (!ValidInode(ino) || position < 0) return -EINVAL;
        if (position + data.Length > MaxFileSize) return -EFBIG;
        var inode = ReadInode(ino);
        if (!inode.InUse) return -ENOENT;
        if (inode.IsDirectory) return -EISDIR;
        var block = new byte[BlockSize];
        var written = 0;
        var result = 0;
        while (written < data.Length)
        {
            var at = position + written;
            var offset = (int)(at % BlockSize);
            var chunk = Math.Min(data.Length - written, BlockSize - offset);
            var physical = MapBlock(inode, at / BlockSize, allocate: true, ino);
            if (physical == 0)
            {
                result = -ENOSPC;
                break;
            }
            if (chunk < BlockSize)
            {
                // A partial block keeps the rest of what it held (a new block is zeroed by MapBlock).
                _device.ReadBlock(physical, block);
            }
            data.Slice(written, chunk).CopyTo(block.AsSpan(offset));
            _device.WriteBlock(physical, block);
            written += chunk;
        }
        inode.FileSize = Math.Max(inode.FileSize, position + written);
        inode.ModifiedTime = (uint)DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        WriteInode(ino, inode);
        return written > 0 || result == 0 ? written : result;
    }

    /// <summary>
    /// The physical block that holds logical block <paramref name="logical"/> of the file; 0 for a hole
    /// (or, when allocating, a full disk). New data and indirect blocks are zeroed and counted in the inode,
    /// which the caller writes back.
    /// </summary>
    private uint MapBlock(Inode inode, long logical, bool allocate, uint ino)
    {
        var goal = GoalFor(inode, ino);
        if (logical < Inode.Direct) return Slot(ref inode.Block[logical], inode, allocate, goal);
        logical -= Inode.Direct;
        if (logical < PointersPerBlock)
        {
            var indirect = Slot(ref inode.Block[Inode.Indirect], inode, allocate, goal);
            return indirect == 0 ? 0 : Pointer(indirect, (int)logical, inode, allocate, goal);
        }
        logical -= PointersPerBlock;
        if (logical >= (long)PointersPerBlock * PointersPerBlock) return 0;
        var doubleIndirect = Slot(ref inode.Block[Inode.DoubleIndirect], inode, allocate, goal);
        if (doubleIndirect == 0) return 0;
        var middle = Pointer(doubleIndirect, (int)(logical / PointersPerBlock), inode, allocate, goal);
        return middle == 0 ? 0 : Pointer(middle, (int)(logical % PointersPerBlock), inode, allocate, goal);
    }

    /// <summary>Blocks go near the file's last block, or near its inode's group.</summary>
    private uint GoalFor(Inode inode, uint ino)
    {
        var last = inode.Block.Take(Inode.Direct).LastOrDefault(b => b != 0);
        return last != 0 ? last + 1 : GroupStart(_super, (int)((ino - 1) / _super.InodesPerGroup));
    }

    private uint Slot(ref uint slot, Inode inode, bool allocate, uint goal)
    {
        if (slot != 0 || !allocate) return slot;
        slot = NewZeroedBlock(inode, goal);
        return slot;
    }

    /// <summary>Entry <paramref name="index"/> of an indirect block, allocating it when asked.</summary>
    private uint Pointer(uint table, int index, Inode inode, bool allocate, uint goal)
    {
        var block = new byte[BlockSize];
        _device.ReadBlock(table, block);
        var value = BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(index * 4));
        if (value != 0 || !allocate) return value;
        value = NewZeroedBlock(inode, goal);
        if (value == 0) return 0;
        BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(index * 4), value);
        _device.WriteBlock(table, block);
        return value;
    }

    private uint NewZeroedBlock(Inode inode, uint goal)
    {
        var block = AllocateBlock(goal);
        if (block == 0) return 0;
        _device.WriteBlock(block, new byte[BlockSize]);
        inode.Sectors += BlockSize / 512;
        return block;
    }

    /// <summary>Every block the inode holds: data blocks and the indirect blocks that map them.</summary>
    internal IEnumerable<uint> BlocksOf(Inode inode, List<string>? problems = null, uint ino = 0)
    {
        for (var i = 0; i < Inode.Direct; i++) if (inode.Block[i] != 0) yield return inode.Block[i];
        foreach (var block in Tree(inode.Block[Inode.Indirect], 1, problems, ino)) yield return block;
        foreach (var block in Tree(inode.Block[Inode.DoubleIndirect], 2, problems, ino)) yield return block;
        if (inode.Block[Inode.TripleIndirect] != 0) problems?.Add($"inode {ino}: triple-indirect block {inode.Block[Inode.TripleIndirect]} is not supported");
    }

    private IEnumerable<uint> Tree(uint table, int depth, List<string>? problems, uint ino)
    {
        if (table == 0) yield break;
        yield return table;
        if (table >= _super.BlocksCount)
        {
            problems?.Add($"inode {ino}: indirect block {table} is past the end of the disk");
            yield break;
        }
        var block = new byte[BlockSize];
        _device.ReadBlock(table, block);
        for (var i = 0; i < PointersPerBlock; i++)
        {
            var pointer = BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(i * 4));
            if (pointer == 0) continue;
            if (depth == 1) yield return pointer;
            else foreach (var child in Tree(pointer, depth - 1, problems, ino)) yield return child;
        }
    }

    private void FreeAllBlocks(Inode inode)
    {
        foreach (var block in BlocksOf(inode).ToList()) FreeBlock(block);
        Array.Clear(inode.Block);
        inode.Sectors = 0;
        inode.FileSize = 0;
    }
}
