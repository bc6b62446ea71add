using static OSKit.Donor.Ext2.Ext2Errno;

namespace OSKit.Donor.Ext2;

/// <summary>
/// A mounted ext2-like volume: a superblock, block groups each with a block bitmap, an inode
/// bitmap and an inode table, directories of variable-length entries, and files mapped by
/// twelve direct blocks, an indirect and a double-indirect block. Results are errno values
/// (negative) as in the donor's original. Not thread-safe: callers serialize.
/// </summary>
public sealed partial class Ext2Volume
{
    public const int BlockSize = 1024;
    public const uint RootInode = 2;
    private const uint FirstInode = 11;
    private const uint MaxBlocksPerGroup = BlockSize * 8;
    private const int PointersPerBlock = BlockSize / 4;

    private readonly IExt2Device _device;
    private readonly Superblock _super;
    private readonly GroupDescriptor[] _groups;
    private readonly byte[][] _blockBitmaps;
    private readonly byte[][] _inodeBitmaps;
    private bool _mounted;

    private Ext2Volume(IExt2Device device, Superblock super, GroupDescriptor[] groups, byte[][] blockBitmaps, byte[][] inodeBitmaps, bool formatted)
    {
        _device = device;
        _super = super;
        _groups = groups;
        _blockBitmaps = blockBitmaps;
        _inodeBitmaps = inodeBitmaps;
        FormattedThisMount = formatted;
    }

    public bool FormattedThisMount { get; }

    private int GroupDescriptorBlocks => (_groups.Length * GroupDescriptor.Size + BlockSize - 1) / BlockSize;

    /// <summary>mkfs: lays out a new empty filesystem with a root directory; 0 or -errno.</summary>
    public static int Format(IExt2Device device, string label)
    {
        var blocks = device.BlockCount;
        if (blocks < 64) return -ENOSPC;
        var groupCount = (int)((blocks - 1 + MaxBlocksPerGroup - 1) / MaxBlocksPerGroup);
        var gdtBlocks = (uint)((groupCount * GroupDescriptor.Size + BlockSize - 1) / BlockSize);
        // One inode per four blocks of the first group, whole inode-table blocks, the same in every group.
        var firstGroupBlocks = Math.Min(MaxBlocksPerGroup, blocks - 1);
        var inodesPerGroup = (uint)Math.Max(Inode.PerBlock * 2, (firstGroupBlocks / 4 + Inode.PerBlock - 1) / Inode.PerBlock * Inode.PerBlock);
        var tableBlocks = inodesPerGroup / Inode.PerBlock;
        // A last group too small for its own metadata and some data is left out.
        var lastGroupBlocks = blocks - 1 - (uint)(groupCount - 1) * MaxBlocksPerGroup;
        if (groupCount > 1 && lastGroupBlocks < 2 + tableBlocks + 16)
        {
            groupCount--;
            blocks = 1 + (uint)groupCount * MaxBlocksPerGroup;
        }
        var super = new Superblock
        {
            BlocksCount = blocks, FirstDataBlock = 1, BlocksPerGroup = MaxBlocksPerGroup, InodesPerGroup = inodesPerGroup,
            InodesCount = inodesPerGroup * (uint)groupCount, FirstInode = FirstInode, State = Superblock.StateClean, Label = label,
        };
        var groups = new GroupDescriptor[groupCount];
        var blockBitmaps = new byte[groupCount][];
        var inodeBitmaps = new byte[groupCount][];
        var zero = new byte[BlockSize];
        for (var g = 0; g < groupCount; g++)
        {
            var start = GroupStart(super, g);
            var size = GroupSize(super, g);
            var metadata = g == 0 ? 1 + gdtBlocks : 0; // group 0 begins with the superblock and the descriptor table
            var descriptor = new GroupDescriptor { BlockBitmap = start + metadata, InodeBitmap = start + metadata + 1, InodeTable = start + metadata + 2 };
            var used = metadata + 2 + tableBlocks;
            var blockBitmap = new byte[BlockSize];
            for (var b = 0u; b < used; b++) SetBit(blockBitmap, b);
            for (var b = size; b < MaxBlocksPerGroup; b++) SetBit(blockBitmap, b); // past the end of the disk
            var inodeBitmap = new byte[BlockSize];
            for (var i = inodesPerGroup; i < BlockSize * 8; i++) SetBit(inodeBitmap, i);
            descriptor.FreeBlocks = (ushort)(size - used);
            descriptor.FreeInodes = (ushort)inodesPerGroup;
            groups[g] = descriptor;
            blockBitmaps[g] = blockBitmap;
            inodeBitmaps[g] = inodeBitmap;
            for (var t = 0u; t < tableBlocks; t++) device.WriteBlock(descriptor.InodeTable + t, zero);
        }
        var volume = new Ext2Volume(device, super, groups, blockBitmaps, inodeBitmaps, formatted: true);
        // Inodes 1..10 are reserved, as in ext2; 2 is the root directory.
        for (var ino = 1u; ino < FirstInode; ino++) volume.MarkInode(ino, used: true);
        super.FreeBlocks = (uint)groups.Sum(d => d.FreeBlocks);
        super.FreeInodes = (uint)groups.Sum(d => d.FreeInodes);
        for (var g = 0; g < groupCount; g++)
        {
            device.WriteBlock(groups[g].BlockBitmap, blockBitmaps[g]);
            device.WriteBlock(groups[g].InodeBitmap, inodeBitmaps[g]);
        }
        var rootBlock = volume.AllocateBlock(goal: 0);
        if (rootBlock == 0) return -ENOSPC;
        var root = new Inode { Mode = Inode.DirectoryMode, Links = 2, FileSize = BlockSize, Sectors = BlockSize / 512 };
        root.Block[0] = rootBlock;
        volume.WriteDirectoryBlock(rootBlock, RootInode, RootInode);
        volume.WriteInode(RootInode, root);
        groups[0].Directories = 1;
        device.WriteBlock(0, zero);
        volume.WriteMetadata(Superblock.StateClean);
        return 0;
    }

    /// <summary>Mounts the volume on the device: 0 and the volume, or -EUCLEAN when there is no valid filesystem.</summary>
    public static int Mount(IExt2Device device, out Ext2Volume? volume, bool formatted = false)
    {
        volume = null;
        var block = new byte[BlockSize];
        device.ReadBlock(1, block);
        if (!Superblock.TryRead(block, out var super) || super.BlocksCount > device.BlockCount) return -EUCLEAN;
        var groupCount = super.GroupCount;
        var gdtBlocks = (groupCount * GroupDescriptor.Size + BlockSize - 1) / BlockSize;
        var table = new byte[gdtBlocks * BlockSize];
        for (var i = 0; i < gdtBlocks; i++) device.ReadBlock((uint)(2 + i), table.AsSpan(i * BlockSize, BlockSize));
        var groups = new GroupDescriptor[groupCount];
        var blockBitmaps = new byte[groupCount][];
        var inodeBitmaps = new byte[groupCount][];
        for (var g = 0; g < groupCount; g++)
        {
            groups[g] = GroupDescriptor.Read(table.AsSpan(g * GroupDescriptor.Size));
            if (groups[g].BlockBitmap >= super.BlocksCount || groups[g].InodeBitmap >= super.BlocksCount || groups[g].InodeTable >= super.BlocksCount) return -EUCLEAN;
            blockBitmaps[g] = new byte[BlockSize];
            inodeBitmaps[g] = new byte[BlockSize];
            device.ReadBlock(groups[g].BlockBitmap, blockBitmaps[g]);
            device.ReadBlock(groups[g].InodeBitmap, inodeBitmaps[g]);
        }
        volume = new Ext2Volume(device, super, groups, blockBitmaps, inodeBitmaps, formatted);
        super.MountCount++;
        volume._mounted = true;
        volume.WriteMetadata(Superblock.StateMounted); // not clean until unmounted
        return 0;
    }

    /// <summary>Writes the superblock and the descriptor table; 0.</summary>
    public int Sync()
    {
        WriteMetadata(_mounted ? Superblock.StateMounted : Superblock.StateClean);
        return 0;
    }

    /// <summary>Writes everything back and marks the volume clean.</summary>
    public void Unmount()
    {
        _mounted = false;
        WriteMetadata(Superblock.StateClean);
    }

    public Ext2Summary Summary() => new(_super.Label, _super.BlocksCount, _super.FreeBlocks, _super.InodesCount, _super.FreeInodes, _groups.Length, _super.MountCount, FormattedThisMount);

    private void WriteMetadata(ushort state)
    {
        _super.State = state;
        var block = new byte[BlockSize];
        _super.Write(block);
        _device.WriteBlock(1, block);
        var table = new byte[GroupDescriptorBlocks * BlockSize];
        for (var g = 0; g < _groups.Length; g++) _groups[g].Write(table.AsSpan(g * GroupDescriptor.Size));
        for (var i = 0; i < GroupDescriptorBlocks; i++) _device.WriteBlock((uint)(2 + i), table.AsSpan(i * BlockSize, BlockSize));
    }

    // ---- groups and bitmaps ----

    private static uint GroupStart(Superblock super, int group) => super.FirstDataBlock + (uint)group * super.BlocksPerGroup;

    private static uint GroupSize(Superblock super, int group) => Math.Min(super.BlocksPerGroup, super.BlocksCount - GroupStart(super, group));

    internal static bool GetBit(ReadOnlySpan<byte> bitmap, uint bit) => (bitmap[(int)(bit >> 3)] & (1 << (int)(bit & 7))) != 0;

    private static void SetBit(Span<byte> bitmap, uint bit) => bitmap[(int)(bit >> 3)] |= (byte)(1 << (int)(bit & 7));

    private static void ClearBit(Span<byte> bitmap, uint bit) => bitmap[(int)(bit >> 3)] &= (byte)~(1 << (int)(bit & 7));

    /// <summary>A free block near <paramref name="goal"/> (first fit from the goal's group), marked used; 0 when the disk is full.</summary>
    private uint AllocateBlock(uint goal)
    {
        var startGroup = goal >= _super.FirstDataBlock && goal < _super.BlocksCount ? (int)((goal - _super.FirstDataBlock) / _super.BlocksPerGroup) : 0;
        for (var n = 0; n < _groups.Length; n++)
        {
            var g = (startGroup + n) % _groups.Length;
            if (_groups[g].FreeBlocks == 0) continue;
            var first = n == 0 && goal >= GroupStart(_super, g) ? goal - GroupStart(_super, g) : 0;
            var size = GroupSize(_super, g);
            for (var pass = 0; pass < 2; pass++)
            {
                for (var bit = pass == 0 ? first : 0; bit < (pass == 0 ? size : first); bit++)
                {
                    if (GetBit(_blockBitmaps[g], bit)) continue;
                    SetBit(_blockBitmaps[g], bit);
                    _groups[g].FreeBlocks--;
                    _super.FreeBlocks--;
                    _device.WriteBlock(_groups[g].BlockBitmap, _blockBitmaps[g]);
                    return GroupStart(_super, g) + bit;
                }
            }
        }
        return 0;
    }

    private void FreeBlock(uint block)
    {
        var g = (int)((block - _super.FirstDataBlock) / _super.BlocksPerGroup);
        var bit = block - GroupStart(_super, g);
        if (!GetBit(_blockBitmaps[g], bit)) return;
        ClearBit(_blockBitmaps[g], bit);
        _groups[g].FreeBlocks++;
        _super.FreeBlocks++;
        _device.WriteBlock(_groups[g].BlockBitmap, _blockBitmaps[g]);
    }

    /// <summary>A free inode, preferring the group of <paramref name="near"/> (a directory's files stay near it); 0 when none.</summary>
    private uint AllocateInode(uint near, bool directory)
    {
        var preferred = directory
            ? Enumerable.Range(0, _groups.Length).OrderByDescending(g => _groups[g].FreeInodes).ThenBy(g => g).First()
            : (int)((near - 1) / _super.InodesPerGroup);
        for (var n = 0; n < _groups.Length; n++)
        {
            var g = (preferred + n) % _groups.Length;
            if (_groups[g].FreeInodes == 0) continue;
            for (var bit = 0u; bit < _super.InodesPerGroup; bit++)
            {
                if (GetBit(_inodeBitmaps[g], bit)) continue;
                var ino = (uint)g * _super.InodesPerGroup + bit + 1;
                MarkInode(ino, used: true);
                if (directory) _groups[g].Directories++;
                return ino;
            }
        }
        return 0;
    }

    private void MarkInode(uint ino, bool used)
    {
        var g = (int)((ino - 1) / _super.InodesPerGroup);
        var bit = (ino - 1) % _super.InodesPerGroup;
        if (GetBit(_inodeBitmaps[g], bit) == used) return;
        if (used)
        {
            SetBit(_inodeBitmaps[g], bit);
            _groups[g].FreeInodes--;
            _super.FreeInodes--;
        }
        else
        {
            ClearBit(_inodeBitmaps[g], bit);
            _groups[g].FreeInodes++;
            _super.FreeInodes++;
        }
        _device.WriteBlock(_groups[g].InodeBitmap, _inodeBitmaps[g]);
    }

    // ---- inodes ----

    private bool ValidInode(uint ino) => ino >= 1 && ino <= _super.InodesCount;

    private (uint Block, int Offset) InodeLocation(uint ino)
    {
        var g = (int)((ino - 1) / _super.InodesPerGroup);
        var index = (ino - 1) % _super.InodesPerGroup;
        return (_groups[g].InodeTable + index / Inode.PerBlock, (int)(index % Inode.PerBlock) * Inode.Size);
    }

    private Inode ReadInode(uint ino)
    {
        var (block, offset) = InodeLocation(ino);
        Span<byte> buffer = stackalloc byte[BlockSize];
        _device.ReadBlock(block, buffer);
        return Inode.Read(buffer.Slice(offset, Inode.Size));
    }

    private void WriteInode(uint ino, Inode inode)
    {
        var (block, offset) = InodeLocation(ino);
        Span<byte> buffer = stackalloc byte[BlockSize];
        _device.ReadBlock(block, buffer);
        inode.Write(buffer.Slice(offset, Inode.Size));
        _device.WriteBlock(block, buffer);
    }

    /// <summary>Frees an inode whose last link is gone: its blocks, then the inode itself.</summary>
    private void Release(uint ino, Inode inode)
    {
        FreeAllBlocks(inode);
        if (inode.IsDirectory) _groups[(int)((ino - 1) / _super.InodesPerGroup)].Directories--;
        WriteInode(ino, new Inode());
        MarkInode(ino, used: false);
    }
}
