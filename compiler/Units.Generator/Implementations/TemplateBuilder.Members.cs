using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;

namespace Units.Generator.Implementations;

internal sealed partial class TemplateBuilder
{
    /// <summary>
    /// A member of the implementation (or of a type nested in it). Private members become internal:
    /// the composition calls initializers, and members of one instance may be reached from another.
    /// </summary>
    private void VisitMember(MemberDeclarationSyntax member)
    {
        if (IsSuppliedElsewhere(member))
        {
            _suppliedElsewhere.Add(member.Span);
            GiveUp($"its partial member '{NameOf(member)}' has no implementation in the project's own source (another source generator supplies it, and Units cannot copy generated code)");
        }
        var ownConstructor = member is ConstructorDeclarationSyntax or DestructorDeclarationSyntax &&
                             member.Parent is StructDeclarationSyntax parent && parent.TypeParameterList is not null &&
                             parent.Parent is not TypeDeclarationSyntax;
        if (ownConstructor)
        {
            VisitRenamingIdentifier(member);
            return;
        }
        if (!NeedsInternal(member))
        {
            VisitWithNestedMembers(member);
            return;
        }
        var privateToken = member.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.PrivateKeyword));
        var insertBefore = privateToken.IsKind(SyntaxKind.None) ? FirstTokenAfterAttributes(member) : default;
        foreach (var child in member.ChildNodesAndTokens())
        {
            if (child.IsToken && child.AsToken() == privateToken)
            {
                WriteTrivia(privateToken.LeadingTrivia);
                _text.Append("internal");
                WriteTrivia(privateToken.TrailingTrivia);
                continue;
            }
            VisitInserting(child, insertBefore);
        }
    }

    /// <summary>A partial method or property declared here whose implementing half is in no source the generator sees.</summary>
    private bool IsSuppliedElsewhere(MemberDeclarationSyntax member)
    {
        if (!member.Modifiers.Any(SyntaxKind.PartialKeyword)) return false;
        switch (_model.GetDeclaredSymbol(member, _cancellation))
        {
            case IMethodSymbol method when method.PartialDefinitionPart is null && method.PartialImplementationPart is null:
                // A void private partial method without a body is legal and removed: nothing to supply.
                return member is MethodDeclarationSyntax { Body: null, ExpressionBody: null } syntax &&
                       (!method.ReturnsVoid || syntax.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) ||
                           m.IsKind(SyntaxKind.PrivateKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword)) || method.Parameters.Any(p => p.RefKind == RefKind.Out));
            case IPropertySymbol property when property.PartialDefinitionPart is null && property.PartialImplementationPart is null:
                return member is PropertyDeclarationSyntax { ExpressionBody: null } p && p.AccessorList?.Accessors.All(a => a.Body is null && a.ExpressionBody is null) != false;
            default:
                return false;
        }
    }

    private static string NameOf(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        _ => member.ToString(),
    };

    /// <summary>Nested types keep their members' treatment (private becomes internal, constructors renamed).</summary>
    private void VisitWithNestedMembers(SyntaxNode node)
    {
        if (node is TypeDeclarationSyntax type && type is not InterfaceDeclarationSyntax)
        {
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.IsNode && child.AsNode() is MemberDeclarationSyntax nestedMember && child.AsNode()!.Parent == type) VisitMember(nestedMember);
                else Visit(child);
            }
            return;
        }
        Visit(node);
    }

    /// <summary>Members with no accessibility, or private ones; not those that cannot carry one.</summary>
    private static bool NeedsInternal(MemberDeclarationSyntax member)
    {
        if (member is OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or EnumMemberDeclarationSyntax or IndexerDeclarationSyntax) return false;
        if (member is MethodDeclarationSyntax { ExplicitInterfaceSpecifier: not null } or PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: not null }) return false;
        if (member.Modifiers.Any(SyntaxKind.PartialKeyword) && member is MethodDeclarationSyntax) return false;
        var accessibility = member.Modifiers.Where(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) ||
                                                        m.IsKind(SyntaxKind.ProtectedKeyword) || m.IsKind(SyntaxKind.PrivateKeyword)).ToList();
        return accessibility.Count == 0 || (accessibility.Count == 1 && accessibility[0].IsKind(SyntaxKind.PrivateKeyword));
    }

    private static SyntaxToken FirstTokenAfterAttributes(MemberDeclarationSyntax member)
    {
        var attributes = member.AttributeLists;
        return attributes.Count == 0 ? member.GetFirstToken() : attributes.Last().GetLastToken().GetNextToken();
    }

    /// <summary>Visits, writing "internal " right after the leading trivia of <paramref name="insertBefore"/>.</summary>
    private void VisitInserting(SyntaxNodeOrToken item, SyntaxToken insertBefore)
    {
        if (insertBefore.IsKind(SyntaxKind.None) || !item.FullSpan.Contains(insertBefore.SpanStart))
        {
            if (item.IsNode && item.AsNode() is TypeDeclarationSyntax) VisitWithNestedMembers(item.AsNode()!);
            else Visit(item);
            return;
        }
        if (item.IsToken)
        {
            var token = item.AsToken();
            WriteTrivia(token.LeadingTrivia);
            _text.Append("internal ").Append(token.ToString());
            WriteTrivia(token.TrailingTrivia);
            return;
        }
        foreach (var child in item.AsNode()!.ChildNodesAndTokens()) VisitInserting(child, insertBefore);
    }

    /// <summary>A constructor or destructor is named after its type: in the copy, after the instance.</summary>
    private void VisitRenamingIdentifier(MemberDeclarationSyntax member)
    {
        var identifier = member switch
        {
            ConstructorDeclarationSyntax c => c.Identifier,
            DestructorDeclarationSyntax d => d.Identifier,
            _ => default,
        };
        foreach (var child in member.ChildNodesAndTokens())
        {
            if (child.IsToken && child.AsToken() == identifier)
            {
                WriteTrivia(identifier.LeadingTrivia);
                Emit(TemplateSegmentKind.SelfName, _implementation.Name);
                WriteTrivia(identifier.TrailingTrivia);
                continue;
            }
            Visit(child);
        }
    }
}
