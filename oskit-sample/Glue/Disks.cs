using OSKit.Donor.Blk;
using OSKit.Hardware;

namespace OSKit.Glue;

/// <summary>disk_image (Singleton): one image object, opened once at the size its disk asks for.</summary>
partial struct DiskImageInstance<TSelf>
{
    private static DiskImage? s_image;

    public static DiskImage Open(long bytes)
    {
        if (s_image is not null)
        {
            if (s_image.Bytes != bytes) throw new InvalidOperationException("the disk image is already open at another size");
            return s_image;
        }
        var path = BootOptions.ImagePath;
        s_image = path is null ? DiskImage.InMemory(bytes) : DiskImage.InFile(path, bytes);
        return s_image;
    }

    public static string Describe() => s_image is null ? "not open" : $"{s_image.Description}{(s_image.IsNew ? ", new" : ", reused")}";

    private static void Close()
    {
        s_image?.Flush();
        s_image?.Dispose();
        s_image = null;
    }
}

// ---- The families' products ----

partial struct IdeHardware<TSelf>
{
    public static CommandSet Model() => CommandSet.Ide(sectors: 65_536); // 32 MiB
}

partial struct ScsiHardware<TSelf>
{
    public static CommandSet Model() => CommandSet.Scsi(sectors: 65_536); // 32 MiB
}

partial struct FloppyHardware<TSelf>
{
    public static CommandSet Model() => CommandSet.Floppy();
}

partial struct IdeDriver<TSelf>
{
    public static BlkDisk? Probe(IBlkHost host) => IdeDisk.Probe(host).FirstOrDefault();
}

partial struct ScsiDriver<TSelf>
{
    public static BlkDisk? Probe(IBlkHost host) => ScsiDisk.Probe(host).FirstOrDefault();
}

partial struct FloppyDriver<TSelf>
{
    public static BlkDisk? Probe(IBlkHost host) => FloppyDisk.Probe(host).FirstOrDefault();
}

// ---- Written once for every family ----

/// <summary>disk_controller: the simulated controller of the disk model it is given.</summary>
partial struct DiskController<TSelf, TModel, TImage, TIrq>
{
    private static SimulatedController? s_hardware;

    public static void Issue(Command command) => Hardware.Issue(command);

    public static bool Acknowledge() => Hardware.Acknowledge();

    public static int SectorSize() => SimulatedController.SectorSize;

    public static long Sectors() => Hardware.Sectors;

    public static DiskStatistics Statistics() => Hardware.Statistics();

    private static SimulatedController Hardware => s_hardware ?? throw new InvalidOperationException("the disk controller is not attached");

    private static void Attach()
    {
        var model = TModel.Model();
        s_hardware = new SimulatedController(model, TImage.Open(model.Sectors * SimulatedController.SectorSize), static () => TIrq.Raise());
    }

    private static void Detach()
    {
        s_hardware?.Dispose();
        s_hardware = null;
    }
}

/// <summary>BlkDev Instance (Singleton): the one disk object the donor driver probes, behind static exports.</summary>
partial struct BlkDevInstance<TSelf, TDriver, TCtl>
{
    private static BlkDisk? s_disk;

    public static int blk_start(BlkRequest request) => Disk.blk_start(request);

    public static BlkRequest? blk_intr() => Disk.blk_intr();

    public static int blk_sector_size() => Disk.SectorSize;

    public static long blk_capacity() => Disk.Capacity;

    public static string blk_name() => Disk.Name;

    private static BlkDisk Disk => s_disk ?? throw new InvalidOperationException("no disk: the driver has not probed its controller");

    private static void Probe() => s_disk = TDriver.Probe(new ControllerHost()) ?? throw new IOException("the driver found no disk on its controller");

    /// <summary>The donor driver's IBlkHost, forwarded to the controller unit.</summary>
    private sealed class ControllerHost : IBlkHost
    {
        public void OutCommand(ReadOnlySpan<byte> registers, Memory<byte> data) => TCtl.Issue(new Command(registers.ToArray(), data));

        public bool InStatus() => TCtl.Acknowledge();

        public int SectorSize => TCtl.SectorSize();

        public long Sectors => TCtl.Sectors();
    }
}

/// <summary>donor_drive_adapter: request objects and exceptions on one side, the donor's requests and errno on the other.</summary>
partial struct DonorDriveAdapter<TSelf, TDisk>
{
    public static void Start(BlockOp op)
    {
        var request = new BlkRequest(op.Sector, op.Count, op.IsWrite, op.Buffer) { Owner = op };
        var result = TDisk.blk_start(request);
        if (result < 0) throw new IOException($"{TDisk.blk_name()}: cannot start {op}: errno {-result}");
    }

    public static BlockOp? Finish()
    {
        var request = TDisk.blk_intr();
        if (request?.Owner is not BlockOp op) return null;
        if (request.Status < 0) op.Fail($"{TDisk.blk_name()}: errno {-request.Status}");
        return op;
    }

    public static int SectorSize() => TDisk.blk_sector_size();

    public static long Sectors() => TDisk.blk_capacity();

    public static string Name() => TDisk.blk_name();
}
