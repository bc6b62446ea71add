using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace OSKit.Glue;

/// <summary>
/// The workload (Main). Worker threads each build a small tree of directories and files, write
/// them in uneven pieces, read everything back and compare, rename a third of the files into other
/// directories, delete a quarter, list every directory against what they expect, and verify again.
/// Raw workers meanwhile write and verify blocks of the raw partition in random order. Files of
/// earlier runs (on a kept image) are verified first; the oldest are removed when space runs low.
/// </summary>
partial struct Workload<TSelf, TNames, TRaw, TClock, TLog, TMessages, TQueue, TCtl, TImage>
{
    private static readonly int[] s_sizes = [0, 1, 511, 1024, 1500, 4096, 12 * 1024, 12 * 1024 + 1, 30_000, 70_000, 2048, 777];
    /// <summary>Past the indirect block's reach (12 + 256 KiB): needs the double-indirect block.</summary>
    private const int LargeSize = 300 * 1024 + 17;
    private static readonly Regex s_fileName = new(@"^[fr](\d+)-(\d+)\.dat$", RegexOptions.CultureInvariant);
    private static readonly Regex s_runName = new(@"^run-(\d+)$", RegexOptions.CultureInvariant);

    public static WorkloadReport Run(WorkloadOptions requested)
    {
        var started = TClock.Now();
        var options = requested.FitTo(TNames.Info().TotalBytes);
        var tally = new Tally();
        var runs = TNames.List("/").Select(n => s_runName.Match(n)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Order().ToList();
        var run = runs.Count == 0 ? 1 : runs[^1] + 1;
        foreach (var earlier in runs) tally.EarlierFiles += VerifyTree($"/run-{earlier}", earlier, tally);
        MakeRoom(runs, tally);
        TNames.MakeDirectory($"/run-{run}");
        tally.Directories++;
        TLog.Log($"workload: run {run}, {options.Threads} threads and {options.RawWorkers} raw workers");

        // Phase 1: file workers and raw writers at once. Phase 2: the raw readers alone, all at
        // once, so the queue holds one request per reader and the strategy has a choice to make.
        var rawBlocks = Enumerable.Range(0, options.RawWorkers).Select(r => RawBlocks(run, r, options)).ToList();
        var threads = Enumerable.Range(0, options.Threads).Select(t => Start($"worker {t}", tally, () => Worker(run, t, options, tally)))
            .Concat(Enumerable.Range(0, options.RawWorkers).Select(r => Start($"raw writer {r}", tally, () => RawWrite(run, r, rawBlocks[r]))))
            .ToList();
        threads.ForEach(t => t.Join());
        var before = TCtl.Statistics();
        var readers = Enumerable.Range(0, options.RawWorkers).Select(r => Start($"raw reader {r}", tally, () => RawVerify(run, r, rawBlocks[r], tally))).ToList();
        readers.ForEach(t => t.Join());
        var after = TCtl.Statistics();
        var rawPhase = new SeekPhase(options.RawWorkers, after.Commands - before.Commands, after.HeadTravel - before.HeadTravel, after.SeekTime - before.SeekTime);

        TNames.Sync();
        var fsck = TNames.Check();
        TLog.Log($"workload: done; fsck {(fsck.IsClean ? "clean" : $"found {fsck.Errors.Count} problems")}");
        return new WorkloadReport(options, run, TimeSpan.FromTicks(TClock.Now() - started), tally.Directories, tally.Files, tally.BytesWritten, tally.BytesVerified,
            tally.Renamed, tally.Deleted, tally.Listings, runs.Count, tally.EarlierFiles, tally.RawBlocks, tally.Failures.ToList(),
            fsck, TNames.Info(), TQueue.Statistics(), TCtl.Statistics(), rawPhase, TImage.Describe(), TMessages.Lines());
    }

    private sealed class Tally
    {
        public int Directories, Files, Renamed, Deleted, Listings, EarlierFiles, RawBlocks;
        public long BytesWritten, BytesVerified;
        public readonly ConcurrentQueue<string> Failures = new();
    }

    private static Thread Start(string name, Tally tally, Action work)
    {
        var thread = new Thread(() =>
        {
            try { work(); }
            catch (Exception e) { tally.Failures.Enqueue($"{name}: {e.GetType().Name}: {e.Message}"); }
        }) { Name = name };
        thread.Start();
        return thread;
    }

    private static void Worker(int run, int t, WorkloadOptions options, Tally tally)
    {
        var root = $"/run-{run}/t{t}";
        string[] directories = [root, $"{root}/docs", $"{root}/docs/drafts", $"{root}/data"];
        foreach (var directory in directories)
        {
            TNames.MakeDirectory(directory);
            Interlocked.Increment(ref tally.Directories);
        }
        var files = new List<(string Path, int Index, int Size)>();
        for (var i = 0; i < options.FilesPerThread; i++)
        {
            var size = options.LargeFiles && i == 7 ? LargeSize : s_sizes[(i + t) % s_sizes.Length];
            var path = $"{directories[i % directories.Length]}/f{i}-{size}.dat";
            WriteFile(path, Content(run, t, i, size), seed: run * 31 + t * 7 + i);
            files.Add((path, i, size));
            Interlocked.Increment(ref tally.Files);
            Interlocked.Add(ref tally.BytesWritten, size);
        }
        foreach (var file in files) Verify(file.Path, Content(run, t, file.Index, file.Size), tally);

        // Rename every third file into the next directory; delete every fourth of the rest.
        for (var n = 0; n < files.Count; n++)
        {
            var (path, index, size) = files[n];
            if (index % 3 == 0)
            {
                var target = $"{directories[(index + 1) % directories.Length]}/r{index}-{size}.dat";
                TNames.Rename(path, target);
                files[n] = (target, index, size);
                Interlocked.Increment(ref tally.Renamed);
            }
        }
        foreach (var file in files.Where(f => f.Index % 4 == 1).ToList())
        {
            TNames.Remove(file.Path);
            files.Remove(file);
            Interlocked.Increment(ref tally.Deleted);
        }

        // Every listing must hold exactly the files and directories expected there.
        foreach (var directory in directories)
        {
            var expected = files.Where(f => f.Path[..f.Path.LastIndexOf('/')] == directory).Select(f => f.Path[(f.Path.LastIndexOf('/') + 1)..])
                .Concat(directories.Where(d => d != directory && d[..d.LastIndexOf('/')] == directory).Select(d => d[(d.LastIndexOf('/') + 1)..]))
                .Order(StringComparer.Ordinal).ToList();
            var listed = TNames.List(directory).Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(listed)) tally.Failures.Enqueue($"{directory}: listed [{string.Join(", ", listed)}], expected [{string.Join(", ", expected)}]");
            Interlocked.Increment(ref tally.Listings);
        }
        foreach (var file in files) Verify(file.Path, Content(run, t, file.Index, file.Size), tally);
    }

    /// <summary>Writes a file in uneven pieces (partial blocks, block-crossing writes).</summary>
    private static void WriteFile(string path, byte[] content, int seed)
    {
        var file = TNames.CreateFile(path);
        var random = new Random(seed);
        for (var at = 0; at < content.Length;)
        {
            var piece = Math.Min(content.Length - at, random.Next(1, 3000));
            TNames.Write(file, at, content.AsSpan(at, piece));
            at += piece;
        }
    }

    private static void Verify(string path, byte[] expected, Tally tally)
    {
        var file = TNames.Open(path);
        var info = TNames.Stat(path);
        if (info.Size != expected.Length)
        {
            tally.Failures.Enqueue($"{path}: {info.Size} bytes, expected {expected.Length}");
            return;
        }
        var actual = new byte[expected.Length];
        for (var at = 0; at < actual.Length;)
        {
            var read = TNames.Read(file, at, actual.AsSpan(at, Math.Min(actual.Length - at, 5000)));
            if (read <= 0) break;
            at += read;
        }
        if (TNames.Read(file, expected.Length, new byte[1]) != 0) tally.Failures.Enqueue($"{path}: data past the end");
        if (!actual.AsSpan().SequenceEqual(expected)) tally.Failures.Enqueue($"{path}: the data read back differs from the data written");
        else Interlocked.Add(ref tally.BytesVerified, expected.Length);
    }

    /// <summary>Verifies a tree left by an earlier run: every file's name says what it must hold.</summary>
    private static int VerifyTree(string directory, int run, Tally tally)
    {
        var verified = 0;
        foreach (var name in TNames.List(directory))
        {
            var path = $"{directory}/{name}";
            if (TNames.Stat(path).Kind == FileKind.Directory)
            {
                verified += VerifyTree(path, run, tally);
                continue;
            }
            var match = s_fileName.Match(name);
            var thread = Regex.Match(path, @"/t(\d+)(/|$)");
            if (!match.Success || !thread.Success)
            {
                tally.Failures.Enqueue($"{path}: not a file the workload makes");
                continue;
            }
            var index = int.Parse(match.Groups[1].Value);
            var size = int.Parse(match.Groups[2].Value);
            Verify(path, Content(run, int.Parse(thread.Groups[1].Value), index, size), tally);
            verified++;
        }
        return verified;
    }

    /// <summary>When less than half the filesystem is free, earlier runs go, oldest first.</summary>
    private static void MakeRoom(List<int> runs, Tally tally)
    {
        foreach (var old in runs.ToList())
        {
            var info = TNames.Info();
            if (info.FreeBytes * 2 >= info.TotalBytes) return;
            RemoveTree($"/run-{old}");
            runs.Remove(old);
            TLog.Log($"workload: removed run {old} to make room");
        }
    }

    private static void RemoveTree(string path)
    {
        if (TNames.Stat(path).Kind == FileKind.Directory)
        {
            foreach (var name in TNames.List(path)) RemoveTree($"{path}/{name}");
        }
        TNames.Remove(path);
    }

    /// <summary>Each raw worker owns a slice of the raw partition: 1 KiB blocks at random places in it.</summary>
    private static (long Slice, List<long> Blocks) RawBlocks(int run, int r, WorkloadOptions options)
    {
        const int sectorsPerBlock = 2;
        var slice = TRaw.Sectors() / Math.Max(1, options.RawWorkers) / sectorsPerBlock;
        var random = new Random(run * 101 + r);
        var blocks = Enumerable.Range(0, (int)Math.Min(slice, options.RawBlocksPerWorker)).Select(_ => random.NextInt64(slice)).Distinct().ToList();
        return (slice, blocks.Select(b => (r * slice + b) * sectorsPerBlock).ToList());
    }

    private static void RawWrite(int run, int r, (long Slice, List<long> Sectors) raw)
    {
        foreach (var sector in raw.Sectors) TRaw.Write(sector, Content(run, 1000 + r, (int)sector, 1024));
    }

    private static void RawVerify(int run, int r, (long Slice, List<long> Sectors) raw, Tally tally)
    {
        var buffer = new byte[1024];
        foreach (var sector in raw.Sectors.OrderBy(s => (s * 2654435761L) % 1000003))
        {
            TRaw.Read(sector, buffer);
            if (!buffer.AsSpan().SequenceEqual(Content(run, 1000 + r, (int)sector, 1024))) tally.Failures.Enqueue($"raw worker {r}: sector {sector} differs");
            else Interlocked.Increment(ref tally.RawBlocks);
        }
    }

    /// <summary>What file <paramref name="index"/> of thread <paramref name="thread"/> in run <paramref name="run"/> holds: reproducible bytes.</summary>
    private static byte[] Content(int run, int thread, int index, int size)
    {
        var content = new byte[size];
        var state = (ulong)(run * 1_000_003 + thread * 10_007 + index) * 0x9E3779B97F4A7C15UL | 1;
        for (var i = 0; i < size; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            content[i] = (byte)state;
        }
        return content;
    }
}
