namespace Units.Compiler.Loading;

/// <summary>Which front end loads the files: it decides what a message tells the user to do.</summary>
public enum FrontEnd
{
    /// <summary>The <c>units</c> command: reads the disk, <c>-D</c> and the environment.</summary>
    Tool,

    /// <summary>The MSBuild task and the source generator: read only UnitFile items and <c>&lt;UnitsDefine&gt;</c>.</summary>
    Build,
}

/// <summary>
/// What the loader may open, the same in every front end: an <c>include</c> must name a
/// <c>.unit</c> file inside one of <see cref="IncludeRoots"/> (a path outside is a located
/// error, and the file is never read), so a unit file cannot make a check print the lines of
/// <c>/proc/self/environ</c> or a <c>.env</c> file. No roots means no restriction (the API's
/// default; every front end sets roots).
/// </summary>
public sealed class LoadingPolicy
{
    private readonly string[] _roots;

    public LoadingPolicy(IEnumerable<string> includeRoots, FrontEnd frontEnd)
        : this(includeRoots, frontEnd, UnitLibraries.None)
    {
    }

    /// <param name="libraries">The referenced unit libraries: their folders may be read too, through library-qualified includes.</param>
    public LoadingPolicy(IEnumerable<string> includeRoots, FrontEnd frontEnd, UnitLibraries libraries)
    {
        var roots = includeRoots.ToList();
        // Without roots nothing is restricted; a library's folder adds to roots, never creates the first.
        if (roots.Count > 0) roots.AddRange(libraries.All.Select(l => l.Root));
        _roots = roots.Select(r => SourcePaths.Normalize(r).TrimEnd('/')).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToArray();
        FrontEnd = frontEnd;
        Libraries = libraries;
    }

    /// <summary>The unit libraries the project references (<c>include "Name:file.unit"</c>).</summary>
    public UnitLibraries Libraries { get; }

    /// <summary>
    /// A build's policy, the same for the task and the generator: the project directory and each
    /// of <c>UnitsIncludeRoots</c> (';'-separated, relative to the project). Without a project
    /// directory (a compilation outside MSBuild) nothing is restricted.
    /// </summary>
    public static LoadingPolicy ForBuild(string? projectDirectory, string? includeRoots) => ForBuild(projectDirectory, includeRoots, UnitLibraries.None);

    public static LoadingPolicy ForBuild(string? projectDirectory, string? includeRoots, UnitLibraries libraries)
    {
        if (string.IsNullOrWhiteSpace(projectDirectory)) return new LoadingPolicy(Array.Empty<string>(), FrontEnd.Build, libraries);
        var project = SourcePaths.Normalize(projectDirectory!.Trim());
        var roots = (includeRoots ?? string.Empty).Split(';').Select(r => r.Trim()).Where(r => r.Length > 0)
            .Select(r => SourcePaths.IsRooted(r) ? SourcePaths.Normalize(r) : SourcePaths.Normalize(project + "/" + r));
        return new LoadingPolicy(roots.Prepend(project), FrontEnd.Build, libraries);
    }

    /// <summary>Any path, with the tool's messages: for tests and programs that embed the compiler.</summary>
    public static LoadingPolicy Unrestricted { get; } = new(Array.Empty<string>(), FrontEnd.Tool);

    public IReadOnlyList<string> IncludeRoots => _roots;

    public FrontEnd FrontEnd { get; }

    /// <summary>Largest unit file read, in characters: beyond it a file is refused before it is parsed.</summary>
    public const int MaxFileLength = 64 * 1024 * 1024;

    /// <summary>Whether an include may open <paramref name="path"/> (normalized): it lies inside a root.</summary>
    public bool AllowsPath(string path)
    {
        if (_roots.Length == 0) return true;
        foreach (var root in _roots)
        {
            if (Inside(path, root)) return true;
        }
        return false;
    }

    private static bool Inside(string path, string root)
    {
        if (root is "" or ".") return !SourcePaths.IsRooted(path) && path != ".." && !path.StartsWith("../", StringComparison.Ordinal);
        if (root == "/") return path.StartsWith("/", StringComparison.Ordinal);
        return path.Length > root.Length ? path.StartsWith(root + "/", StringComparison.Ordinal) : path == root;
    }

    /// <summary>Whether an include may name the file at all: only unit files are included.</summary>
    public static bool IsUnitFile(string path) => path.EndsWith(".unit", StringComparison.OrdinalIgnoreCase);

    /// <summary>How to give a variable a value, for this front end.</summary>
    public string DefineHint(string name) => FrontEnd == FrontEnd.Build
        ? $"define it in the project: <UnitsDefine>{name}=value</UnitsDefine> (a build does not read the environment)"
        : $"pass -D {name}=value, or set it in the environment";

    /// <summary>What a missing include means for this front end.</summary>
    /// <summary>How to reference a library, for this front end.</summary>
    public string LibraryHint => FrontEnd == FrontEnd.Build
        ? "reference the library's project or package (a ProjectReference or PackageReference to a project that publishes units)"
        : "name its folder with --library NAME=DIR";

    public string NotFoundHint => FrontEnd == FrontEnd.Build
        ? "a build reads only UnitFile items: add the file to the project, or as <UnitFile Include=\"…\" />"
        : "check the path: it is relative to the including file";

    /// <summary>How to allow another directory, for this front end.</summary>
    public string AllowHint => FrontEnd == FrontEnd.Build
        ? "allow its directory with <UnitsIncludeRoots>, and make the file an item of the build with <UnitFile Include=\"…\" /> (a build reads only its items)"
        : "allow its directory with --include-root";

    /// <summary>The roots, for a message.</summary>
    public string DescribeRoots() => _roots.Length == 1 ? $"'{_roots[0]}'" : string.Join(", ", _roots.Select(r => $"'{r}'"));
}
