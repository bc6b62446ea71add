using Units.Compiler.Binding;
using Units.Compiler.Syntax;
using Units.Compiler.Text;

namespace Units.Compiler.Diagnostics;

/// <summary>
/// What one root uses, as <c>knit file.unit R</c> elaborated it: the root, every unit it
/// instantiates (transitively), and the bundletypes of their ports (with what those extend). A
/// check of one root reports only the problems of what it uses: a broken unit the root never
/// instantiates is not an error of the root. Syntax and loading problems are always reported,
/// as is anything outside unit and bundletype declarations (types, flags, includes).
/// </summary>
internal static class RootScope
{
    public static IReadOnlyList<Diagnostic> Filter(IReadOnlyList<Diagnostic> diagnostics, UnitSymbol root, BoundProgram program)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        var bundles = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<UnitSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var unit = pending.Pop();
            if (!units.Add(unit.Name)) continue;
            foreach (var port in unit.Ports) AddBundle(port.Bundle, bundles);
            if (unit is CompoundUnitSymbol compound)
            {
                foreach (var instance in compound.Instances) pending.Push(instance.Unit);
            }
        }
        var declarations = program.Trees.SelectMany(t => t.Root.Declarations.Select(d => (t.Path, Declaration: d))).ToList();
        return diagnostics.Where(d => Keeps(d, declarations, units, bundles)).ToList();
    }

    private static void AddBundle(BundleTypeSymbol bundle, HashSet<string> bundles)
    {
        if (bundle.IsAnonymous || !bundles.Add(bundle.Name)) return;
        foreach (var extended in bundle.Extends) AddBundle(extended, bundles);
    }

    private static bool Keeps(Diagnostic diagnostic, List<(string Path, DeclarationSyntax Declaration)> declarations, HashSet<string> units, HashSet<string> bundles)
    {
        if (diagnostic.Descriptor.Phase <= DiagnosticPhase.Loading || diagnostic.Location.IsNone) return true;
        foreach (var (path, declaration) in declarations)
        {
            if (path != diagnostic.Location.Path || !Contains(declaration.Span, diagnostic.Location.Span)) continue;
            return declaration switch
            {
                UnitDeclarationSyntax unit => units.Contains(unit.Name.Text),
                BundleTypeDeclarationSyntax bundle => bundles.Contains(bundle.Name.Text),
                _ => true,
            };
        }
        return true;
    }

    private static bool Contains(TextSpan outer, TextSpan inner) => inner.Start >= outer.Start && inner.End <= outer.End;
}
