using Units.Compiler.Diagnostics;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Binding;

/// <summary>
/// Collects the declarations of every file into one global scope. Units and bundletypes share a
/// scope (both become C# types); types, properties and flags each have their own.
/// A second definition of a name is reported with a note at the first.
/// </summary>
internal sealed class DeclarationTable
{
    public List<Declared<UnitDeclarationSyntax>> Units { get; } = new();
    public List<Declared<BundleTypeDeclarationSyntax>> BundleTypes { get; } = new();
    public List<Declared<TypeDeclarationSyntax>> Types { get; } = new();
    public List<Declared<PropertyDeclarationSyntax>> Properties { get; } = new();
    public List<Declared<FlagsDeclarationSyntax>> Flags { get; } = new();
    public List<Declared<DirectoryDeclarationSyntax>> Directories { get; } = new();
    public Dictionary<SyntaxTree, string?> Namespaces { get; } = new();

    public static DeclarationTable Collect(IReadOnlyList<SyntaxTree> trees, DiagnosticBag diagnostics)
    {
        var table = new DeclarationTable();
        var typeScope = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var valueScope = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var propertyScope = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var flagsScope = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var ns = table.ReadNamespace(tree, diagnostics);
            foreach (var declaration in tree.Root.Declarations)
            {
                switch (declaration)
                {
                    case UnitDeclarationSyntax unit when Define(typeScope, unit.Name, "unit", tree, diagnostics):
                        table.Units.Add(new(unit, tree, ns));
                        break;
                    case BundleTypeDeclarationSyntax bundle when Define(typeScope, bundle.Name, "bundletype", tree, diagnostics):
                        table.BundleTypes.Add(new(bundle, tree, ns));
                        break;
                    case TypeDeclarationSyntax type when Define(valueScope, type.Name, "type", tree, diagnostics):
                        table.Types.Add(new(type, tree, ns));
                        break;
                    case PropertyDeclarationSyntax property when Define(propertyScope, property.Name, "property", tree, diagnostics):
                        table.Properties.Add(new(property, tree, ns));
                        break;
                    case FlagsDeclarationSyntax flags when Define(flagsScope, flags.Name, "flags", tree, diagnostics):
                        table.Flags.Add(new(flags, tree, ns));
                        break;
                    case DirectoryDeclarationSyntax directory:
                        table.Directories.Add(new(directory, tree, ns));
                        break;
                }
            }
        }
        return table;
    }

    private string? ReadNamespace(SyntaxTree tree, DiagnosticBag diagnostics)
    {
        string? ns = null;
        foreach (var declaration in tree.Root.Declarations.OfType<NamespaceDeclarationSyntax>())
        {
            if (declaration.Name.IsMissing) continue;
            if (ns is null)
            {
                ns = declaration.Name.Text;
                continue;
            }
            diagnostics.Add(DiagnosticDescriptors.DuplicateNamespace, tree.GetLocation(declaration.Span), ns);
        }
        Namespaces[tree] = ns;
        return ns;
    }

    /// <summary>Adds a name to a scope; false (after reporting) when it is already there.</summary>
    private static bool Define(Dictionary<string, SourceLocation> scope, NameSyntax name, string kind, SyntaxTree tree, DiagnosticBag diagnostics)
    {
        if (name.IsMissing) return false;
        var location = tree.GetLocation(name.Span);
        if (scope.TryGetValue(name.Text, out var first))
        {
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.DuplicateDefinition, location, kind, Display.Name(name.Text))
                .WithNote("first defined here", first);
            diagnostics.Add(diagnostic);
            return false;
        }
        scope.Add(name.Text, location);
        return true;
    }
}
