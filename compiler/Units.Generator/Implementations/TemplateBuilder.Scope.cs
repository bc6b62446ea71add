using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;

namespace Units.Generator.Implementations;

internal sealed partial class TemplateBuilder
{
    private static readonly SymbolDisplayFormat s_usingTarget = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGenericsOptions(SymbolDisplayGenericsOptions.IncludeTypeParameters);

    /// <summary>
    /// The using directives a copy needs to mean what the original means. Names in the copy are
    /// qualified, so only what binds without a name needs them: extension methods (and the
    /// patterns that find them: foreach, await, deconstruction, collection initializers, LINQ).
    /// The original sees its file's and namespaces' usings and its own namespaces' types; the
    /// copy gets them all as usings (aliases are resolved in the copy, so they are not needed).
    /// </summary>
    private EquatableArray<string> Usings(StructDeclarationSyntax declaration)
    {
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            var (externs, directives) = node switch
            {
                CompilationUnitSyntax unit => (unit.Externs.Count, unit.Usings),
                BaseNamespaceDeclarationSyntax ns => (ns.Externs.Count, ns.Usings),
                _ => (0, default(SyntaxList<UsingDirectiveSyntax>)),
            };
            if (externs > 0) GiveUp("its file uses extern aliases, which generated code cannot repeat");
            foreach (var directive in directives)
            {
                // Global usings hold in every file anyway.
                if (directive.Alias is not null || directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) || directive.Name is null) continue;
                var target = _model.GetSymbolInfo(directive.Name, _cancellation).Symbol;
                if (target is not (INamespaceSymbol or INamedTypeSymbol)) continue;
                var isStatic = directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);
                usings.Add($"using {(isStatic ? "static " : "")}{target.ToDisplayString(s_usingTarget)};");
            }
        }
        for (var ns = _implementation.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            usings.Add($"using {ns.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)};");
        }
        return usings.ToEquatableArray();
    }

    /// <summary>
    /// Trivia as written, with the preprocessor's work already done: a copy holds the code the
    /// compiler saw (conditional directives and the text they disabled become blank lines, so a
    /// copy needs none of its file's #define symbols and no directive is left unbalanced).
    /// #region and #line become blank lines too; warnings are off in copies (the original reports
    /// them), so '#pragma warning' and the warnings half of '#nullable' do as well. The annotations
    /// half of '#nullable' stays, since it changes meaning. Lines are kept, for #line mapping.
    /// </summary>
    private void WriteTrivia(SyntaxTriviaList list)
    {
        foreach (var trivia in list)
        {
            if (trivia.IsKind(SyntaxKind.DisabledTextTrivia))
            {
                foreach (var c in trivia.ToFullString()) if (c == '\n') _text.Append('\n');
                continue;
            }
            switch (trivia.HasStructure ? trivia.GetStructure() : null)
            {
                case NullableDirectiveTriviaSyntax nullable when !nullable.TargetToken.IsKind(SyntaxKind.WarningsKeyword):
                    _text.Append("#nullable ").Append(nullable.SettingToken.Text).Append(" annotations").Append(LineEnd(trivia));
                    continue;
                case ErrorDirectiveTriviaSyntax or WarningDirectiveTriviaSyntax:
                    break;
                case DirectiveTriviaSyntax:
                    _text.Append(LineEnd(trivia));
                    continue;
            }
            _text.Append(trivia.ToFullString());
        }
    }

    private static string LineEnd(SyntaxTrivia directive) => directive.ToFullString().EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
