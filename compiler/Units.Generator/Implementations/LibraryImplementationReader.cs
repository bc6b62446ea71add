using Microsoft.CodeAnalysis;
using Units.Compiler.Emit;
using Units.Generator.Pipeline;
using UnitsLocation = Units.Compiler.Text.SourceLocation;

namespace Units.Generator.Implementations;

/// <summary>
/// Reads the implementations of library units from the referenced assemblies' metadata: the
/// type, its type parameters and its public static members (directly and in public nested
/// structs) and the copy templates the library's generator shipped with it (an
/// <c>AssemblyMetadata</c> attribute, see <see cref="TemplateCodec"/>): with them each instance is a
/// copy, as for the project's own code; without them (code that names what is not public, or a
/// library built by an older Units) instances forward to the closed generic
/// <c>Impl&lt;Instance, Suppliers…&gt;</c>, one more call level.
/// </summary>
internal static class LibraryImplementationReader
{
    public static EquatableArray<ImplementationInfo> Read(EquatableArray<string> metadataNames, Compilation compilation)
    {
        if (metadataNames.IsEmpty) return EquatableArray<ImplementationInfo>.Empty;
        // In a stable order, so two assemblies declaring one name always resolve the same way.
        var assemblies = compilation.SourceModule.ReferencedAssemblySymbols
            .OrderBy(a => a.Identity.GetDisplayName(), StringComparer.Ordinal).ToList();
        var result = new List<ImplementationInfo>();
        foreach (var name in metadataNames)
        {
            var found = assemblies.Select(a => a.GetTypeByMetadataName(name)).FirstOrDefault(t => t is not null);
            // The same name with another arity, so the message can say what the assembly has.
            found ??= OtherArity(assemblies, name);
            if (found is not null) result.Add(Describe(found, name));
        }
        return result.ToEquatableArray();
    }

    /// <summary>Which of the named types a referenced assembly declares.</summary>
    public static EquatableArray<string> Present(EquatableArray<string> metadataNames, Compilation compilation)
    {
        if (metadataNames.IsEmpty) return EquatableArray<string>.Empty;
        var assemblies = compilation.SourceModule.ReferencedAssemblySymbols;
        return metadataNames.Where(n => assemblies.Any(a => a.GetTypeByMetadataName(n) is not null)).ToEquatableArray();
    }

    private static INamedTypeSymbol? OtherArity(IReadOnlyList<IAssemblySymbol> assemblies, string metadataName)
    {
        var tick = metadataName.LastIndexOf('`');
        var plain = tick < 0 ? metadataName : metadataName.Substring(0, tick);
        for (var arity = 0; arity <= 16; arity++)
        {
            var candidate = arity == 0 ? plain : $"{plain}`{arity}";
            if (candidate == metadataName) continue;
            var found = assemblies.Select(a => a.GetTypeByMetadataName(candidate)).FirstOrDefault(t => t is not null);
            if (found is not null) return found;
        }
        return null;
    }

    private static ImplementationInfo Describe(INamedTypeSymbol type, string metadataName)
    {
        var parts = ShippedTemplates(type.ContainingAssembly, TemplateCodec.KeyPrefix + metadataName);
        var shapeProblem = type.TypeKind != TypeKind.Struct ? $"'{type.Name}' is a {type.TypeKind.ToString().ToLowerInvariant()}, not a struct"
            : type.IsRefLikeType ? $"'{type.Name}' is a ref struct" : null;
        var members = Methods(string.Empty, type)
            .Concat(type.GetTypeMembers().Where(t => t.TypeKind == TypeKind.Struct && t.DeclaredAccessibility == Accessibility.Public)
                .SelectMany(t => Methods(t.Name, t)));
        return new ImplementationInfo(
            TypeText.NamespaceName(type.ContainingNamespace),
            type.Name,
            type.TypeParameters.Select(t => t.Name).ToEquatableArray(),
            shapeProblem,
            members.ToEquatableArray(),
            type.GetTypeMembers().Select(t => t.Name).ToEquatableArray(),
            EquatableArray<ImplementationError>.Empty,
            UnitsLocation.None)
        {
            Parts = parts ?? EquatableArray<CopyTemplate>.Empty,
            CannotCopy = parts is null ? $"it is compiled in assembly '{type.ContainingAssembly.Name}', which ships no copy of its code" : null,
            IsPublic = type.DeclaredAccessibility == Accessibility.Public,
            Assembly = type.ContainingAssembly.Name,
            DeclaresAccessibility = true,
        };
    }

    /// <summary>The templates an assembly ships for one implementation, or null (none, or not in a form this Units reads).</summary>
    private static EquatableArray<CopyTemplate>? ShippedTemplates(IAssemblySymbol assembly, string key)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: "AssemblyMetadataAttribute", ContainingNamespace: { Name: "Reflection", ContainingNamespace.Name: "System" } }) continue;
            if (attribute.ConstructorArguments.Length != 2 || attribute.ConstructorArguments[0].Value as string != key) continue;
            return TemplateCodec.TryDecode(attribute.ConstructorArguments[1].Value as string);
        }
        return null;
    }

    private static IEnumerable<ImplementedMember> Methods(string container, INamedTypeSymbol type) =>
        type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.IsStatic && m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public)
            .Select(m => new ImplementedMember(
                container,
                m.Name,
                m.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
                m.Parameters.Select(p => TypeText.Passing(p.RefKind) + p.Type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)).ToEquatableArray(),
                TypeText.Identity(m),
                UnitsLocation.None)
            {
                QualifiedReturnType = m.ReturnType.ToDisplayString(TypeText.Emitted),
                QualifiedParameterTypes = m.Parameters.Select(p => p.Type.ToDisplayString(TypeText.Emitted)).ToEquatableArray(),
            })
            .OrderBy(m => m.Container, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Identity, StringComparer.Ordinal);
}
