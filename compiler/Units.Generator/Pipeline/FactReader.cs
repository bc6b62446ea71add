using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Units.Compiler.Emit;
using Units.Generator.Implementations;
using UnitsLocation = Units.Compiler.Text.SourceLocation;

namespace Units.Generator.Pipeline;

/// <summary>What the fact reader is asked: the interfaces to resolve and the type names to look for in the project.</summary>
internal sealed record FactQuery(EquatableArray<InterfaceModel> Interfaces, EquatableArray<string> TypeNames)
{
    /// <summary>Library units' implementations, by metadata name (<c>Ns.Impl`3</c>): read from the referenced assemblies.</summary>
    public EquatableArray<string> LibraryImplementations { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Library bundletypes' interfaces, by metadata name: present in a referenced assembly, or emitted here.</summary>
    public EquatableArray<string> LibraryInterfaces { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether the project publishes its units: their templates then ship with the project's global usings.</summary>
    public bool Publishes { get; init; }

    public static FactQuery From(EmitProgram program) => new FactQuery(
        program.Interfaces,
        program.Units.Select(u => u.QualifiedImplementationName)
            .Concat(program.Interfaces.Select(i => i.QualifiedName))
            .Concat(program.Compositions.Select(c => CSharpNames.Global(c.Namespace, c.Name)))
            .Select(n => n.Replace("global::", string.Empty))
            .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray())
    {
        LibraryImplementations = program.Units.Where(u => u.Library is not null && !u.IsInlineUnit)
            .Select(u => $"{u.QualifiedImplementationName.Replace("global::", string.Empty)}`{u.TypeParameters.Count}")
            .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
        LibraryInterfaces = program.Interfaces.Where(i => i.Library is not null).Select(i => i.QualifiedName.Replace("global::", string.Empty))
            .Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
        Publishes = program.PublishesUnits,
    };
}

/// <summary>
/// Reads the <see cref="CSharpFacts"/> from the compilation. The interfaces are compiled as Units
/// will emit them (their own text, added to the compilation), so each member type means exactly
/// what it will mean in the generated interface; the project's declarations are found by name.
/// Runs on every compilation change, so it does little: one small tree per interface, bound
/// only as far as member signatures.
/// </summary>
internal static class FactReader
{
    public static CSharpFacts Read(FactQuery query, Compilation compilation, ParseOptions? parseOptions)
    {
        var languageVersion = (parseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Default;
        var tooOld = languageVersion.MapSpecifiedToEffectiveVersion() < LanguageVersion.CSharp11 ? languageVersion.ToDisplayString() : null;
        return new CSharpFacts(ResolveInterfaces(query.Interfaces, compilation, parseOptions), FindDeclarations(query.TypeNames, compilation), tooOld)
        {
            LibraryImplementations = LibraryImplementationReader.Read(query.LibraryImplementations, compilation),
            LibraryInterfacesFound = LibraryImplementationReader.Present(query.LibraryInterfaces, compilation),
            ReferencesHosting = compilation.GetTypeByMetadataName("Units.Extensions.DependencyInjection.IUnitsComposition") is not null,
            GlobalUsings = query.Publishes ? GlobalUsings(compilation) : EquatableArray<string>.Empty,
        };
    }

    /// <summary>
    /// The project's global using directives (ImplicitUsings among them), as plain usings: a
    /// shipped template is copied into another project, where they do not hold. Read from the
    /// syntax only (a global using's name is always from the global namespace); aliases are not
    /// needed, because names in templates are already qualified.
    /// </summary>
    private static EquatableArray<string> GlobalUsings(Compilation compilation)
    {
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax unit) continue;
            foreach (var directive in unit.Usings)
            {
                if (!directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) || directive.Alias is not null || directive.Name is null) continue;
                var name = directive.Name.ToString();
                if (!name.StartsWith("global::", StringComparison.Ordinal)) name = "global::" + name;
                usings.Add($"using {(directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) ? "static " : "")}{name};");
            }
        }
        return usings.ToEquatableArray();
    }

    private static EquatableArray<ResolvedInterface> ResolveInterfaces(EquatableArray<InterfaceModel> interfaces, Compilation compilation, ParseOptions? parseOptions)
    {
        if (interfaces.IsEmpty) return EquatableArray<ResolvedInterface>.Empty;
        // The project's own parse options: every tree of a compilation must have the same features.
        var options = parseOptions as CSharpParseOptions ?? compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        var trees = interfaces.Select(i => CSharpSyntaxTree.ParseText(CSharpEmitter.Write(new InterfaceFile(i.Name, i)).Text, options, "units-facts/" + i.QualifiedName + ".cs")).ToList();
        var extended = compilation.AddSyntaxTrees(trees);
        var result = new List<ResolvedInterface>();
        for (var i = 0; i < interfaces.Count; i++)
        {
            var model = extended.GetSemanticModel(trees[i]);
            var declaration = trees[i].GetRoot().DescendantNodes().OfType<InterfaceDeclarationSyntax>().FirstOrDefault();
            if (declaration is null) continue;
            var members = declaration.Members.OfType<MethodDeclarationSyntax>()
                .Select(m => model.GetDeclaredSymbol(m))
                .Where(m => m is not null)
                .Select(m => Resolve(m!))
                .ToEquatableArray();
            result.Add(new ResolvedInterface(interfaces[i].QualifiedName, members));
        }
        return result.ToEquatableArray();
    }

    private static ResolvedMember Resolve(IMethodSymbol method) => new(
        method.Name,
        method.ReturnType.ToDisplayString(TypeText.Emitted),
        method.Parameters.Select(p => p.Type.ToDisplayString(TypeText.Emitted)).ToEquatableArray(),
        TypeText.Identity(method),
        TypeText.FirstUnknown(method.ReturnType) ?? method.Parameters.Select(p => TypeText.FirstUnknown(p.Type)).FirstOrDefault(u => u is not null));

    /// <summary>Top-level types the project's own C# declares under the names asked for (any arity).</summary>
    private static EquatableArray<DeclaredType> FindDeclarations(EquatableArray<string> names, Compilation compilation)
    {
        var result = new List<DeclaredType>();
        foreach (var qualified in names)
        {
            var dot = qualified.LastIndexOf('.');
            var (ns, name) = dot < 0 ? (string.Empty, qualified) : (qualified.Substring(0, dot), qualified.Substring(dot + 1));
            foreach (var symbol in compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>())
            {
                if (symbol.ContainingType is not null) continue;
                var containing = TypeText.NamespaceName(symbol.ContainingNamespace);
                if (containing != ns) continue;
                result.Add(Describe(symbol, ns));
            }
        }
        return result.OrderBy(d => d.Namespace, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)
            .ThenBy(d => d.TypeParameters.Count).ThenBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Span.Start).ToEquatableArray();
    }

    private static DeclaredType Describe(INamedTypeSymbol symbol, string ns)
    {
        var declarations = symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<BaseTypeDeclarationSyntax>().ToList();
        var first = declarations.OrderBy(d => d.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(d => d.SpanStart).FirstOrDefault();
        var kind = symbol.IsRecord ? (symbol.TypeKind == TypeKind.Struct ? "record struct" : "record")
            : symbol.TypeKind switch
            {
                TypeKind.Class => "class",
                TypeKind.Struct => symbol.IsRefLikeType ? "ref struct" : "struct",
                TypeKind.Interface => "interface",
                TypeKind.Enum => "enum",
                TypeKind.Delegate => "delegate",
                _ => "type",
            };
        return new DeclaredType(ns, symbol.Name, kind,
            declarations.Any(d => d.Modifiers.Any(SyntaxKind.PartialKeyword)),
            symbol.IsStatic,
            symbol.TypeParameters.Select(t => t.Name).ToEquatableArray(),
            first is null ? UnitsLocation.None : Locations.Of(first.Identifier));
    }
}
