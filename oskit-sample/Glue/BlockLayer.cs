namespace OSKit.Glue;

/// <summary>encode_blockop (Command): request objects, with a sleep record for their caller.</summary>
partial struct EncodeBlockOp<TSelf, TSleep, TClock>
{
    public static BlockOp Read(long sector, int count) =>
        new(sector, count, isWrite: false, new byte[count * BlockOp.SectorSize], TSleep.Prepare(), TClock.Now());

    public static BlockOp Write(long sector, ReadOnlyMemory<byte> data) =>
        new(sector, data.Length / BlockOp.SectorSize, isWrite: true, data.ToArray(), TSleep.Prepare(), TClock.Now());
}

/// <summary>fifo_strategy: first come, first served.</summary>
partial struct FifoStrategy<TSelf>
{
    private static readonly Queue<BlockOp> s_pending = new();

    public static void Add(BlockOp op) => s_pending.Enqueue(op);

    public static BlockOp? Next(long head) => s_pending.TryDequeue(out var op) ? op : null;

    public static int Count() => s_pending.Count;

    public static string Describe() => "simple (first come, first served)";
}

/// <summary>elevator_strategy (SCAN): the nearest request in the direction the head moves; at the end, turn.</summary>
partial struct ElevatorStrategy<TSelf>
{
    private static readonly SortedSet<BlockOp> s_pending = new(Comparer<BlockOp>.Create(
        static (a, b) => a.Sector != b.Sector ? a.Sector.CompareTo(b.Sector) : a.Sequence.CompareTo(b.Sequence)));
    private static bool s_up = true;

    public static void Add(BlockOp op) => s_pending.Add(op);

    public static BlockOp? Next(long head)
    {
        if (s_pending.Count == 0) return null;
        var next = s_up ? s_pending.FirstOrDefault(op => op.Sector >= head) : s_pending.Reverse().FirstOrDefault(op => op.Sector <= head);
        if (next is null)
        {
            s_up = !s_up;
            next = s_up ? s_pending.Min : s_pending.Max;
        }
        s_pending.Remove(next!);
        return next;
    }

    public static int Count() => s_pending.Count;

    public static string Describe() => "elevator (SCAN)";
}

/// <summary>
/// request_queue: the top half (Submit) runs with interrupts disabled; the bottom half (Interrupt)
/// runs as the interrupt handler. Neither blocks; only one submitter at a time (lock_blkdev).
/// </summary>
partial struct RequestQueue<TSelf, TDrive, TStrategy, TIntr, TSleep>
{
    private static BlockOp? s_current;
    private static long s_head;
    private static long s_requests, s_completed, s_failed, s_sectors;
    private static int s_maxPending;

    public static void Submit(BlockOp op)
    {
        TIntr.Disable();
        try
        {
            s_requests++;
            TStrategy.Add(op);
            s_maxPending = Math.Max(s_maxPending, TStrategy.Count() + (s_current is null ? 0 : 1));
            if (s_current is null) StartNext();
        }
        finally
        {
            TIntr.Enable();
        }
    }

    public static int SectorSize() => TDrive.SectorSize();

    public static long Sectors() => TDrive.Sectors();

    /// <summary>The bottom half: finish the request the drive was serving, wake its caller, start the next.</summary>
    public static void Interrupt()
    {
        var done = TDrive.Finish();
        if (done is null) return; // spurious
        s_current = null;
        Finish(done);
        StartNext();
    }

    public static QueueStatistics Statistics()
    {
        TIntr.Disable();
        try
        {
            return new QueueStatistics(TStrategy.Describe(), s_requests, s_completed, s_failed, s_maxPending, s_sectors);
        }
        finally
        {
            TIntr.Enable();
        }
    }

    private static void StartNext()
    {
        while (TStrategy.Next(s_head) is { } next)
        {
            try
            {
                s_current = next;
                s_head = next.Sector + next.Count;
                TDrive.Start(next);
                return;
            }
            catch (IOException e)
            {
                s_current = null;
                next.Fail(e.Message);
                Finish(next);
            }
        }
    }

    private static void Finish(BlockOp op)
    {
        if (op.Error is null)
        {
            s_completed++;
            s_sectors += op.Count;
            op.Complete();
        }
        else
        {
            s_failed++;
        }
        TSleep.Wakeup(op.Record);
    }

    private static void Reset() => (s_current, s_head, s_requests, s_completed, s_failed, s_sectors, s_maxPending) = (null, 0, 0, 0, 0, 0, 0);
}

/// <summary>lock_blkdev (Decorator): one submitter at a time; the lock is held only while queueing.</summary>
partial struct LockBlockDevice<TSelf, TInner, TLock>
{
    public static void Submit(BlockOp op)
    {
        TLock.Acquire();
        try
        {
            TInner.Submit(op);
        }
        finally
        {
            TLock.Release();
        }
    }

    public static int SectorSize() => TInner.SectorSize();

    public static long Sectors() => TInner.Sectors();
}

/// <summary>blkio_sync: synchronous sector I/O on a request device. Requests never cross a 2 KiB boundary.</summary>
partial struct BlockIoSync<TSelf, TDevice, TOps, TSleep>
{
    /// <summary>Four sectors: divides every family's track and cylinder, so no request crosses one.</summary>
    private const int Chunk = 4;

    public static int SectorSize() => TDevice.SectorSize();

    public static long Sectors() => TDevice.Sectors();

    public static void Read(long sector, Span<byte> buffer)
    {
        foreach (var (at, count, offset) in Pieces(sector, buffer.Length))
        {
            var op = TOps.Read(at, count);
            Run(op);
            op.Buffer.Span.CopyTo(buffer[offset..]);
        }
    }

    public static void Write(long sector, ReadOnlySpan<byte> data)
    {
        foreach (var (at, count, offset) in Pieces(sector, data.Length))
        {
            Run(TOps.Write(at, data.Slice(offset, count * BlockOp.SectorSize).ToArray()));
        }
    }

    private static void Run(BlockOp op)
    {
        TDevice.Submit(op);
        while (!op.IsDone) TSleep.Sleep(op.Record);
        op.ThrowIfFailed();
    }

    private static List<(long Sector, int Count, int Offset)> Pieces(long sector, int bytes)
    {
        if (bytes % BlockOp.SectorSize != 0) throw new ArgumentException($"block I/O moves whole sectors of {BlockOp.SectorSize} bytes, not {bytes}");
        var sectors = bytes / BlockOp.SectorSize;
        if (sector < 0 || sector + sectors > TDevice.Sectors()) throw new ArgumentOutOfRangeException(nameof(sector), $"sectors {sector}..{sector + sectors} are outside the device");
        var pieces = new List<(long, int, int)>();
        for (var done = 0; done < sectors;)
        {
            var at = sector + done;
            var count = (int)Math.Min(sectors - done, Chunk - at % Chunk);
            pieces.Add((at, count, done * BlockOp.SectorSize));
            done += count;
        }
        return pieces;
    }
}

/// <summary>partitions: the filesystem gets the first seven eighths of the disk (whole cylinders), the raw area the rest.</summary>
partial struct Partitions<TSelf, TDisk>
{
    /// <summary>A floppy cylinder (and a multiple of every family's request alignment).</summary>
    private const long Alignment = 36;

    private static long FsSectors => TDisk.Sectors() / 8 * 7 / Alignment * Alignment;

    private static void Check(long sector, int bytes, long size)
    {
        if (sector < 0 || sector + bytes / BlockOp.SectorSize > size) throw new ArgumentOutOfRangeException(nameof(sector), $"sectors {sector}.. are outside the partition of {size}");
    }

    public partial struct Fs
    {
        public static int SectorSize() => TDisk.SectorSize();

        public static long Sectors() => FsSectors;

        public static void Read(long sector, Span<byte> buffer)
        {
            Check(sector, buffer.Length, FsSectors);
            TDisk.Read(sector, buffer);
        }

        public static void Write(long sector, ReadOnlySpan<byte> data)
        {
            Check(sector, data.Length, FsSectors);
            TDisk.Write(sector, data);
        }
    }

    public partial struct Raw
    {
        public static int SectorSize() => TDisk.SectorSize();

        public static long Sectors() => TDisk.Sectors() - FsSectors;

        public static void Read(long sector, Span<byte> buffer)
        {
            Check(sector, buffer.Length, Sectors());
            TDisk.Read(FsSectors + sector, buffer);
        }

        public static void Write(long sector, ReadOnlySpan<byte> data)
        {
            Check(sector, data.Length, Sectors());
            TDisk.Write(FsSectors + sector, data);
        }
    }
}
