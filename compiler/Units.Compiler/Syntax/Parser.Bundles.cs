using System.Text;
using Units.Compiler.Diagnostics;

namespace Units.Compiler.Syntax;

internal sealed partial class Parser
{
    private BundleTypeDeclarationSyntax ParseBundleTypeDeclaration(string? doc, int start)
    {
        var name = ExpectName("a bundletype name");
        Expect(TokenKind.Equals);
        var body = ParseAnonymousBundle();
        var flags = ParseWithFlags();
        return new BundleTypeDeclarationSyntax(name, body, doc, SpanFrom(start)) { Flags = flags };
    }

    /// <summary>A bundletype name or <c>{ members }</c>.</summary>
    private BundleSyntax ParseBundle()
    {
        if (At(TokenKind.OpenBrace)) return ParseAnonymousBundle();
        return new BundleReferenceSyntax(ExpectName("a bundletype name or { … }"));
    }

    private AnonymousBundleSyntax ParseAnonymousBundle()
    {
        var start = Current.Span.Start;
        if (Expect(TokenKind.OpenBrace).Span.Length == 0)
        {
            return new AnonymousBundleSyntax(EquatableArray<BundleMemberSyntax>.Empty, SpanFrom(start));
        }
        _bundleBodyDepth++;
        try
        {
            var members = ParseList(TokenKind.CloseBrace, ParseBundleMember, separatorsOptional: true);
            return new AnonymousBundleSyntax(members, SpanFrom(start));
        }
        finally
        {
            _bundleBodyDepth--;
        }
    }

    private BundleMemberSyntax? ParseBundleMember()
    {
        var doc = Current.Doc;
        var start = Current.Span.Start;
        if (TokenKindFacts.IsCloser(Current.Kind))
        {
            ReportExpected("',' or '}'"); // a bracket that closes something else: the '}' is missing
            return null;
        }
        if (At(TokenKind.QuotedName)) return new NamedMemberSyntax(ExpectMemberName(), doc, SpanFrom(start));
        if (AtIdentifier("include") && Peek(1).Kind == TokenKind.String)
        {
            Advance();
            return new HeaderIncludeSyntax(ParseString(), doc, SpanFrom(start));
        }
        if (!At(TokenKind.Identifier) && !At(TokenKind.OpenParen))
        {
            ReportExpected("a member name, a typed member, 'extends' or 'include \"header.h\"'");
            return null;
        }
        if (AtIdentifier("extends") && Peek(1).Kind == TokenKind.Identifier && IsMemberEnd(Peek(2)))
        {
            Advance();
            return new ExtendsMemberSyntax(ExpectName(), doc, SpanFrom(start));
        }
        if (At(TokenKind.Identifier) && IsMemberEnd(Peek(1)))
        {
            return new NamedMemberSyntax(ExpectName(), doc, SpanFrom(start));
        }
        if (At(TokenKind.Identifier) && IsMissingComma())
        {
            // "a b": two Knit names with the comma between them left out. Both stay members.
            var member = ExpectName();
            Report(DiagnosticDescriptors.ExpectedToken, new Text.TextSpan(member.Span.End, 0), $"',' between members '{Display.Name(member.Text)}' and '{Display.Name(Current.Text)}'", Current.Describe());
            return new NamedMemberSyntax(member, doc, SpanFrom(start));
        }
        var returnType = ParseType();
        var name = ExpectName("a member name");
        var parameters = EquatableArray<ParameterSyntax>.Empty;
        if (Expect(TokenKind.OpenParen).Span.Length > 0)
        {
            parameters = ParseList(TokenKind.CloseParen, ParseParameter);
        }
        return new MethodMemberSyntax(returnType, name, parameters, doc, SpanFrom(start));
    }

    /// <summary>A name followed by another name that does not go on as a typed member (<c>T Name(</c>).</summary>
    private bool IsMissingComma() =>
        Peek(1).Kind is TokenKind.Identifier or TokenKind.QuotedName && !Peek(1).IsIdentifier("include") && !Peek(1).IsIdentifier("extends") &&
        Peek(2).Kind != TokenKind.OpenParen;

    private static bool IsMemberEnd(Token token) =>
        token.Kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.EndOfFile || TokenKindFacts.IsCloser(token.Kind);

    private static readonly string[] s_parameterModifiers = { "ref", "out", "in", "params", "scoped", "readonly" };

    private ParameterSyntax? ParseParameter()
    {
        var start = Current.Span.Start;
        var modifiers = new List<string>();
        while (At(TokenKind.Identifier) && Array.IndexOf(s_parameterModifiers, Current.Text) >= 0 &&
               Peek(1).Kind is TokenKind.Identifier or TokenKind.OpenParen)
        {
            modifiers.Add(Advance().Text);
        }
        if (!At(TokenKind.Identifier) && !At(TokenKind.OpenParen))
        {
            ReportExpected("a parameter type");
            return null;
        }
        var type = ParseType();
        var name = ExpectName("a parameter name");
        return new ParameterSyntax(modifiers.ToEquatableArray(), type, name, SpanFrom(start));
    }

    /// <summary>
    /// A C# type: a dotted name with generic arguments, or a tuple, followed by any of
    /// <c>[]</c>, <c>?</c> and <c>*</c>. Kept as normalised text.
    /// </summary>
    private TypeSyntax ParseType()
    {
        var start = Current.Span.Start;
        var text = new StringBuilder();
        AppendType(text);
        return new TypeSyntax(text.ToString(), SpanFrom(start));
    }

    private void AppendType(StringBuilder text)
    {
        if (!EnterNesting())
        {
            if (TokenKindFacts.IsOpener(Current.Kind)) SkipGroup(); else Advance();
            return;
        }
        try
        {
            if (At(TokenKind.OpenParen)) AppendTupleType(text);
            else AppendNamedType(text);
            AppendTypeSuffixes(text);
        }
        finally
        {
            ExitNesting();
        }
    }

    private void AppendNamedType(StringBuilder text)
    {
        text.Append(ExpectName("a type").Text);
        AppendTypeArguments(text);
        while (At(TokenKind.Dot) && Peek(1).Kind == TokenKind.Identifier)
        {
            Advance();
            text.Append('.').Append(ExpectName().Text);
            AppendTypeArguments(text);
        }
    }

    private void AppendTypeArguments(StringBuilder text)
    {
        if (!TryConsume(TokenKind.Less)) return;
        text.Append('<');
        var first = true;
        while (!AtEnd && !At(TokenKind.Greater))
        {
            if (!first)
            {
                if (!TryConsume(TokenKind.Comma)) break;
                text.Append(", ");
            }
            first = false;
            AppendType(text);
        }
        Expect(TokenKind.Greater);
        text.Append('>');
    }

    private void AppendTupleType(StringBuilder text)
    {
        Advance();
        text.Append('(');
        var first = true;
        while (!AtEnd && !At(TokenKind.CloseParen))
        {
            if (!first)
            {
                if (!TryConsume(TokenKind.Comma)) break;
                text.Append(", ");
            }
            first = false;
            AppendType(text);
            if (At(TokenKind.Identifier)) text.Append(' ').Append(Advance().Text);
        }
        Expect(TokenKind.CloseParen);
        text.Append(')');
    }

    private void AppendTypeSuffixes(StringBuilder text)
    {
        while (true)
        {
            if (At(TokenKind.OpenBracket) && Peek(1).Kind is TokenKind.CloseBracket or TokenKind.Comma)
            {
                Advance();
                text.Append('[');
                while (TryConsume(TokenKind.Comma)) text.Append(',');
                Expect(TokenKind.CloseBracket);
                text.Append(']');
            }
            else if (TryConsume(TokenKind.Question))
            {
                text.Append('?');
            }
            else if (TryConsume(TokenKind.Star))
            {
                text.Append('*');
            }
            else
            {
                return;
            }
        }
    }
}
