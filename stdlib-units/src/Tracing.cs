namespace Units.Std;

partial struct TraceLock<TSelf, TInner, TLog>
{
    public static void Acquire()
    {
        TLog.Log($"lock: acquire (thread {Environment.CurrentManagedThreadId})");
        TInner.Acquire();
        TLog.Log($"lock: acquired (thread {Environment.CurrentManagedThreadId})");
    }

    public static void Release()
    {
        TInner.Release();
        TLog.Log($"lock: released (thread {Environment.CurrentManagedThreadId})");
    }
}

partial struct TraceListener<TSelf, TInner, TLog>
{
    public static void Notify(string topic, object? payload)
    {
        TLog.Log($"notify {topic}");
        TInner.Notify(topic, payload);
    }
}
