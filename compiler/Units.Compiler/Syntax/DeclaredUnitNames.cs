using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>
/// The names a unit file declares with <c>unit Name</c>, from its tokens alone (no parse, no
/// binding): what the source generator intersects with the identifiers of the project's C# to
/// learn which compounds code names, before it plans anything. A name that is not a compound,
/// or a file with errors, only makes the set larger, never wrong.
/// </summary>
public static class DeclaredUnitNames
{
    public static EquatableArray<string> Of(string path, string text)
    {
        var source = new SourceText(path, text);
        var tokens = Lexer.Tokenize(source, new SyntaxDiagnostics(source));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].IsIdentifier("unit") && tokens[i + 1].Kind == TokenKind.Identifier) names.Add(tokens[i + 1].Text);
        }
        return names.ToEquatableArray();
    }
}
