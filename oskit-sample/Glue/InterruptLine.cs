namespace OSKit.Glue;

/// <summary>
/// Interrupt masking and delivery, shared by both platforms. Threads that disable interrupts hold
/// the mask shared (several may, on several processors); a handler runs holding it exclusively,
/// so it never overlaps a thread that has interrupts disabled, and the platform decides on which
/// thread handlers run.
/// </summary>
internal sealed class InterruptLine : IDisposable
{
    private readonly ReaderWriterLockSlim _mask = new(LockRecursionPolicy.SupportsRecursion);
    private long _delivered;

    public long Delivered => Interlocked.Read(ref _delivered);

    public void Disable() => _mask.EnterReadLock();

    public void Enable() => _mask.ExitReadLock();

    /// <summary>Runs the handler as an interrupt: after every thread that has interrupts disabled has enabled them.</summary>
    public void Deliver(Action handler)
    {
        _mask.EnterWriteLock();
        try
        {
            handler();
            Interlocked.Increment(ref _delivered);
        }
        finally
        {
            _mask.ExitWriteLock();
        }
    }

    public void Dispose() => _mask.Dispose();
}

/// <summary>Time since a platform started, as both platforms keep it.</summary>
internal sealed class BootClock
{
    private readonly long _boot = System.Diagnostics.Stopwatch.GetTimestamp();

    public long Now() => System.Diagnostics.Stopwatch.GetElapsedTime(_boot).Ticks;
}
