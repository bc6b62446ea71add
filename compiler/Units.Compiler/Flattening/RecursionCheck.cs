using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;

namespace Units.Compiler.Flattening;

/// <summary>
/// Finds compound units that contain themselves (directly or through other compounds). Each
/// such loop is reported once, at the link line that closes it, with every link line of the
/// loop as a note.
/// </summary>
public static class RecursionCheck
{
    /// <summary>Returns the units that lie on a loop; reports each loop once.</summary>
    public static HashSet<UnitSymbol> Run(IReadOnlyList<UnitSymbol> units, DiagnosticBag diagnostics)
    {
        var compounds = units.OfType<CompoundUnitSymbol>().ToList();
        var order = compounds.Select((u, i) => (u, i)).ToDictionary(p => (UnitSymbol)p.u, p => p.i);
        IEnumerable<int> Contained(int n) => compounds[n].Instances.Where(l => order.ContainsKey(l.Unit)).Select(l => order[l.Unit]);
        var component = Graphs.StronglyConnectedComponents(compounds.Count, Contained);
        var recursive = new HashSet<UnitSymbol>();
        foreach (var group in Enumerable.Range(0, compounds.Count).GroupBy(n => component[n]))
        {
            var start = compounds[group.Min()];
            var members = new HashSet<UnitSymbol>(group.Select(n => (UnitSymbol)compounds[n]));
            var path = FindLoop(start, members);
            if (path is null) continue; // a single unit that does not contain itself
            recursive.UnionWith(members);
            var closing = path[path.Count - 1];
            var names = Display.Chain(path.Select(l => l.Owner.Name).Append(start.Name));
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.RecursiveComposition, closing.Link.UnitLocation, start.Name, names);
            diagnostics.Add(diagnostic.WithNotes(path.Take(path.Count - 1).Select(step =>
                new DiagnosticNote($"'{step.Owner.Name}' contains '{step.Link.Unit.Name}' here", step.Link.UnitLocation))));
        }
        return recursive;
    }

    private sealed record Step(CompoundUnitSymbol Owner, LinkInstance Link);

    /// <summary>A path of link lines from <paramref name="start"/> back to itself, staying inside the component.</summary>
    private static List<Step>? FindLoop(UnitSymbol start, HashSet<UnitSymbol> component)
    {
        var parent = new Dictionary<UnitSymbol, Step>();
        var queue = new Queue<CompoundUnitSymbol>();
        queue.Enqueue((CompoundUnitSymbol)start);
        var seen = new HashSet<UnitSymbol> { start };
        while (queue.Count > 0)
        {
            var unit = queue.Dequeue();
            foreach (var link in unit.Instances)
            {
                if (!component.Contains(link.Unit)) continue;
                if (link.Unit == start)
                {
                    var path = new List<Step> { new(unit, link) };
                    for (UnitSymbol at = unit; at != start; at = parent[at].Owner) path.Add(parent[at]);
                    path.Reverse();
                    return path;
                }
                if (!seen.Add(link.Unit)) continue;
                parent[link.Unit] = new Step(unit, link);
                queue.Enqueue((CompoundUnitSymbol)link.Unit);
            }
        }
        return null;
    }
}
