using Units.Compiler.Diagnostics;
using Units.Compiler.Loading;
using Units.Compiler.Syntax;

namespace Units.Compiler.Binding;

/// <summary>
/// Binds all loaded files into one program: declarations into a global scope, bundletypes
/// (extends flattened), every unit's ports, then clauses, then the links of compound units.
/// </summary>
public static class Binder
{
    public static BoundProgram Bind(IReadOnlyList<SyntaxTree> trees, Variables variables)
    {
        var diagnostics = new DiagnosticBag();
        var table = DeclarationTable.Collect(trees, diagnostics);
        var flags = new FlagsResolver(table, variables, diagnostics);
        var bundles = BundleTypeBinder.Bind(table, flags, variables, diagnostics);
        var unitNames = new HashSet<string>(table.Units.Select(u => u.Syntax.Name.Text), StringComparer.Ordinal);
        var unitBinder = new UnitBinder(bundles, flags, variables, diagnostics, unitNames);

        var units = table.Units.Select(d => (Symbol: unitBinder.Declare(d), Declared: d)).ToList();
        foreach (var (symbol, declared) in units) unitBinder.BindClauses(symbol, declared);
        var byName = units.ToDictionary(u => u.Symbol.Name, u => u.Symbol, StringComparer.Ordinal);
        foreach (var (symbol, declared) in units)
        {
            if (symbol is CompoundUnitSymbol compound) LinkBinder.Bind(compound, declared, byName, bundles.Named, diagnostics);
        }
        foreach (var (symbol, declared) in units)
        {
            if (symbol is CompoundUnitSymbol compound) unitBinder.BindCompoundCalls(compound, declared);
        }

        var types = table.Types.Select(t => new TypeDeclaration(
            t.Syntax.Name.Text,
            t.Syntax.Above.Where(a => !a.IsMissing).Select(a => (a.Text, t.Locate(a.Span))).ToEquatableArray(),
            t.Locate(t.Syntax.Name.Span),
            t.Syntax.Doc)).ToList();
        var properties = table.Properties.Select(p => new PropertyDeclaration(p.Syntax.Name.Text, p.Locate(p.Syntax.Name.Span), p.Syntax.Doc)).ToList();
        var directories = table.Directories.Select(d => new DirectoryDeclaration(
            StringExpander.ExpandData(d.Syntax.Path, d.Tree.Text, variables, diagnostics), d.Locate(d.Syntax.Path.Span))).ToList();

        return new BoundProgram(trees, bundles.Named, units.Select(u => u.Symbol).ToList(), types, properties, flags.Resolved,
            directories, diagnostics.ToArray());
    }
}
