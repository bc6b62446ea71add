using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>One clause of a unit body. <see cref="Keyword"/> is the word that starts it.</summary>
public abstract record UnitClauseSyntax(NameSyntax Keyword, TextSpan Span) : SyntaxNode(Span);

public enum PortKind
{
    Import,
    Export,
}

/// <summary><c>imports[ a : A_T, … ]</c> or <c>exports[ … ]</c></summary>
public sealed record PortsClauseSyntax(PortKind Kind, EquatableArray<PortSyntax> Ports, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span);

public sealed record PortSyntax(NameSyntax Name, BundleSyntax Bundle, string? Doc, TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>initializer init for outer</c> or <c>finalizer fini for exports</c>. The function may belong
/// to a port (<c>initializer isa.probe for …</c> in an atomic unit) or to a name of the link
/// (<c>finalizer wfk.wait for …</c> in a compound): then <see cref="Owner"/> is that name.
/// </summary>
public sealed record InitializerClauseSyntax(bool IsFinalizer, NameSyntax Function, ObjectSetSyntax Target, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span)
{
    public NameSyntax? Owner { get; init; }
}

/// <summary><c>depends{ exports needs imports; a &lt; b }</c></summary>
public sealed record DependsClauseSyntax(EquatableArray<DependsRuleSyntax> Rules, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span);

public enum DependsKind
{
    /// <summary><c>A needs B</c>: B is initialized before anything in A is used or initialized.</summary>
    Needs,

    /// <summary><c>A &lt; B</c>: A's initializers run before B's, nothing more.</summary>
    Before,
}

public sealed record DependsRuleSyntax(ObjectSetSyntax Left, DependsKind Kind, ObjectSetSyntax Right, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>constraints{ context exports &lt;= context imports; }</c></summary>
public sealed record ConstraintsClauseSyntax(EquatableArray<ConstraintSyntax> Constraints, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span);

public enum ConstraintOperator
{
    LessOrEqual,
    GreaterOrEqual,
    Equal,
}

public sealed record ConstraintSyntax(ConstraintTermSyntax Left, ConstraintOperator Operator, ConstraintTermSyntax Right, TextSpan Span) : SyntaxNode(Span);

public abstract record ConstraintTermSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>context exports</c> — a property applied to an object set.</summary>
public sealed record PropertyTermSyntax(NameSyntax Property, ObjectSetSyntax Set, TextSpan Span) : ConstraintTermSyntax(Span);

/// <summary><c>ProcessContext</c> — a type constant.</summary>
public sealed record ConstantTermSyntax(NameSyntax Value) : ConstraintTermSyntax(Value.Span);

/// <summary><c>rename{ port.member to name; port with prefix p_ }</c></summary>
public sealed record RenameClauseSyntax(EquatableArray<RenameRuleSyntax> Rules, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span);

public abstract record RenameRuleSyntax(NameSyntax Port, TextSpan Span) : SyntaxNode(Span);

public sealed record MemberRenameSyntax(NameSyntax Port, NameSyntax Member, NameSyntax NewName, TextSpan Span) : RenameRuleSyntax(Port, Span);

public enum AffixKind
{
    Prefix,
    Suffix,
}

public sealed record AffixRenameSyntax(NameSyntax Port, AffixKind Kind, NameSyntax Affix, TextSpan Span) : RenameRuleSyntax(Port, Span);

/// <summary><c>flatten</c> — asks for cross-unit inlining.</summary>
public sealed record FlattenClauseSyntax(NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span);

/// <summary><c>files "dir" { "a.c", "b.c" } with flags kern</c>: the directory, when given, is the files' base.</summary>
public sealed record FilesClauseSyntax(EquatableArray<StringLiteralSyntax> Files, FlagsValueSyntax? Flags, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span)
{
    public StringLiteralSyntax? Directory { get; init; }
}

/// <summary><c>defaults{ malloc, panic }</c> in a compound: the names that '...' connects by name.</summary>
public sealed record DefaultsClauseSyntax(EquatableArray<NameSyntax> Names, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span);

/// <summary><c>implementation OSKit.LockBlockDevice</c> — the C# type that implements an atomic unit.</summary>
public sealed record ImplementationClauseSyntax(QualifiedNameSyntax Name, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span);

/// <summary><c>link{ … }</c> — makes the unit compound.</summary>
public sealed record LinkClauseSyntax(EquatableArray<LinkStatementSyntax> Statements, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span);

/// <summary>A <c>%{ … %}</c> block inside a unit body: the unit's code (C# members), optionally <c>with flags F</c>.</summary>
public sealed record InlineCodeClauseSyntax(InlineCodeSyntax Code, NameSyntax Keyword, TextSpan Span) : UnitClauseSyntax(Keyword, Span)
{
    public FlagsValueSyntax? Flags { get; init; }
}
