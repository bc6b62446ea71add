using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>
/// A hand-written recursive-descent parser for unit files. Every node keeps its span; after a
/// mistake the parser reports once, skips to a point it understands (a separator, a closing
/// bracket, the next clause or declaration) and goes on, so independent mistakes are each
/// reported and a single mistake does not cascade.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Deeper nesting is reported rather than followed, so no input can exhaust the stack.</summary>
    public const int MaxDepth = 64;

    private readonly Token[] _tokens;
    private readonly SourceText _text;
    private readonly SyntaxDiagnostics _diagnostics;
    private int _index;
    private int _lastErrorIndex = -1;
    private int _depth;
    private int _unitBodyDepth;
    private int _bundleBodyDepth;

    private Parser(Token[] tokens, SourceText text, SyntaxDiagnostics diagnostics)
    {
        _tokens = tokens;
        _text = text;
        _diagnostics = diagnostics;
    }

    public static FileSyntax Parse(SourceText text, SyntaxDiagnostics diagnostics)
    {
        var tokens = Lexer.Tokenize(text, diagnostics);
        return new Parser(tokens, text, diagnostics).ParseFile();
    }

    private Token Current => _tokens[_index];

    private Token Peek(int offset) => _tokens[Math.Min(_index + offset, _tokens.Length - 1)];

    private bool AtEnd => Current.Kind == TokenKind.EndOfFile;

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtIdentifier(string text) => Current.IsIdentifier(text);

    private bool AtSeparator => Current.Kind is TokenKind.Comma or TokenKind.Semicolon;

    private Token Advance()
    {
        var token = Current;
        if (token.Kind != TokenKind.EndOfFile) _index++;
        return token;
    }

    /// <summary>The end of the last consumed token, for node spans.</summary>
    private int LastEnd => _index == 0 ? 0 : _tokens[_index - 1].Span.End;

    private TextSpan SpanFrom(int start) => TextSpan.FromBounds(start, Math.Max(start, LastEnd));

    private bool TryConsume(TokenKind kind)
    {
        if (!At(kind)) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (At(kind)) return Advance();
        ReportExpected(TokenKindFacts.Describe(kind));
        return new Token(kind, new TextSpan(Current.Span.Start, 0), string.Empty);
    }

    private NameSyntax ExpectName(string what = "a name")
    {
        if (At(TokenKind.Identifier))
        {
            var token = Advance();
            return new NameSyntax(token.Text, token.Span);
        }
        ReportExpected(what);
        return MissingName();
    }

    /// <summary>A member name: an identifier or a quoted symbol (<c>'.mcount'</c>).</summary>
    private NameSyntax ExpectMemberName(string what = "a member name")
    {
        if (At(TokenKind.QuotedName))
        {
            var token = Advance();
            return new NameSyntax(token.Text, token.Span);
        }
        return ExpectName(what);
    }

    /// <summary><c>with flags F</c> after a bundletype, a files clause or inline code; null when absent.</summary>
    private FlagsValueSyntax? ParseWithFlags()
    {
        if (!AtIdentifier("with") || !Peek(1).IsIdentifier("flags")) return null;
        Advance();
        Advance();
        return ParseFlagsValue();
    }

    private NameSyntax MissingName() => new(string.Empty, new TextSpan(Current.Span.Start, 0));

    private QualifiedNameSyntax ParseQualifiedName(string what)
    {
        var start = Current.Span.Start;
        var parts = new List<NameSyntax> { ExpectName(what) };
        while (At(TokenKind.Dot) && Peek(1).Kind == TokenKind.Identifier)
        {
            Advance();
            parts.Add(ExpectName());
        }
        return new QualifiedNameSyntax(parts.ToEquatableArray(), SpanFrom(start));
    }

    /// <summary>Reports "expected X, found Y" unless an error was already reported at this token.</summary>
    private void ReportExpected(string what)
    {
        if (_index <= _lastErrorIndex || (AtEnd && _diagnostics.SwallowedEndOfFile)) return;
        _lastErrorIndex = _index;
        _diagnostics.Report(DiagnosticDescriptors.ExpectedToken, ErrorSpan(), what, Current.Describe());
    }

    /// <summary>
    /// Where a missing token is reported: at the token found, unless that token is on a later
    /// line; then right after the previous token, where the missing one belongs.
    /// </summary>
    private TextSpan ErrorSpan()
    {
        if (_index == 0) return Current.Span;
        var previous = _tokens[_index - 1].Span;
        return _text.GetLinePosition(previous.End).Line < _text.GetLinePosition(Current.Span.Start).Line
            ? new TextSpan(previous.End, 0)
            : Current.Span;
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] args)
    {
        if (_index <= _lastErrorIndex) return;
        _lastErrorIndex = _index;
        _diagnostics.Report(descriptor, span, args);
    }

    /// <summary>
    /// Skips tokens until <paramref name="stop"/> holds at bracket depth zero, an unmatched closing
    /// bracket is reached, or a declaration or (inside a unit) a clause plainly starts. Nested
    /// groups are skipped by counting, not by recursion.
    /// </summary>
    private void SkipUntil(Func<bool> stop)
    {
        var depth = 0;
        while (!AtEnd)
        {
            if (AtStrongDeclarationStart()) return;
            if (depth == 0)
            {
                if (stop()) return;
                if (_unitBodyDepth > 0 && AtClauseStart()) return;
                if (TokenKindFacts.IsCloser(Current.Kind)) return;
            }
            if (TokenKindFacts.IsOpener(Current.Kind)) depth++;
            else if (TokenKindFacts.IsCloser(Current.Kind)) depth--;
            Advance();
        }
    }

    /// <summary>Skips one balanced bracket group starting at the current opener.</summary>
    private void SkipGroup()
    {
        var depth = 0;
        do
        {
            if (TokenKindFacts.IsOpener(Current.Kind)) depth++;
            else if (TokenKindFacts.IsCloser(Current.Kind)) depth--;
            Advance();
        }
        while (depth > 0 && !AtEnd && !AtStrongDeclarationStart());
    }

    /// <summary>
    /// Parses a bracketed list whose opener is already consumed. Elements are separated by ',' or
    /// ';', and one may end the list; an empty element (a leading or doubled separator) is an
    /// error. A bad element is skipped up to the next separator or the closer. Where
    /// <paramref name="startsElement"/> says another element starts right after one, the comma
    /// between them was left out: one error, and both stay elements.
    /// </summary>
    private EquatableArray<T> ParseList<T>(TokenKind close, Func<T?> parseElement, bool separatorsOptional = false,
        Func<bool>? startsElement = null, string elements = "elements")
        where T : class
    {
        var items = new List<T>();
        var expectElement = true; // at the start, and after a separator
        while (!At(close) && !AtEnd)
        {
            if (AtSeparator)
            {
                // ',,' or '[,': the element parser reports what it expected, and consumes nothing.
                if (expectElement) parseElement();
                Advance();
                expectElement = true;
                continue;
            }
            if (AtStrongDeclarationStart() || (_unitBodyDepth > 0 && AtClauseStart())) break;
            if (IsUnclosed(close))
            {
                ReportExpected($"'{TokenKindFacts.Punctuation(close)}'");
                return items.ToEquatableArray();
            }
            var before = _index;
            var element = parseElement();
            expectElement = false;
            if (element is not null) items.Add(element);
            if (At(close) || AtSeparator) continue;
            if (separatorsOptional && _index > before) continue;
            if (element is not null && startsElement is not null && startsElement())
            {
                Report(DiagnosticDescriptors.ExpectedToken, new TextSpan(LastEnd, 0), $"',' between two {elements}", Current.Describe());
                continue;
            }
            if (IsUnclosed(close)) continue;
            ReportExpected($"',' or '{TokenKindFacts.Punctuation(close)}'");
            SkipUntil(() => AtSeparator || At(close) || IsUnclosed(close));
            if (_index != before) continue;
            if (TokenKindFacts.IsCloser(Current.Kind)) break; // it closes an outer construct: leave it to that
            Advance();
        }
        Expect(close);
        return items.ToEquatableArray();
    }

    /// <summary>
    /// The list was not closed: a bracket that closes an outer construct, or, in a '[ … ]' list,
    /// what follows one (a new link's '[', or '&lt;-').
    /// </summary>
    private bool IsUnclosed(TokenKind close) =>
        (TokenKindFacts.IsCloser(Current.Kind) && !At(close)) ||
        (close == TokenKind.CloseBracket && Current.Kind is TokenKind.OpenBracket or TokenKind.LeftArrow);

    /// <summary>Enters one level of nesting; false (after reporting) when the limit is reached.</summary>
    private bool EnterNesting()
    {
        if (_depth >= MaxDepth)
        {
            Report(DiagnosticDescriptors.NestingTooDeep, Current.Span, MaxDepth);
            return false;
        }
        _depth++;
        return true;
    }

    private void ExitNesting() => _depth--;
}
