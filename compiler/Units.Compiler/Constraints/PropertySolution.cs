namespace Units.Compiler.Constraints;

/// <summary>
/// Two bounds met at a node whose values have no greatest lower bound: the value it held, and
/// the one arriving (from node <see cref="From"/>, or from a constant bound when that is -1).
/// </summary>
public sealed record BoundConflict(int Node, int Held, int Incoming, int Reason, int From);

/// <summary>A chain of upper-bound edges from a node down to the constant that bounds it.</summary>
public sealed record BoundPath(int Start, IReadOnlyList<ConstraintEdge> Edges, ConstantBound Bound);

/// <summary>The solved values of one property, and the means to say why a node has its value.</summary>
public sealed class PropertySolution
{
    private readonly int[] _values;
    private readonly bool[] _conflicted;
    private List<ConstantBound>[]? _boundsByNode;

    internal PropertySolution(ConstraintGraph graph, TypeOrder order, int[] values, bool[] conflicted, IReadOnlyList<BoundConflict> conflicts)
    {
        Graph = graph;
        Order = order;
        _values = values;
        _conflicted = conflicted;
        Conflicts = conflicts;
    }

    public ConstraintGraph Graph { get; }

    public TypeOrder Order { get; }

    public IReadOnlyList<BoundConflict> Conflicts { get; }

    public int Value(int node) => _values[node];

    public string ValueName(int node) => Order.Name(_values[node]);

    public bool IsConflicted(int node) => _conflicted[node];

    public IReadOnlyList<ConstantBound> BoundsOf(int node)
    {
        if (_boundsByNode is null)
        {
            _boundsByNode = new List<ConstantBound>[Graph.NodeCount];
            foreach (var bound in Graph.Bounds) (_boundsByNode[bound.Node] ??= new List<ConstantBound>()).Add(bound);
        }
        return (IReadOnlyList<ConstantBound>?)_boundsByNode[node] ?? Array.Empty<ConstantBound>();
    }

    /// <summary>
    /// A shortest chain of upper edges from <paramref name="start"/>, through nodes that
    /// <paramref name="keep"/> accepts, to a constant bound that <paramref name="accept"/> accepts.
    /// </summary>
    public BoundPath? FindPath(int start, Func<int, bool> keep, Func<int, bool> accept)
    {
        var arrivedBy = new Dictionary<int, ConstraintEdge?> { [start] = null };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var bound in BoundsOf(node))
            {
                if (accept(bound.Value)) return new BoundPath(start, Unwind(arrivedBy, node), bound);
            }
            foreach (var (to, reason) in Graph.Upper.Of(node))
            {
                if (arrivedBy.ContainsKey(to) || _conflicted[to] || !keep(to)) continue;
                arrivedBy[to] = new ConstraintEdge(node, to, reason);
                queue.Enqueue(to);
            }
        }
        return null;
    }

    /// <summary>The path that gives <paramref name="node"/> exactly its value, if one bound alone does.</summary>
    public BoundPath? WhyValue(int node)
    {
        var value = _values[node];
        return value == TypeOrder.Top ? null : FindPath(node, m => _values[m] == value, c => c == value);
    }

    private static List<ConstraintEdge> Unwind(Dictionary<int, ConstraintEdge?> arrivedBy, int node)
    {
        var edges = new List<ConstraintEdge>();
        for (var edge = arrivedBy[node]; edge is { } e; edge = arrivedBy[e.From]) edges.Add(e);
        edges.Reverse();
        return edges;
    }
}
