using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Loading;

/// <summary>
/// Loads the named files and follows their includes. Each file is read once however often it is
/// included; an include of a file that is still being loaded further up the chain is a cycle and
/// is reported at that include. The walk uses an explicit stack, so deep include chains are safe.
/// </summary>
public sealed class SourceLoader
{
    private readonly ISourceProvider _provider;
    private readonly Variables _variables;
    private readonly LoadingPolicy _policy;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<SyntaxTree> _trees = new();
    private readonly Dictionary<string, SyntaxTree> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _includedBy = new(StringComparer.Ordinal);

    private SourceLoader(ISourceProvider provider, Variables variables, LoadingPolicy policy)
    {
        _provider = provider;
        _variables = variables;
        _policy = policy;
    }

    public static SourceSet Load(IEnumerable<string> paths, ISourceProvider provider, Variables variables) =>
        Load(paths, provider, variables, LoadingPolicy.Unrestricted);

    /// <summary>
    /// Loads the named files and their includes. The named files are loaded in the order of their
    /// keys, whatever order they were given in, so "first defined here" and the order of
    /// diagnostics never depend on the order of arguments or items.
    /// </summary>
    public static SourceSet Load(IEnumerable<string> paths, ISourceProvider provider, Variables variables, LoadingPolicy policy)
    {
        var loader = new SourceLoader(provider, variables, policy);
        var roots = paths.Select(SourcePaths.Normalize)
            .GroupBy(provider.GetKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p, StringComparer.Ordinal).First());
        foreach (var path in roots) loader.LoadRoot(path);
        var diagnostics = loader._diagnostics.ToArray().Concat(loader._trees.SelectMany(t => t.Diagnostics));
        var includedBy = loader._includedBy.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
        return new SourceSet(loader._trees, diagnostics.ToEquatableArray(), includedBy);
    }

    private sealed class Frame
    {
        public Frame(SyntaxTree tree, string key)
        {
            Tree = tree;
            Key = key;
        }

        public SyntaxTree Tree { get; }
        public string Key { get; }
        public int NextDeclaration { get; set; }
    }

    private void LoadRoot(string path)
    {
        var key = _provider.GetKey(path);
        if (_loaded.ContainsKey(key)) return;
        if (!TryRead(path, out var content, out var error))
        {
            _diagnostics.Add(DiagnosticDescriptors.FileUnreadable, SourceLocation.None, path, error);
            return;
        }
        var stack = new Stack<Frame>();
        stack.Push(Open(path, key, content));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            var declarations = frame.Tree.Root.Declarations;
            if (frame.NextDeclaration >= declarations.Count)
            {
                _inProgress.Remove(frame.Key);
                stack.Pop();
                continue;
            }
            var declaration = declarations[frame.NextDeclaration++];
            if (declaration is not IncludeDeclarationSyntax include) continue;
            var next = FollowInclude(frame, include, stack);
            if (next is not null) stack.Push(next);
        }
    }

    private Frame Open(string path, string key, string content)
    {
        var tree = SyntaxTree.Parse(new SourceText(path, content));
        _trees.Add(tree);
        _loaded[key] = tree;
        _inProgress.Add(key);
        return new Frame(tree, key);
    }

    private Frame? FollowInclude(Frame frame, IncludeDeclarationSyntax include, Stack<Frame> stack)
    {
        if (include.Path.Span.Length == 0) return null; // missing string, already reported by the parser
        var text = frame.Tree.Text;
        var location = text.GetLocation(include.Path.Span);
        var relative = StringExpander.Expand(include.Path, text, _variables, _diagnostics, _policy);
        // A path with an undefined (UNIT0203) or malformed (UNIT0006) variable is not guessed at.
        if (relative is null || relative.Length == 0) return null;
        var path = ResolveInclude(frame.Tree.Path, relative, location);
        if (path is null) return null;
        // The policy is applied before anything is read: a refused path is never opened.
        if (!_policy.AllowsPath(path))
        {
            _diagnostics.Add(DiagnosticDescriptors.IncludeOutsideRoots, location, Display.Name(relative), path, _policy.DescribeRoots(), _policy.AllowHint);
            return null;
        }
        if (!LoadingPolicy.IsUnitFile(path))
        {
            _diagnostics.Add(DiagnosticDescriptors.IncludeNotUnitFile, location, Display.Name(relative));
            return null;
        }
        var key = _provider.GetKey(path);
        if (!_includedBy.TryGetValue(path, out var includers)) _includedBy[path] = includers = new List<string>();
        includers.Add(frame.Tree.Path);
        if (_inProgress.Contains(key))
        {
            var chain = stack.Reverse().SkipWhile(f => f.Key != key).Select(f => f.Tree.Path).Append(path);
            _diagnostics.Add(DiagnosticDescriptors.IncludeCycle, location, Display.Chain(chain));
            return null;
        }
        if (_loaded.ContainsKey(key)) return null;
        if (!TryRead(path, out var content, out var error))
        {
            if (_provider.Exists(path)) _diagnostics.Add(DiagnosticDescriptors.FileUnreadable, location, path, error);
            else
            {
                var hint = UnitLibraries.TrySplitInclude(relative, out var library, out _)
                    ? $"library '{Display.Name(library)}' publishes no such file (a path inside a library is relative to its folder)"
                    : _policy.NotFoundHint;
                _diagnostics.Add(DiagnosticDescriptors.IncludeNotFound, location, Display.Name(relative), path, hint);
            }
            return null;
        }
        return Open(path, key, content);
    }

    /// <summary>
    /// A path relative to the including file, or <c>Library:path</c> inside a referenced library's
    /// folder; null (reported) for an unknown library or a path that leaves the library.
    /// </summary>
    private string? ResolveInclude(string includer, string relative, Text.SourceLocation location)
    {
        if (!UnitLibraries.TrySplitInclude(relative, out var name, out var inside)) return SourcePaths.ResolveRelative(includer, relative);
        var library = _policy.Libraries.Find(name);
        if (library is null)
        {
            var known = _policy.Libraries.All.Select(l => l.Name).ToList();
            var list = known.Count == 0 ? " (it references none)" : $" (it references {Display.List(known)})";
            var hint = Display.DidYouMean(name, known) is { Length: > 0 } near ? near : "; " + _policy.LibraryHint;
            _diagnostics.Add(DiagnosticDescriptors.UnknownLibrary, location, Display.Name(relative), Display.Name(name), list, hint);
            return null;
        }
        var path = SourcePaths.Normalize(library.Root + "/" + inside.TrimStart('/', '\\'));
        if (!path.StartsWith(library.Root + "/", StringComparison.Ordinal) || SourcePaths.IsRooted(inside))
        {
            _diagnostics.Add(DiagnosticDescriptors.IncludeOutsideLibrary, location, Display.Name(relative), name, library.Root);
            return null;
        }
        return path;
    }

    /// <summary>Reads a file, refusing one too large to be a unit file before parsing it.</summary>
    private bool TryRead(string path, out string content, out string error)
    {
        if (!_provider.TryRead(path, out content, out error)) return false;
        if (content.Length <= LoadingPolicy.MaxFileLength) return true;
        error = $"it has more than {LoadingPolicy.MaxFileLength:N0} characters, the most a unit file may have";
        content = string.Empty;
        return false;
    }
}
