using Units.Compiler.Diagnostics;

namespace Units.Compiler.Syntax;

internal sealed partial class Parser
{
    private UnitDeclarationSyntax ParseUnitDeclaration(string? doc, int start)
    {
        var errorsBefore = _diagnostics.Count;
        var name = ExpectName("a unit name");
        Expect(TokenKind.Equals);
        var clauses = new List<UnitClauseSyntax>();
        if (Expect(TokenKind.OpenBrace).Span.Length == 0)
        {
            return new UnitDeclarationSyntax(name, clauses.ToEquatableArray(), doc, SpanFrom(start)) { IsIncomplete = true };
        }
        _unitBodyDepth++;
        try
        {
            while (!At(TokenKind.CloseBrace) && !AtEnd && !AtStrongDeclarationStart() && !_diagnostics.IsCapped)
            {
                if (TryConsume(TokenKind.Semicolon)) continue;
                var before = _index;
                var clause = ParseClause();
                if (clause is not null)
                {
                    clauses.Add(clause);
                    continue;
                }
                ReportNotAClause(name);
                Advance();
                SkipUntil(() => AtSeparator);
                if (_index == before) Advance();
            }
        }
        finally
        {
            _unitBodyDepth--;
        }
        Expect(TokenKind.CloseBrace);
        return new UnitDeclarationSyntax(name, clauses.ToEquatableArray(), doc, SpanFrom(start)) { IsIncomplete = _diagnostics.Count > errorsBefore };
    }

    /// <summary>
    /// True when the current token starts a unit clause: a clause keyword followed by what that
    /// clause needs next. Keywords are contextual, so a port may still be called "files".
    /// </summary>
    private static readonly string[] s_clauseKeywords =
        { "imports", "exports", "initializer", "finalizer", "depends", "constraints", "rename", "flatten", "files", "implementation", "link", "defaults" };

    /// <summary>
    /// A clause keyword followed by what cannot follow it is "expected X after 'keyword'"; any
    /// other word is an unknown clause, with the keyword it is closest to.
    /// </summary>
    private void ReportNotAClause(NameSyntax unit)
    {
        var follows = !At(TokenKind.Identifier) ? null : Current.Text switch
        {
            "imports" or "exports" => "'['",
            "initializer" or "finalizer" => "a function name",
            "implementation" => "a C# type name",
            "depends" or "constraints" or "rename" or "link" or "defaults" => "'{'",
            "files" => "'{' or a directory string",
            _ => null,
        };
        if (follows is not null)
        {
            var keyword = Current.Text;
            if (_index + 1 <= _lastErrorIndex) return;
            _diagnostics.Report(DiagnosticDescriptors.ExpectedToken, Peek(1).Span, $"{follows} after '{keyword}'", Peek(1).Describe());
            _lastErrorIndex = _index + 1;
            return;
        }
        var closest = At(TokenKind.Identifier) ? Suggestions.Closest(Current.Text, s_clauseKeywords) : null;
        var help = closest is not null ? $"did you mean '{closest}'?" : "expected one of " + string.Join(", ", s_clauseKeywords);
        Report(DiagnosticDescriptors.UnknownClause, Current.Span, Current.Describe(), Display.Name(unit.Text), help);
    }

    private bool AtClauseStart()
    {
        if (At(TokenKind.InlineCode)) return true;
        if (!At(TokenKind.Identifier)) return false;
        var next = Peek(1).Kind;
        return Current.Text switch
        {
            "imports" or "exports" => next == TokenKind.OpenBracket,
            "initializer" or "finalizer" => next is TokenKind.Identifier or TokenKind.QuotedName,
            "implementation" => next == TokenKind.Identifier,
            "depends" or "constraints" or "rename" or "link" or "defaults" => next == TokenKind.OpenBrace,
            "files" => next == TokenKind.OpenBrace || (next == TokenKind.String && Peek(2).Kind == TokenKind.OpenBrace),
            "flatten" => next is TokenKind.Semicolon or TokenKind.CloseBrace or TokenKind.EndOfFile or TokenKind.InlineCode ||
                         (next == TokenKind.Identifier && Peek(2).Kind != TokenKind.Colon),
            _ => false,
        };
    }

    private UnitClauseSyntax? ParseClause()
    {
        var start = Current.Span.Start;
        if (At(TokenKind.InlineCode))
        {
            var token = Advance();
            var code = new InlineCodeSyntax(token.Text, token.Span);
            var flags = ParseWithFlags();
            return new InlineCodeClauseSyntax(code, new NameSyntax("%{", new Text.TextSpan(start, 2)), SpanFrom(start)) { Flags = flags };
        }
        if (!AtClauseStart()) return null;
        var keywordToken = Advance();
        var keyword = new NameSyntax(keywordToken.Text, keywordToken.Span);
        switch (keyword.Text)
        {
            case "imports":
            case "exports":
                return ParsePortsClause(keyword, start);
            case "initializer":
            case "finalizer":
                return ParseInitializerClause(keyword, start);
            case "depends":
                Advance();
                return new DependsClauseSyntax(ParseList(TokenKind.CloseBrace, ParseDependsRule), keyword, SpanFrom(start));
            case "constraints":
                Advance();
                return new ConstraintsClauseSyntax(ParseList(TokenKind.CloseBrace, ParseConstraint), keyword, SpanFrom(start));
            case "rename":
                Advance();
                return new RenameClauseSyntax(ParseList(TokenKind.CloseBrace, ParseRenameRule), keyword, SpanFrom(start));
            case "files":
                return ParseFilesClause(keyword, start);
            case "implementation":
                return new ImplementationClauseSyntax(ParseQualifiedName("a C# type name"), keyword, SpanFrom(start));
            case "link":
                Advance();
                return new LinkClauseSyntax(ParseList(TokenKind.CloseBrace, ParseLinkStatement, separatorsOptional: true), keyword, SpanFrom(start));
            case "defaults":
                Advance();
                return new DefaultsClauseSyntax(ParseList(TokenKind.CloseBrace, () =>
                {
                    if (At(TokenKind.Identifier)) return ExpectName();
                    ReportExpected("a name");
                    return null;
                }, startsElement: () => At(TokenKind.Identifier), elements: "names"), keyword, SpanFrom(start));
            default:
                return new FlattenClauseSyntax(keyword, SpanFrom(start));
        }
    }

    private PortsClauseSyntax ParsePortsClause(NameSyntax keyword, int start)
    {
        var kind = keyword.Text == "imports" ? PortKind.Import : PortKind.Export;
        Advance(); // '['
        var ports = ParseList(TokenKind.CloseBracket, ParsePort, startsElement: () => At(TokenKind.Identifier) && Peek(1).Kind == TokenKind.Colon, elements: "ports");
        return new PortsClauseSyntax(kind, ports, keyword, SpanFrom(start));
    }

    private PortSyntax? ParsePort()
    {
        var doc = Current.Doc;
        var start = Current.Span.Start;
        if (!At(TokenKind.Identifier))
        {
            ReportExpected("a port name");
            return null;
        }
        var name = ExpectName();
        Expect(TokenKind.Colon);
        var bundle = ParseBundle();
        return new PortSyntax(name, bundle, doc, SpanFrom(start));
    }

    /// <summary>
    /// <c>initializer f for S</c>, where f may be <c>name.f</c> (a port's or a link name's function)
    /// and S may be a comma list (<c>for a, b</c>), read as the union it means.
    /// </summary>
    private InitializerClauseSyntax ParseInitializerClause(NameSyntax keyword, int start)
    {
        NameSyntax? owner = null;
        var function = ExpectMemberName("a function name");
        if (At(TokenKind.Dot) && Peek(1).Kind is TokenKind.Identifier or TokenKind.QuotedName)
        {
            Advance();
            owner = function;
            function = ExpectMemberName("a function name");
        }
        if (AtIdentifier("for")) Advance();
        else ReportExpected("'for'");
        var target = ParseObjectSet();
        if (At(TokenKind.Comma) && Peek(1).Kind is TokenKind.Identifier or TokenKind.OpenBrace or TokenKind.OpenParen)
        {
            var setStart = target.Span.Start;
            var rest = new List<SetOperandSyntax>();
            while (At(TokenKind.Comma) && Peek(1).Kind is TokenKind.Identifier or TokenKind.OpenBrace or TokenKind.OpenParen)
            {
                var operandStart = Current.Span.Start;
                Advance();
                if (AtClauseStart()) break;
                rest.Add(new SetOperandSyntax(SetOperator.Union, ParseObjectSet(), SpanFrom(operandStart)));
            }
            if (rest.Count > 0) target = new SetChainSyntax(target, rest.ToEquatableArray(), SpanFrom(setStart));
        }
        // A trailing comma ends the list, as in every other list.
        if (At(TokenKind.Comma) && Peek(1).Kind is TokenKind.Semicolon or TokenKind.CloseBrace) Advance();
        return new InitializerClauseSyntax(keyword.Text == "finalizer", function, target, keyword, SpanFrom(start)) { Owner = owner };
    }

    private FilesClauseSyntax ParseFilesClause(NameSyntax keyword, int start)
    {
        var directory = At(TokenKind.String) ? ParseString() : null;
        Advance(); // '{'
        var files = ParseList(TokenKind.CloseBrace, () =>
        {
            if (At(TokenKind.String)) return ParseString();
            ReportExpected("a file name string");
            return null;
        }, startsElement: () => At(TokenKind.String), elements: "file names");
        var flags = ParseWithFlags();
        return new FilesClauseSyntax(files, flags, keyword, SpanFrom(start)) { Directory = directory };
    }

    private RenameRuleSyntax? ParseRenameRule()
    {
        var start = Current.Span.Start;
        if (!At(TokenKind.Identifier))
        {
            ReportExpected("a rename rule (port.member to name, or port with prefix text)");
            return null;
        }
        var port = ExpectName();
        if (TryConsume(TokenKind.Dot))
        {
            var member = ExpectMemberName();
            if (AtIdentifier("to")) Advance();
            else ReportExpected("'to'");
            var newName = ExpectName("the new name");
            return new MemberRenameSyntax(port, member, newName, SpanFrom(start));
        }
        if (AtIdentifier("with")) Advance();
        else ReportExpected("'.' or 'with'");
        AffixKind kind;
        if (AtIdentifier("prefix")) kind = AffixKind.Prefix;
        else if (AtIdentifier("suffix")) kind = AffixKind.Suffix;
        else
        {
            ReportExpected("'prefix' or 'suffix'");
            return null;
        }
        Advance();
        var affix = ExpectName("the prefix or suffix text");
        return new AffixRenameSyntax(port, kind, affix, SpanFrom(start));
    }
}
