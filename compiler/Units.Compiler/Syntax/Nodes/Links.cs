using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

public abstract record LinkStatementSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>[exports] &lt;- unit &lt;- [imports]</c>: one instance of a unit.</summary>
public sealed record InstanceLinkSyntax(LinkListSyntax Exports, LinkTargetSyntax Target, LinkListSyntax Imports, TextSpan Span) : LinkStatementSyntax(Span);

/// <summary><c>all = fs + stats</c>: a bundle union.</summary>
public sealed record UnionLinkSyntax(NameSyntax Name, EquatableArray<NameSyntax> Parts, TextSpan Span) : LinkStatementSyntax(Span);

public abstract record LinkListSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>[a, b]</c>: names matched to ports by position. An argument may build a bundle from members
/// of other names (<c>{ recv = net.input }</c>): it stands in <see cref="Names"/> as its
/// <see cref="BundleArgumentSyntax.WireName"/>, and is described in <see cref="Bundles"/>.
/// </summary>
public sealed record PositionalListSyntax(EquatableArray<NameSyntax> Names, TextSpan Span) : LinkListSyntax(Span)
{
    public EquatableArray<BundleArgumentSyntax> Bundles { get; init; } = EquatableArray<BundleArgumentSyntax>.Empty;
}

/// <summary><c>{ recv = net.input, send = net.output }</c>: a bundle whose members are other names' members, renamed.</summary>
public sealed record BundleArgumentSyntax(EquatableArray<BundleEntrySyntax> Entries, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The name the link knows it by: what it holds (alike bundles are one), and not a name a user can write.</summary>
    public string WireName => $"{{{string.Join(", ", Entries.Select(e => $"{e.Member.Text} = {e.Source.Text}.{e.SourceMember.Text}"))}}}";
}

/// <summary><c>recv = net.input</c>: member 'recv' of the bundle is member 'input' of the name 'net'.</summary>
public sealed record BundleEntrySyntax(NameSyntax Member, NameSyntax Source, NameSyntax SourceMember, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>{a, out=console, ...}</c>: names matched to ports by name.</summary>
public sealed record ByNameListSyntax(EquatableArray<ByNameEntrySyntax> Entries, TextSpan? Ellipsis, TextSpan Span) : LinkListSyntax(Span);

/// <summary><c>port</c> or <c>port=name</c> in a by-name list.</summary>
public sealed record ByNameEntrySyntax(NameSyntax Port, NameSyntax? Name, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The name in the compound that the port is connected to.</summary>
    public NameSyntax LinkedName => Name ?? Port;
}

public abstract record LinkTargetSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record UnitTargetSyntax(NameSyntax Unit) : LinkTargetSyntax(Unit.Span);

/// <summary>An inline unit: its code is given right in the link.</summary>
public sealed record InlineUnitTargetSyntax(InlineCodeSyntax Code) : LinkTargetSyntax(Code.Span);
