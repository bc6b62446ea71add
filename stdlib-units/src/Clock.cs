using System.Diagnostics;

namespace Units.Std;

partial struct SystemClock<TSelf>
{
    private static long s_start;

    public static long Now() => Stopwatch.GetElapsedTime(Volatile.Read(ref s_start)).Ticks;

    private static void Start() => Volatile.Write(ref s_start, Stopwatch.GetTimestamp());
}

partial struct ManualClock<TSelf>
{
    private static long s_now;

    public static long Now() => Volatile.Read(ref s_now);

    public static void Set(long ticks) => Volatile.Write(ref s_now, ticks);

    public static void Advance(long ticks) => Interlocked.Add(ref s_now, ticks);
}

partial struct TimerQueue<TSelf, TClock>
{
    private static readonly object s_gate = new();
    private static readonly PriorityQueue<long, (long Due, long Id)> s_due = new();
    private static readonly Dictionary<long, Action> s_callbacks = new();
    private static long s_nextId;

    public static long Schedule(long dueTicks, Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (s_gate)
        {
            var id = ++s_nextId;
            s_callbacks[id] = callback;
            s_due.Enqueue(id, (dueTicks, id));
            return id;
        }
    }

    public static bool Cancel(long timer)
    {
        lock (s_gate) return s_callbacks.Remove(timer);
    }

    /// <summary>Fires every timer due by now, earliest first (ties in scheduling order), outside the lock.</summary>
    public static int RunDue()
    {
        var now = TClock.Now();
        var fired = 0;
        while (true)
        {
            Action? callback = null;
            lock (s_gate)
            {
                while (callback is null && s_due.TryPeek(out var id, out var key) && key.Due <= now)
                {
                    s_due.Dequeue();
                    if (s_callbacks.Remove(id, out var found)) callback = found;
                }
            }
            if (callback is null) return fired;
            callback();
            fired++;
        }
    }

    public static int Pending()
    {
        lock (s_gate) return s_callbacks.Count;
    }
}
