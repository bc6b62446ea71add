using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

internal sealed partial class Parser
{
    private LinkStatementSyntax? ParseLinkStatement()
    {
        var start = Current.Span.Start;
        if (At(TokenKind.Identifier) && Peek(1).Kind == TokenKind.Equals) return ParseUnion(start);
        if (!At(TokenKind.OpenBracket) && !At(TokenKind.OpenBrace))
        {
            ReportExpected("a link: [exports] <- unit <- [imports], or name = a + b");
            return null;
        }
        var exports = ParseLinkList("exports");
        Expect(TokenKind.LeftArrow);
        LinkTargetSyntax target;
        if (At(TokenKind.InlineCode))
        {
            var token = Advance();
            target = new InlineUnitTargetSyntax(new InlineCodeSyntax(token.Text, token.Span));
        }
        else
        {
            target = new UnitTargetSyntax(ExpectName("a unit name or %{ … %}"));
        }
        Expect(TokenKind.LeftArrow);
        var imports = ParseLinkList("imports");
        return new InstanceLinkSyntax(exports, target, imports, SpanFrom(start));
    }

    private UnionLinkSyntax ParseUnion(int start)
    {
        var name = ExpectName();
        Advance(); // '='
        var parts = new List<NameSyntax> { ExpectName("a name to join") };
        while (TryConsume(TokenKind.Plus)) parts.Add(ExpectName("a name to join"));
        return new UnionLinkSyntax(name, parts.ToEquatableArray(), SpanFrom(start));
    }

    private LinkListSyntax ParseLinkList(string what)
    {
        var start = Current.Span.Start;
        if (TryConsume(TokenKind.OpenBracket))
        {
            var names = ParseList(TokenKind.CloseBracket, () =>
            {
                if (At(TokenKind.Identifier)) return ExpectName();
                ReportExpected("a name");
                return null;
            });
            return new PositionalListSyntax(names, SpanFrom(start));
        }
        if (TryConsume(TokenKind.OpenBrace)) return ParseByNameList(start, what);
        ReportExpected($"the {what}: [ … ] or {{ … }}");
        return new PositionalListSyntax(EquatableArray<NameSyntax>.Empty, SpanFrom(start));
    }

    private ByNameListSyntax ParseByNameList(int start, string what)
    {
        TextSpan? ellipsis = null;
        var entries = ParseList(TokenKind.CloseBrace, () =>
        {
            if (At(TokenKind.Ellipsis))
            {
                var token = Advance();
                if (ellipsis is not null || !(At(TokenKind.CloseBrace) || (AtSeparator && Peek(1).Kind == TokenKind.CloseBrace)))
                {
                    Report(DiagnosticDescriptors.MisplacedEllipsis, token.Span, what);
                }
                ellipsis ??= token.Span;
                return null;
            }
            if (!At(TokenKind.Identifier))
            {
                ReportExpected("a port name, port=name or '...'");
                return null;
            }
            var entryStart = Current.Span.Start;
            var port = ExpectName();
            NameSyntax? name = null;
            if (TryConsume(TokenKind.Equals)) name = ExpectName("the name to connect");
            return new ByNameEntrySyntax(port, name, SpanFrom(entryStart));
        });
        return new ByNameListSyntax(entries, ellipsis, SpanFrom(start));
    }
}
