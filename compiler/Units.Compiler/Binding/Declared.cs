using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>A declaration together with the file it sits in and that file's C# namespace.</summary>
internal sealed record Declared<T>(T Syntax, SyntaxTree Tree, string? Namespace) where T : DeclarationSyntax
{
    public SourceLocation Locate(TextSpan span) => Tree.GetLocation(span);
}
