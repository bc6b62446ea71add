namespace Units.Fuzzing;

/// <summary>
/// The seed inputs: every <c>.unit</c> file of the repository (and of any folder given with
/// <c>--corpus</c>), by a path relative to its root so that includes between them resolve.
/// </summary>
internal sealed class Corpus
{
    private Corpus(IReadOnlyList<KeyValuePair<string, string>> files)
    {
        Files = files;
        Tokens = files.SelectMany(f => TokenSplitter.Split(f.Value)).Select(t => t.Text).Where(t => t.Length is > 0 and < 64)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Path (under <see cref="Root"/>) and text of each seed, in ordinal path order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files { get; }

    /// <summary>Every distinct token of the seeds: the dictionary that token replacement draws from.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The in-memory folder the seeds live in while fuzzing.</summary>
    public const string Root = "/corpus";

    public static Corpus Load(string repository, IEnumerable<string> extraFolders)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string folder, string prefix)
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.unit", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
                if (relative.Split('/').Any(part => part is "bin" or "obj" or ".git" or "node_modules")) continue;
                files[$"{Root}/{prefix}{relative}"] = File.ReadAllText(path);
            }
        }
        Add(repository, "repo/");
        var index = 0;
        foreach (var folder in extraFolders) Add(folder, $"extra{index++}/");
        return new Corpus(files.ToList());
    }

    /// <summary>The folder holding Units.sln, found upwards from the running program or else from the current directory.</summary>
    public static string FindRepository()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Units.sln"))) return directory.FullName;
            }
        }
        throw new InvalidOperationException($"Units.sln not found above {AppContext.BaseDirectory} or the current directory");
    }
}
