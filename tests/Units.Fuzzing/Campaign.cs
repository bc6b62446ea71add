using System.Diagnostics;

namespace Units.Fuzzing;

/// <summary>How a campaign runs: its seed, how many inputs (or how long), and how often the compile property runs.</summary>
internal sealed record CampaignOptions(int Seed, long Count, TimeSpan? Duration, int Threads, int CompileEvery, TimeSpan Watchdog, string SaveFolder)
{
    /// <summary>Print each input that takes longer than this (to find what makes a campaign slow).</summary>
    public TimeSpan? ShowSlow { get; init; }
}

/// <summary>
/// Runs inputs on worker threads; input i is made from its own random source (seed, i), so a
/// finding is replayed by its seed and index whatever the threads did. A watchdog thread reports any
/// input that runs longer than the limit, saves it and, if it never finishes, ends the process.
/// </summary>
internal sealed class Campaign(Corpus corpus, CampaignOptions options)
{
    private long _next = -1, _done, _accepted, _compiled, _diagnostics, _failures, _watchdogHits;
    private readonly long[] _startedAt = new long[options.Threads];
    private readonly (long Index, string Path, string Text)[] _current = new (long, string, string)[options.Threads];
    private readonly object _report = new();

    public int Run(TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var deadline = options.Duration is { } duration ? clock.Elapsed + duration : TimeSpan.MaxValue;
        var workers = Enumerable.Range(0, options.Threads).Select(w => new Thread(() => Work(w, clock, deadline, output), 64 * 1024 * 1024) { IsBackground = true }).ToList();
        using var stop = new CancellationTokenSource();
        var watchdog = new Thread(() => Watch(stop.Token, output)) { IsBackground = true };
        watchdog.Start();
        foreach (var worker in workers) worker.Start();
        long lastShown = 0;
        while (workers.Any(w => w.IsAlive))
        {
            workers.First(w => w.IsAlive).Join(1000);
            if (clock.Elapsed.TotalSeconds - lastShown >= 60)
            {
                lastShown = (long)clock.Elapsed.TotalSeconds;
                lock (_report) output.WriteLine($"fuzz: {Interlocked.Read(ref _done):N0} inputs after {lastShown} s");
            }
        }
        stop.Cancel();
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"fuzz: {_done} inputs ({_accepted} accepted, {_compiled} compiled, {_diagnostics} diagnostics), " +
                         $"{_failures} failures, {_watchdogHits} watchdog hits in {seconds:F0} s ({_done / Math.Max(seconds, 0.001):F0} inputs/s, seed {options.Seed})");
        return _failures == 0 && _watchdogHits == 0 ? 0 : 1;
    }

    private void Work(int worker, Stopwatch clock, TimeSpan deadline, TextWriter output)
    {
        var mutator = new Mutator(corpus);
        var target = new PipelineTarget(corpus);
        while (clock.Elapsed < deadline)
        {
            var index = Interlocked.Increment(ref _next);
            if (index >= options.Count) return;
            var (path, text) = MakeInput(mutator, index);
            _current[worker] = (index, path, text);
            Volatile.Write(ref _startedAt[worker], Stopwatch.GetTimestamp());
            try
            {
                var outcome = target.Run(path, text);
                Interlocked.Add(ref _diagnostics, outcome.Diagnostics);
                if (outcome.Accepted)
                {
                    Interlocked.Increment(ref _accepted);
                    if (ShouldCompile(index, outcome))
                    {
                        Interlocked.Increment(ref _compiled);
                        outcome.Compile();
                    }
                }
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref _failures);
                Save("failure", index, path, text, e.ToString());
            }
            var took = Stopwatch.GetElapsedTime(Volatile.Read(ref _startedAt[worker]));
            Volatile.Write(ref _startedAt[worker], 0);
            if (options.ShowSlow is { } slow && took > slow)
                lock (_report) output.WriteLine($"fuzz: slow: index {index}, {text.Length:N0} characters, {took.TotalMilliseconds:F0} ms (from {path})");
            Interlocked.Increment(ref _done);
        }
    }

    /// <summary>Input <paramref name="index"/> of this seed: a corpus file, mutated, standing at that file's path.</summary>
    public (string Path, string Text) MakeInput(Mutator mutator, long index)
    {
        var random = new Random(InputSeed(options.Seed, index));
        var seed = corpus.Files[random.Next(corpus.Files.Count)];
        return (seed.Key, mutator.Mutate(seed.Value, random));
    }

    /// <summary>
    /// The seed of input <paramref name="index"/>: a fixed mix (SplitMix64) of the campaign's seed and
    /// the index. Not HashCode.Combine, which is randomised per process, so inputs would differ run to run.
    /// </summary>
    public static int InputSeed(int seed, long index)
    {
        unchecked
        {
            var z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)(z ^ (z >> 31));
        }
    }

    private bool ShouldCompile(long index, PipelineTarget.Outcome outcome) =>
        options.CompileEvery > 0 && index % options.CompileEvery == 0 &&
        outcome.HasCSharp;

    private void Watch(CancellationToken stop, TextWriter output)
    {
        var reported = new long[options.Threads];
        while (!stop.WaitHandle.WaitOne(500))
        {
            for (var w = 0; w < options.Threads; w++)
            {
                var started = Volatile.Read(ref _startedAt[w]);
                if (started == 0) continue;
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (elapsed > options.Watchdog && reported[w] != started)
                {
                    reported[w] = started;
                    Interlocked.Increment(ref _watchdogHits);
                    var (index, path, text) = _current[w];
                    Save("watchdog", index, path, text, $"still running after {elapsed.TotalSeconds:F0} s");
                }
                if (elapsed > 3 * options.Watchdog)
                {
                    lock (_report) output.WriteLine($"fuzz: input {_current[w].Index} never finished; stopping. {_done} inputs, {_failures} failures, {_watchdogHits} watchdog hits");
                    Environment.Exit(2);
                }
            }
        }
    }

    private void Save(string kind, long index, string path, string text, string what)
    {
        var name = $"{kind}-{options.Seed}-{index}";
        lock (_report)
        {
            try
            {
                Directory.CreateDirectory(options.SaveFolder);
                File.WriteAllText(Path.Combine(options.SaveFolder, name + ".unit"), text);
                File.WriteAllText(Path.Combine(options.SaveFolder, name + ".txt"), $"seed {options.Seed}, index {index}, from {path}\n{what}\n");
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"fuzz: cannot save {name}: {e.Message}");
            }
            var firstLine = what.Split('\n')[0];
            Console.Error.WriteLine($"fuzz: {kind} at seed {options.Seed} index {index} (from {path}): {firstLine}");
        }
    }
}
