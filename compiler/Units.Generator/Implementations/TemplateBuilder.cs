using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;

namespace Units.Generator.Implementations;

/// <summary>
/// Turns the members of one implementation part into a template that can be copied into every
/// instance's own struct. The copy must mean exactly what the original means, wherever it is put:
/// names of other types and namespaces are written fully qualified (global::…), static members
/// reached through <c>using static</c> get their type, the implementation's type parameters become
/// holes (each instance fills in itself and its suppliers), the implementation's own name becomes
/// the instance's, and private members become internal so the composition can call initializers.
/// Anything it cannot copy faithfully makes it give up with a reason (instances then forward).
/// </summary>
internal sealed partial class TemplateBuilder
{
    private readonly SemanticModel _model;
    private readonly INamedTypeSymbol _implementation;
    private readonly CancellationToken _cancellation;
    private readonly List<TemplateSegment> _segments = new();
    private readonly StringBuilder _text = new();
    private string? _cannotCopy;

    private TemplateBuilder(SemanticModel model, INamedTypeSymbol implementation, CancellationToken cancellation)
    {
        _model = model;
        _implementation = implementation;
        _cancellation = cancellation;
    }

    /// <summary>The template of a declaration's members, or the reason it cannot be copied.</summary>
    public static (EquatableArray<TemplateSegment> Segments, string? CannotCopy) Build(StructDeclarationSyntax declaration, SemanticModel model,
        INamedTypeSymbol implementation, CancellationToken cancellation)
    {
        var builder = new TemplateBuilder(model, implementation, cancellation);
        try
        {
            builder.Run(declaration);
        }
        catch (InsufficientExecutionStackException)
        {
            builder._cannotCopy = "its code is nested too deeply to copy";
        }
        return builder._cannotCopy is null
            ? (builder._segments.ToEquatableArray(), null)
            : (EquatableArray<TemplateSegment>.Empty, builder._cannotCopy);
    }

    private void Run(StructDeclarationSyntax declaration)
    {
        var span = declaration.SyntaxTree.GetLineSpan(declaration.OpenBraceToken.Span);
        // Map the copy back to the user's file, so the debugger and stack traces show their code.
        _text.Append("#line ").Append(span.EndLinePosition.Line + 2).Append(' ').Append(CSharpNames.Literal(declaration.SyntaxTree.FilePath)).Append('\n');
        foreach (var member in declaration.Members) VisitMember(member);
        // The last member's trailing trivia ends its line; close the mapping.
        _text.Append("\n#line default\n");
        Flush();
    }

    private void Emit(TemplateSegmentKind kind, string text, int index = 0)
    {
        Flush();
        _segments.Add(new TemplateSegment(kind, text, index));
    }

    private void Flush()
    {
        if (_text.Length == 0) return;
        _segments.Add(new TemplateSegment(TemplateSegmentKind.Text, _text.ToString()));
        _text.Clear();
    }

    private void GiveUp(string reason) => _cannotCopy ??= reason;

    private void Visit(SyntaxNodeOrToken item)
    {
        if (item.IsToken)
        {
            _text.Append(item.AsToken().ToFullString());
            return;
        }
        var node = item.AsNode()!;
        _cancellation.ThrowIfCancellationRequested();
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (TryReplace(node)) return;
        foreach (var child in node.ChildNodesAndTokens()) Visit(child);
    }

    /// <summary>Writes a replacement for a node, keeping the node's own leading and trailing trivia.</summary>
    private void Replace(SyntaxNode node, Action write)
    {
        _text.Append(node.GetLeadingTrivia().ToFullString());
        write();
        _text.Append(node.GetTrailingTrivia().ToFullString());
    }
}
