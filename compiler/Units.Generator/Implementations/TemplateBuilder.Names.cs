using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;

namespace Units.Generator.Implementations;

internal sealed partial class TemplateBuilder
{
    private static readonly SymbolDisplayFormat s_aliasTarget = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_qualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGenericsOptions(SymbolDisplayGenericsOptions.None)
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.None);

    /// <summary>Writes a node differently when its meaning depends on where it stands; false to visit it normally.</summary>
    private bool TryReplace(SyntaxNode node)
    {
        switch (node)
        {
            case AttributeSyntax attribute:
                WriteAttribute(attribute);
                return true;
            case InterpolationSyntax interpolation:
                // {global::X.Y} would read as expression 'global' with format ":X.Y": parenthesize
                // the expression, which qualified names may now start with.
                Visit(interpolation.OpenBraceToken);
                _text.Append('(');
                VisitTrimmed(interpolation.Expression);
                _text.Append(')');
                if (interpolation.AlignmentClause is not null) Visit(interpolation.AlignmentClause);
                if (interpolation.FormatClause is not null) Visit(interpolation.FormatClause);
                Visit(interpolation.CloseBraceToken);
                return true;
            case InvocationExpressionSyntax invocation when NameOfValue(invocation) is { } name:
                // nameof is a constant: the copy keeps the original's value (not the instance's names).
                Replace(invocation, () => _text.Append(CSharpNames.Literal(name)));
                return true;
            case MemberAccessExpressionSyntax access when IsTypeOrNamespace(access.Expression):
                // Type.Member: qualify the type part, keep the member name.
                RecordAccess(access);
                WriteName(access.Expression);
                Visit(access.OperatorToken);
                Visit(access.Name);
                return true;
            case QualifiedNameSyntax or AliasQualifiedNameSyntax or IdentifierNameSyntax or GenericNameSyntax when IsOutermostName(node):
                return TryReplaceName((ExpressionSyntax)node);
            default:
                return false;
        }
    }

    /// <summary>The value of <c>nameof(…)</c> (not a method the code calls nameof), or null.</summary>
    private string? NameOfValue(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is not IdentifierNameSyntax { Identifier.ValueText: "nameof" }) return null;
        if (_model.GetSymbolInfo(invocation, _cancellation).Symbol is not null) return null;
        return _model.GetConstantValue(invocation, _cancellation) is { HasValue: true, Value: string value } ? value : null;
    }

    /// <summary><c>TInner.Member</c>: remembered, so the binder can see a member the import's bundle lacks.</summary>
    private void RecordAccess(MemberAccessExpressionSyntax access)
    {
        if (SymbolOf(access.Expression) is not ITypeParameterSymbol parameter || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _implementation)) return;
        var arguments = access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access ? invocation.ArgumentList.Arguments.Count : -1;
        _accesses.Add(new TypeParameterAccess(parameter.Ordinal, access.Name.Identifier.ValueText, arguments));
    }

    /// <summary>A name that is not the right-hand part of a qualified name or member access (those are written by their parent).</summary>
    private static bool IsOutermostName(SyntaxNode node) => node.Parent switch
    {
        QualifiedNameSyntax or AliasQualifiedNameSyntax => false,
        MemberAccessExpressionSyntax access => access.Expression == node,
        MemberBindingExpressionSyntax => false,
        NameColonSyntax or NameEqualsSyntax => false,
        _ => true,
    };

    private bool TryReplaceName(ExpressionSyntax name)
    {
        if (name is IdentifierNameSyntax { IsVar: true } or IdentifierNameSyntax { Identifier.ValueText: "nameof" }) return false;
        if (name is IdentifierNameSyntax && _model.GetAliasInfo((IdentifierNameSyntax)name, _cancellation) is { Target: ITypeSymbol aliased } && aliased is not INamedTypeSymbol { IsTupleType: false })
        {
            // An alias of a tuple, array, pointer or other type without a name of its own: its full spelling.
            Replace(name, () => _text.Append(aliased.ToDisplayString(s_aliasTarget)));
            return true;
        }
        var symbol = SymbolOf(name);
        if (_method is not null && name is SimpleNameSyntax simple && TryReplaceNameInMethod(simple, symbol)) return true;
        switch (symbol)
        {
            case ITypeParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _implementation):
            case INamedTypeSymbol or INamespaceSymbol:
                if (IsOwnNestedType(symbol)) return false;
                Replace(name, () => WriteName(name));
                return true;
            case IFieldSymbol or IMethodSymbol or IPropertySymbol or IEventSymbol
                when symbol.IsStatic && name is SimpleNameSyntax && !IsOwn(symbol.ContainingType) && name.Parent is not MemberAccessExpressionSyntax:
                // A static member of another type reached by its simple name (using static): give it its type.
                Replace(name, () =>
                {
                    WriteTypeSymbol(symbol.ContainingType, null);
                    _text.Append('.');
                    WriteUnqualified((SimpleNameSyntax)name);
                });
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A unit library ships its templates for other assemblies to copy: that works only while the
    /// code names nothing those assemblies cannot see (a type or member that is not public, outside
    /// the implementation itself). The first such name is the reason it is not shipped.
    /// </summary>
    private void CheckShippable(SimpleNameSyntax name)
    {
        if (_cannotShip is not null) return;
        var symbol = SymbolOf(name);
        if (symbol is null or INamespaceSymbol or ITypeParameterSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol) return;
        if (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }) return;
        // The implementation's own members (and nested types) are copied along with it.
        if (IsOwn(symbol as INamedTypeSymbol ?? symbol.ContainingType)) return;
        for (var s = symbol; s is not null and not INamespaceSymbol; s = s.ContainingSymbol)
        {
            if (s.DeclaredAccessibility is Accessibility.Public or Accessibility.NotApplicable) continue;
            var accessibility = s.DeclaredAccessibility switch
            {
                Accessibility.Private => "private",
                Accessibility.Internal => "internal",
                Accessibility.Protected => "protected",
                Accessibility.ProtectedOrInternal => "protected internal",
                _ => "private protected",
            };
            _cannotShip = $"it uses '{s.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}', which is {accessibility}";
            return;
        }
    }

    private ISymbol? SymbolOf(SyntaxNode node)
    {
        var info = _model.GetSymbolInfo(node, _cancellation);
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        if (symbol is IAliasSymbol alias) symbol = alias.Target;
        if (symbol is null && node is ExpressionSyntax expression)
        {
            symbol = _model.GetTypeInfo(expression, _cancellation).Type as INamedTypeSymbol;
            if (symbol is not null && node is not (NameSyntax)) symbol = null;
        }
        return symbol;
    }

    private bool IsTypeOrNamespace(ExpressionSyntax expression) =>
        expression is NameSyntax or MemberAccessExpressionSyntax && SymbolOf(expression) is INamedTypeSymbol or INamespaceSymbol or ITypeParameterSymbol;

    private bool IsOwn(INamedTypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, _implementation)) return true;
        }
        return false;
    }

    private bool IsOwnNestedType(ISymbol? symbol) =>
        symbol is INamedTypeSymbol type && !SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _implementation) && IsOwn(type);

    /// <summary>Writes a name expression (type, namespace, type parameter or the implementation itself) so it means the same anywhere.</summary>
    private void WriteName(ExpressionSyntax name)
    {
        var symbol = SymbolOf(name);
        switch (symbol)
        {
            case ITypeParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _implementation):
                Emit(TemplateSegmentKind.TypeParameter, parameter.Name, parameter.Ordinal);
                return;
            case ITypeParameterSymbol parameter:
                _text.Append(parameter.Name);
                return;
            case INamedTypeSymbol { IsUnboundGenericType: true } type when SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _implementation):
                // typeof(Impl<,>): the open implementation, the same type wherever it is named.
                WriteTypeSymbol(type, name);
                return;
            case INamedTypeSymbol type when SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _implementation):
                WriteSelf(name, type);
                return;
            case INamedTypeSymbol type when IsOwn(type):
                _text.Append(name.WithoutTrivia().ToFullString());
                return;
            case INamedTypeSymbol type:
                if (type.IsFileLocal) GiveUp($"it uses the file-local type '{type.Name}', which generated code cannot see");
                WriteTypeSymbol(type, name);
                return;
            case INamespaceSymbol ns:
                _text.Append(ns.IsGlobalNamespace ? "global::" : ns.ToDisplayString(s_qualified));
                return;
            default:
                // Not something we can qualify (an expression in a member access): write it as it is.
                foreach (var child in name.ChildNodesAndTokens()) Visit(child);
                return;
        }
    }

    /// <summary>The implementation naming itself: fine only with its own type parameters, in order.</summary>
    private void WriteSelf(ExpressionSyntax name, INamedTypeSymbol type)
    {
        var identity = type.TypeArguments.Length == _implementation.TypeParameters.Length &&
                       type.TypeArguments.Zip(_implementation.TypeParameters, (a, p) => SymbolEqualityComparer.Default.Equals(a, p)).All(x => x);
        if (!identity) GiveUp($"it names '{_implementation.Name}' with other type arguments than its own");
        // As a type object the implementation is itself (closed over the instance), not the instance's struct.
        var inTypeOf = name.Ancestors().TakeWhile(n => n is not StatementSyntax and not MemberDeclarationSyntax).Any(n => n is TypeOfExpressionSyntax);
        Emit(inTypeOf ? TemplateSegmentKind.ClosedSelf : TemplateSegmentKind.SelfName, _implementation.Name);
    }

    /// <summary>global::Namespace.Outer.Type&lt;args&gt;, with type arguments written from the syntax (they may hold holes).</summary>
    private void WriteTypeSymbol(INamedTypeSymbol type, ExpressionSyntax? syntax)
    {
        var qualifier = syntax switch
        {
            QualifiedNameSyntax q => q.Left,
            MemberAccessExpressionSyntax m => m.Expression,
            _ => null,
        };
        if (type.ContainingType is { } container && qualifier is not null && SymbolOf(qualifier) is INamedTypeSymbol)
        {
            WriteName(qualifier);
        }
        else if (type.ContainingType is { } outer)
        {
            WriteTypeSymbol(outer, null);
        }
        else
        {
            _text.Append(type.ContainingNamespace.IsGlobalNamespace ? "global::" : type.ContainingNamespace.ToDisplayString(s_qualified) + ".");
        }
        if (type.ContainingType is not null) _text.Append('.');
        _text.Append(CSharpNames.Identifier(type.Name));
        var generic = syntax switch
        {
            GenericNameSyntax g => g,
            QualifiedNameSyntax { Right: GenericNameSyntax g } => g,
            MemberAccessExpressionSyntax { Name: GenericNameSyntax g } => g,
            _ => null,
        };
        if (generic is not null) WriteTypeArguments(generic.TypeArgumentList);
        else if (type.TypeArguments.Length > 0 && !type.IsUnboundGenericType) WriteSymbolTypeArguments(type);
    }

    private void WriteTypeArguments(TypeArgumentListSyntax list)
    {
        _text.Append('<');
        foreach (var item in list.Arguments.GetWithSeparators())
        {
            if (item.IsToken) _text.Append(item.AsToken().Text).Append(item.AsToken().IsKind(SyntaxKind.CommaToken) ? " " : "");
            else VisitTrimmed(item.AsNode()!);
        }
        _text.Append('>');
    }

    /// <summary>Type arguments known only from the symbol (a containing type reached implicitly).</summary>
    private void WriteSymbolTypeArguments(INamedTypeSymbol type)
    {
        if (type.TypeArguments.Any(t => t is ITypeParameterSymbol p && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, _implementation)))
        {
            GiveUp($"it reaches '{type.Name}' through its type parameters implicitly");
        }
        _text.Append('<').Append(string.Join(", ", type.TypeArguments.Select(t => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)))).Append('>');
    }

    private void WriteUnqualified(SimpleNameSyntax name)
    {
        _text.Append(name.Identifier.Text);
        if (name is GenericNameSyntax generic) WriteTypeArguments(generic.TypeArgumentList);
    }

    /// <summary>An attribute's name becomes its type's full name (arguments are visited normally).</summary>
    private void WriteAttribute(AttributeSyntax attribute)
    {
        var constructor = _model.GetSymbolInfo(attribute, _cancellation).Symbol as IMethodSymbol;
        if (constructor?.ContainingType is { } type && !IsOwn(type))
        {
            Replace(attribute.Name, () => WriteTypeSymbol(type, null));
        }
        else
        {
            Visit(attribute.Name);
        }
        if (attribute.ArgumentList is not null) Visit(attribute.ArgumentList);
    }
}
