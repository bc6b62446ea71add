using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>Everything declared across the loaded files, bound and checked.</summary>
public sealed class BoundProgram
{
    internal BoundProgram(
        IReadOnlyList<SyntaxTree> trees,
        IReadOnlyDictionary<string, BundleTypeSymbol> bundleTypes,
        IReadOnlyList<UnitSymbol> units,
        IReadOnlyList<TypeDeclaration> types,
        IReadOnlyList<PropertyDeclaration> properties,
        IReadOnlyDictionary<string, EquatableArray<string>> flags,
        IReadOnlyList<DirectoryDeclaration> directories,
        EquatableArray<Diagnostic> diagnostics)
    {
        Trees = trees;
        BundleTypes = bundleTypes;
        Units = units;
        UnitsByName = units.ToDictionary(u => u.Name, StringComparer.Ordinal);
        Types = types;
        Properties = properties;
        Flags = flags;
        Directories = directories;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public IReadOnlyDictionary<string, BundleTypeSymbol> BundleTypes { get; }

    /// <summary>Units in declaration order (file load order, then position).</summary>
    public IReadOnlyList<UnitSymbol> Units { get; }

    public IReadOnlyDictionary<string, UnitSymbol> UnitsByName { get; }

    public IReadOnlyList<TypeDeclaration> Types { get; }

    public IReadOnlyList<PropertyDeclaration> Properties { get; }

    public IReadOnlyDictionary<string, EquatableArray<string>> Flags { get; }

    public IReadOnlyList<DirectoryDeclaration> Directories { get; }

    /// <summary>Binding diagnostics (not the syntax diagnostics, which the source set holds).</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    public UnitSymbol? FindUnit(string name) => UnitsByName.TryGetValue(name, out var unit) ? unit : null;
}

/// <summary><c>type Name &lt;= Above, …</c> as declared (the order itself is built by the constraint phase).</summary>
public sealed record TypeDeclaration(string Name, EquatableArray<(string Name, SourceLocation Location)> Above, SourceLocation Location, string? Doc);

public sealed record PropertyDeclaration(string Name, SourceLocation Location, string? Doc);

/// <summary><c>directory "…"</c>, with variables expanded.</summary>
public sealed record DirectoryDeclaration(string Path, SourceLocation Location);
