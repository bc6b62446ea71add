using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Constraints;

/// <summary>
/// The partial order that <c>type A &lt;= B</c> declarations build, closed under transitivity.
/// Property values are types; <see cref="Top"/> stands for "unconstrained", above every type.
/// A cycle would break antisymmetry: it is reported once and its edges are left out.
/// </summary>
public sealed class TypeOrder
{
    /// <summary>The value of a node nothing bounds: above every declared type.</summary>
    public const int Top = -1;

    private readonly string[] _names;
    private readonly Dictionary<string, int> _ids;
    private readonly ulong[][] _below; // _below[a] has bit c set when c <= a (reflexive, transitive)
    private readonly Dictionary<(int, int), int?> _glb = new();

    private TypeOrder(string[] names, ulong[][] below)
    {
        _names = names;
        _below = below;
        _ids = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
    }

    public int Count => _names.Length;

    public IReadOnlyList<string> Names => _names;

    public bool TryGetId(string name, out int id) => _ids.TryGetValue(name, out id);

    public string Name(int value) => value == Top ? "unconstrained" : _names[value];

    /// <summary>a &lt;= b in the order (everything is below <see cref="Top"/>).</summary>
    public bool LessOrEqual(int a, int b)
    {
        if (b == Top) return true;
        if (a == Top) return false;
        return (_below[b][a >> 6] & (1UL << (a & 63))) != 0;
    }

    /// <summary>The greatest lower bound of two values, or null when the order has none.</summary>
    public int? GreatestLowerBound(int a, int b)
    {
        if (LessOrEqual(a, b)) return a;
        if (LessOrEqual(b, a)) return b;
        var key = a < b ? (a, b) : (b, a);
        if (_glb.TryGetValue(key, out var known)) return known;
        var common = _below[a].Zip(_below[b], (x, y) => x & y).ToArray();
        int? result = null;
        for (var m = 0; m < _names.Length && result is null; m++)
        {
            if ((common[m >> 6] & (1UL << (m & 63))) == 0) continue;
            if (common.Zip(_below[m], (c, d) => (c & ~d) == 0).All(x => x)) result = m;
        }
        _glb[key] = result;
        return result;
    }

    public static TypeOrder Build(IReadOnlyList<TypeDeclaration> declarations, DiagnosticBag diagnostics)
    {
        var names = declarations.Select(d => d.Name).ToArray();
        var ids = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var edges = new List<(int From, int To, SourceLocation Location)>();
        foreach (var declaration in declarations)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (above, location) in declaration.Above)
            {
                if (!seen.Add(above))
                {
                    diagnostics.Add(DiagnosticDescriptors.RedundantTypeOrder, location, declaration.Name, above);
                    continue;
                }
                if (!ids.TryGetValue(above, out var to))
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownType, location, Display.Name(above), Display.DidYouMean(above, names));
                    continue;
                }
                edges.Add((ids[declaration.Name], to, location));
            }
        }
        var acyclic = RemoveCycles(names, edges, diagnostics);
        return new TypeOrder(names, Close(names.Length, acyclic));
    }

    /// <summary>Reports each cycle once (at the edge that closes it) and drops the edges inside cycles.</summary>
    private static List<(int From, int To, SourceLocation Location)> RemoveCycles(string[] names, List<(int From, int To, SourceLocation Location)> edges,
        DiagnosticBag diagnostics)
    {
        var adjacency = Enumerable.Range(0, names.Length).Select(_ => new List<int>()).ToArray();
        foreach (var edge in edges) adjacency[edge.From].Add(edge.To);
        var component = Graphs.StronglyConnectedComponents(names.Length, n => adjacency[n]);
        var result = new List<(int, int, SourceLocation)>();
        var reported = new HashSet<int>();
        foreach (var edge in edges)
        {
            var cyclic = component[edge.From] == component[edge.To];
            if (!cyclic)
            {
                result.Add(edge);
                continue;
            }
            if (!reported.Add(component[edge.From])) continue;
            var path = Graphs.ShortestPath(edge.To, edge.From, n => adjacency[n].Where(m => component[m] == component[edge.From])) ?? new List<int> { edge.To, edge.From };
            var chain = new[] { names[edge.From] }.Concat(path.Select(n => names[n]));
            diagnostics.Add(DiagnosticDescriptors.TypeOrderCycle, edge.Location, Display.Chain(chain, " <= "));
        }
        return result;
    }

    private static ulong[][] Close(int count, List<(int From, int To, SourceLocation Location)> edges)
    {
        var words = (count + 63) / 64;
        var above = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        foreach (var edge in edges) above[edge.From].Add(edge.To);
        var below = Enumerable.Range(0, count).Select(_ => new ulong[Math.Max(1, words)]).ToArray();
        for (var start = 0; start < count; start++)
        {
            // everything reachable upwards from start has start below it
            var stack = new Stack<int>();
            var seen = new HashSet<int> { start };
            stack.Push(start);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                below[n][start >> 6] |= 1UL << (start & 63);
                foreach (var m in above[n])
                {
                    if (seen.Add(m)) stack.Push(m);
                }
            }
        }
        return below;
    }
}
