namespace HostedWorker;

partial struct Meter<TSelf, TClock, TLog>
{
    private static long s_total;
    private static int s_count;
    private static long s_lastAt;

    public static void Record(int value)
    {
        var now = TClock.Now();
        Interlocked.Add(ref s_total, value);
        Interlocked.Increment(ref s_count);
        Volatile.Write(ref s_lastAt, now);
        TLog.Log($"{now}: {value}");
    }

    public static long Total() => Volatile.Read(ref s_total);

    public static int Count() => Volatile.Read(ref s_count);

    public static long LastAt() => Volatile.Read(ref s_lastAt);

    private static void Reset()
    {
        s_total = s_lastAt = 0;
        s_count = 0;
    }
}
