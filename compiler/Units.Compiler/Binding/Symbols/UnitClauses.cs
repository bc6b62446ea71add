using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>
/// <c>initializer f for S</c> or <c>finalizer f for S</c>, with S evaluated. The function may be
/// another's: a member of an import (<c>isa.probe</c>, in an atomic unit) or of a name of the
/// link (<c>wfk.wait</c>, in a compound); then <see cref="Owner"/> and <see cref="Member"/> say
/// whose, and <see cref="Function"/> is the whole name, as object sets and schedules show it.
/// </summary>
public sealed record InitializerSymbol(string Function, bool IsFinalizer, ObjectSet Targets, SourceLocation Location)
{
    public string? Owner { get; init; }

    public string? Member { get; init; }

    public bool IsOwned => Owner is not null;
}

/// <summary><c>depends{ A needs B }</c> or <c>depends{ A &lt; B }</c>, with both sets evaluated; <see cref="Text"/> as written.</summary>
public sealed record DependsRule(ObjectSet Left, DependsKind Kind, ObjectSet Right, string Text, SourceLocation Location);

/// <summary>
/// A constraint with its object sets evaluated; property and type names are checked by the
/// constraint phase. <see cref="Text"/> is the constraint as written, for messages.
/// </summary>
public sealed record ConstraintRule(ConstraintTerm Left, ConstraintOperator Operator, ConstraintTerm Right, string Text, SourceLocation Location);

public abstract record ConstraintTerm(SourceLocation Location);

/// <summary><c>context exports</c></summary>
public sealed record PropertyTerm(string Property, ObjectSet Set, string SetText, SourceLocation PropertyLocation, SourceLocation Location) : ConstraintTerm(Location);

/// <summary><c>ProcessContext</c></summary>
public sealed record ConstantTerm(string Value, SourceLocation Location) : ConstraintTerm(Location);

/// <summary>A <c>rename</c> rule: a member gets a new name, or a port's members get a prefix or suffix.</summary>
public sealed record RenameRule(string Port, string? Member, string NewName, AffixKind? Affix, SourceLocation Location);

/// <summary>A file named in <c>files{ }</c>, with variables expanded, and the flags it is built with.</summary>
public sealed record FileReference(string Path, EquatableArray<string> Flags, SourceLocation Location);
