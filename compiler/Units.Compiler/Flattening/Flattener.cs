using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;

namespace Units.Compiler.Flattening;

/// <summary>
/// Expands a root unit into its atomic instances (breadth-first with a queue, so hierarchy depth
/// costs no stack) and resolves every import member to the export member that supplies it.
/// </summary>
public static class Flattener
{
    /// <summary>More instances than this is taken to be a mistake (compounds multiplying each other).</summary>
    public const int MaxInstances = 1_000_000;

    public static FlatComposition Flatten(UnitSymbol root, ISet<UnitSymbol> recursiveUnits)
    {
        var diagnostics = new DiagnosticBag();
        var compounds = new List<CompoundNode>();
        var instances = new List<FlatInstance>();
        if (root is AtomicUnitSymbol atomicRoot)
        {
            var only = new FlatInstance(0, atomicRoot, null, null, atomicRoot.Name);
            only.Imports = atomicRoot.Imports.Select(p => new FlatPortConnection(p,
                p.Bundle.Members.Select(m => new FlatMemberConnection(m.Name, Supplier.RootImport(p.Name, m.Name), LinkRoute.Empty)).ToEquatableArray())).ToList();
            var exports = atomicRoot.Exports.Select(p => new FlatPortConnection(p,
                p.Bundle.Members.Select(m => new FlatMemberConnection(m.Name, new Supplier(0, p.Name, m.Name), LinkRoute.Empty)).ToEquatableArray())).ToList();
            return new FlatComposition(root, compounds, new[] { only }, exports, diagnostics.ToArray());
        }

        var compoundRoot = (CompoundUnitSymbol)root;
        var size = CompositionSize.Count(compoundRoot, recursiveUnits);
        if (size > MaxInstances)
        {
            diagnostics.Add(DiagnosticDescriptors.CompositionTooLarge, root.Location, root.Name,
                size == long.MaxValue ? "more than 9e18" : size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), MaxInstances.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            return new FlatComposition(root, compounds, Array.Empty<FlatInstance>(), Array.Empty<FlatPortConnection>(), diagnostics.ToArray());
        }
        Expand(compoundRoot, recursiveUnits, compounds, instances);
        var resolver = new LinkResolver(compounds[0], diagnostics);
        foreach (var instance in instances)
        {
            instance.Imports = instance.Link!.Imports
                .Select(binding => resolver.ResolvePort(instance.Parent!, binding.Port, binding.Wire, $"import '{binding.Port.Name}' of {instance.Name}", binding.Location))
                .ToList();
        }
        var rootExports = compoundRoot.Exports
            .Where(export => compoundRoot.FindWire(export.Name) is not null)
            .Select(export => resolver.ResolvePort(compounds[0], export, export.Name, $"export '{export.Name}' of {compoundRoot.Name}"))
            .ToList();
        return new FlatComposition(root, compounds, instances, rootExports, diagnostics.ToArray()) { Resolver = resolver };
    }

    /// <summary>Depth-first in link-line order (so instances read in source order), with an explicit stack.</summary>
    private static void Expand(CompoundUnitSymbol root, ISet<UnitSymbol> recursiveUnits, List<CompoundNode> compounds, List<FlatInstance> instances)
    {
        var rootNode = new CompoundNode(0, root, null, null, root.Name) { Children = new object?[root.Instances.Count] };
        compounds.Add(rootNode);
        var stack = new Stack<(CompoundNode Node, int Next)>();
        stack.Push((rootNode, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= node.Unit.Instances.Count) continue;
            stack.Push((node, next + 1));
            var link = node.Unit.Instances[next];
            switch (link.Unit)
            {
                case CompoundUnitSymbol compound when !recursiveUnits.Contains(compound):
                    var child = new CompoundNode(compounds.Count, compound, node, link, link.LocalName) { Children = new object?[compound.Instances.Count] };
                    compounds.Add(child);
                    node.Children[link.Index] = child;
                    stack.Push((child, 0));
                    break;
                case AtomicUnitSymbol atomic:
                    var instance = new FlatInstance(instances.Count, atomic, node, link, link.LocalName);
                    instances.Add(instance);
                    node.Children[link.Index] = instance;
                    break;
            }
        }
    }
}
