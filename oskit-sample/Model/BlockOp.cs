namespace OSKit;

/// <summary>
/// A disk request as an object (Command pattern): made by encode_blockop, queued by the strategy,
/// started by the drive, completed by the interrupt handler, waited for by its caller.
/// </summary>
public sealed class BlockOp
{
    public const int SectorSize = 512;

    private static long s_sequence;
    private volatile bool _done;

    public BlockOp(long sector, int count, bool isWrite, Memory<byte> buffer, SleepRecord record, long submittedAt)
    {
        if (buffer.Length != count * SectorSize) throw new ArgumentException("the buffer must hold exactly the sectors of the request", nameof(buffer));
        Sector = sector;
        Count = count;
        IsWrite = isWrite;
        Buffer = buffer;
        Record = record;
        SubmittedAt = submittedAt;
        Sequence = Interlocked.Increment(ref s_sequence);
    }

    /// <summary>Tells requests apart (and orders equal sectors first come, first served).</summary>
    public long Sequence { get; }

    public long Sector { get; }

    public int Count { get; }

    public bool IsWrite { get; }

    /// <summary>The data written, or the place read data goes.</summary>
    public Memory<byte> Buffer { get; }

    /// <summary>Where the caller sleeps until the request is done.</summary>
    public SleepRecord Record { get; }

    public long SubmittedAt { get; }

    public bool IsDone => _done;

    public string? Error { get; private set; }

    public void Complete() => _done = true;

    public void Fail(string error)
    {
        Error = error;
        _done = true;
    }

    public void ThrowIfFailed()
    {
        if (Error is not null) throw new IOException($"{(IsWrite ? "write" : "read")} of {Count} sector(s) at {Sector} failed: {Error}");
    }

    public override string ToString() => $"{(IsWrite ? "write" : "read")} {Sector}+{Count}";
}

/// <summary>A place to sleep until woken. Each platform makes its own kind (they do not mix).</summary>
public abstract class SleepRecord
{
}

/// <summary>What the request queue saw.</summary>
public readonly record struct QueueStatistics(string Strategy, long Requests, long Completed, long Failed, int MaxPending, long SectorsMoved);
