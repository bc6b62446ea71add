using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>A parsed unit file: its text, its syntax and the lexing and parsing diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, FileSyntax root, EquatableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    public FileSyntax Root { get; }

    public EquatableArray<Diagnostic> Diagnostics { get; }

    public string Path => Text.Path;

    public static SyntaxTree Parse(SourceText text)
    {
        var diagnostics = new SyntaxDiagnostics(text);
        var root = Parser.Parse(text, diagnostics);
        return new SyntaxTree(text, root, diagnostics.Items.ToEquatableArray());
    }

    public static SyntaxTree Parse(string path, string content) => Parse(new SourceText(path, content));

    public SourceLocation GetLocation(TextSpan span) => Text.GetLocation(span);
}
