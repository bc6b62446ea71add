using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>
/// Turns a unit file into tokens. Comments are skipped, except <c>/*# … #*/</c> doc comments,
/// which ride on the next token. A run of characters that start no token is reported once.
/// </summary>
internal sealed partial class Lexer
{
    private readonly SourceText _text;
    private readonly string _source;
    private readonly SyntaxDiagnostics _diagnostics;
    private readonly List<Token> _tokens = new();
    private int _position;
    private string? _pendingDoc;

    private Lexer(SourceText text, SyntaxDiagnostics diagnostics)
    {
        _text = text;
        _source = text.Content;
        _diagnostics = diagnostics;
    }

    public static Token[] Tokenize(SourceText text, SyntaxDiagnostics diagnostics)
    {
        var lexer = new Lexer(text, diagnostics);
        lexer.Run();
        return lexer._tokens.ToArray();
    }

    private char Current => _position < _source.Length ? _source[_position] : '\0';

    private char Peek(int offset = 1) => _position + offset < _source.Length ? _source[_position + offset] : '\0';

    private bool AtEnd => _position >= _source.Length;

    private void Run()
    {
        while (true)
        {
            SkipTriviaAndComments();
            if (AtEnd)
            {
                Add(TokenKind.EndOfFile, _position, string.Empty);
                return;
            }
            if (!TryLexToken()) SkipInvalidRun();
        }
    }

    private void Add(TokenKind kind, int start, string text)
    {
        _tokens.Add(new Token(kind, TextSpan.FromBounds(start, _position), text, _pendingDoc));
        _pendingDoc = null;
    }

    private bool TryLexToken()
    {
        var start = _position;
        var c = Current;
        if (IsIdentifierStart(c))
        {
            while (IsIdentifierPart(Current)) _position++;
            Add(TokenKind.Identifier, start, _source.Substring(start, _position - start));
            return true;
        }
        if (c is >= '0' and <= '9')
        {
            while (IsIdentifierPart(Current)) _position++;
            Add(TokenKind.Number, start, _source.Substring(start, _position - start));
            return true;
        }
        if (c == '"')
        {
            LexString();
            return true;
        }
        if (c == '%' && Peek() == '{')
        {
            LexInlineCode();
            return true;
        }
        if (c == '\'')
        {
            LexQuotedName();
            return true;
        }
        var kind = PunctuationKind(out var length);
        if (kind is null) return false;
        _position += length;
        Add(kind.Value, start, string.Empty);
        return true;
    }

    private TokenKind? PunctuationKind(out int length)
    {
        length = 1;
        switch (Current)
        {
            case '{': return TokenKind.OpenBrace;
            case '}': return TokenKind.CloseBrace;
            case '[': return TokenKind.OpenBracket;
            case ']': return TokenKind.CloseBracket;
            case '(': return TokenKind.OpenParen;
            case ')': return TokenKind.CloseParen;
            case ',': return TokenKind.Comma;
            case ';': return TokenKind.Semicolon;
            case ':': return TokenKind.Colon;
            case '=': return TokenKind.Equals;
            case '+': return TokenKind.Plus;
            case '-': return TokenKind.Minus;
            case '*': return TokenKind.Star;
            case '?': return TokenKind.Question;
            case '>':
                if (Peek() == '=') { length = 2; return TokenKind.GreaterEqual; }
                return TokenKind.Greater;
            case '<':
                if (Peek() == '=') { length = 2; return TokenKind.LessEqual; }
                if (Peek() == '-') { length = 2; return TokenKind.LeftArrow; }
                return TokenKind.Less;
            case '.':
                if (Peek() == '.' && Peek(2) == '.') { length = 3; return TokenKind.Ellipsis; }
                return TokenKind.Dot;
            default:
                return null;
        }
    }

    /// <summary>Skips characters that start no token, reporting the whole run once.</summary>
    private void SkipInvalidRun()
    {
        var start = _position;
        while (!AtEnd && !StartsToken())
        {
            _position += char.IsHighSurrogate(Current) && char.IsLowSurrogate(Peek()) ? 2 : 1;
        }
        var span = TextSpan.FromBounds(start, _position);
        _diagnostics.Report(DiagnosticDescriptors.UnexpectedCharacter, span, DescribeRun(start, _position));
    }

    private string DescribeRun(int start, int end)
    {
        var run = _source.Substring(start, end - start);
        if (run.Length == 1 || (run.Length <= 16 && run.All(c => c is >= ' ' and < (char)0x7F)))
        {
            return run.Length == 1 ? " " + DescribeCharacter(start) : $"s '{run}'";
        }
        return $" {DescribeCharacter(start)} (and {run.Length - 1} more that start no token)";
    }

    private bool StartsToken()
    {
        var c = Current;
        if (IsWhitespace(c) || IsIdentifierStart(c) || c is >= '0' and <= '9' || c is '"' or '\'') return true;
        if (c == '/' && (Peek() == '/' || Peek() == '*')) return true;
        if (c == '%' && Peek() == '{') return true;
        return PunctuationKind(out _) is not null;
    }

    private string DescribeCharacter(int position)
    {
        var c = _source[position];
        if (c is >= ' ' and < (char)0x7F) return $"'{c}'";
        // A lone surrogate (reachable through the API and generator, never through UTF-8 files)
        // is described by its code unit; only a well-formed pair is a code point.
        if (char.IsHighSurrogate(c) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]))
        {
            return $"U+{char.ConvertToUtf32(c, _source[position + 1]):X4}";
        }
        return $"U+{(int)c:X4}";
    }

    internal static bool IsIdentifierStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    internal static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || c is >= '0' and <= '9';

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v' or '\uFEFF';
}
