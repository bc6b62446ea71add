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
    // Tokens whose leading or trailing trivia is not copied (the edges of a type argument, which is
    // written tidily); the nodes stay in their tree, so the semantic model can still be asked about them.
    private SyntaxToken _noLeadingTrivia;
    private SyntaxToken _noTrailingTrivia;

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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault of ours must not lose the implementation: instances forward to it instead.
            builder._cannotCopy = $"Units could not copy its code ({e.GetType().Name}: {e.Message}); this is a bug in Units, please report it";
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
            var token = item.AsToken();
            _text.Append(Leading(token)).Append(token.Text).Append(Trailing(token));
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
        _text.Append(Leading(node.GetFirstToken()));
        write();
        _text.Append(Trailing(node.GetLastToken()));
    }

    private string Leading(SyntaxToken token) => token == _noLeadingTrivia ? string.Empty : token.LeadingTrivia.ToFullString();

    private string Trailing(SyntaxToken token) => token == _noTrailingTrivia ? string.Empty : token.TrailingTrivia.ToFullString();

    /// <summary>Visits a node without its outer trivia.</summary>
    private void VisitTrimmed(SyntaxNode node)
    {
        var (leading, trailing) = (_noLeadingTrivia, _noTrailingTrivia);
        (_noLeadingTrivia, _noTrailingTrivia) = (node.GetFirstToken(), node.GetLastToken());
        try
        {
            Visit(node);
        }
        finally
        {
            (_noLeadingTrivia, _noTrailingTrivia) = (leading, trailing);
        }
    }
}
