namespace OSKit.Donor.Blk;

// Donor code: a small block-driver framework with low-level drivers for IDE, SCSI and floppy
// disks, in the style of the Linux 2.0 drivers the OSKit wrapped. It talks to hardware through
// its own host interface and reports errors as negative errno values.

/// <summary>One transfer the driver is asked to do.</summary>
public sealed class BlkRequest(long sector, int count, bool write, Memory<byte> buffer)
{
    public long Sector { get; } = sector;
    public int Count { get; } = count;
    public bool Write { get; } = write;
    public Memory<byte> Buffer { get; } = buffer;

    /// <summary>0 when done, -errno when it failed.</summary>
    public int Status { get; set; } = 1;

    /// <summary>Whatever the caller wants to find again when the request completes.</summary>
    public object? Owner { get; set; }
}

/// <summary>What the driver needs from the machine: the controller's registers and its status.</summary>
public interface IBlkHost
{
    /// <summary>Writes a command into the controller's registers; data moves to or from <paramref name="data"/>.</summary>
    void OutCommand(ReadOnlySpan<byte> registers, Memory<byte> data);

    /// <summary>Reads and clears the completion status: true when the last command succeeded.</summary>
    bool InStatus();

    int SectorSize { get; }

    long Sectors { get; }
}

public static class BlkErrno
{
    public const int EIO = 5;
    public const int EBUSY = 16;
    public const int EINVAL = 22;
}

/// <summary>
/// A probed disk. One request at a time: blk_start issues it, the interrupt handler calls
/// blk_intr to finish it. Subclasses encode requests in their controller's command set.
/// Not thread-safe.
/// </summary>
public abstract class BlkDisk(IBlkHost host, string name)
{
    private BlkRequest? _active;

    protected IBlkHost Host { get; } = host;

    public string Name { get; } = name;

    public int SectorSize => Host.SectorSize;

    public long Capacity => Host.Sectors;

    /// <summary>The largest request the command set can express in one command.</summary>
    protected abstract int MaxSectors { get; }

    /// <summary>The controller's command for <paramref name="request"/>, or null if it cannot be expressed.</summary>
    protected abstract byte[]? Encode(BlkRequest request);

    public int blk_start(BlkRequest request)
    {
        if (_active is not null) return -BlkErrno.EBUSY;
        if (request.Count <= 0 || request.Count > MaxSectors || request.Sector < 0 || request.Sector + request.Count > Capacity ||
            request.Buffer.Length != request.Count * SectorSize)
        {
            return -BlkErrno.EINVAL;
        }
        var command = Encode(request);
        if (command is null) return -BlkErrno.EINVAL;
        _active = request;
        Host.OutCommand(command, request.Buffer);
        return 0;
    }

    /// <summary>The interrupt handler's part: the request the interrupt completes, with its status.</summary>
    public BlkRequest? blk_intr()
    {
        var request = _active;
        if (request is null) return null; // spurious interrupt
        _active = null;
        request.Status = Host.InStatus() ? 0 : -BlkErrno.EIO;
        return request;
    }
}
