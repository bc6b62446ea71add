using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>The root of one unit file.</summary>
public sealed record FileSyntax(EquatableArray<DeclarationSyntax> Declarations, TextSpan Span) : SyntaxNode(Span);

/// <summary>A top-level declaration; <see cref="Doc"/> is its <c>/*# … #*/</c> comment, if any.</summary>
public abstract record DeclarationSyntax(string? Doc, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>include "Other.unit"</c></summary>
public sealed record IncludeDeclarationSyntax(StringLiteralSyntax Path, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span);

/// <summary><c>directory "${ROOT}/src"</c></summary>
public sealed record DirectoryDeclarationSyntax(StringLiteralSyntax Path, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span);

/// <summary><c>flags kern = { flags libc, "-DKERNEL" }</c></summary>
public sealed record FlagsDeclarationSyntax(NameSyntax Name, FlagsValueSyntax Value, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span);

/// <summary><c>namespace OSKit.Devices;</c> — the C# namespace of what this file emits.</summary>
public sealed record NamespaceDeclarationSyntax(QualifiedNameSyntax Name, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span);

/// <summary><c>type ProcessContext &lt;= NoContext</c> — a property value and the values above it.</summary>
public sealed record TypeDeclarationSyntax(NameSyntax Name, EquatableArray<NameSyntax> Above, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span);

/// <summary><c>property context</c></summary>
public sealed record PropertyDeclarationSyntax(NameSyntax Name, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span);

/// <summary><c>bundletype Serve_T = { serve_web, serve_file } with flags web</c></summary>
public sealed record BundleTypeDeclarationSyntax(NameSyntax Name, AnonymousBundleSyntax Body, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span)
{
    /// <summary><c>with flags F</c> after the members: compiler flags for the C build, kept as data.</summary>
    public FlagsValueSyntax? Flags { get; init; }
}

/// <summary><c>unit Name = { clauses }</c>, atomic or compound (compound when it has a link clause).</summary>
public sealed record UnitDeclarationSyntax(NameSyntax Name, EquatableArray<UnitClauseSyntax> Clauses, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span)
{
    /// <summary>
    /// True when part of the body could not be parsed (an unknown or mistyped clause or link
    /// line): what is missing may explain names the link cannot resolve, so those are not
    /// reported separately — the syntax error is the one diagnostic.
    /// </summary>
    public bool IsIncomplete { get; init; }
}

/// <summary>A top-level <c>%{ … %}</c> block, kept as data.</summary>
public sealed record InlineCodeDeclarationSyntax(InlineCodeSyntax Code, string? Doc, TextSpan Span) : DeclarationSyntax(Doc, Span);
