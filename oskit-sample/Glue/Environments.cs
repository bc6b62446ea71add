namespace OSKit.Glue;

/// <summary>osenv_machine: a simulated machine whose interrupt thread runs device handlers.</summary>
partial struct MachineEnvironment<TSelf, THandler, TLog>
{
    private static InterruptLine? s_line;
    private static SemaphoreSlim? s_raised;
    private static Thread? s_cpu;
    private static volatile bool s_stopping;
    private static BootClock s_clock = new();

    // ---- intr ----
    public static void Disable() => Line.Disable();

    public static void Enable() => Line.Enable();

    // ---- irq: a device raises its line; the interrupt thread takes it ----
    public static void Raise() => s_raised!.Release();

    // ---- sleep ----
    public static SleepRecord Prepare() => new MachineSleep();

    public static void Sleep(SleepRecord record) => ((MachineSleep)record).Event.Wait();

    public static void Wakeup(SleepRecord record) => ((MachineSleep)record).Event.Set();

    // ---- clock: time since the machine started ----
    public static long Now() => s_clock.Now();

    private static InterruptLine Line => s_line ?? throw new InvalidOperationException("the machine is not started");

    private static void Start()
    {
        s_clock = new BootClock();
        s_stopping = false;
        s_line = new InterruptLine();
        s_raised = new SemaphoreSlim(0);
        s_cpu = new Thread(RunInterrupts) { IsBackground = true, Name = "interrupt thread" };
        s_cpu.Start();
        TLog.Log("machine: simulated machine started; interrupts run on their own thread");
    }

    private static void RunInterrupts()
    {
        while (true)
        {
            s_raised!.Wait();
            if (s_stopping) return;
            s_line!.Deliver(static () => THandler.Interrupt());
        }
    }

    private static void Stop()
    {
        TLog.Log($"machine: stopped after {s_line?.Delivered ?? 0} interrupts");
        s_stopping = true;
        s_raised?.Release();
        s_cpu?.Join();
        s_line?.Dispose();
        s_raised?.Dispose();
        (s_line, s_raised, s_cpu) = (null, null, null);
    }

    private sealed class MachineSleep : SleepRecord
    {
        public readonly ManualResetEventSlim Event = new(false, spinCount: 50);
    }
}

/// <summary>osenv_hosted: a user-mode process; completions arrive as upcalls on the thread pool, like signals.</summary>
partial struct HostedEnvironment<TSelf, THandler, TLog>
{
    private static InterruptLine? s_line;
    private static int s_pendingUpcalls;
    private static BootClock s_clock = new();

    public static void Disable() => Line.Disable();

    public static void Enable() => Line.Enable();

    /// <summary>An upcall on the thread pool; upcalls never overlap (the mask is exclusive while one runs).</summary>
    public static void Raise()
    {
        Interlocked.Increment(ref s_pendingUpcalls);
        ThreadPool.UnsafeQueueUserWorkItem(static _ =>
        {
            try
            {
                s_line?.Deliver(static () => THandler.Interrupt());
            }
            finally
            {
                Interlocked.Decrement(ref s_pendingUpcalls);
            }
        }, null);
    }

    public static SleepRecord Prepare() => new HostedSleep();

    public static void Sleep(SleepRecord record) => ((HostedSleep)record).Semaphore.Wait();

    public static void Wakeup(SleepRecord record) => ((HostedSleep)record).Semaphore.Release();

    public static long Now() => s_clock.Now();

    private static InterruptLine Line => s_line ?? throw new InvalidOperationException("the hosted environment is not started");

    private static void Start()
    {
        s_clock = new BootClock();
        s_line = new InterruptLine();
        TLog.Log("hosted: user-mode environment started; completions are thread-pool upcalls");
    }

    private static void Stop()
    {
        TLog.Log($"hosted: stopped after {s_line?.Delivered ?? 0} upcalls");
        SpinWait.SpinUntil(() => Volatile.Read(ref s_pendingUpcalls) == 0, TimeSpan.FromSeconds(10));
        s_line?.Dispose();
        s_line = null;
    }

    private sealed class HostedSleep : SleepRecord
    {
        public readonly SemaphoreSlim Semaphore = new(0, 1);
    }
}
