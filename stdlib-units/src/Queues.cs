namespace Units.Std;

partial struct FifoQueue<TSelf>
{
    private static readonly Queue<object> s_items = new();

    public static void Enqueue(object item) => s_items.Enqueue(item);

    public static bool TryDequeue(out object? item) => s_items.TryDequeue(out item);

    public static int Count() => s_items.Count;
}

partial struct LockFreeQueue<TSelf>
{
    private static readonly System.Collections.Concurrent.ConcurrentQueue<object> s_items = new();

    public static void Enqueue(object item) => s_items.Enqueue(item);

    public static bool TryDequeue(out object? item) => s_items.TryDequeue(out item);

    public static int Count() => s_items.Count;
}

partial struct LockedQueue<TSelf, TInner, TLock>
{
    public static void Enqueue(object item)
    {
        TLock.Acquire();
        try { TInner.Enqueue(item); }
        finally { TLock.Release(); }
    }

    public static bool TryDequeue(out object? item)
    {
        TLock.Acquire();
        try { return TInner.TryDequeue(out item); }
        finally { TLock.Release(); }
    }

    public static int Count()
    {
        TLock.Acquire();
        try { return TInner.Count(); }
        finally { TLock.Release(); }
    }
}

partial struct BlockingQueue<TSelf>
{
    private static readonly System.Collections.Concurrent.BlockingCollection<object> s_items = new();

    public static void Enqueue(object item) => s_items.Add(item);

    public static bool TryDequeue(out object? item) => s_items.TryTake(out item);

    public static int Count() => s_items.Count;

    public static object Take() => s_items.Take();
}
