namespace Units.Compiler.Loading;

/// <summary>Unit files held in memory: the generator's AdditionalFiles, and tests.</summary>
public sealed class InMemorySourceProvider : ISourceProvider
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// Two spellings of one file (<c>./x.unit</c>, <c>sub/../x.unit</c>, <c>sub\..\x.unit</c>) are one
    /// file: the text of the spelling first in ordinal order is kept, whatever order they came in.
    /// </summary>
    public InMemorySourceProvider(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var file in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var key = GetKey(file.Key);
            if (!_files.ContainsKey(key)) _files[key] = file.Value;
        }
    }

    public string GetKey(string path) => SourcePaths.Normalize(path);

    public bool Exists(string path) => _files.ContainsKey(GetKey(path));

    public bool TryRead(string path, out string content, out string error)
    {
        if (_files.TryGetValue(GetKey(path), out var found))
        {
            content = found;
            error = string.Empty;
            return true;
        }
        content = string.Empty;
        error = "file not found";
        return false;
    }
}
