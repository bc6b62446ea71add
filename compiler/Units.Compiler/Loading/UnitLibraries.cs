namespace Units.Compiler.Loading;

/// <summary>
/// A unit library: the published unit files of another assembly or package, under one folder.
/// Its files are reached by library-qualified includes (<c>include "Units.Stdlib:locks.unit"</c>),
/// never loaded as roots of this project: their compounds were checked and emitted when the
/// library was built, and their implementations are compiled into the library's assembly.
/// </summary>
public sealed record UnitLibrary(string Name, string Root);

/// <summary>The libraries a project references, by name; the owner of a path among them.</summary>
public sealed class UnitLibraries
{
    private readonly UnitLibrary[] _libraries;

    public UnitLibraries(IEnumerable<UnitLibrary> libraries)
    {
        _libraries = libraries
            .Select(l => new UnitLibrary(l.Name.Trim(), SourcePaths.Normalize(l.Root.Trim()).TrimEnd('/')))
            .Where(l => l.Name.Length > 0)
            .GroupBy(l => l.Name, StringComparer.Ordinal).Select(g => g.OrderBy(l => l.Root, StringComparer.Ordinal).First())
            .OrderBy(l => l.Name, StringComparer.Ordinal).ToArray();
    }

    public static UnitLibraries None { get; } = new(Array.Empty<UnitLibrary>());

    /// <summary>"Name=folder;Other=folder", as the CLI's --library and the build's items give them.</summary>
    public static UnitLibraries Parse(IEnumerable<string> specifications) => new(specifications
        .SelectMany(s => s.Split(';')).Select(s => s.Trim()).Where(s => s.Length > 0)
        .Select(s => s.IndexOf('=') is var eq and > 0 ? new UnitLibrary(s.Substring(0, eq), s.Substring(eq + 1)) : null)
        .Where(l => l is not null)!);

    public IReadOnlyList<UnitLibrary> All => _libraries;

    public bool IsEmpty => _libraries.Length == 0;

    public UnitLibrary? Find(string name) => _libraries.FirstOrDefault(l => l.Name == name);

    /// <summary>The library whose folder holds <paramref name="path"/>, or null for a file of this project.</summary>
    public UnitLibrary? Owner(string path)
    {
        var normalized = SourcePaths.Normalize(path);
        return _libraries.FirstOrDefault(l => normalized.StartsWith(l.Root + "/", StringComparison.Ordinal));
    }

    /// <summary>
    /// Splits <c>Name:path</c>. A library name has at least two characters, so a Windows drive
    /// (<c>C:\x.unit</c>) is never taken for one, and no slash, so a relative path is not either.
    /// </summary>
    public static bool TrySplitInclude(string include, out string library, out string path)
    {
        library = path = string.Empty;
        var colon = include.IndexOf(':');
        if (colon < 0 || !IsName(include.Substring(0, colon))) return false;
        library = include.Substring(0, colon);
        path = include.Substring(colon + 1);
        return true;
    }

    /// <summary>A library name: two or more letters, digits, '.', '_' or '-' (an assembly name, never a drive letter).</summary>
    public static bool IsName(string name) => name.Length >= 2 && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>The libraries of a build's library files (name and folder per file; files without both are ignored).</summary>
    public static UnitLibraries FromFiles(IEnumerable<(string? Name, string? Root)> files) => new(files
        .Where(f => !string.IsNullOrWhiteSpace(f.Name) && !string.IsNullOrWhiteSpace(f.Root))
        .Select(f => new UnitLibrary(f.Name!, f.Root!)));
}
