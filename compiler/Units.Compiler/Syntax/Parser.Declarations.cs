using Units.Compiler.Diagnostics;

namespace Units.Compiler.Syntax;

internal sealed partial class Parser
{
    private FileSyntax ParseFile()
    {
        var declarations = new List<DeclarationSyntax>();
        while (!AtEnd && !_diagnostics.IsCapped)
        {
            if (TryConsume(TokenKind.Semicolon)) continue;
            var before = _index;
            var declaration = ParseDeclaration();
            if (declaration is not null)
            {
                declarations.Add(declaration);
                continue;
            }
            Report(DiagnosticDescriptors.ExpectedDeclaration, Current.Span, Current.Describe());
            if (TokenKindFacts.IsOpener(Current.Kind)) SkipGroup();
            else Advance();
            SkipUntil(AtDeclarationStart);
            if (_index == before) Advance();
        }
        return new FileSyntax(declarations.ToEquatableArray(), new Text.TextSpan(0, Current.Span.End));
    }

    private static readonly string[] s_declarationKeywords =
        { "unit", "bundletype", "type", "property", "include", "directory", "flags", "namespace" };

    private bool AtDeclarationStart() =>
        At(TokenKind.InlineCode) ||
        (At(TokenKind.Identifier) && Array.IndexOf(s_declarationKeywords, Current.Text) >= 0 && Peek(1).Kind is TokenKind.Identifier or TokenKind.String);

    /// <summary>
    /// A declaration start that cannot be anything else, even in the middle of a unit body:
    /// used to stop skipping when a closing brace was forgotten.
    /// </summary>
    private bool AtStrongDeclarationStart()
    {
        if (!At(TokenKind.Identifier)) return false;
        return Current.Text switch
        {
            "unit" or "bundletype" or "flags" => Peek(1).Kind == TokenKind.Identifier && Peek(2).Kind == TokenKind.Equals,
            // In a bundletype, include "x.h" names a header: a member, not a declaration.
            "include" => Peek(1).Kind == TokenKind.String && _bundleBodyDepth == 0,
            "directory" => Peek(1).Kind == TokenKind.String,
            _ => false,
        };
    }

    private DeclarationSyntax? ParseDeclaration()
    {
        var doc = Current.Doc;
        var start = Current.Span.Start;
        if (At(TokenKind.InlineCode))
        {
            var token = Advance();
            return new InlineCodeDeclarationSyntax(new InlineCodeSyntax(token.Text, token.Span), doc, SpanFrom(start));
        }
        // At top level nothing else starts with these words, so they start a declaration even when
        // what follows is wrong (the declaration's own parse reports that).
        if (!IsDeclarationKeyword(Current)) return null;
        var keyword = Advance().Text;
        DeclarationSyntax declaration = keyword switch
        {
            "include" => new IncludeDeclarationSyntax(ParseString(), doc, SpanFrom(start)),
            "directory" => new DirectoryDeclarationSyntax(ParseString(), doc, SpanFrom(start)),
            "namespace" => ParseNamespace(doc, start),
            "type" => ParseTypeDeclaration(doc, start),
            "property" => new PropertyDeclarationSyntax(ExpectName("a property name"), doc, SpanFrom(start)),
            "flags" => ParseFlagsDeclaration(doc, start),
            "bundletype" => ParseBundleTypeDeclaration(doc, start),
            _ => ParseUnitDeclaration(doc, start),
        };
        TryConsume(TokenKind.Semicolon);
        return declaration;
    }

    private StringLiteralSyntax ParseString()
    {
        if (At(TokenKind.String))
        {
            var token = Advance();
            return new StringLiteralSyntax(token.Text, token.Span);
        }
        ReportExpected("a string");
        return new StringLiteralSyntax(string.Empty, new Text.TextSpan(Current.Span.Start, 0));
    }

    private NamespaceDeclarationSyntax ParseNamespace(string? doc, int start)
    {
        var name = ParseQualifiedName("a namespace name");
        return new NamespaceDeclarationSyntax(name, doc, SpanFrom(start));
    }

    private TypeDeclarationSyntax ParseTypeDeclaration(string? doc, int start)
    {
        var name = ExpectName("a type name");
        var above = new List<NameSyntax>();
        if (TryConsume(TokenKind.LessEqual))
        {
            above.Add(ExpectName("a type name"));
            while (At(TokenKind.Comma) && Peek(1).Kind == TokenKind.Identifier && !IsDeclarationKeyword(Peek(1)))
            {
                Advance();
                above.Add(ExpectName("a type name"));
            }
        }
        return new TypeDeclarationSyntax(name, above.ToEquatableArray(), doc, SpanFrom(start));
    }

    private static bool IsDeclarationKeyword(Token token) =>
        token.Kind == TokenKind.Identifier && Array.IndexOf(s_declarationKeywords, token.Text) >= 0;

    private FlagsDeclarationSyntax ParseFlagsDeclaration(string? doc, int start)
    {
        var name = ExpectName("a flags name");
        Expect(TokenKind.Equals);
        var value = ParseFlagsValue();
        return new FlagsDeclarationSyntax(name, value, doc, SpanFrom(start));
    }

    /// <summary><c>{ flags libc, "-DKERNEL", other }</c>, <c>"-O2"</c> or <c>kern</c>.</summary>
    private FlagsValueSyntax ParseFlagsValue()
    {
        var start = Current.Span.Start;
        if (At(TokenKind.String) || At(TokenKind.Identifier))
        {
            var item = ParseFlagsItem()!;
            return new FlagsValueSyntax(EquatableArray.Create(item), SpanFrom(start));
        }
        if (!At(TokenKind.OpenBrace))
        {
            ReportExpected("flags: a string, a flags name or { … }");
            return new FlagsValueSyntax(EquatableArray<FlagsItemSyntax>.Empty, SpanFrom(start));
        }
        Advance();
        var items = ParseList(TokenKind.CloseBrace, ParseFlagsItem, startsElement: () => At(TokenKind.String) || At(TokenKind.Identifier), elements: "flags");
        return new FlagsValueSyntax(items, SpanFrom(start));
    }

    private FlagsItemSyntax? ParseFlagsItem()
    {
        var start = Current.Span.Start;
        if (At(TokenKind.String)) return new FlagsStringSyntax(ParseString());
        if (AtIdentifier("flags") && Peek(1).Kind == TokenKind.Identifier) Advance();
        if (At(TokenKind.Identifier))
        {
            var name = ExpectName();
            return new FlagsReferenceSyntax(name, SpanFrom(start));
        }
        ReportExpected("a string or a flags name");
        return null;
    }
}
