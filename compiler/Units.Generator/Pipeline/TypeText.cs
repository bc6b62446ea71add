using Microsoft.CodeAnalysis;

namespace Units.Generator.Pipeline;

/// <summary>
/// How C# types are written by the generator: fully qualified text to emit (nullable annotations
/// kept), and an identity to compare signatures with (no nullable reference annotations, which do
/// not change a signature; <c>int?</c> spelled out, which does).
/// </summary>
internal static class TypeText
{
    public static readonly SymbolDisplayFormat Emitted = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_identity = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.ExpandNullable);

    /// <summary>
    /// A namespace as the unit language names it: the parts' names, without the '@' C# display
    /// adds to keywords (<c>Company.@class</c> is the namespace <c>Company.class</c>).
    /// </summary>
    public static string NamespaceName(INamespaceSymbol? ns)
    {
        var parts = new List<string>();
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace) parts.Add(ns.Name);
        parts.Reverse();
        return string.Join(".", parts);
    }

    /// <summary>"return(ref param, …)" in identity form.</summary>
    public static string Identity(IMethodSymbol method) =>
        method.ReturnType.ToDisplayString(s_identity) + "(" +
        string.Join(", ", method.Parameters.Select(p => Passing(p.RefKind) + p.Type.ToDisplayString(s_identity))) + ")";

    public static string Passing(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref ",
        RefKind.Out => "out ",
        RefKind.In => "in ",
        RefKind.RefReadOnlyParameter => "ref readonly ",
        _ => string.Empty,
    };

    /// <summary>The first part of a type the compilation does not know, or null.</summary>
    public static string? FirstUnknown(ITypeSymbol type)
    {
        switch (type)
        {
            case IErrorTypeSymbol error:
                return error.ToDisplayString();
            case IArrayTypeSymbol array:
                return FirstUnknown(array.ElementType);
            case IPointerTypeSymbol pointer:
                return FirstUnknown(pointer.PointedAtType);
            case IFunctionPointerTypeSymbol function:
                return FirstUnknown(function.Signature.ReturnType) ?? function.Signature.Parameters.Select(p => FirstUnknown(p.Type)).FirstOrDefault(u => u is not null);
            case INamedTypeSymbol named:
                return named.TypeArguments.Select(FirstUnknown).FirstOrDefault(u => u is not null);
            default:
                return null;
        }
    }
}
