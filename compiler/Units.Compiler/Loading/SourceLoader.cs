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
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<SyntaxTree> _trees = new();
    private readonly Dictionary<string, SyntaxTree> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _includedBy = new(StringComparer.Ordinal);

    private SourceLoader(ISourceProvider provider, Variables variables)
    {
        _provider = provider;
        _variables = variables;
    }

    public static SourceSet Load(IEnumerable<string> paths, ISourceProvider provider, Variables variables)
    {
        var loader = new SourceLoader(provider, variables);
        foreach (var path in paths) loader.LoadRoot(SourcePaths.Normalize(path));
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
        if (!_provider.TryRead(path, out var content, out var error))
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
        var relative = StringExpander.Expand(include.Path, text, _variables, _diagnostics);
        // A path with an undefined (UNIT0203) or malformed (UNIT0006) variable is not guessed at.
        if (relative is null || relative.Length == 0) return null;
        var path = SourcePaths.ResolveRelative(frame.Tree.Path, relative);
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
        if (!_provider.TryRead(path, out var content, out var error))
        {
            if (_provider.Exists(path)) _diagnostics.Add(DiagnosticDescriptors.FileUnreadable, location, path, error);
            else _diagnostics.Add(DiagnosticDescriptors.IncludeNotFound, location, Display.Name(relative), path);
            return null;
        }
        return Open(path, key, content);
    }
}
