namespace Units.Compiler.Syntax;

internal sealed partial class Parser
{
    private const string ObjectSetDescription = "an object set (exports, imports, inits, finis, a port, { … } or ( … ))";

    private bool AtObjectSetStart => Current.Kind is TokenKind.Identifier or TokenKind.OpenBrace or TokenKind.OpenParen;

    /// <summary><c>a + b - c</c>: kept as a flat chain, evaluated left to right.</summary>
    private ObjectSetSyntax ParseObjectSet()
    {
        var start = Current.Span.Start;
        var first = ParseObjectSetPrimary();
        if (!At(TokenKind.Plus) && !At(TokenKind.Minus)) return first;
        var rest = new List<SetOperandSyntax>();
        while (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            var operandStart = Current.Span.Start;
            var op = Advance().Kind == TokenKind.Plus ? SetOperator.Union : SetOperator.Difference;
            var operand = ParseObjectSetPrimary();
            rest.Add(new SetOperandSyntax(op, operand, SpanFrom(operandStart)));
        }
        return new SetChainSyntax(first, rest.ToEquatableArray(), SpanFrom(start));
    }

    private ObjectSetSyntax ParseObjectSetPrimary()
    {
        var start = Current.Span.Start;
        if (At(TokenKind.Identifier))
        {
            var keyword = Current.Text switch
            {
                "exports" => ObjectSetKeyword.Exports,
                "imports" => ObjectSetKeyword.Imports,
                "inits" => ObjectSetKeyword.Inits,
                "finis" => ObjectSetKeyword.Finis,
                _ => (ObjectSetKeyword?)null,
            };
            if (keyword is not null)
            {
                Advance();
                return new KeywordSetSyntax(keyword.Value, SpanFrom(start));
            }
            return ParsePortSet();
        }
        if (At(TokenKind.OpenBrace))
        {
            Advance();
            var elements = ParseList(TokenKind.CloseBrace, () =>
            {
                if (At(TokenKind.Identifier)) return ParsePortSet();
                ReportExpected("a port or port.member");
                return null;
            }, startsElement: () => At(TokenKind.Identifier), elements: "names");
            return new BraceSetSyntax(elements, SpanFrom(start));
        }
        if (At(TokenKind.OpenParen))
        {
            if (!EnterNesting())
            {
                SkipGroup();
                return new BraceSetSyntax(EquatableArray<PortSetSyntax>.Empty, SpanFrom(start));
            }
            try
            {
                Advance();
                var inner = ParseObjectSet();
                Expect(TokenKind.CloseParen);
                return new ParenthesizedSetSyntax(inner, SpanFrom(start));
            }
            finally
            {
                ExitNesting();
            }
        }
        ReportExpected(ObjectSetDescription);
        return new PortSetSyntax(MissingName(), null, SpanFrom(start));
    }

    private PortSetSyntax ParsePortSet()
    {
        var start = Current.Span.Start;
        var port = ExpectName();
        NameSyntax? member = null;
        if (TryConsume(TokenKind.Dot)) member = ExpectMemberName();
        return new PortSetSyntax(port, member, SpanFrom(start));
    }

    private DependsRuleSyntax? ParseDependsRule()
    {
        var start = Current.Span.Start;
        if (!AtObjectSetStart)
        {
            ReportExpected("a dependency (set needs set, or set < set)");
            return null;
        }
        var left = ParseCommaUnion(ParseObjectSet(), untilRule: false);
        DependsKind kind;
        if (AtIdentifier("needs")) kind = DependsKind.Needs;
        else if (At(TokenKind.Less)) kind = DependsKind.Before;
        else
        {
            ReportExpected("'needs' or '<'");
            return null;
        }
        Advance();
        var right = ParseCommaUnion(ParseObjectSet(), untilRule: true);
        return new DependsRuleSyntax(left, kind, right, SpanFrom(start));
    }

    /// <summary>
    /// A comma list where a set is expected is the union of its sets (<c>exports needs a, b</c>).
    /// On the right of a rule a comma may instead start the next rule; it does when what follows
    /// it holds 'needs' or '&lt;' before the next separator.
    /// </summary>
    private ObjectSetSyntax ParseCommaUnion(ObjectSetSyntax first, bool untilRule)
    {
        if (!At(TokenKind.Comma)) return first;
        var rest = new List<SetOperandSyntax>();
        while (At(TokenKind.Comma) && Peek(1).Kind is TokenKind.Identifier or TokenKind.OpenBrace or TokenKind.OpenParen && !(untilRule && StartsRule(_index + 1)))
        {
            var operandStart = Current.Span.Start;
            Advance();
            rest.Add(new SetOperandSyntax(SetOperator.Union, ParseObjectSet(), SpanFrom(operandStart)));
        }
        return rest.Count == 0 ? first : new SetChainSyntax(first, rest.ToEquatableArray(), Text.TextSpan.FromBounds(first.Span.Start, LastEnd));
    }

    /// <summary>Whether the tokens from <paramref name="index"/> to the next separator at depth zero hold 'needs' or '&lt;'.</summary>
    private bool StartsRule(int index)
    {
        var depth = 0;
        for (var i = index; i < _tokens.Length; i++)
        {
            var token = _tokens[i];
            if (TokenKindFacts.IsOpener(token.Kind)) depth++;
            else if (TokenKindFacts.IsCloser(token.Kind) && --depth < 0) return false;
            else if (depth == 0 && token.Kind is TokenKind.Comma or TokenKind.Semicolon or TokenKind.EndOfFile) return false;
            else if (depth == 0 && (token.Kind == TokenKind.Less || token.IsIdentifier("needs"))) return true;
        }
        return false;
    }

    private ConstraintSyntax? ParseConstraint()
    {
        var start = Current.Span.Start;
        if (!At(TokenKind.Identifier))
        {
            ReportExpected("a constraint (property set <= value)");
            return null;
        }
        var left = ParseConstraintTerm();
        ConstraintOperator op;
        switch (Current.Kind)
        {
            case TokenKind.LessEqual: op = ConstraintOperator.LessOrEqual; break;
            case TokenKind.GreaterEqual: op = ConstraintOperator.GreaterOrEqual; break;
            case TokenKind.Equals: op = ConstraintOperator.Equal; break;
            default:
                ReportExpected("'<=', '>=' or '='");
                return null;
        }
        Advance();
        if (!At(TokenKind.Identifier))
        {
            ReportExpected("a property applied to a set, or a type");
            return null;
        }
        var right = ParseConstraintTerm();
        return new ConstraintSyntax(left, op, right, SpanFrom(start));
    }

    /// <summary><c>context exports</c>, <c>context(a + b)</c> or a type constant such as <c>NoContext</c>.</summary>
    private ConstraintTermSyntax ParseConstraintTerm()
    {
        var start = Current.Span.Start;
        var name = ExpectName();
        if (Current.Kind is TokenKind.Identifier or TokenKind.OpenParen or TokenKind.OpenBrace)
        {
            var set = ParseObjectSet();
            return new PropertyTermSyntax(name, set, SpanFrom(start));
        }
        return new ConstantTermSyntax(name);
    }
}
