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
            // Inline code that imports nothing may leave out '<- []'.
            if (!At(TokenKind.LeftArrow)) return new InstanceLinkSyntax(exports, target, new PositionalListSyntax(EquatableArray<NameSyntax>.Empty, new TextSpan(LastEnd, 0)), SpanFrom(start));
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
            var bundles = new List<BundleArgumentSyntax>();
            var names = ParseList(TokenKind.CloseBracket, () =>
            {
                if (At(TokenKind.Identifier)) return ExpectName();
                if (what == "imports" && At(TokenKind.OpenBrace))
                {
                    var bundle = ParseBundleArgument();
                    bundles.Add(bundle);
                    return new NameSyntax(bundle.WireName, bundle.Span);
                }
                ReportExpected(what == "imports" ? "a name or { member = name.member, … }" : "a name");
                return null;
            }, startsElement: () => At(TokenKind.Identifier) || (what == "imports" && At(TokenKind.OpenBrace)), elements: "names");
            return new PositionalListSyntax(names, SpanFrom(start)) { Bundles = bundles.ToEquatableArray() };
        }
        if (TryConsume(TokenKind.OpenBrace)) return ParseByNameList(start, what);
        ReportExpected($"the {what}: [ … ] or {{ … }}");
        return new PositionalListSyntax(EquatableArray<NameSyntax>.Empty, SpanFrom(start));
    }

    /// <summary><c>{ recv = net.input, … }</c>: a bundle built from other names' members.</summary>
    private BundleArgumentSyntax ParseBundleArgument()
    {
        var start = Current.Span.Start;
        Advance(); // '{'
        var entries = ParseList(TokenKind.CloseBrace, () =>
        {
            if (!At(TokenKind.Identifier) && !At(TokenKind.QuotedName))
            {
                ReportExpected("member = name.member");
                return null;
            }
            var entryStart = Current.Span.Start;
            var member = ExpectMemberName();
            Expect(TokenKind.Equals);
            var source = ExpectName("the name whose member it is");
            Expect(TokenKind.Dot);
            var sourceMember = ExpectMemberName();
            return new BundleEntrySyntax(member, source, sourceMember, SpanFrom(entryStart));
        }, startsElement: () => Current.Kind is TokenKind.Identifier or TokenKind.QuotedName && Peek(1).Kind == TokenKind.Equals, elements: "entries");
        return new BundleArgumentSyntax(entries, SpanFrom(start));
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
        }, startsElement: () => At(TokenKind.Identifier) || At(TokenKind.Ellipsis), elements: "names");
        return new ByNameListSyntax(entries, ellipsis, SpanFrom(start));
    }
}
