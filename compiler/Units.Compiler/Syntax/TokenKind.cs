namespace Units.Compiler.Syntax;

public enum TokenKind
{
    EndOfFile,
    Identifier,

    /// <summary><c>'…'</c>: a symbol that is not an identifier (a linker name such as <c>'.text_start'</c>); never a keyword.</summary>
    QuotedName,
    String,
    Number,
    InlineCode,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    LeftArrow,
    Comma,
    Semicolon,
    Colon,
    Dot,
    Ellipsis,
    Equals,
    Plus,
    Minus,
    Star,
    Question,
}

public static class TokenKindFacts
{
    /// <summary>How a token kind is named in "expected …" messages.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "end of file",
        TokenKind.Identifier => "a name",
        TokenKind.QuotedName => "a quoted symbol",
        TokenKind.String => "a string",
        TokenKind.Number => "a number",
        TokenKind.InlineCode => "an inline code block",
        _ => "'" + Punctuation(kind) + "'",
    };

    public static string Punctuation(TokenKind kind) => kind switch
    {
        TokenKind.OpenBrace => "{",
        TokenKind.CloseBrace => "}",
        TokenKind.OpenBracket => "[",
        TokenKind.CloseBracket => "]",
        TokenKind.OpenParen => "(",
        TokenKind.CloseParen => ")",
        TokenKind.Less => "<",
        TokenKind.Greater => ">",
        TokenKind.LessEqual => "<=",
        TokenKind.GreaterEqual => ">=",
        TokenKind.LeftArrow => "<-",
        TokenKind.Comma => ",",
        TokenKind.Semicolon => ";",
        TokenKind.Colon => ":",
        TokenKind.Dot => ".",
        TokenKind.Ellipsis => "...",
        TokenKind.Equals => "=",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Question => "?",
        _ => kind.ToString(),
    };

    public static bool IsOpener(TokenKind kind) =>
        kind is TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.OpenParen;

    public static bool IsCloser(TokenKind kind) =>
        kind is TokenKind.CloseBrace or TokenKind.CloseBracket or TokenKind.CloseParen;
}
