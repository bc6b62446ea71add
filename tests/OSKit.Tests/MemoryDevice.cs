using OSKit.Donor.Ext2;

namespace OSKit.Tests;

/// <summary>A disk for the donor filesystem alone: blocks in memory, reads and writes counted.</summary>
internal sealed class MemoryDevice(uint blocks) : IExt2Device
{
    private readonly byte[] _data = new byte[blocks * Ext2Volume.BlockSize];

    public uint BlockCount => blocks;

    public int Writes { get; private set; }

    public void ReadBlock(uint block, Span<byte> buffer) => _data.AsSpan((int)(block * Ext2Volume.BlockSize), Ext2Volume.BlockSize).CopyTo(buffer);

    public void WriteBlock(uint block, ReadOnlySpan<byte> data)
    {
        data[..Ext2Volume.BlockSize].CopyTo(_data.AsSpan((int)(block * Ext2Volume.BlockSize)));
        Writes++;
    }

    /// <summary>Direct access, to damage the filesystem on purpose.</summary>
    public Span<byte> Block(uint block) => _data.AsSpan((int)(block * Ext2Volume.BlockSize), Ext2Volume.BlockSize);

    public static Ext2Volume Formatted(uint blocks, out MemoryDevice device)
    {
        device = new MemoryDevice(blocks);
        Assert.AreEqual(0, Ext2Volume.Format(device, "test"));
        Assert.AreEqual(0, Ext2Volume.Mount(device, out var volume));
        return volume!;
    }
}
