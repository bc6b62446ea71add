using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>The type of a port: a bundletype name or an anonymous <c>{ … }</c> bundle.</summary>
public abstract record BundleSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record BundleReferenceSyntax(NameSyntax Name) : BundleSyntax(Name.Span);

public sealed record AnonymousBundleSyntax(EquatableArray<BundleMemberSyntax> Members, TextSpan Span) : BundleSyntax(Span);

public abstract record BundleMemberSyntax(string? Doc, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>extends PutChar_T</c> — all members of another bundletype.</summary>
public sealed record ExtendsMemberSyntax(NameSyntax BundleType, string? Doc, TextSpan Span) : BundleMemberSyntax(Doc, Span);

/// <summary>A Knit member: just a name, or a quoted symbol (<c>'.mcount'</c>).</summary>
public sealed record NamedMemberSyntax(NameSyntax Name, string? Doc, TextSpan Span) : BundleMemberSyntax(Doc, Span);

/// <summary><c>include "x.h"</c> in a bundletype: the C header that declares the members (data for a C build, never opened).</summary>
public sealed record HeaderIncludeSyntax(StringLiteralSyntax Path, string? Doc, TextSpan Span) : BundleMemberSyntax(Doc, Span);

/// <summary>A typed C# member: <c>int Read(long block, System.Span&lt;byte&gt; buffer)</c>.</summary>
public sealed record MethodMemberSyntax(
    TypeSyntax ReturnType,
    NameSyntax Name,
    EquatableArray<ParameterSyntax> Parameters,
    string? Doc,
    TextSpan Span) : BundleMemberSyntax(Doc, Span);

/// <summary>A C# type, kept as normalised text (the C# compiler checks it when code is emitted).</summary>
public sealed record TypeSyntax(string Text, TextSpan Span) : SyntaxNode(Span);

/// <summary>A parameter: optional modifiers (ref, out, in, params, scoped), a type and a name.</summary>
public sealed record ParameterSyntax(EquatableArray<string> Modifiers, TypeSyntax Type, NameSyntax Name, TextSpan Span) : SyntaxNode(Span);
