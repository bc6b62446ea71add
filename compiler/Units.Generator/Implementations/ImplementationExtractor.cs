using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;
using Units.Generator.Pipeline;

namespace Units.Generator.Implementations;

/// <summary>Reads candidate implementation declarations (<c>partial struct X&lt;TSelf, …&gt;</c>) into plain data.</summary>
internal static class ImplementationExtractor
{
    /// <summary>Cheap syntactic filter: a partial struct whose first type parameter is TSelf (the convention).</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken _) =>
        node is StructDeclarationSyntax { TypeParameterList.Parameters: { Count: > 0 } parameters } declaration &&
        parameters[0].Identifier.ValueText == "TSelf" &&
        declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

    public static ImplementationPart? Extract(GeneratorSyntaxContext context, CancellationToken cancellation)
    {
        var declaration = (StructDeclarationSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(declaration, cancellation) is not INamedTypeSymbol symbol) return null;
        var model = context.SemanticModel;
        var ns = TypeText.NamespaceName(symbol.ContainingNamespace);
        var built = TemplateBuilder.Build(declaration, model, symbol, cancellation);
        var shapeProblem = symbol.ContainingType is not null ? $"'{symbol.Name}' is nested in another type"
            : declaration.Modifiers.Any(SyntaxKind.RefKeyword) ? $"'{symbol.Name}' is a ref struct, which cannot stand for an instance (instances are type arguments)"
            : null;
        return new ImplementationPart(
            ns,
            symbol.Name,
            symbol.TypeParameters.Select(t => t.Name).ToEquatableArray(),
            shapeProblem,
            Members(declaration, model, cancellation).ToEquatableArray(),
            declaration.Members.OfType<TypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToEquatableArray(),
            built.Template,
            built.CannotCopy,
            built.Accesses,
            Errors(declaration, model, built.SuppliedElsewhere, cancellation),
            Locations.Of(declaration.Identifier))
        {
            DeclaresAccessibility = declaration.Modifiers.Any(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.FileKeyword),
            CannotShip = built.CannotShip,
        };
    }

    /// <summary>
    /// The errors the C# compiler sees in this part, except member lookups through the type's own
    /// type parameters (CS0704: the constraints that make them valid are generated, and the
    /// generator's view of the code does not include its own output) and errors in partial members
    /// whose other half is not in the project's own source (another generator supplies it).
    /// </summary>
    private static EquatableArray<ImplementationError> Errors(StructDeclarationSyntax declaration, SemanticModel model,
        IReadOnlyList<Microsoft.CodeAnalysis.Text.TextSpan> suppliedElsewhere, CancellationToken cancellation) =>
        model.GetDiagnostics(declaration.Span, cancellation)
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0704")
            .Where(d => !suppliedElsewhere.Any(s => s.Contains(d.Location.SourceSpan)))
            .Select(d => new ImplementationError(d.Id, declaration.SyntaxTree.GetText(cancellation).ToString(d.Location.SourceSpan)))
            .Distinct()
            .ToEquatableArray();

    /// <summary>The static methods this part declares, directly or in nested structs (for export checks).</summary>
    private static IEnumerable<ImplementedMember> Members(TypeDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellation)
    {
        foreach (var method in declaration.Members.OfType<MethodDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(method, cancellation) is { IsStatic: true, MethodKind: MethodKind.Ordinary } symbol) yield return Member(string.Empty, symbol, method);
        }
        foreach (var nested in declaration.Members.OfType<StructDeclarationSyntax>())
        {
            foreach (var method in nested.Members.OfType<MethodDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(method, cancellation) is { IsStatic: true, MethodKind: MethodKind.Ordinary } symbol) yield return Member(nested.Identifier.ValueText, symbol, method);
            }
        }
    }

    private static ImplementedMember Member(string container, IMethodSymbol method, MethodDeclarationSyntax syntax) => new(
        container,
        method.Name,
        method.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
        method.Parameters.Select(p => TypeText.Passing(p.RefKind) + p.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)).ToEquatableArray(),
        TypeText.Identity(method),
        Locations.Of(syntax.Identifier))
    {
        QualifiedReturnType = method.ReturnType.ToDisplayString(TypeText.Emitted),
        QualifiedParameterTypes = method.Parameters.Select(p => p.Type.ToDisplayString(TypeText.Emitted)).ToEquatableArray(),
        IsPublic = method.DeclaredAccessibility == Accessibility.Public,
    };
}
