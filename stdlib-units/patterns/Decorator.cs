namespace Units.Std.Patterns;

partial struct ParallelProducer<TSelf, TQueue>
{
    /// <summary>Enqueues from several threads at once; returns the queue's count afterwards.</summary>
    public static int Produce(int threads, int itemsPerThread)
    {
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var i = 0; i < itemsPerThread; i++) TQueue.Enqueue(t * itemsPerThread + i);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return TQueue.Count();
    }
}
