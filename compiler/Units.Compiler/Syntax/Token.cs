using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>
/// One token. <see cref="Text"/> is the identifier or number as written, the raw content
/// between the quotes of a string, or the code inside <c>%{ %}</c>.
/// <see cref="Doc"/> holds a <c>/*# … #*/</c> comment that came right before the token.
/// </summary>
public readonly record struct Token(TokenKind Kind, TextSpan Span, string Text, string? Doc = null)
{
    public bool IsIdentifier(string text) => Kind == TokenKind.Identifier && Text == text;

    /// <summary>How the token is named in "found …" messages.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Identifier => $"'{Display.Name(Text)}'",
        TokenKind.Number => $"'{Display.Name(Text)}'",
        TokenKind.QuotedName => $"the quoted symbol '{Display.Name(Text)}'",
        TokenKind.String => "a string",
        _ => TokenKindFacts.Describe(Kind),
    };
}
