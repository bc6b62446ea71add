using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;
using Units.Generator.Pipeline;

namespace Units.Generator.Implementations;

/// <summary>
/// Method templates, for <c>flatten</c>: each static method's body once more, with its parameters
/// and locals as holes (merged bodies must not share names), its own static members qualified by a
/// hole (the body moves out of its instance's struct), and its tail calls through imports as holes
/// (where the callee's body goes). A method this cannot express faithfully has no template and is
/// simply called: labels and goto, yield, stackalloc (the JIT does not inline it), query
/// expressions, optional, params or scoped parameters, ref returns, generic methods, a
/// <c>[MethodImpl]</c> of its own. Why is kept (<see cref="CopyTemplate.Unmerged"/>), for the
/// diagnostic that says a call stayed a call. Unsafe code is merged into an unsafe method.
/// </summary>
internal sealed partial class TemplateBuilder
{
    private MethodScope? _method;

    private sealed class MethodScope
    {
        public readonly Dictionary<ISymbol, int> Slots = new(SymbolEqualityComparer.Default);
        public readonly List<TailCallTemplate> TailCalls = new();
        public BlockSyntax? TopBlock;
        public HashSet<ISymbol> Captured = new(SymbolEqualityComparer.Default);
        public bool ReturnsVoid;
        public string? Problem;

        public int SlotOf(ISymbol symbol)
        {
            if (!Slots.TryGetValue(symbol, out var slot)) Slots[symbol] = slot = Slots.Count;
            return slot;
        }
    }

    private (EquatableArray<MethodTemplate> Methods, EquatableArray<UnmergedMethod> Unmerged) Methods(StructDeclarationSyntax declaration)
    {
        var unsafeType = declaration.Modifiers.Any(SyntaxKind.UnsafeKeyword);
        var methods = new List<MethodTemplate>();
        var unmerged = new List<UnmergedMethod>();
        foreach (var syntax in declaration.Members.OfType<MethodDeclarationSyntax>())
        {
            var method = TryMethod(syntax, unsafeType, out var reason);
            if (method is not null) methods.Add(method);
            else if (reason is not null) unmerged.Add(new UnmergedMethod(syntax.Identifier.ValueText, reason));
        }
        return (methods.ToEquatableArray(), unmerged.ToEquatableArray());
    }

    /// <summary>The method's template, or null with the reason it has none (null reason: not a method anything merges, such as an instance method).</summary>
    private MethodTemplate? TryMethod(MethodDeclarationSyntax syntax, bool unsafeType, out string? reason)
    {
        reason = null;
        if (_model.GetDeclaredSymbol(syntax, _cancellation) is not IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary } symbol) return null;
        reason = symbol switch
        {
            { IsGenericMethod: true } => "it is generic",
            { IsAsync: true } => "it is async",
            { IsExtern: true } => "it is extern",
            { ReturnsByRef: true } or { ReturnsByRefReadonly: true } => "it returns by reference",
            _ when syntax.Body is null && syntax.ExpressionBody is null => "it has no body",
            _ when symbol.Parameters.Any(p => p.IsParams) => "it has a params parameter",
            _ when symbol.Parameters.Any(p => p.HasExplicitDefaultValue) => "it has an optional parameter",
            _ when symbol.Parameters.Any(p => p.ScopedKind != ScopedKind.None) => "it has a scoped parameter",
            _ when symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "MethodImplAttribute") => "it has a [MethodImpl] of its own",
            _ => null,
        };
        if (reason is not null) return null;
        var body = (SyntaxNode?)syntax.Body ?? syntax.ExpressionBody!;
        var unmergeable = body.DescendantNodesAndSelf().FirstOrDefault(n => n is YieldStatementSyntax or LabeledStatementSyntax or GotoStatementSyntax or QueryExpressionSyntax
            or StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax);
        if (unmergeable is not null)
        {
            reason = unmergeable switch
            {
                YieldStatementSyntax => "it is an iterator",
                LabeledStatementSyntax or GotoStatementSyntax => "it uses labels",
                QueryExpressionSyntax => "it has a query expression",
                _ => "it uses stackalloc (the JIT does not inline such a method)",
            };
            return null;
        }

        var scope = new MethodScope { TopBlock = syntax.Body, ReturnsVoid = symbol.ReturnsVoid };
        foreach (var parameter in symbol.Parameters) scope.SlotOf(parameter);
        var written = Written(syntax, scope.Captured);
        var outer = _method;
        _method = scope;
        try
        {
            var returnType = Capture(() => VisitTrimmed(syntax.ReturnType));
            var parameters = syntax.ParameterList.Parameters.Select((p, i) => new MethodParameter(
                symbol.Parameters[i].Name,
                TypeText.Passing(symbol.Parameters[i].RefKind),
                Capture(() => VisitTrimmed(p.Type!)),
                written.Contains(symbol.Parameters[i]))).ToEquatableArray();
            var statements = Capture(() =>
            {
                if (syntax.Body is { } block)
                {
                    foreach (var statement in block.Statements) Visit(statement);
                    WriteTrivia(block.CloseBraceToken.LeadingTrivia);
                }
                else
                {
                    WriteExpressionBody(syntax.ExpressionBody!.Expression, symbol.ReturnsVoid);
                }
            });
            reason = scope.Problem;
            return scope.Problem is null
                ? new MethodTemplate(symbol.Name, returnType, parameters, statements, scope.TailCalls.ToEquatableArray())
                {
                    IsUnsafe = unsafeType || syntax.Modifiers.Any(SyntaxKind.UnsafeKeyword),
                }
                : null;
        }
        finally
        {
            _method = outer;
        }
    }

    private void WriteExpressionBody(ExpressionSyntax expression, bool returnsVoid)
    {
        _text.Append('\n');
        if (expression is InvocationExpressionSyntax invocation && TryTailCall(invocation, returns: !returnsVoid) is { } index)
        {
            Emit(TemplateSegmentKind.TailCall, string.Empty, index);
            _text.Append('\n');
            return;
        }
        if (!returnsVoid) _text.Append("return ");
        VisitTrimmed(expression);
        _text.Append(";\n");
    }

    /// <summary>The parameters the body assigns (or passes by ref or out).</summary>
    private HashSet<ISymbol> Written(MethodDeclarationSyntax syntax, HashSet<ISymbol> captured)
    {
        DataFlowAnalysis? flow = syntax.Body is { Statements.Count: > 0 } block
            ? _model.AnalyzeDataFlow(block.Statements.First(), block.Statements.Last())
            : syntax.ExpressionBody is { } arrow ? _model.AnalyzeDataFlow(arrow.Expression) : null;
        var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (flow is { Succeeded: true })
        {
            foreach (var symbol in flow.WrittenInside) written.Add(symbol);
            // A lambda may write a captured variable at any time: never share one with a callee.
            foreach (var symbol in flow.Captured)
            {
                written.Add(symbol);
                captured.Add(symbol);
            }
        }
        else
        {
            foreach (var parameter in ((IMethodSymbol)_model.GetDeclaredSymbol(syntax, _cancellation)!).Parameters) written.Add(parameter);
        }
        return written;
    }

    /// <summary>In a method template: a tail call's statement, a local's name or an own member's simple name; false for anything else.</summary>
    private bool TryReplaceInMethod(SyntaxNode node)
    {
        switch (node)
        {
            case ReturnStatementSyntax { Expression: InvocationExpressionSyntax invocation } statement
                when TryTailCall(invocation, returns: true) is { } index:
                Replace(statement, () => Emit(TemplateSegmentKind.TailCall, string.Empty, index));
                return true;
            case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation } statement
                when _method!.ReturnsVoid && statement.Parent == _method.TopBlock && _method.TopBlock!.Statements.Last() == statement &&
                     TryTailCall(invocation, returns: false) is { } index:
                Replace(statement, () => Emit(TemplateSegmentKind.TailCall, string.Empty, index));
                return true;
            default:
                return false;
        }
    }

    /// <summary>A simple name in a method template: a local's slot, or an own static member (or nested type) that needs its instance.</summary>
    private bool TryReplaceNameInMethod(SimpleNameSyntax name, ISymbol? symbol)
    {
        switch (symbol)
        {
            case ILocalSymbol or IParameterSymbol or IMethodSymbol { MethodKind: MethodKind.LocalFunction } when name is IdentifierNameSyntax:
                Replace(name, () => Emit(TemplateSegmentKind.Local, name.Identifier.ValueText, _method!.SlotOf(symbol)));
                return true;
            case IRangeVariableSymbol or ILabelSymbol:
                _method!.Problem ??= "it uses a name the merge cannot rename";
                return false;
            case IFieldSymbol or IMethodSymbol or IPropertySymbol or IEventSymbol when symbol.IsStatic && IsOwn(symbol.ContainingType):
            case INamedTypeSymbol when IsOwnNestedType(symbol):
                Replace(name, () =>
                {
                    Emit(TemplateSegmentKind.OwnQualifier, string.Empty);
                    WriteUnqualified(name);
                });
                return true;
            case IFieldSymbol or IMethodSymbol or IPropertySymbol or IEventSymbol when !symbol.IsStatic && IsOwn(symbol.ContainingType):
                _method!.Problem ??= "it uses an instance member";
                return false;
            default:
                return false;
        }
    }

    /// <summary>A declared local's name (a variable, a pattern's or a lambda's parameter, a local function).</summary>
    private bool TryWriteDeclaredLocal(SyntaxToken token)
    {
        if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is null) return false;
        var declares = token.Parent switch
        {
            VariableDeclaratorSyntax v => v.Identifier == token,
            SingleVariableDesignationSyntax d => d.Identifier == token,
            ForEachStatementSyntax f => f.Identifier == token,
            CatchDeclarationSyntax c => c.Identifier == token,
            ParameterSyntax p => p.Identifier == token,
            LocalFunctionStatementSyntax l => l.Identifier == token,
            _ => false,
        };
        if (!declares) return false;
        if (_model.GetDeclaredSymbol(token.Parent, _cancellation) is not { } symbol)
        {
            _method!.Problem ??= "a declaration has no symbol";
            return false;
        }
        WriteLeading(token);
        Emit(TemplateSegmentKind.Local, token.ValueText, _method!.SlotOf(symbol));
        WriteTrailing(token);
        return true;
    }

    /// <summary>
    /// <c>TImport.Member(args)</c> with positional arguments, none declared in place (<c>out var</c>)
    /// or discarded: recorded as a tail call (its index); otherwise null, and it stays a call.
    /// </summary>
    private int? TryTailCall(InvocationExpressionSyntax invocation, bool returns)
    {
        // Only the method's own returns: one in a lambda or local function returns from that.
        if (invocation.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MethodDeclarationSyntax)
            is not MethodDeclarationSyntax) return null;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access) return null;
        if (SymbolOf(access.Expression) is not ITypeParameterSymbol { Ordinal: > 0 } parameter ||
            !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _implementation)) return null;
        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Any(a => a.NameColon is not null || a.Expression is DeclarationExpressionSyntax || SymbolOf(a.Expression) is IDiscardSymbol)) return null;
        var captured = arguments.Select(a =>
        {
            var expression = Capture(() => VisitTrimmed(a.Expression));
            var symbol = a.Expression is IdentifierNameSyntax ? SymbolOf(a.Expression) : null;
            var local = symbol is ILocalSymbol or IParameterSymbol && !_method!.Captured.Contains(symbol) ? _method!.SlotOf(symbol) : -1;
            return new CallArgument(a.RefKindKeyword.IsKind(SyntaxKind.None) ? string.Empty : a.RefKindKeyword.Text + " ", expression, local);
        }).ToEquatableArray();
        _method!.TailCalls.Add(new TailCallTemplate(parameter.Ordinal, member.Identifier.ValueText, captured, returns));
        return _method.TailCalls.Count - 1;
    }

    /// <summary>What <paramref name="write"/> writes, as segments of their own (the segments written so far stay where they are).</summary>
    private EquatableArray<TemplateSegment> Capture(Action write)
    {
        Flush();
        var outer = _segments.ToList();
        _segments.Clear();
        write();
        Flush();
        var captured = _segments.ToEquatableArray();
        _segments.Clear();
        _segments.AddRange(outer);
        return captured;
    }
}
