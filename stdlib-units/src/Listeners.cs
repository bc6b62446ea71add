namespace Units.Std;

partial struct FanOut<TSelf, TFirst, TSecond>
{
    public static void Notify(string topic, object? payload)
    {
        TFirst.Notify(topic, payload);
        TSecond.Notify(topic, payload);
    }
}

partial struct NullListener<TSelf>
{
    public static void Notify(string topic, object? payload) { }
}

partial struct LogListener<TSelf, TLog>
{
    public static void Notify(string topic, object? payload) => TLog.Log(payload is null ? topic : $"{topic}: {payload}");
}

partial struct SubscriberList<TSelf>
{
    private static Action<string, object?>[] s_observers = [];

    public static void Notify(string topic, object? payload)
    {
        foreach (var observer in Volatile.Read(ref s_observers)) observer(topic, payload);
    }

    public static IDisposable Subscribe(Action<string, object?> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        Update(list => [.. list, observer]);
        return new Subscription(observer);
    }

    public static int Count() => Volatile.Read(ref s_observers).Length;

    /// <summary>Copy on write: notifying reads a snapshot and never waits for a subscriber.</summary>
    private static void Update(Func<Action<string, object?>[], Action<string, object?>[]> change)
    {
        while (true)
        {
            var current = Volatile.Read(ref s_observers);
            if (Interlocked.CompareExchange(ref s_observers, change(current), current) == current) return;
        }
    }

    private sealed class Subscription(Action<string, object?> observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            Update(list =>
            {
                var at = Array.IndexOf(list, observer);
                return at < 0 ? list : [.. list[..at], .. list[(at + 1)..]];
            });
        }
    }
}
