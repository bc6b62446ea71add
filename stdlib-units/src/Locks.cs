namespace Units.Std;

partial struct SpinLock<TSelf, TBackoff>
{
    private static int s_held;

    public static void Acquire()
    {
        for (var attempt = 0; Interlocked.CompareExchange(ref s_held, 1, 0) != 0; attempt++)
        {
            TBackoff.Pause(attempt);
        }
    }

    public static void Release() => Volatile.Write(ref s_held, 0);
}

partial struct Mutex<TSelf>
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);

    public static void Acquire() => s_gate.Wait();

    public static void Release() => s_gate.Release();
}

partial struct NullLock<TSelf>
{
    public static void Acquire() { }

    public static void Release() { }
}
