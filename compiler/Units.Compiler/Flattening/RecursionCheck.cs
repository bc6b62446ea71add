using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;

namespace Units.Compiler.Flattening;

/// <summary>
/// Finds compound units that contain themselves (directly or through other compounds). Each
/// such loop is reported once, at the link line that closes it, with every link line of the
/// loop as a note. Strongly connected components are found iteratively (Tarjan).
/// </summary>
public static class RecursionCheck
{
    /// <summary>Returns the units that lie on a loop; reports each loop once.</summary>
    public static HashSet<UnitSymbol> Run(IReadOnlyList<UnitSymbol> units, DiagnosticBag diagnostics)
    {
        var compounds = units.OfType<CompoundUnitSymbol>().ToList();
        var order = compounds.Select((u, i) => (u, i)).ToDictionary(p => (UnitSymbol)p.u, p => p.i);
        var recursive = new HashSet<UnitSymbol>();
        foreach (var component in StronglyConnected(compounds, order))
        {
            var start = component.OrderBy(u => order[u]).First();
            var members = new HashSet<UnitSymbol>(component);
            var path = FindLoop(start, members);
            if (path is null) continue; // a single unit that does not contain itself
            recursive.UnionWith(component);
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

    private static List<List<UnitSymbol>> StronglyConnected(List<CompoundUnitSymbol> compounds, Dictionary<UnitSymbol, int> order)
    {
        var index = new Dictionary<UnitSymbol, int>();
        var low = new Dictionary<UnitSymbol, int>();
        var onStack = new HashSet<UnitSymbol>();
        var stack = new Stack<UnitSymbol>();
        var result = new List<List<UnitSymbol>>();
        var next = 0;
        foreach (var root in compounds)
        {
            if (index.ContainsKey(root)) continue;
            var work = new Stack<(CompoundUnitSymbol Unit, int Edge)>();
            work.Push((root, 0));
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack.Add(root);
            while (work.Count > 0)
            {
                var (unit, edge) = work.Pop();
                var children = unit.Instances;
                if (edge < children.Count)
                {
                    work.Push((unit, edge + 1));
                    if (children[edge].Unit is not CompoundUnitSymbol child || !order.ContainsKey(child)) continue;
                    if (!index.ContainsKey(child))
                    {
                        index[child] = low[child] = next++;
                        stack.Push(child);
                        onStack.Add(child);
                        work.Push((child, 0));
                    }
                    else if (onStack.Contains(child))
                    {
                        low[unit] = Math.Min(low[unit], index[child]);
                    }
                    continue;
                }
                if (work.Count > 0)
                {
                    var caller = work.Peek().Unit;
                    low[caller] = Math.Min(low[caller], low[unit]);
                }
                if (low[unit] != index[unit]) continue;
                var component = new List<UnitSymbol>();
                UnitSymbol member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != unit);
                result.Add(component);
            }
        }
        return result;
    }
}
