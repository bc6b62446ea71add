using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;

namespace Units.Compiler.Loading;

/// <summary>
/// All unit files of one check: the files named by the user and everything they include, each
/// parsed once, in a stable order (depth-first, in include order).
/// </summary>
public sealed class SourceSet
{
    internal SourceSet(IReadOnlyList<SyntaxTree> trees, EquatableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, IReadOnlyList<string>> includedBy)
    {
        Trees = trees;
        Diagnostics = diagnostics;
        IncludedBy = includedBy;
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>For each loaded file, the files whose includes reached it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> IncludedBy { get; }

    /// <summary>A file and every file that includes it, directly or through others.</summary>
    public ISet<string> IncludersOf(string path)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(path);
        while (pending.Count > 0)
        {
            var file = pending.Pop();
            if (!result.Add(file) || !IncludedBy.TryGetValue(file, out var parents)) continue;
            foreach (var parent in parents) pending.Push(parent);
        }
        return result;
    }

    /// <summary>Loading diagnostics (includes, unreadable files, variables in include paths) plus every file's syntax diagnostics.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }
}
