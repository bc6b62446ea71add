namespace Units.Std.Tests;

/// <summary>Every unit of the standard library, composed (units/library.unit) and run.</summary>
[TestClass]
public sealed class LibraryTests
{
    [ClassInitialize]
    public static void Initialize(TestContext _)
    {
        Locks.Initialize();
        Backoffs.Initialize();
        Logs.Initialize();
        Clocks.Initialize();
        Queues.Initialize();
        Listeners.Initialize();
    }

    /// <summary>Increments a plain field from several threads under a lock; the total shows whether it excluded.</summary>
    private static int Hammer<TLock>(int threads = 4, int increments = 20_000) where TLock : struct, Lock_T
    {
        var total = 0;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < increments; i++)
            {
                TLock.Acquire();
                total++;
                TLock.Release();
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return total;
    }

    [TestMethod]
    public void Spin_locks_and_the_mutex_exclude_each_other_thread()
    {
        Assert.AreEqual(80_000, Hammer<Locks.Spin>());
        Assert.AreEqual(80_000, Hammer<Locks.Polite>());
        Assert.AreEqual(80_000, Hammer<Locks.Mutex>());
    }

    [TestMethod]
    public void The_null_lock_excludes_nothing()
    {
        Locks.None.Acquire();
        // Held here, yet another thread gets it at once (a real lock would make it wait).
        var other = Task.Run(() => { Locks.None.Acquire(); Locks.None.Release(); });
        Assert.IsTrue(other.Wait(TimeSpan.FromSeconds(10)));
        Locks.None.Release();
    }

    [TestMethod]
    public void A_held_spin_lock_or_mutex_makes_other_threads_wait()
    {
        foreach (var (acquire, release) in new (Action, Action)[] { (Locks.Spin.Acquire, Locks.Spin.Release), (Locks.Mutex.Acquire, Locks.Mutex.Release) })
        {
            acquire();
            var other = Task.Run(() => { acquire(); release(); });
            Assert.IsFalse(other.Wait(TimeSpan.FromMilliseconds(100)), "the other thread waits while the lock is held");
            release();
            Assert.IsTrue(other.Wait(TimeSpan.FromSeconds(10)), "and gets it once released");
        }
    }

    [TestMethod]
    public void The_tracing_decorator_logs_around_the_lock_it_wraps()
    {
        Locks.Trace.Clear();
        for (var i = 0; i < 2; i++)
        {
            Locks.Traced.Acquire();
            Locks.Traced.Release();
        }
        var thread = Environment.CurrentManagedThreadId;
        var expected = Enumerable.Repeat(new[] { $"lock: acquire (thread {thread})", $"lock: acquired (thread {thread})", $"lock: released (thread {thread})" }, 2).SelectMany(x => x);
        CollectionAssert.AreEqual(expected.ToArray(), Locks.Trace.Lines());
    }

    [TestMethod]
    public void Backoffs_pause_and_return()
    {
        foreach (var attempt in new[] { 0, 3, 9, 30 })
        {
            Backoffs.Spin.Pause(attempt);
            Backoffs.Yield.Pause(attempt);
            Backoffs.None.Pause(attempt);
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Backoffs.Sleep.Pause(10);
        Assert.IsTrue(watch.Elapsed >= TimeSpan.FromMilliseconds(0.5), "a sleeping backoff sleeps once attempts pile up");
    }

    [TestMethod]
    public void Console_log_adapts_a_console_and_stamps_messages_with_the_clock()
    {
        Logs.Console.Clear();
        Logs.Time.Set(TimeSpan.FromSeconds(1.5).Ticks);
        Logs.Stamped.Log("disk attached");
        Logs.Time.Advance(TimeSpan.FromMilliseconds(250).Ticks);
        Logs.Stamped.Log("mounted");
        CollectionAssert.AreEqual(new[] { "[  1.500000] disk attached", "[  1.750000] mounted" }, Logs.Console.Lines());
    }

    [TestMethod]
    public void The_memory_log_keeps_the_latest_messages_from_any_thread()
    {
        Logs.Kept.Clear();
        Parallel.For(0, 4, t => { for (var i = 0; i < 400; i++) Logs.Memory.Log($"{t}:{i}"); });
        var lines = Logs.Kept.Lines();
        Assert.AreEqual(1024, lines.Length, "capacity");
        Assert.AreEqual(lines.Length, lines.Distinct().Count());
        foreach (var t in Enumerable.Range(0, 4))
        {
            var own = lines.Where(l => l.StartsWith($"{t}:", StringComparison.Ordinal)).Select(l => int.Parse(l[2..])).ToList();
            CollectionAssert.AreEqual(own.Order().ToList(), own, "each thread's messages stay in order");
        }
    }

    [TestMethod]
    public void Null_units_accept_everything_and_keep_nothing()
    {
        Logs.Nothing.Log("ignored");
        Logs.Silent.Write("ignored");
        Listeners.Quiet.Notify("ignored", null);
        using var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Logs.Stdout.Write("to standard output");
        }
        finally
        {
            Console.SetOut(previous);
        }
        Assert.AreEqual("to standard output", output.ToString());
    }

    [TestMethod]
    public void The_system_clock_moves_forward()
    {
        var first = Clocks.Uptime.Now();
        Thread.Sleep(5);
        Assert.IsTrue(Clocks.Uptime.Now() > first);
    }

    [TestMethod]
    public void Timers_fire_in_due_order_once_and_can_be_cancelled()
    {
        Clocks.Time.Set(0);
        var fired = new List<string>();
        Clocks.Timers.Schedule(300, () => fired.Add("late"));
        var cancelled = Clocks.Timers.Schedule(200, () => fired.Add("cancelled"));
        Clocks.Timers.Schedule(100, () => fired.Add("early"));
        Clocks.Timers.Schedule(100, () => fired.Add("early, second"));
        Assert.IsTrue(Clocks.Timers.Cancel(cancelled));
        Assert.IsFalse(Clocks.Timers.Cancel(cancelled));
        Assert.AreEqual(0, Clocks.Timers.RunDue(), "nothing is due at 0");
        Clocks.Time.Advance(250);
        Assert.AreEqual(2, Clocks.Timers.RunDue());
        Clocks.Time.Advance(100);
        Assert.AreEqual(1, Clocks.Timers.RunDue());
        Assert.AreEqual(0, Clocks.Timers.RunDue());
        CollectionAssert.AreEqual(new[] { "early", "early, second", "late" }, fired);
        Assert.AreEqual(0, Clocks.Timers.Pending());
    }

    [TestMethod]
    public void Queues_are_first_in_first_out()
    {
        foreach (var (enqueue, dequeue) in new (Action<object>, Func<object?>)[]
                 {
                     (Queues.Fifo.Enqueue, () => Queues.Fifo.TryDequeue(out var x) ? x : null),
                     (Queues.Concurrent.Enqueue, () => Queues.Concurrent.TryDequeue(out var x) ? x : null),
                     (Queues.Locked.Enqueue, () => Queues.Locked.TryDequeue(out var x) ? x : null),
                     (Queues.Blocking.Enqueue, () => Queues.Blocking.TryDequeue(out var x) ? x : null),
                 })
        {
            enqueue("a");
            enqueue("b");
            Assert.AreEqual("a", dequeue());
            Assert.AreEqual("b", dequeue());
            Assert.IsNull(dequeue());
        }
    }

    [TestMethod]
    public void The_locked_and_concurrent_queues_lose_nothing_under_threads()
    {
        Parallel.For(0, 4, t => { for (var i = 0; i < 5000; i++) { Queues.Locked.Enqueue(i); Queues.Concurrent.Enqueue(i); } });
        Assert.AreEqual(20_000, Queues.Locked.Count());
        Assert.AreEqual(20_000, Queues.Concurrent.Count());
        while (Queues.Locked.TryDequeue(out _)) { }
        while (Queues.Concurrent.TryDequeue(out _)) { }
    }

    [TestMethod]
    public void Take_waits_for_an_item()
    {
        var taker = Task.Run(() => Queues.Blocking.Take());
        Thread.Sleep(50);
        Assert.IsFalse(taker.IsCompleted, "nothing to take yet");
        Queues.Blocking.Enqueue("item");
        Assert.IsTrue(taker.Wait(TimeSpan.FromSeconds(10)));
        Assert.AreEqual("item", taker.Result);
    }

    [TestMethod]
    public void Listeners_fan_out_to_the_log_and_to_run_time_subscribers()
    {
        Listeners.Trace.Clear();
        var seen = new List<string>();
        using (Listeners.Subscriptions.Subscribe((topic, payload) => seen.Add($"{topic}={payload}")))
        {
            Assert.AreEqual(1, Listeners.Subscriptions.Count());
            Listeners.Listener.Notify("disk", "attached");
        }
        Assert.AreEqual(0, Listeners.Subscriptions.Count());
        Listeners.Listener.Notify("disk", "detached");
        CollectionAssert.AreEqual(new[] { "disk=attached" }, seen, "the subscriber left after the first notification");
        CollectionAssert.AreEqual(new[] { "notify disk", "disk: attached", "notify disk", "disk: detached" }, Listeners.Trace.Lines(), "traced, then logged");
    }
}
