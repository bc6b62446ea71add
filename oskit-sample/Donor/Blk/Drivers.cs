using System.Buffers.Binary;

namespace OSKit.Donor.Blk;

/// <summary>IDE: LBA28 task-file commands (READ DMA 0xC8, WRITE DMA 0xCA), up to 256 sectors.</summary>
public sealed class IdeDisk(IBlkHost host, string name) : BlkDisk(host, name)
{
    public const byte ReadDma = 0xC8;
    public const byte WriteDma = 0xCA;

    protected override int MaxSectors => 256;

    protected override byte[]? Encode(BlkRequest request)
    {
        if (request.Sector + request.Count > 1L << 28) return null;
        var lba = (uint)request.Sector;
        return
        [
            0,                                   // features
            (byte)(request.Count & 0xFF),        // sector count (0 means 256)
            (byte)lba, (byte)(lba >> 8), (byte)(lba >> 16),
            (byte)(0xE0 | ((lba >> 24) & 0x0F)), // device: LBA mode, high bits
            request.Write ? WriteDma : ReadDma,
            0,
        ];
    }

    /// <summary>The disks behind a controller (this controller has one).</summary>
    public static IReadOnlyList<IdeDisk> Probe(IBlkHost host) => host.Sectors > 0 ? [new IdeDisk(host, "hda")] : [];
}

/// <summary>SCSI: READ(10) 0x28 and WRITE(10) 0x2A command blocks, big-endian fields.</summary>
public sealed class ScsiDisk(IBlkHost host, string name) : BlkDisk(host, name)
{
    public const byte Read10 = 0x28;
    public const byte Write10 = 0x2A;

    protected override int MaxSectors => ushort.MaxValue;

    protected override byte[]? Encode(BlkRequest request)
    {
        if (request.Sector > uint.MaxValue) return null;
        var cdb = new byte[10];
        cdb[0] = request.Write ? Write10 : Read10;
        BinaryPrimitives.WriteUInt32BigEndian(cdb.AsSpan(2), (uint)request.Sector);
        BinaryPrimitives.WriteUInt16BigEndian(cdb.AsSpan(7), (ushort)request.Count);
        return cdb;
    }

    public static IReadOnlyList<ScsiDisk> Probe(IBlkHost host) => host.Sectors > 0 ? [new ScsiDisk(host, "sda")] : [];
}

/// <summary>
/// Floppy: FDC READ DATA (0xE6) and WRITE DATA (0xC5) by cylinder, head and sector on an 80 x 2 x 18
/// geometry; a command stays within one cylinder (multi-track covers both heads).
/// </summary>
public sealed class FloppyDisk(IBlkHost host, string name) : BlkDisk(host, name)
{
    public const byte ReadData = 0xE6;
    public const byte WriteData = 0xC5;
    public const int Heads = 2;
    public const int SectorsPerTrack = 18;
    public const int Cylinders = 80;

    protected override int MaxSectors => Heads * SectorsPerTrack;

    protected override byte[]? Encode(BlkRequest request)
    {
        var cylinder = request.Sector / (Heads * SectorsPerTrack);
        var last = (request.Sector + request.Count - 1) / (Heads * SectorsPerTrack);
        if (cylinder != last || cylinder >= Cylinders) return null; // crosses a cylinder
        var head = request.Sector / SectorsPerTrack % Heads;
        var sector = request.Sector % SectorsPerTrack + 1;
        return
        [
            request.Write ? WriteData : ReadData,
            (byte)(head << 2),          // head and drive 0
            (byte)cylinder, (byte)head, (byte)sector,
            2,                          // 512-byte sectors
            (byte)request.Count,        // the driver's transfer length (a simplification of EOT)
            0x1B, 0xFF,
        ];
    }

    public static IReadOnlyList<FloppyDisk> Probe(IBlkHost host) =>
        host.Sectors == (long)Heads * SectorsPerTrack * Cylinders ? [new FloppyDisk(host, "fd0")] : [];
}
