using Units.Compiler.Binding;
using Units.Compiler.Diagnostics;
using Units.Compiler.Text;

namespace Units.Compiler.Constraints;

/// <summary>
/// The partial order that <c>type A &lt;= B</c> declarations build. Property values are types;
/// <see cref="Top"/> stands for "unconstrained", above every type. A cycle would break
/// antisymmetry: it is reported once and its edges are left out.
/// </summary>
/// <remarks>
/// No transitive closure is built (100,000 types would need 1.25 GB of it). Each type gets a
/// post-order interval from one depth-first walk up the order: b above a needs a's interval
/// inside b's, which answers most queries at once, and answers all of them where the walk found
/// no second path (a chain, a tree). The rest search upwards, pruned by the same intervals.
/// Greatest lower bounds are computed from down-sets, once per pair asked.
/// </remarks>
public sealed class TypeOrder
{
    /// <summary>The value of a node nothing bounds: above every declared type.</summary>
    public const int Top = -1;

    private readonly string[] _names;
    private readonly Dictionary<string, int> _ids;
    private readonly int[][] _above;   // direct edges: a <= _above[a][i]
    private readonly int[][] _below;   // the same edges reversed
    private readonly int[] _post;      // post-order number of the walk up the order
    private readonly int[] _low;       // least post-order number among the types above (and including) it
    private readonly bool[] _exact;    // everything above it was reached by the walk from it, by one path each
    private readonly Dictionary<(int, int), bool> _reaches = new();
    private readonly Dictionary<(int, int), int?> _glb = new();

    private TypeOrder(string[] names, int[][] above)
    {
        _names = names;
        _ids = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        _above = above;
        _below = Reverse(above);
        (_post, _low, _exact) = Label(above);
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
        if (a == b) return true;
        if (!Holds(a, b)) return false;
        if (_exact[a]) return true;
        var key = (a, b);
        if (_reaches.TryGetValue(key, out var known)) return known;
        var result = SearchUp(a, b);
        _reaches[key] = result;
        return result;
    }

    /// <summary>Whether a's interval holds b's: needed for a &lt;= b, and enough where the walk from a was exact.</summary>
    private bool Holds(int a, int b) => _low[a] <= _low[b] && _post[b] <= _post[a];

    /// <summary>Depth-first search up from a for b, entering only types whose interval can hold b's.</summary>
    private bool SearchUp(int a, int b)
    {
        var seen = new HashSet<int> { a };
        var stack = new Stack<int>();
        stack.Push(a);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            foreach (var m in _above[n])
            {
                if (m == b) return true;
                if (!seen.Add(m) || !Holds(m, b)) continue;
                if (_exact[m]) return true;
                stack.Push(m);
            }
        }
        return false;
    }

    /// <summary>The greatest lower bound of two values, or null when the order has none.</summary>
    public int? GreatestLowerBound(int a, int b)
    {
        if (LessOrEqual(a, b)) return a;
        if (LessOrEqual(b, a)) return b;
        var key = a < b ? (a, b) : (b, a);
        if (_glb.TryGetValue(key, out var known)) return known;
        // The common lower bounds are closed downwards, so their maximal elements are those with
        // no direct upper neighbour among them; the greatest lower bound is the only one, if one.
        var common = DownSet(a);
        common.IntersectWith(DownSet(b));
        int? result = null;
        foreach (var m in common.OrderBy(m => m))
        {
            if (_above[m].Any(common.Contains)) continue;
            if (result is not null)
            {
                result = null;
                break;
            }
            result = m;
        }
        _glb[key] = result;
        return result;
    }

    private HashSet<int> DownSet(int top)
    {
        var set = new HashSet<int> { top };
        var stack = new Stack<int>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            foreach (var m in _below[stack.Pop()])
            {
                if (set.Add(m)) stack.Push(m);
            }
        }
        return set;
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
        return new TypeOrder(names, Adjacency(names.Length, acyclic));
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

    private static int[][] Adjacency(int count, List<(int From, int To, SourceLocation Location)> edges)
    {
        var lists = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        foreach (var edge in edges) lists[edge.From].Add(edge.To);
        return lists.Select(l => l.ToArray()).ToArray();
    }

    private static int[][] Reverse(int[][] above)
    {
        var lists = Enumerable.Range(0, above.Length).Select(_ => new List<int>()).ToArray();
        for (var a = 0; a < above.Length; a++)
        {
            foreach (var b in above[a]) lists[b].Add(a);
        }
        return lists.Select(l => l.ToArray()).ToArray();
    }

    /// <summary>One depth-first walk up the (acyclic) order, without recursion: post-order numbers, intervals, exactness.</summary>
    private static (int[] Post, int[] Low, bool[] Exact) Label(int[][] above)
    {
        var count = above.Length;
        var post = new int[count];
        var low = new int[count];
        var exact = new bool[count];
        var visited = new bool[count];
        var treeParent = new int[count];
        var next = 0;
        var stack = new Stack<(int Node, int Edge)>();
        for (var start = 0; start < count; start++)
        {
            if (visited[start]) continue;
            visited[start] = true;
            treeParent[start] = -1;
            stack.Push((start, 0));
            while (stack.Count > 0)
            {
                var (node, edge) = stack.Pop();
                if (edge < above[node].Length)
                {
                    stack.Push((node, edge + 1));
                    var up = above[node][edge];
                    if (visited[up]) continue;
                    visited[up] = true;
                    treeParent[up] = node;
                    stack.Push((up, 0));
                    continue;
                }
                post[node] = next++;
                low[node] = post[node];
                exact[node] = true;
                foreach (var up in above[node])
                {
                    low[node] = Math.Min(low[node], low[up]);
                    // A type reached from elsewhere first, or by a second path, makes the interval only a filter.
                    if (treeParent[up] != node || !exact[up]) exact[node] = false;
                }
            }
        }
        return (post, low, exact);
    }
}
