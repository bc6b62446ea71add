using Units.Compiler.Text;

namespace Units.Compiler.Syntax;

/// <summary>Every syntax node knows the exact span of source it came from.</summary>
public abstract record SyntaxNode(TextSpan Span);

/// <summary>An identifier as written. A missing name (after a syntax error) has empty text.</summary>
public sealed record NameSyntax(string Text, TextSpan Span) : SyntaxNode(Span)
{
    public bool IsMissing => Text.Length == 0;

    public override string ToString() => Text;
}

/// <summary>A dotted name such as <c>OSKit.Devices</c>.</summary>
public sealed record QualifiedNameSyntax(EquatableArray<NameSyntax> Parts, TextSpan Span) : SyntaxNode(Span)
{
    public string Text => string.Join(".", Parts.Select(p => p.Text));

    public bool IsMissing => Parts.Any(p => p.IsMissing);

    public override string ToString() => Text;
}

/// <summary>
/// A string literal. <see cref="RawText"/> is exactly what stands between the quotes, escapes
/// and <c>${NAME}</c> references included; the span covers the quotes.
/// </summary>
public sealed record StringLiteralSyntax(string RawText, TextSpan Span) : SyntaxNode(Span);

/// <summary>An opaque <c>%{ … %}</c> block of C# code.</summary>
public sealed record InlineCodeSyntax(string Code, TextSpan Span) : SyntaxNode(Span);

/// <summary>Flags as data: <c>{ flags libc, "-DKERNEL" }</c>, a single string, or a flags name.</summary>
public sealed record FlagsValueSyntax(EquatableArray<FlagsItemSyntax> Items, TextSpan Span) : SyntaxNode(Span);

public abstract record FlagsItemSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record FlagsStringSyntax(StringLiteralSyntax Value) : FlagsItemSyntax(Value.Span);

public sealed record FlagsReferenceSyntax(NameSyntax Name, TextSpan Span) : FlagsItemSyntax(Span);
