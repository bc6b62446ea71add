using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>
/// An object set: the things a <c>depends</c>, <c>constraints</c> or <c>initializer</c>
/// clause talks about.
/// </summary>
public abstract record ObjectSetSyntax(TextSpan Span) : SyntaxNode(Span);

public enum ObjectSetKeyword
{
    Exports,
    Imports,
    Inits,
    Finis,
}

/// <summary><c>exports</c>, <c>imports</c>, <c>inits</c> or <c>finis</c></summary>
public sealed record KeywordSetSyntax(ObjectSetKeyword Keyword, TextSpan Span) : ObjectSetSyntax(Span);

/// <summary><c>port</c> or <c>port.member</c></summary>
public sealed record PortSetSyntax(NameSyntax Port, NameSyntax? Member, TextSpan Span) : ObjectSetSyntax(Span);

/// <summary><c>{ port.member, port, … }</c> (possibly empty)</summary>
public sealed record BraceSetSyntax(EquatableArray<PortSetSyntax> Elements, TextSpan Span) : ObjectSetSyntax(Span);

/// <summary><c>( set )</c></summary>
public sealed record ParenthesizedSetSyntax(ObjectSetSyntax Inner, TextSpan Span) : ObjectSetSyntax(Span);

public enum SetOperator
{
    Union,
    Difference,
}

/// <summary>
/// <c>a + b - c …</c>, kept flat and evaluated left to right, so that a long chain does not
/// become a deep tree.
/// </summary>
public sealed record SetChainSyntax(ObjectSetSyntax First, EquatableArray<SetOperandSyntax> Rest, TextSpan Span) : ObjectSetSyntax(Span);

public sealed record SetOperandSyntax(SetOperator Operator, ObjectSetSyntax Operand, TextSpan Span) : SyntaxNode(Span);
