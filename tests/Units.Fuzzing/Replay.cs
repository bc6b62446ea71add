namespace Units.Fuzzing;

/// <summary>Runs saved inputs again through the pipeline and the compile property, and says what each does.</summary>
internal static class Replay
{
    public static int Run(Corpus corpus, IReadOnlyList<string> files, TextWriter output)
    {
        var failures = 0;
        var target = new PipelineTarget(corpus);
        foreach (var file in files)
        {
            // A saved finding stands where its seed stood (its includes resolve there): its .txt says where.
            var path = $"{Corpus.Root}/replay/{Path.GetFileName(file)}";
            var notes = Path.ChangeExtension(file, ".txt");
            if (File.Exists(notes) && System.Text.RegularExpressions.Regex.Match(File.ReadAllText(notes), @", from (\S+)") is { Success: true } from)
                path = from.Groups[1].Value;
            try
            {
                var outcome = target.Run(path, File.ReadAllText(file));
                if (outcome.Accepted) outcome.Compile();
                output.WriteLine($"{file}: ok ({outcome.Diagnostics} diagnostics{(outcome.Accepted ? ", accepted and compiled" : "")})");
            }
            catch (Exception e)
            {
                failures++;
                output.WriteLine($"{file}: {e}");
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The differential property over the seeds themselves, unmutated: each one the checker accepts must compile.</summary>
    public static int CompileCorpus(Corpus corpus, TextWriter output)
    {
        var target = new PipelineTarget(corpus);
        int accepted = 0, compiled = 0, failures = 0;
        foreach (var (path, text) in corpus.Files)
        {
            try
            {
                var outcome = target.Run(path, text);
                if (!outcome.Accepted) continue;
                accepted++;
                if (!outcome.HasCSharp) continue;
                compiled++;
                outcome.Compile();
            }
            catch (Exception e)
            {
                failures++;
                output.WriteLine($"fuzz: {path}: {e}");
            }
        }
        output.WriteLine($"fuzz: corpus: {corpus.Files.Count} seeds, {accepted} accepted, {compiled} compiled with stubs, {failures} failures");
        return failures == 0 ? 0 : 1;
    }
}
