using System.Buffers.Binary;
using System.Text;

namespace OSKit.Donor.Ext2;

/// <summary>The superblock (block 1), at ext2's field offsets for the fields this filesystem uses.</summary>
internal sealed class Superblock
{
    public const ushort Magic = 0xEF53;
    public const ushort StateClean = 1;
    public const ushort StateMounted = 0;

    public uint InodesCount;
    public uint BlocksCount;
    public uint FreeBlocks;
    public uint FreeInodes;
    public uint FirstDataBlock;
    public uint BlocksPerGroup;
    public uint InodesPerGroup;
    public ushort MountCount;
    public ushort State;
    public uint FirstInode;
    public string Label = string.Empty;

    public int GroupCount => (int)((BlocksCount - FirstDataBlock + BlocksPerGroup - 1) / BlocksPerGroup);

    public static bool TryRead(ReadOnlySpan<byte> b, out Superblock superblock)
    {
        superblock = new Superblock
        {
            InodesCount = U32(b, 0), BlocksCount = U32(b, 4), FreeBlocks = U32(b, 12), FreeInodes = U32(b, 16),
            FirstDataBlock = U32(b, 20), BlocksPerGroup = U32(b, 32), InodesPerGroup = U32(b, 40),
            MountCount = U16(b, 52), State = U16(b, 58), FirstInode = U32(b, 84),
            Label = Encoding.ASCII.GetString(b.Slice(120, 16)).TrimEnd('\0'),
        };
        return U16(b, 56) == Magic && U32(b, 24) == 0 && U16(b, 88) == Inode.Size &&
               superblock.BlocksPerGroup > 0 && superblock.InodesPerGroup > 0 && superblock.InodesPerGroup % Inode.PerBlock == 0 &&
               superblock.FirstDataBlock == 1 && superblock.BlocksCount > superblock.FirstDataBlock &&
               superblock.InodesCount == superblock.InodesPerGroup * (uint)superblock.GroupCount;
    }

    public void Write(Span<byte> b)
    {
        b.Clear();
        Put(b, 0, InodesCount); Put(b, 4, BlocksCount); Put(b, 12, FreeBlocks); Put(b, 16, FreeInodes);
        Put(b, 20, FirstDataBlock); Put(b, 24, 0u); Put(b, 32, BlocksPerGroup); Put(b, 40, InodesPerGroup);
        Put(b, 52, MountCount); Put(b, 56, Magic); Put(b, 58, State); Put(b, 84, FirstInode); Put(b, 88, Inode.Size);
        Encoding.ASCII.GetBytes(Label.Length > 16 ? Label[..16] : Label, b.Slice(120, 16));
    }

    internal static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);
    internal static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);
    internal static void Put(Span<byte> b, int at, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(b[at..], value);
    internal static void Put(Span<byte> b, int at, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(b[at..], value);
}

/// <summary>A block group's descriptor (32 bytes in the table after the superblock).</summary>
internal sealed class GroupDescriptor
{
    public const int Size = 32;

    public uint BlockBitmap;
    public uint InodeBitmap;
    public uint InodeTable;
    public ushort FreeBlocks;
    public ushort FreeInodes;
    public ushort Directories;

    public static GroupDescriptor Read(ReadOnlySpan<byte> b) => new()
    {
        BlockBitmap = Superblock.U32(b, 0), InodeBitmap = Superblock.U32(b, 4), InodeTable = Superblock.U32(b, 8),
        FreeBlocks = Superblock.U16(b, 12), FreeInodes = Superblock.U16(b, 14), Directories = Superblock.U16(b, 16),
    };

    public void Write(Span<byte> b)
    {
        b[..Size].Clear();
        Superblock.Put(b, 0, BlockBitmap); Superblock.Put(b, 4, InodeBitmap); Superblock.Put(b, 8, InodeTable);
        Superblock.Put(b, 12, FreeBlocks); Superblock.Put(b, 14, FreeInodes); Superblock.Put(b, 16, Directories);
    }
}

/// <summary>An inode (128 bytes): ext2's mode, size, link count, block count and block pointers.</summary>
internal sealed class Inode
{
    public const ushort Size = 128;
    public const int PerBlock = Ext2Volume.BlockSize / Size;
    public const ushort DirectoryMode = 0x4000 | 0x1ED; // drwxr-xr-x
    public const ushort FileMode = 0x8000 | 0x1A4;      // -rw-r--r--
    public const int Direct = 12;
    public const int Indirect = 12;
    public const int DoubleIndirect = 13;
    public const int TripleIndirect = 14;

    public ushort Mode;
    public long FileSize;
    public ushort Links;
    public uint Sectors; // i_blocks: 512-byte units, indirect blocks included
    public uint ModifiedTime;
    public readonly uint[] Block = new uint[15];

    public bool IsDirectory => (Mode & 0xF000) == 0x4000;
    public bool IsFile => (Mode & 0xF000) == 0x8000;
    public bool InUse => Mode != 0;

    public static Inode Read(ReadOnlySpan<byte> b)
    {
        var inode = new Inode
        {
            Mode = Superblock.U16(b, 0),
            FileSize = Superblock.U32(b, 4) | ((long)Superblock.U32(b, 108) << 32),
            ModifiedTime = Superblock.U32(b, 16),
            Links = Superblock.U16(b, 26),
            Sectors = Superblock.U32(b, 28),
        };
        for (var i = 0; i < 15; i++) inode.Block[i] = Superblock.U32(b, 40 + 4 * i);
        return inode;
    }

    public void Write(Span<byte> b)
    {
        b[..Size].Clear();
        Superblock.Put(b, 0, Mode);
        Superblock.Put(b, 4, (uint)FileSize);
        Superblock.Put(b, 16, ModifiedTime);
        Superblock.Put(b, 26, Links);
        Superblock.Put(b, 28, Sectors);
        for (var i = 0; i < 15; i++) Superblock.Put(b, 40 + 4 * i, Block[i]);
        Superblock.Put(b, 108, (uint)(FileSize >> 32));
    }
}

/// <summary>Directory blocks: entries of (inode, record length, name length, file type, name) that exactly tile the block.</summary>
internal static class DirectoryBlock
{
    public const int HeaderSize = 8;
    public const byte TypeFile = 1;
    public const byte TypeDirectory = 2;

    public readonly record struct Entry(int Offset, uint Inode, int RecordLength, string Name, byte Type)
    {
        public int NeededLength => Needed(Encoding.UTF8.GetByteCount(Name));
    }

    public static int Needed(int nameBytes) => (HeaderSize + nameBytes + 3) & ~3;

    /// <summary>The entries of a block, in order; null if the block is not a well-formed directory block.</summary>
    public static List<Entry>? Parse(ReadOnlySpan<byte> block)
    {
        var entries = new List<Entry>();
        for (var at = 0; at < block.Length;)
        {
            if (at + HeaderSize > block.Length) return null;
            var inode = Superblock.U32(block, at);
            int length = Superblock.U16(block, at + 4);
            int nameLength = block[at + 6];
            if (length < Needed(nameLength) || length % 4 != 0 || at + length > block.Length) return null;
            entries.Add(new Entry(at, inode, length, Encoding.UTF8.GetString(block.Slice(at + HeaderSize, nameLength)), block[at + 7]));
            at += length;
        }
        return entries;
    }

    public static void Write(Span<byte> block, int offset, uint inode, int recordLength, string name, byte type)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        Superblock.Put(block, offset, inode);
        Superblock.Put(block, offset + 4, (ushort)recordLength);
        block[offset + 6] = (byte)nameBytes.Length;
        block[offset + 7] = type;
        nameBytes.CopyTo(block[(offset + HeaderSize)..]);
    }
}
