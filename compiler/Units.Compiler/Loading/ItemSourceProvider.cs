namespace Units.Compiler.Loading;

/// <summary>
/// The files of a build's items and nothing else, read from the disk: what the MSBuild task
/// sees is what the generator sees (its AdditionalFiles), so an include of a file that is not
/// an item is "not found" in both, with the same message.
/// </summary>
public sealed class ItemSourceProvider : ISourceProvider
{
    private readonly ISourceProvider _disk;
    private readonly HashSet<string> _items;

    public ItemSourceProvider(ISourceProvider disk, IEnumerable<string> items)
    {
        _disk = disk;
        _items = new HashSet<string>(items.Select(disk.GetKey), StringComparer.Ordinal);
    }

    public string GetKey(string path) => _disk.GetKey(path);

    public bool Exists(string path) => _items.Contains(GetKey(path)) && _disk.Exists(path);

    public bool TryRead(string path, out string content, out string error)
    {
        if (_items.Contains(GetKey(path))) return _disk.TryRead(path, out content, out error);
        content = string.Empty;
        error = "file not found";
        return false;
    }
}
