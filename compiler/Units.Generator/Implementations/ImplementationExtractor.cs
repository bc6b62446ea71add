using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;
using Units.Compiler.Text;

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
        var ns = symbol.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        var (template, cannotCopy) = TemplateBuilder.Build(declaration, model, symbol, cancellation);
        var errors = Errors(declaration, model, cancellation);
        return new ImplementationPart(
            ns,
            symbol.Name,
            symbol.TypeParameters.Select(t => t.Name).ToEquatableArray(),
            symbol.ContainingType is null,
            Members(declaration, model, cancellation).ToEquatableArray(),
            declaration.Members.OfType<TypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToEquatableArray(),
            template,
            cannotCopy,
            Usings(declaration).ToEquatableArray(),
            errors,
            Locate(declaration));
    }

    /// <summary>
    /// The errors the C# compiler sees in this part, except member lookups through the type's own
    /// type parameters (CS0704): the constraints that make them valid are generated, and the
    /// generator's view of the code does not include its own output.
    /// </summary>
    private static EquatableArray<ImplementationError> Errors(StructDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellation) =>
        model.GetDiagnostics(declaration.Span, cancellation)
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0704")
            .Select(d => new ImplementationError(d.Id, declaration.SyntaxTree.GetText(cancellation).ToString(d.Location.SourceSpan)))
            .Distinct()
            .ToEquatableArray();

    /// <summary>The static methods this part declares, directly or in nested structs (for export checks).</summary>
    private static IEnumerable<ImplementedMember> Members(TypeDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellation)
    {
        foreach (var method in declaration.Members.OfType<MethodDeclarationSyntax>())
        {
            if (model.GetDeclaredSymbol(method, cancellation) is { IsStatic: true, MethodKind: MethodKind.Ordinary } symbol) yield return Member(string.Empty, symbol);
        }
        foreach (var nested in declaration.Members.OfType<StructDeclarationSyntax>())
        {
            foreach (var method in nested.Members.OfType<MethodDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(method, cancellation) is { IsStatic: true, MethodKind: MethodKind.Ordinary } symbol) yield return Member(nested.Identifier.ValueText, symbol);
            }
        }
    }

    private static ImplementedMember Member(string container, IMethodSymbol method) => new(
        container,
        method.Name,
        method.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
        method.Parameters.Select(p => (p.RefKind switch { RefKind.Ref => "ref ", RefKind.Out => "out ", RefKind.In => "in ", _ => "" }) +
                                      p.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)).ToEquatableArray());

    /// <summary>The file's and enclosing namespaces' using directives (not aliases, which the template resolves).</summary>
    private static IEnumerable<string> Usings(SyntaxNode declaration)
    {
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            var usings = node switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias is not null || directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) || directive.Name is null) continue;
                var isStatic = directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);
                yield return $"using {(isStatic ? "static " : "")}global::{directive.Name.ToString().Replace("global::", "")};";
            }
        }
    }

    private static SourceLocation Locate(StructDeclarationSyntax declaration)
    {
        var span = declaration.Identifier.Span;
        var lines = declaration.SyntaxTree.GetLineSpan(span);
        return new SourceLocation(declaration.SyntaxTree.FilePath, new TextSpan(span.Start, span.Length),
            new LinePosition(lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1),
            new LinePosition(lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1));
    }
}
