namespace Units.Std.Patterns;

partial struct Tally<TSelf, TLock>
{
    private static int s_count;

    /// <summary>Increments a shared count from several threads, each increment under the lock.</summary>
    public static int Count(int threads, int increments)
    {
        s_count = 0;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < increments; i++)
            {
                TLock.Acquire();
                try { s_count++; }
                finally { TLock.Release(); }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return s_count;
    }
}
