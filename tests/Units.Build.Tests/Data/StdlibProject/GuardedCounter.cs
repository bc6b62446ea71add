namespace Shop.Counting;

partial struct GuardedCounter<TSelf, TLock, TLog>
{
    private static int s_count;

    public static int Increment(string reason)
    {
        TLock.Acquire();
        try
        {
            s_count++;
            TLog.Log($"{reason}: {s_count}");
            return s_count;
        }
        finally
        {
            TLock.Release();
        }
    }
}
