using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

internal sealed partial class Lexer
{
    private void SkipTriviaAndComments()
    {
        while (!AtEnd)
        {
            var c = Current;
            if (IsWhitespace(c))
            {
                _position++;
            }
            else if (c == '/' && Peek() == '/')
            {
                while (!AtEnd && Current != '\n' && Current != '\r') _position++;
            }
            else if (c == '/' && Peek() == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        var start = _position;
        var isDoc = Peek(2) == '#';
        var terminator = isDoc ? "#*/" : "*/";
        var contentStart = _position + (isDoc ? 3 : 2);
        var end = _source.IndexOf(terminator, contentStart, StringComparison.Ordinal);
        if (end < 0 && isDoc)
        {
            // "/*# */" without the closing '#': an ordinary comment after all.
            isDoc = false;
            terminator = "*/";
            contentStart = _position + 2;
            end = _source.IndexOf(terminator, contentStart, StringComparison.Ordinal);
        }
        if (end < 0)
        {
            _position = _source.Length;
            _diagnostics.SwallowedEndOfFile = true;
            _diagnostics.Report(DiagnosticDescriptors.UnterminatedComment, new TextSpan(start, isDoc ? 3 : 2), terminator);
            return;
        }
        _position = end + terminator.Length;
        if (isDoc) _pendingDoc = NormalizeDoc(_source.Substring(contentStart, end - contentStart));
    }

    /// <summary>Trims a doc comment and the margin of its continuation lines.</summary>
    private static string NormalizeDoc(string raw)
    {
        var lines = raw.Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Trim())
            .Select(l => l.StartsWith("*", StringComparison.Ordinal) ? l.Substring(1).TrimStart() : l);
        return string.Join("\n", lines).Trim();
    }

    private static readonly char[] s_stringRecovery = { ';', ',', ')', ']', '}' };

    /// <summary><c>'…'</c> on one line: a symbol that is not an identifier. The token's text is what is between the quotes.</summary>
    private void LexQuotedName()
    {
        var start = _position;
        _position++; // opening quote
        while (!AtEnd && Current != '\'' && Current != '\n' && Current != '\r') _position++;
        if (Current == '\'')
        {
            var text = _source.Substring(start + 1, _position - start - 1);
            _position++;
            Add(TokenKind.QuotedName, start, text);
            return;
        }
        // Unterminated: the symbol is taken to end where a symbol plainly ends, so the rest of the line still parses.
        var end = start + 1;
        while (end < _position && !char.IsWhiteSpace(_source[end]) && _source[end] is not (',' or ';' or '}' or ']' or ')')) end++;
        _diagnostics.Report(DiagnosticDescriptors.UnterminatedQuotedName, TextSpan.FromBounds(start, end));
        _position = end;
        Add(TokenKind.QuotedName, start, _source.Substring(start + 1, end - start - 1));
    }

    private void LexString()
    {
        var start = _position;
        _position++; // opening quote
        var contentStart = _position;
        while (!AtEnd && Current != '"' && Current != '\n' && Current != '\r')
        {
            if (Current == '\\')
            {
                var next = Peek();
                if (next is '"' or '\\' or 'n' or 't' or 'r' or '$')
                {
                    _position += 2;
                    continue;
                }
                var length = next is '\0' or '\n' or '\r' ? 1 : 2;
                _diagnostics.Report(DiagnosticDescriptors.InvalidEscape, new TextSpan(_position, length),
                    _source.Substring(_position, Math.Min(length, _source.Length - _position)));
                _position += length;
                continue;
            }
            if (Current == '$' && Peek() == '{') CheckVariable();
            else _position++;
        }
        var contentEnd = _position;
        if (Current == '"')
        {
            _position++;
        }
        else
        {
            _diagnostics.Report(DiagnosticDescriptors.UnterminatedString, TextSpan.FromBounds(start, _position));
            // A string broken across two lines ("a.c⏎", "b.c"): the next line's quotes are
            // unbalanced, and its first one closes this string. One error, not three.
            if (ClosingQuoteOnNextLine() is { } closing)
            {
                _position = closing + 1;
                Add(TokenKind.String, start, _source.Substring(contentStart, closing - contentStart));
                return;
            }
            // The closing quote is missing: end the string before the punctuation that plainly
            // closes the construct around it (`files{ "a.cs };`), so the rest of the line still parses.
            var cut = _source.IndexOfAny(s_stringRecovery, contentStart, contentEnd - contentStart);
            if (cut >= 0)
            {
                contentEnd = cut;
                _position = cut;
            }
        }
        Add(TokenKind.String, start, _source.Substring(contentStart, contentEnd - contentStart));
    }

    /// <summary>The first quote of the next line when that line holds an odd number of quotes; else null.</summary>
    private int? ClosingQuoteOnNextLine()
    {
        if (AtEnd) return null;
        var lineStart = _position + (Current == '\r' && Peek() == '\n' ? 2 : 1);
        var lineEnd = _source.IndexOfAny(s_lineBreaks, lineStart);
        if (lineEnd < 0) lineEnd = _source.Length;
        int? first = null;
        var quotes = 0;
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (_source[i] == '\\') i++;
            else if (_source[i] == '"')
            {
                first ??= i;
                quotes++;
            }
        }
        return quotes % 2 == 1 ? first : null;
    }

    private static readonly char[] s_lineBreaks = { '\n', '\r' };

    /// <summary>Checks the shape of <c>${NAME}</c>; its value is looked up when the string is used.</summary>
    private void CheckVariable()
    {
        var start = _position;
        _position += 2;
        var nameStart = _position;
        while (IsIdentifierPart(Current)) _position++;
        var wellFormed = _position > nameStart && IsIdentifierStart(_source[nameStart]) && Current == '}';
        if (wellFormed)
        {
            _position++;
            return;
        }
        _diagnostics.Report(DiagnosticDescriptors.MalformedVariable, TextSpan.FromBounds(start, _position));
    }

    private void LexInlineCode()
    {
        var start = _position;
        var end = _source.IndexOf("%}", _position + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            _position = _source.Length;
            _diagnostics.SwallowedEndOfFile = true;
            _diagnostics.Report(DiagnosticDescriptors.UnterminatedInlineCode, new TextSpan(start, 2));
            Add(TokenKind.InlineCode, start, _source.Substring(start + 2));
            return;
        }
        _position = end + 2;
        Add(TokenKind.InlineCode, start, _source.Substring(start + 2, end - start - 2));
    }
}
