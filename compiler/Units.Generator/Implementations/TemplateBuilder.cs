using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;

namespace Units.Generator.Implementations;

/// <summary>
/// Turns one implementation part into a template that can be copied into every instance's own
/// struct. The copy must mean exactly what the original means, wherever it is put: names of other
/// types and namespaces are written fully qualified (global::…), static members reached through
/// <c>using static</c> get their type, <c>nameof</c> becomes the constant it is, the
/// implementation's type parameters become holes (each instance fills in itself and its
/// suppliers), the implementation's own name becomes the instance's (but stays the implementation
/// in <c>typeof</c>), and private members become internal so the composition can call
/// initializers. The part's scope goes with it: its usings, namespaces, nullable context,
/// modifiers and attributes. Anything it cannot copy faithfully makes it give up with a reason
/// (instances then forward).
/// </summary>
internal sealed partial class TemplateBuilder
{
    private readonly SemanticModel _model;
    private readonly INamedTypeSymbol _implementation;
    private readonly CancellationToken _cancellation;
    private readonly List<TemplateSegment> _segments = new();
    private readonly StringBuilder _text = new();
    private readonly List<TypeParameterAccess> _accesses = new();
    private readonly List<Microsoft.CodeAnalysis.Text.TextSpan> _suppliedElsewhere = new();
    private string? _cannotCopy;
    private string? _cannotShip;
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

    /// <summary>What building a part's template found.</summary>
    /// <param name="SuppliedElsewhere">Spans of partial members whose other half is not in the project's own source.</param>
    /// <param name="CannotShip">Why the template cannot be copied into another assembly (it uses something not public), or null.</param>
    public sealed record Result(CopyTemplate? Template, string? CannotCopy, EquatableArray<TypeParameterAccess> Accesses,
        IReadOnlyList<Microsoft.CodeAnalysis.Text.TextSpan> SuppliedElsewhere, string? CannotShip);

    /// <summary>The template of a declaration (members, scope), or the reason it cannot be copied.</summary>
    public static Result Build(StructDeclarationSyntax declaration, SemanticModel model, INamedTypeSymbol implementation, CancellationToken cancellation)
    {
        var builder = new TemplateBuilder(model, implementation, cancellation);
        CopyTemplate? template = null;
        try
        {
            template = builder.Run(declaration);
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
        return new Result(builder._cannotCopy is null ? template : null, builder._cannotCopy, builder._accesses.Distinct().ToEquatableArray(), builder._suppliedElsewhere,
            builder._cannotShip);
    }

    private CopyTemplate Run(StructDeclarationSyntax declaration)
    {
        var usings = Usings(declaration);
        var attributes = TakeSegments(() =>
        {
            foreach (var list in declaration.AttributeLists) VisitTrimmed(list);
        });
        var members = TakeSegments(() =>
        {
            var path = declaration.SyntaxTree.FilePath;
            var span = declaration.SyntaxTree.GetLineSpan(declaration.OpenBraceToken.Span);
            // Map the copy back to the user's file, so the debugger and stack traces show their code
            // (#line takes the path as it is, without escapes; one it cannot hold is left unmapped).
            var mapped = path.Length > 0 && path.IndexOfAny(new[] { '"', '\n', '\r' }) < 0;
            if (mapped) _text.Append("#line ").Append(span.EndLinePosition.Line + 2).Append(" \"").Append(path).Append("\"\n");
            foreach (var member in declaration.Members) VisitMember(member);
            // Trivia before the closing brace (the last #endif, disabled code) belongs to the members.
            WriteTrivia(declaration.CloseBraceToken.LeadingTrivia);
            // The last member's trailing trivia ends its line; close the mapping.
            if (mapped) _text.Append("\n#line default\n");
            else _text.Append('\n');
        });
        var modifiers = declaration.Modifiers.Where(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ReadOnlyKeyword)).Select(m => m.Text).ToEquatableArray();
        var annotations = _model.GetNullableContext(declaration.OpenBraceToken.SpanStart).AnnotationsEnabled();
        var (methods, unmerged) = Methods(declaration);
        return new CopyTemplate(usings, annotations, modifiers, attributes, members) { Methods = methods, Unmerged = unmerged };
    }

    private EquatableArray<TemplateSegment> TakeSegments(Action write)
    {
        write();
        Flush();
        var taken = _segments.ToEquatableArray();
        _segments.Clear();
        return taken;
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

    private void GiveUp(string reason)
    {
        // While a method template is built, a problem costs that template only, not the copy.
        if (_method is not null) _method.Problem ??= reason;
        else _cannotCopy ??= reason;
    }

    private void Visit(SyntaxNodeOrToken item)
    {
        if (item.IsToken)
        {
            var token = item.AsToken();
            if (_method is not null && TryWriteDeclaredLocal(token)) return;
            WriteLeading(token);
            _text.Append(token.Text);
            WriteTrailing(token);
            return;
        }
        var node = item.AsNode()!;
        _cancellation.ThrowIfCancellationRequested();
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is SimpleNameSyntax name) CheckShippable(name);
        if (_method is not null && TryReplaceInMethod(node)) return;
        if (TryReplace(node)) return;
        foreach (var child in node.ChildNodesAndTokens()) Visit(child);
    }

    /// <summary>Writes a replacement for a node, keeping the node's own leading and trailing trivia.</summary>
    private void Replace(SyntaxNode node, Action write)
    {
        WriteLeading(node.GetFirstToken());
        write();
        WriteTrailing(node.GetLastToken());
    }

    private void WriteLeading(SyntaxToken token)
    {
        if (token != _noLeadingTrivia) WriteTrivia(token.LeadingTrivia);
    }

    private void WriteTrailing(SyntaxToken token)
    {
        if (token != _noTrailingTrivia) WriteTrivia(token.TrailingTrivia);
    }

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
