using Microsoft.CodeAnalysis;
using UnitsLocation = Units.Compiler.Text.SourceLocation;
using UnitsLinePosition = Units.Compiler.Text.LinePosition;
using UnitsTextSpan = Units.Compiler.Text.TextSpan;

namespace Units.Generator.Pipeline;

/// <summary>Roslyn positions as Units locations (plain values, one-based lines and columns).</summary>
internal static class Locations
{
    public static UnitsLocation Of(SyntaxToken token) => Of(token.SyntaxTree, token.Span);

    public static UnitsLocation Of(SyntaxNode node) => Of(node.SyntaxTree, node.Span);

    public static UnitsLocation Of(SyntaxTree? tree, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        if (tree is null) return UnitsLocation.None;
        var lines = tree.GetLineSpan(span);
        return new UnitsLocation(tree.FilePath, new UnitsTextSpan(span.Start, span.Length),
            new UnitsLinePosition(lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1),
            new UnitsLinePosition(lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1));
    }
}
