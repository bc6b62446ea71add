using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;

namespace Units.Compiler.Loading;

/// <summary>
/// All unit files of one check: the files named by the user and everything they include, each
/// parsed once, in a stable order (depth-first, in include order).
/// </summary>
public sealed class SourceSet
{
    internal SourceSet(IReadOnlyList<SyntaxTree> trees, EquatableArray<Diagnostic> diagnostics)
    {
        Trees = trees;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>Loading diagnostics (includes, unreadable files, variables in include paths) plus every file's syntax diagnostics.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }
}
